package org.agricluster.economics;


/**
 * The choices on which published crop budgets disagree, made explicit and printed with every
 * result: whether land rent counts as a variable cost, whether the household's own labour is
 * valued as a cost, and whether produce kept for own use is valued as revenue.
 *
 * <pre>{@code
 * MarginPolicy.SIMPLIFIED_GROSS_MARGIN;                       // rent counted, family labour not, own use not valued
 * MarginPolicy.SIMPLIFIED_GROSS_MARGIN.withFamilyLabour(true);  // a "net of family labour" view
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public abstract class MarginPolicy {
  /**
   * The simplified gross margin of the CHAIN guide: cash variable costs including land rent paid;
   * imputed family labour not counted; own use not valued.
   */
  public static final MarginPolicy SIMPLIFIED_GROSS_MARGIN = of(true, false, false);

  MarginPolicy() {}

  /** A policy with each choice given. */
  public static MarginPolicy of(boolean landRent, boolean familyLabour, boolean ownUseValued) {
    return ImmutableMarginPolicy.builder().landRent(landRent).familyLabour(familyLabour).ownUseValued(ownUseValued).build();
  }

  /** Whether land rent lines count as variable cost. */
  public abstract boolean landRent();

  /** Whether imputed family labour lines count as variable cost. */
  public abstract boolean familyLabour();

  /** Whether produce kept for own use is valued (at the budget's average sale price) as revenue. */
  public abstract boolean ownUseValued();

  /** This policy with land rent counted or not. */
  public abstract MarginPolicy withLandRent(boolean counted);

  /** This policy with family labour counted or not. */
  public abstract MarginPolicy withFamilyLabour(boolean counted);

  /** This policy with own use valued or not. */
  public abstract MarginPolicy withOwnUseValued(boolean valued);

  /** Whether a cost category counts under this policy. */
  public boolean counts(CostCategory category) {
    switch (category) {
      case LAND_RENT:
        return landRent();
      case FAMILY_LABOUR:
        return familyLabour();
      default:
        return true;
    }
  }

  /** {@code land rent counted; family labour not counted; own use not valued}. */
  @Override
  public String toString() {
    return "land rent " + (landRent() ? "counted" : "not counted") + "; family labour "
        + (familyLabour() ? "counted" : "not counted") + "; own use " + (ownUseValued() ? "valued" : "not valued");
  }
}
