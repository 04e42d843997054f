package org.agricluster.calendar;

import static org.agricluster.internal.Check.notNull;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agricluster.internal.Check;

/**
 * An ISO-8601 week, such as {@code 2024-W14}: weeks start on Monday, and week 1 holds the year's
 * first Thursday, so a year has 52 or 53 weeks. Week arithmetic wraps across the year end like
 * {@code Month.plus}: {@code 2024-W52 + 2 = 2025-W02}.
 *
 * <pre>{@code
 * IsoWeek.of(2024, 14).plusWeeks(8);   // 2024-W22
 * IsoWeek.from(LocalDate.of(2024, 12, 30));   // 2025-W01
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IsoWeek implements Comparable<IsoWeek> {
  private static final Pattern TEXT = Pattern.compile("\\s*(\\d{4})-W(\\d{2})\\s*");

  private final LocalDate monday;

  private IsoWeek(LocalDate monday) {
    this.monday = monday;
  }

  /**
   * Week {@code week} of ISO week-based year {@code year}.
   *
   * @throws IllegalArgumentException if the year has no such week (week 53 exists only in some years)
   */
  public static IsoWeek of(int year, int week) {
    LocalDate mid = LocalDate.of(year, 6, 1);
    long weeks = IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(mid).getMaximum();
    if (week < 1 || week > weeks) {
      throw Check.refusal("Week of " + year, "in 1.." + weeks, week);
    }
    LocalDate monday = mid.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
    return new IsoWeek(monday);
  }

  /** The ISO week a date falls in. */
  public static IsoWeek from(LocalDate date) {
    return new IsoWeek(notNull(date, "date").with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
  }

  /**
   * Reads {@code 2024-W14}, the form {@link #toString()} writes.
   *
   * @throws IllegalArgumentException if the text is not of that form or names no week
   */
  public static IsoWeek parse(CharSequence text) {
    notNull(text, "text");
    Matcher m = TEXT.matcher(text);
    if (!m.matches()) {
      throw Check.refusal("ISO week text", "like '2024-W14'", "'" + text + "'");
    }
    return of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  /** The ISO week-based year. */
  public int year() {
    return monday.get(IsoFields.WEEK_BASED_YEAR);
  }

  /** The week of the week-based year, 1 to 52 or 53. */
  public int week() {
    return monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
  }

  /** The Monday that starts the week. */
  public LocalDate monday() {
    return monday;
  }

  /** This week plus a number of weeks (negative goes back), across year ends. */
  public IsoWeek plusWeeks(long weeks) {
    return weeks == 0 ? this : new IsoWeek(monday.plusWeeks(weeks));
  }

  /** The number of weeks from this week to another (negative if it is earlier). */
  public long weeksUntil(IsoWeek other) {
    return ChronoUnit.WEEKS.between(monday, notNull(other, "other").monday);
  }

  /** Orders weeks in time. */
  @Override
  public int compareTo(IsoWeek other) {
    return monday.compareTo(other.monday);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof IsoWeek && ((IsoWeek) obj).monday.equals(monday);
  }

  @Override
  public int hashCode() {
    return monday.hashCode();
  }

  /** {@code 2024-W14}; {@link #parse} reads it back. */
  @Override
  public String toString() {
    return String.format("%04d-W%02d", year(), week());
  }
}
