package org.agricluster.cluster;

/**
 * A producer group's stage of development (Oxfam Khatlon, section 4): forming, storming, norming,
 * performing — groups may move back, stall, or dissolve, which ends the history.
 */
public enum GroupStage {
  /** Members are mobilised and learn about the group. */
  FORMING,
  /** Differences emerge; some members leave. */
  STORMING,
  /** Members share rules and goals. */
  NORMING,
  /** The group works as one, self-sustaining entity. */
  PERFORMING,
  /** The group has broken up; no stage follows. */
  DISSOLVED;

  /** Whether no stage may follow this one. */
  public boolean isTerminal() {
    return this == DISSOLVED;
  }
}
