package org.agricluster.strategy;

/** Where an action stands (CHAIN §5.3 step 14, §5.4). Done and dropped are terminal. */
public enum ActionStatus {
  /** Agreed, not started. */
  PLANNED,
  /** Under way. */
  IN_PROGRESS,
  /** Finished. */
  DONE,
  /** Abandoned. */
  DROPPED;

  /** Whether only an explicit reopening may follow. */
  public boolean isTerminal() {
    return this == DONE || this == DROPPED;
  }
}
