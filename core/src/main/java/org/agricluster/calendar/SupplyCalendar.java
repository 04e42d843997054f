package org.agricluster.calendar;

import static org.agricluster.internal.Check.notNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.agricluster.internal.Check;
import org.agricluster.internal.Decimals;
import org.agricluster.internal.Words;
import org.agricluster.measure.Mass;

/**
 * What the plantings will harvest, per crop per week of a horizon: the sum over plantings of area ×
 * yield × that week's share of the harvest. Nothing is lost at the horizon's end: what falls after
 * it is reported per crop as {@link #beyondHorizon(String)}.
 *
 * <pre>{@code
 * SupplyCalendar supply = SupplyCalendar.of(horizon, plantings);
 * supply.week("cucumber", IsoWeek.of(2024, 12));     // cucumber harvested in 2024-W12
 * supply.contribution(Set.of("member-01", "member-02"));   // a group's harvest by crop
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SupplyCalendar {
  private final Horizon horizon;
  private final ImmutableList<Planting> plantings;
  private final ImmutableMap<String, ImmutableList<BigDecimal>> weekly;
  private final ImmutableMap<String, BigDecimal> beyond;

  private SupplyCalendar(Horizon horizon, ImmutableList<Planting> plantings, ImmutableMap<String, ImmutableList<BigDecimal>> weekly,
      ImmutableMap<String, BigDecimal> beyond) {
    this.horizon = horizon;
    this.plantings = plantings;
    this.weekly = weekly;
    this.beyond = beyond;
  }

  /**
   * The supply of plantings over a horizon.
   *
   * @throws IllegalArgumentException if a planting's week is outside the horizon (its harvest may
   *     run past the end: that part is {@link #beyondHorizon(String)})
   */
  public static SupplyCalendar of(Horizon horizon, List<Planting> plantings) {
    notNull(horizon, "horizon");
    notNull(plantings, "plantings");
    // Plantings of one profile in one week are summed first: the harvest is linear in the area, so
    // this is exact and turns a million plantings into at most profiles × weeks multiplications.
    Map<CropProfile, BigDecimal[]> areaByWeek = new LinkedHashMap<>();
    for (Planting p : plantings) {
      notNull(p, "planting");
      int week = horizon.indexOf(p.week(), "Week of the planting " + p);
      BigDecimal[] areas = areaByWeek.computeIfAbsent(p.profile(), k -> zeros(horizon.weeks()));
      areas[week] = areas[week].add(p.area().toSquareMetres());
    }
    Map<String, BigDecimal[]> kg = new TreeMap<>();
    Map<String, BigDecimal> beyond = new TreeMap<>();
    areaByWeek.forEach((profile, areas) -> {
      for (int t = 0; t < areas.length; t++) {
        if (areas[t].signum() != 0) {
          accumulate(horizon, profile, t, areas[t], kg, beyond);
        }
      }
    });
    spelledOneWay(kg.keySet(), "a supply calendar");
    return new SupplyCalendar(horizon, ImmutableList.copyOf(plantings), freeze(kg), freezeTotals(beyond));
  }

  private static void accumulate(Horizon horizon, CropProfile profile, int week, BigDecimal squareMetres,
      Map<String, BigDecimal[]> kg, Map<String, BigDecimal> beyond) {
    BigDecimal total = profile.yield().toKilogramsPerSquareMetre().multiply(squareMetres);
    BigDecimal[] weeks = kg.computeIfAbsent(profile.crop(), c -> zeros(horizon.weeks()));
    int first = week + profile.weeksToFirstHarvest();
    for (int i = 0; i < profile.harvestWeeks(); i++) {
      BigDecimal amount = profile.harvestShares().get(i).applyTo(total);
      int w = first + i;
      if (w < horizon.weeks()) {
        weeks[w] = weeks[w].add(amount);
      } else {
        beyond.merge(profile.crop(), amount, BigDecimal::add);
      }
    }
  }

  static BigDecimal[] zeros(int n) {
    BigDecimal[] a = new BigDecimal[n];
    java.util.Arrays.fill(a, BigDecimal.ZERO);
    return a;
  }

  static ImmutableMap<String, ImmutableList<BigDecimal>> freeze(Map<String, BigDecimal[]> kg) {
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

  private static ImmutableMap<String, BigDecimal> freezeTotals(Map<String, BigDecimal> totals) {
    Map<String, BigDecimal> normal = new LinkedHashMap<>();
    totals.forEach((c, v) -> normal.put(c, Decimals.normalize(v)));
    return ImmutableMap.copyOf(normal);
  }

  /** The horizon. */
  public Horizon horizon() {
    return horizon;
  }

  /** The plantings. */
  public ImmutableList<Planting> plantings() {
    return plantings;
  }

  /**
   * The crops this calendar knows, by name: those planted, and in a {@link Balance} also those
   * demanded (with no supply).
   */
  public ImmutableSet<String> crops() {
    return weekly.keySet();
  }

  /**
   * A crop's supply in a week.
   *
   * @throws IllegalArgumentException if the crop is not one of {@link #crops()} (names are exact:
   *     "Cucumber" is not "cucumber") or the week is outside the horizon
   */
  public Mass week(String crop, IsoWeek week) {
    ImmutableList<BigDecimal> weeks = kilograms(crop);
    return Mass.ofKilograms(weeks.get(horizon.indexOf(week, "Week of the " + crop + " supply")));
  }

  /**
   * A crop's supply week by week, every week of the horizon in order.
   *
   * @throws IllegalArgumentException if the crop is not one of {@link #crops()}
   */
  public ImmutableSortedMap<IsoWeek, Mass> weekly(String crop) {
    return byWeek(horizon, kilograms(crop));
  }

  static ImmutableSortedMap<IsoWeek, Mass> byWeek(Horizon horizon, List<BigDecimal> kilograms) {
    ImmutableSortedMap.Builder<IsoWeek, Mass> weeks = ImmutableSortedMap.naturalOrder();
    for (int t = 0; t < kilograms.size(); t++) {
      weeks.put(horizon.week(t), Mass.ofKilograms(kilograms.get(t)));
    }
    return weeks.buildOrThrow();
  }

  /** A crop's supply in kilograms by week index; refuses a crop the calendar does not know. */
  ImmutableList<BigDecimal> kilograms(String crop) {
    return known(weekly, crop);
  }

  /**
   * A crop's supply within the horizon.
   *
   * @throws IllegalArgumentException if the crop is not one of {@link #crops()}
   */
  public Mass total(String crop) {
    return Mass.ofKilograms(kilograms(crop).stream().reduce(BigDecimal.ZERO, BigDecimal::add));
  }

  /**
   * A crop's harvest that falls after the horizon's last week.
   *
   * @throws IllegalArgumentException if the crop is not one of {@link #crops()}
   */
  public Mass beyondHorizon(String crop) {
    kilograms(crop);
    return Mass.ofKilograms(beyond.getOrDefault(crop, BigDecimal.ZERO));
  }

  /** The row of a crop a calendar knows, or a refusal that names the crops it knows. */
  static <V> V known(java.util.Map<String, V> rows, String crop) {
    notNull(crop, "crop");
    V row = rows.get(crop);
    if (row == null) {
      throw Check.refusal("Crop", "one of " + rows.keySet(), Check.quoted(crop));
    }
    return row;
  }

  /**
   * Refuses crop names that differ only in case or spacing ("Cucumber" and "cucumber"): a calendar,
   * a balance and a plan spell each crop one way, so no query answers for half of a crop.
   */
  static void spelledOneWay(Collection<String> crops, String where) {
    Map<String, String> seen = new java.util.HashMap<>();
    for (String crop : crops) {
      String key = crop.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
      String before = seen.putIfAbsent(key, crop);
      if (before != null && !before.equals(crop)) {
        throw Check.refusal("Crops of " + where, "each spelt one way", Check.quoted(before) + " and " + Check.quoted(crop)
            + ", which differ only in case or spacing");
      }
    }
  }

  /** This calendar also knowing {@code crops}, with no supply of those not planted. */
  SupplyCalendar withCrops(Collection<String> crops) {
    if (weekly.keySet().containsAll(crops)) {
      return this;
    }
    return new SupplyCalendar(horizon, plantings, withZeroRows(weekly, crops, horizon), beyond);
  }

  static ImmutableMap<String, ImmutableList<BigDecimal>> withZeroRows(
      ImmutableMap<String, ImmutableList<BigDecimal>> rows, Collection<String> crops, Horizon horizon) {
    Map<String, ImmutableList<BigDecimal>> all = new TreeMap<>(rows);
    ImmutableList<BigDecimal> zeros = ImmutableList.copyOf(zeros(horizon.weeks()));
    for (String crop : crops) {
      all.putIfAbsent(crop, zeros);
    }
    return ImmutableMap.copyOf(all);
  }

  /** The harvest of some members (a producer group), by crop, within the horizon and beyond. */
  public ImmutableMap<String, Mass> contribution(Collection<String> members) {
    Set<String> who = ImmutableSet.copyOf(notNull(members, "members"));
    Map<String, Mass> byCrop = new TreeMap<>();
    for (Planting p : plantings) {
      if (who.contains(p.member())) {
        byCrop.merge(p.crop(), p.profile().harvestOf(p.area()), Mass::plus);
      }
    }
    return ImmutableMap.copyOf(byCrop);
  }

  @Override
  public String toString() {
    return "SupplyCalendar{" + horizon + ", " + Words.count(plantings.size(), "planting") + ", crops=" + crops() + "}";
  }
}
