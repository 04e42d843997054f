package org.agricluster.scoring;

/**
 * How the scores several scorers gave one candidate on one criterion become one value. The chosen
 * aggregation is named in every {@link Evaluation}.
 */
public enum Aggregation {
  /** The arithmetic mean of all scorers' scores, exact (7/3 stays 7/3). */
  MEAN("mean of scorers"),
  /** The median of all scorers' scores; the mean of the middle two when their number is even. */
  MEDIAN("median of scorers"),
  /**
   * The mean within each scorer category, then the mean of those category means, so that a
   * category with three scorers counts as much as a category with one.
   */
  CATEGORY_MEAN("mean per category, then mean of categories");

  private final String description;

  Aggregation(String description) {
    this.description = description;
  }

  /** A plain description ("mean per category, then mean of categories"). */
  public String description() {
    return description;
  }
}
