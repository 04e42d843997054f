package org.agricluster.audit;

/** What an audit concludes about one printed figure. */
public enum Verdict {
  /** The printed figure is exactly the computed one. */
  AGREES("agrees"),
  /** The computed figure rounds to the printed one at the printed precision, half-way cases aside (76 % for 76.25 %). */
  AGREES_AT_PRINTED_PRECISION("agrees at the printed precision"),
  /**
   * Only a directed rounding — truncation (DOWN, FLOOR) or rounding up (UP, CEILING) — at the printed
   * precision gives the printed figure; it is more than half a unit off.
   */
  AGREES_ONLY_IF_TRUNCATED("agrees only if truncated or rounded up"),
  /** The printed figure is wrong: no rounding at the printed precision gives it. */
  WRONG("wrong"),
  /**
   * The printed figure is wrong against the model but right against the printed figures it is
   * computed from: the error is theirs, reported at its source.
   */
  CONSEQUENCE("follows from an error above");

  private final String label;

  Verdict(String label) {
    this.label = label;
  }

  /** The verdict in words. */
  public String label() {
    return label;
  }

  /** Whether the figure is as the model says, at least at the printed precision (the first three verdicts). */
  public boolean isConsistent() {
    return this == AGREES || this == AGREES_AT_PRINTED_PRECISION || this == AGREES_ONLY_IF_TRUNCATED;
  }
}
