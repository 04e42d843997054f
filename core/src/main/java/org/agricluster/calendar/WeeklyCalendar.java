package org.agricluster.calendar;

import static org.agricluster.internal.Check.notNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.agricluster.internal.Check;
import org.agricluster.internal.Decimals;
import org.agricluster.measure.Mass;

/**
 * What supply and demand calendars share: kilograms per crop per week of one horizon, queried by
 * crop and {@link IsoWeek}, refusing a crop the calendar does not know. The week index is kept
 * here and never shown.
 */
abstract class WeeklyCalendar {
  private final Horizon horizon;
  private final ImmutableMap<String, ImmutableList<BigDecimal>> weekly;

  WeeklyCalendar(Horizon horizon, ImmutableMap<String, ImmutableList<BigDecimal>> weekly) {
    this.horizon = horizon;
    this.weekly = weekly;
  }

  /** "supply" or "demand", for messages. */
  abstract String what();

  /** The horizon. */
  public Horizon horizon() {
    return horizon;
  }

  /**
   * The crops this calendar knows, by name; in a {@link Balance}, those of the supply and of the
   * demand both.
   */
  public ImmutableSet<String> crops() {
    return weekly.keySet();
  }

  /**
   * A crop's quantity in a week.
   *
   * @throws IllegalArgumentException if the crop is not one of {@link #crops()} (names are exact:
   *     "Cucumber" is not "cucumber") or the week is outside the horizon
   */
  public Mass week(String crop, IsoWeek week) {
    notNull(week, "week");
    ImmutableList<BigDecimal> weeks = kilograms(crop);
    return Mass.ofKilograms(weeks.get(horizon.indexOf(week, () -> "Week of the " + crop + " " + what())));
  }

  /**
   * A crop's quantity week by week, every week of the horizon in order.
   *
   * @throws IllegalArgumentException if the crop is not one of {@link #crops()}
   */
  public ImmutableSortedMap<IsoWeek, Mass> weekly(String crop) {
    ImmutableList<BigDecimal> kilograms = kilograms(crop);
    ImmutableSortedMap.Builder<IsoWeek, Mass> weeks = ImmutableSortedMap.naturalOrder();
    for (int t = 0; t < kilograms.size(); t++) {
      weeks.put(horizon.week(t), Mass.ofKilograms(kilograms.get(t)));
    }
    return weeks.buildOrThrow();
  }

  /**
   * A crop's quantity over the horizon.
   *
   * @throws IllegalArgumentException if the crop is not one of {@link #crops()}
   */
  public Mass total(String crop) {
    return Mass.ofKilograms(kilograms(crop).stream().reduce(BigDecimal.ZERO, BigDecimal::add));
  }

  /** Same kind of calendar, same horizon, same kilograms per crop per week. */
  @Override
  public boolean equals(Object obj) {
    return obj != null && obj.getClass() == getClass() && ((WeeklyCalendar) obj).horizon.equals(horizon)
        && ((WeeklyCalendar) obj).weekly.equals(weekly);
  }

  @Override
  public int hashCode() {
    return horizon.hashCode() * 31 + weekly.hashCode();
  }

  /** A crop's kilograms by week index; refuses a crop the calendar does not know, naming those it knows. */
  ImmutableList<BigDecimal> kilograms(String crop) {
    notNull(crop, "crop");
    ImmutableList<BigDecimal> row = weekly.get(crop);
    if (row == null) {
      throw Check.refusal("Crop", "one of " + weekly.keySet(), Check.quoted(crop));
    }
    return row;
  }

  /** The rows, with a row of zeros for each of {@code crops} the calendar does not know yet. */
  ImmutableMap<String, ImmutableList<BigDecimal>> rowsWith(Collection<String> crops) {
    if (weekly.keySet().containsAll(crops)) {
      return weekly;
    }
    Map<String, ImmutableList<BigDecimal>> all = new TreeMap<>(weekly);
    ImmutableList<BigDecimal> zeros = ImmutableList.copyOf(zeros(horizon.weeks()));
    for (String crop : crops) {
      all.putIfAbsent(crop, zeros);
    }
    return ImmutableMap.copyOf(all);
  }

  static BigDecimal[] zeros(int n) {
    BigDecimal[] a = new BigDecimal[n];
    Arrays.fill(a, BigDecimal.ZERO);
    return a;
  }

  /** Frozen, normalised rows from working arrays, after checking each crop is spelt one way. */
  static ImmutableMap<String, ImmutableList<BigDecimal>> freeze(Map<String, BigDecimal[]> kg, String where) {
    spelledOneWay(kg.keySet(), where);
    ImmutableMap.Builder<String, ImmutableList<BigDecimal>> b = ImmutableMap.builder();
    kg.forEach((crop, weeks) -> {
      ImmutableList.Builder<BigDecimal> list = ImmutableList.builderWithExpectedSize(weeks.length);
      for (BigDecimal w : weeks) {
        list.add(Decimals.normalize(w));
      }
      b.put(crop, list.build());
    });
    return b.buildOrThrow();
  }

  /**
   * Refuses crop names that differ only in case or spacing ("Cucumber" and "cucumber"): a calendar,
   * a balance and a plan spell each crop one way, so no query answers for half of a crop.
   */
  static void spelledOneWay(Collection<String> crops, String where) {
    Map<String, String> seen = new HashMap<>();
    for (String crop : crops) {
      String key = crop.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
      String before = seen.putIfAbsent(key, crop);
      if (before != null && !before.equals(crop)) {
        throw Check.refusal("Crops of " + where, "each spelt one way", Check.quoted(before) + " and " + Check.quoted(crop)
            + ", which differ only in case or spacing");
      }
    }
  }
}
