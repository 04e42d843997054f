package org.agricluster.scoring;

/** How a candidate's aggregated scores on all criteria become its total. */
public enum TotalMethod {
  /** The sum over criteria (CHAIN §5.1 step 3: "sum up the scores"). */
  SUM("sum"),
  /**
   * The weighted sum {@code Σ weight% × score / 100}; every criterion needs a weight and the weights
   * must sum to 100 %, so the total stays on the criteria's scale.
   */
  WEIGHTED_SUM("weighted sum"),
  /** The mean over the criteria that were scored. */
  MEAN("mean over criteria");

  private final String description;

  TotalMethod(String description) {
    this.description = description;
  }

  /** A plain description ("weighted sum"). */
  public String description() {
    return description;
  }
}
