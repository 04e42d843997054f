package org.agricluster.scoring;

/** What to do when a scorer left a candidate's criterion blank. */
public enum MissingScores {
  /** Refuse to evaluate a scorecard in which any scorer left any cell blank. */
  REFUSE,
  /**
   * Aggregate the scores that were given and report the coverage; a cell no scorer filled counts
   * as absent (a sum total then adds the criteria that were scored, a mean total averages them).
   */
  IGNORE
}
