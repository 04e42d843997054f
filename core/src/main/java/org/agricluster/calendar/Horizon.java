package org.agricluster.calendar;

import static org.agricluster.internal.Check.notNull;

import com.google.common.collect.ImmutableList;
import java.util.function.Supplier;
import org.agricluster.internal.Check;
import org.agricluster.internal.Words;

/**
 * A planning horizon: a number of consecutive weeks from a start week, such as 52 weeks from
 * {@code 2024-W01}. Calendars
 * take and return its weeks as {@link IsoWeek}s.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Horizon {
  /** The longest horizon: {@value} weeks, ten years of 52 weeks. */
  public static final int MAX_WEEKS = 520;

  private final IsoWeek start;
  private final int weeks;
  /**
   * Every week, made on first use (a plan names a week for each of its plantings: 150,000 at
   * 10,000 members). Racy single-check, as {@link String#hashCode}: any thread that sees null makes
   * an equal list, and an {@link ImmutableList} is safely published through its final fields.
   */
  private ImmutableList<IsoWeek> allWeeks;

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

  /** The last week. */
  public IsoWeek end() {
    return start.plusWeeks(weeks - 1L);
  }

  /** Every week of the horizon, in order. */
  public ImmutableList<IsoWeek> allWeeks() {
    ImmutableList<IsoWeek> all = allWeeks;
    if (all == null) {
      ImmutableList.Builder<IsoWeek> built = ImmutableList.builderWithExpectedSize(weeks);
      for (int i = 0; i < weeks; i++) {
        built.add(start.plusWeeks(i));
      }
      all = built.build();
      allWeeks = all;
    }
    return all;
  }

  /** Whether a week lies in the horizon. */
  public boolean contains(IsoWeek week) {
    long i = start.weeksUntil(notNull(week, "week"));
    return i >= 0 && i < weeks;
  }

  /** The week at an index; calendars keep their weeks by index, users see weeks. */
  IsoWeek week(int index) {
    checkIndex(index, "Week index");
    return allWeeks().get(index);
  }

  /**
   * The index of a week.
   *
   * @param thing what the week is of, for the refusal: built only when refused, since the planner
   *     looks up a week for every planting it sums
   * @throws IllegalArgumentException naming {@code thing} if the week is outside the horizon
   */
  int indexOf(IsoWeek week, Supplier<String> thing) {
    if (!contains(week)) {
      throw Check.refusal(thing.get(), "a week of the horizon " + this + " (" + start + ".." + end() + ")", week);
    }
    return (int) start.weeksUntil(week);
  }

  boolean contains(int index) {
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
