package org.agricluster.calendar;

import static org.agricluster.internal.Check.notNull;

import org.agricluster.internal.Check;
import org.agricluster.internal.Words;

/**
 * A planning horizon: a number of consecutive weeks from a start week, such as 52 weeks from
 * {@code 2024-W01}. Calendars index its weeks 0, 1, …; {@link #week(int)} names them.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Horizon {
  /** The longest horizon: {@value} weeks, ten years of 52 weeks. */
  public static final int MAX_WEEKS = 520;

  private final IsoWeek start;
  private final int weeks;

  private Horizon(IsoWeek start, int weeks) {
    this.start = start;
    this.weeks = weeks;
  }

  /**
   * {@code weeks} weeks from {@code start}.
   *
   * @param weeks in 1..520 ({@link #MAX_WEEKS})
   * @throws IllegalArgumentException if {@code weeks} is outside 1..520 or the horizon would end after
   *     the year 9999
   */
  public static Horizon of(IsoWeek start, int weeks) {
    notNull(start, "start");
    if (weeks < 1 || weeks > MAX_WEEKS) {
      throw Check.refusal("Length of a horizon from " + start, "in 1.." + MAX_WEEKS + " weeks", weeks + " weeks");
    }
    start.plusWeeks(weeks - 1L);
    return new Horizon(start, weeks);
  }

  /** The first week. */
  public IsoWeek start() {
    return start;
  }

  /** How many weeks. */
  public int weeks() {
    return weeks;
  }

  /**
   * The week at an index.
   *
   * @throws IllegalArgumentException if the index is outside 0..weeks−1
   */
  public IsoWeek week(int index) {
    checkIndex(index, "Week index");
    return start.plusWeeks(index);
  }

  /**
   * The index of a week.
   *
   * @throws IllegalArgumentException if the week is outside the horizon
   */
  public int indexOf(IsoWeek week) {
    long i = start.weeksUntil(notNull(week, "week"));
    if (i < 0 || i >= weeks) {
      throw Check.refusal("Week " + week, "within the horizon " + this, "outside it");
    }
    return (int) i;
  }

  /** Whether an index lies in the horizon. */
  public boolean contains(int index) {
    return index >= 0 && index < weeks;
  }

  void checkIndex(int index, String thing) {
    if (!contains(index)) {
      throw Check.refusal(thing + " of horizon " + this, "in 0.." + (weeks - 1), index);
    }
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Horizon && ((Horizon) obj).start.equals(start) && ((Horizon) obj).weeks == weeks;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(start, weeks);
  }

  /** {@code 52 weeks from 2024-W01}. */
  @Override
  public String toString() {
    return Words.count(weeks, "week") + " from " + start;
  }
}
