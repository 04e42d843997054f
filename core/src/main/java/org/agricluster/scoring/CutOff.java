package org.agricluster.scoring;

/**
 * What a top-N {@link Selection} does with candidates tied across the cut-off (after any
 * {@link TieBreak} of the ranking).
 */
public enum CutOff {
  /** Keep every candidate tied at the cut-off, so more than N may be selected. */
  INCLUDE_TIES("candidates tied at the cut-off are all included, so more than N may be selected"),
  /** Leave out every candidate tied at the cut-off, so fewer than N may be selected. */
  EXCLUDE_TIES("candidates tied at the cut-off are all left out, so fewer than N may be selected");

  private final String statement;

  CutOff(String statement) {
    this.statement = statement;
  }

  /** The rule in words, printed with every selection. */
  public String statement() {
    return statement;
  }
}
