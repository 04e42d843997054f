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
public final class IsoWeek implements Comparable<IsoWeek>, java.io.Serializable {
  private static final long serialVersionUID = 1L;

  /** Serialized as its text ({@code 2024-W14}), read back through {@link #parse}. */
  private Object writeReplace() {
    return new Proxy(toString());
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
    throw new java.io.InvalidObjectException("Deserialization goes through the serialization proxy, never the class itself");
  }

  /** The serialized form: the week's text, parsed again when read. */
  private static final class Proxy implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final String text;

    Proxy(String text) {
      this.text = text;
    }

    private Object readResolve() throws java.io.InvalidObjectException {
      try {
        return IsoWeek.parse(text);
      } catch (IllegalArgumentException refused) {
        java.io.InvalidObjectException e = new java.io.InvalidObjectException("Serialized ISO week refused: "
            + refused.getMessage());
        e.initCause(refused);
        throw e;
      }
    }
  }

  /** The first supported week-based year. */
  public static final int MIN_YEAR = 1;
  /** The last supported week-based year, so that every week prints as four digits and reads back. */
  public static final int MAX_YEAR = 9_999;
  private static final Pattern TEXT = Pattern.compile("([0-9]{4})-W([0-9]{2})");
  private static final IsoWeek FIRST = of(MIN_YEAR, 1);
  private static final IsoWeek LAST = of(MAX_YEAR, weeksIn(MAX_YEAR));

  private final LocalDate monday;

  private IsoWeek(LocalDate monday) {
    this.monday = monday;
  }

  /**
   * Week {@code week} of ISO week-based year {@code year}.
   *
   * @param year the ISO week-based year, in 1..9999
   * @param week the week, in 1..52 or 1..53 in years that have a week 53
   * @throws IllegalArgumentException if the year is outside 1..9999 or has no such week (week 53
   *     exists only in some years)
   */
  public static IsoWeek of(int year, int week) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw Check.refusal("Year of an ISO week", "in " + MIN_YEAR + ".." + MAX_YEAR, year);
    }
    int weeks = weeksIn(year);
    if (week < 1 || week > weeks) {
      throw Check.refusal("Week of " + year, "in 1.." + weeks, week);
    }
    LocalDate monday = LocalDate.of(year, 6, 1).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
    return new IsoWeek(monday);
  }

  private static int weeksIn(int year) {
    return (int) IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(LocalDate.of(year, 6, 1)).getMaximum();
  }

  /**
   * The ISO week a date falls in.
   *
   * @throws IllegalArgumentException if the week's year is outside 1..9999
   */
  public static IsoWeek from(LocalDate date) {
    notNull(date, "date");
    int year = date.get(IsoFields.WEEK_BASED_YEAR);
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw Check.refusal("Year of the ISO week of " + date, "in " + MIN_YEAR + ".." + MAX_YEAR, year);
    }
    return new IsoWeek(date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
  }

  /**
   * Reads {@code 2024-W14}, the form {@link #toString()} writes.
   *
   * @throws IllegalArgumentException if the text is longer than 1,000 characters, not of that form or
   *     names no week
   */
  public static IsoWeek parse(CharSequence text) {
    Matcher m = TEXT.matcher(Check.parseable(text, "ISO week text"));
    if (!m.matches()) {
      throw Check.refusal("ISO week text", "like '2024-W14'", Check.quoted(text));
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

  /**
   * This week plus a number of weeks (negative goes back), across year ends.
   *
   * @throws IllegalArgumentException if the result lies outside the years 1..9999
   */
  public IsoWeek plusWeeks(long weeks) {
    if (weeks == 0) {
      return this;
    }
    if (weeks < FIRST.weeksUntil(this) * -1 || weeks > weeksUntil(LAST)) {
      throw Check.refusal("Weeks to add to " + this, "in " + -FIRST.weeksUntil(this) + ".." + weeksUntil(LAST)
          + " (years " + MIN_YEAR + ".." + MAX_YEAR + ")", weeks);
    }
    return new IsoWeek(monday.plusWeeks(weeks));
  }

  /** The number of weeks from this week to another (negative if it is earlier). */
  public long weeksUntil(IsoWeek other) {
    return ChronoUnit.WEEKS.between(monday, notNull(other, "other").monday);
  }

  /** Whether this week comes before another. */
  public boolean isBefore(IsoWeek other) {
    return compareTo(notNull(other, "other")) < 0;
  }

  /** Whether this week comes after another. */
  public boolean isAfter(IsoWeek other) {
    return compareTo(notNull(other, "other")) > 0;
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
