package org.agricluster.calendar;

import static org.agricluster.internal.Check.notNull;

import org.agricluster.internal.Check;
import org.immutables.value.Value;

/**
 * A named range of weeks of the year that recurs every year, wrapping across the year end where it
 * must: the Sesan wet season (supply drops July–September, weeks 27–39) or the months of high
 * prices (March–June, weeks 9–26), CHAIN Annex 3.
 *
 * <p>This class is immutable and thread-safe.
 */
public abstract class Season {
  /** CHAIN Annex 3, Sesan: water levels rise and production drops in July, August and September. */
  public static final Season SESAN_WET_SEASON_DROP = of("wet-season supply drop (Jul–Sep)", 27, 39);
  /** CHAIN Annex 3, Sesan: farmers get higher prices between March and June. */
  public static final Season SESAN_HIGH_PRICES = of("high prices (Mar–Jun)", 9, 26);

  Season() {}

  /**
   * A season from week {@code firstWeek} to week {@code lastWeek} of the year, inclusive; a last week
   * before the first wraps across the year end (weeks 48–8).
   *
   * @throws IllegalArgumentException if a week is outside 1..53 or the name is blank
   */
  public static Season of(String name, int firstWeek, int lastWeek) {
    return ImmutableSeason.builder().name(name).firstWeek(firstWeek).lastWeek(lastWeek).build();
  }

  /** The season's name. */
  public abstract String name();

  /** The first week of the year in the season, 1..53. */
  public abstract int firstWeek();

  /** The last week of the year in the season, 1..53; before the first when the season wraps. */
  public abstract int lastWeek();

  @Value.Check
  Season check() {
    if (name().isBlank()) {
      throw Check.refusal("Name of a season", "not blank", "''");
    }
    if (firstWeek() < 1 || firstWeek() > 53 || lastWeek() < 1 || lastWeek() > 53) {
      throw Check.refusal("Weeks of season '" + name().strip() + "'", "in 1..53", firstWeek() + ".." + lastWeek());
    }
    return name().equals(name().strip()) ? this : ImmutableSeason.builder().from(this).name(name().strip()).build();
  }

  /** Whether a week falls in the season. */
  public boolean contains(IsoWeek week) {
    int w = notNull(week, "week").week();
    return firstWeek() <= lastWeek() ? w >= firstWeek() && w <= lastWeek() : w >= firstWeek() || w <= lastWeek();
  }

  /** {@code wet-season supply drop (Jul–Sep): weeks 27–39}. */
  @Override
  public String toString() {
    return name() + ": weeks " + firstWeek() + "–" + lastWeek();
  }
}
