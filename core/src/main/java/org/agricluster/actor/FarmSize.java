package org.agricluster.actor;

/** A farm's size class, decided by a {@link FarmSizeRule}. */
public enum FarmSize {
  /** Below the small-farm threshold. */
  SMALL,
  /** Between the thresholds. */
  MEDIUM,
  /** At or above the large-farm threshold. */
  LARGE
}
