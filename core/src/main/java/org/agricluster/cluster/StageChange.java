package org.agricluster.cluster;

import static org.agricluster.internal.Check.notNull;

import java.time.LocalDate;

/**
 * A producer group entering a stage on a date.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StageChange {
  private final GroupStage stage;
  private final LocalDate date;

  private StageChange(GroupStage stage, LocalDate date) {
    this.stage = stage;
    this.date = date;
  }

  /** The group entered {@code stage} on {@code date}. */
  public static StageChange of(GroupStage stage, LocalDate date) {
    return new StageChange(notNull(stage, "stage"), notNull(date, "date"));
  }

  /** The stage entered. */
  public GroupStage stage() {
    return stage;
  }

  /** When. */
  public LocalDate date() {
    return date;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof StageChange && ((StageChange) obj).stage == stage && ((StageChange) obj).date.equals(date);
  }

  @Override
  public int hashCode() {
    return stage.hashCode() * 31 + date.hashCode();
  }

  /** {@code 2016-05-01 NORMING}. */
  @Override
  public String toString() {
    return date + " " + stage;
  }
}
