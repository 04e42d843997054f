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
public final class MarginPolicy {
  /**
   * The simplified gross margin of the CHAIN guide: cash variable costs including land rent paid;
   * imputed family labour not counted; own use not valued.
   */
  public static final MarginPolicy SIMPLIFIED_GROSS_MARGIN = new MarginPolicy(true, false, false);

  private final boolean landRent;
  private final boolean familyLabour;
  private final boolean ownUseValued;

  private MarginPolicy(boolean landRent, boolean familyLabour, boolean ownUseValued) {
    this.landRent = landRent;
    this.familyLabour = familyLabour;
    this.ownUseValued = ownUseValued;
  }

  /** A policy with each choice given. */
  public static MarginPolicy of(boolean landRent, boolean familyLabour, boolean ownUseValued) {
    return new MarginPolicy(landRent, familyLabour, ownUseValued);
  }

  /** Whether land rent lines count as variable cost. */
  public boolean landRent() {
    return landRent;
  }

  /** Whether imputed family labour lines count as variable cost. */
  public boolean familyLabour() {
    return familyLabour;
  }

  /** Whether produce kept for own use is valued (at the budget's average sale price) as revenue. */
  public boolean ownUseValued() {
    return ownUseValued;
  }

  /** This policy with land rent counted or not. */
  public MarginPolicy withLandRent(boolean counted) {
    return new MarginPolicy(counted, familyLabour, ownUseValued);
  }

  /** This policy with family labour counted or not. */
  public MarginPolicy withFamilyLabour(boolean counted) {
    return new MarginPolicy(landRent, counted, ownUseValued);
  }

  /** This policy with own use valued or not. */
  public MarginPolicy withOwnUseValued(boolean valued) {
    return new MarginPolicy(landRent, familyLabour, valued);
  }

  /** Whether a cost category counts under this policy. */
  public boolean counts(CostCategory category) {
    switch (category) {
      case LAND_RENT:
        return landRent;
      case FAMILY_LABOUR:
        return familyLabour;
      default:
        return true;
    }
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof MarginPolicy && ((MarginPolicy) obj).landRent == landRent
        && ((MarginPolicy) obj).familyLabour == familyLabour && ((MarginPolicy) obj).ownUseValued == ownUseValued;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(landRent, familyLabour, ownUseValued);
  }

  /** {@code land rent counted; family labour not counted; own use not valued}. */
  @Override
  public String toString() {
    return "land rent " + (landRent ? "counted" : "not counted") + "; family labour "
        + (familyLabour ? "counted" : "not counted") + "; own use " + (ownUseValued ? "valued" : "not valued");
  }
}
