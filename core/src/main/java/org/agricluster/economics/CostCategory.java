package org.agricluster.economics;

/**
 * The kinds of variable cost in a crop budget. Land rent and imputed family labour count only when
 * the {@link MarginPolicy} says so, because published sources disagree on them.
 */
public enum CostCategory {
  /** Seed and seedlings, including cover-crop seed. */
  SEED("seed and seedlings"),
  /** Fertiliser, chemical or organic. */
  FERTILISER("fertiliser"),
  /** Pesticides and other crop protection. */
  PESTICIDES("pesticides"),
  /** Labour paid in cash. */
  HIRED_LABOUR("hired labour"),
  /** Irrigation water and fuel. */
  WATER_AND_FUEL("water and fuel"),
  /** Machinery and draught power hired in. */
  HIRED_MACHINERY("hired machinery"),
  /** Packaging: bags, baskets, crates. */
  PACKAGING("packaging"),
  /** Transport to the buyer or the market. */
  TRANSPORT("transport"),
  /** Market fees and levies. */
  MARKET_FEES("market fees"),
  /** Rent paid for the plot; counted only if the policy says so. */
  LAND_RENT("land rent"),
  /** The household's own labour valued at a wage; counted only if the policy says so (off for SGM). */
  FAMILY_LABOUR("imputed family labour"),
  /** Anything else that varies with production. */
  OTHER("other variable costs");

  private final String label;

  CostCategory(String label) {
    this.label = label;
  }

  /** The category in words ("seed and seedlings"). */
  public String label() {
    return label;
  }
}
