package org.agricluster.calendar;

/** Test shorthand: the weeks of the horizons the tests use, all starting in 2024-W01. */
public final class Weeks {
  private Weeks() {}

  /** The week {@code index} weeks after 2024-W01: {@code w(0)} is 2024-W01, {@code w(52)} 2025-W01. */
  public static IsoWeek w(int index) {
    return IsoWeek.of(2024, 1).plusWeeks(index);
  }
}
