package org.agricluster.cluster;

import java.time.LocalDate;

/**
 * A producer group entering a stage on a date.
 *
 * <p>This class is immutable and thread-safe.
 */
public abstract class StageChange {
  StageChange() {}

  /** The group entered {@code stage} on {@code date}. */
  public static StageChange of(GroupStage stage, LocalDate date) {
    return ImmutableStageChange.builder().stage(stage).date(date).build();
  }

  /** The stage entered. */
  public abstract GroupStage stage();

  /** When. */
  public abstract LocalDate date();

  /** {@code 2016-05-01 NORMING}. */
  @Override
  public String toString() {
    return date() + " " + stage();
  }
}
