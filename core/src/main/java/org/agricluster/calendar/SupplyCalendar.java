package org.agricluster.calendar;

import static org.agricluster.internal.Check.notNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
public final class SupplyCalendar extends WeeklyCalendar {
  private final ImmutableList<Planting> plantings;
  private final ImmutableMap<String, BigDecimal> beyond;

  private SupplyCalendar(Horizon horizon, ImmutableList<Planting> plantings, ImmutableMap<String, ImmutableList<BigDecimal>> weekly,
      ImmutableMap<String, BigDecimal> beyond) {
    super(horizon, weekly);
    this.plantings = plantings;
    this.beyond = beyond;
  }

  /**
   * The supply of plantings over a horizon.
   *
   * @throws IllegalArgumentException if a planting's week is outside the horizon (its harvest may
   *     run past the end: that part is {@link #beyondHorizon(String)}), or a crop is spelt two ways
   */
  public static SupplyCalendar of(Horizon horizon, List<Planting> plantings) {
    notNull(horizon, "horizon");
    notNull(plantings, "plantings");
    // Plantings of one profile in one week are summed first: the harvest is linear in the area, so
    // this is exact and turns a million plantings into at most profiles × weeks multiplications.
    // Each profile object is looked up by identity first: a profile's hash walks its harvest shares, and
    // the same few objects come back at every planting.
    Map<CropProfile, BigDecimal[]> areaByWeek = new LinkedHashMap<>();
    Map<CropProfile, BigDecimal[]> byObject = new java.util.IdentityHashMap<>();
    for (Planting p : plantings) {
      notNull(p, "planting");
      int week = horizon.indexOf(p.week(), () -> "Week of the planting " + p);
      BigDecimal[] areas = byObject.computeIfAbsent(p.profile(),
          k -> areaByWeek.computeIfAbsent(k, equal -> zeros(horizon.weeks())));
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
    Map<String, BigDecimal> normal = new LinkedHashMap<>();
    beyond.forEach((c, v) -> normal.put(c, Decimals.normalize(v)));
    return new SupplyCalendar(horizon, ImmutableList.copyOf(plantings), freeze(kg, "a supply calendar"),
        ImmutableMap.copyOf(normal));
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

  @Override
  String what() {
    return "supply";
  }

  /** The plantings. */
  public ImmutableList<Planting> plantings() {
    return plantings;
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

  /** This calendar also knowing {@code crops}, with no supply of those not planted. */
  SupplyCalendar withCrops(Collection<String> crops) {
    ImmutableMap<String, ImmutableList<BigDecimal>> rows = rowsWith(crops);
    return rows.keySet().equals(crops()) ? this : new SupplyCalendar(horizon(), plantings, rows, beyond);
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

  /** Equal when made of the same plantings, in the same order, over the same horizon (and so the same supply). */
  @Override
  public boolean equals(Object obj) {
    return super.equals(obj) && ((SupplyCalendar) obj).plantings.equals(plantings);
  }

  @Override
  public int hashCode() {
    return super.hashCode() * 31 + plantings.hashCode();
  }

  @Override
  public String toString() {
    return "SupplyCalendar{" + horizon() + ", " + Words.count(plantings.size(), "planting") + ", crops=" + crops() + "}";
  }
}
