package org.agricluster.calendar;

import static org.agricluster.internal.Check.notNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.agricluster.internal.Check;
import org.agricluster.measure.Mass;
import org.agricluster.measure.Share;

/**
 * Supply against demand, per crop per week: shortfalls, surpluses, their totals, the worst weeks,
 * the share of demand met and the weeks of glut.
 *
 * <pre>{@code
 * Balance balance = Balance.of(supply, demand);
 * balance.totalAbsoluteGap();                        // Σ |supply − demand| over crops and weeks
 * balance.shareOfDemandMet("leafy vegetables");      // Optional: empty when nothing is demanded
 * balance.glutWeeks("leafy vegetables", Share.ofPercent(20));   // weeks of supply > demand + 20 %
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Balance {
  private final SupplyCalendar supply;
  private final DemandCalendar demand;
  private final ImmutableSortedSet<String> crops;

  private Balance(SupplyCalendar supply, DemandCalendar demand) {
    this.crops = ImmutableSortedSet.<String>naturalOrder().addAll(supply.crops()).addAll(demand.crops()).build();
    this.supply = supply.withCrops(crops);
    this.demand = demand.withCrops(crops);
  }

  /**
   * The balance of a supply and a demand over one horizon.
   *
   * @throws IllegalArgumentException if the horizons differ, or a crop is spelt two ways ("Cucumber"
   *     supplied, "cucumber" demanded)
   */
  public static Balance of(SupplyCalendar supply, DemandCalendar demand) {
    notNull(supply, "supply");
    notNull(demand, "demand");
    if (!supply.horizon().equals(demand.horizon())) {
      throw Check.refusal("Horizon of the demand", "the supply's " + supply.horizon(), demand.horizon());
    }
    WeeklyCalendar.spelledOneWay(ImmutableList.<String>builder().addAll(supply.crops()).addAll(demand.crops()).build(),
        "a balance of supply and demand");
    return new Balance(supply, demand);
  }

  /** The supply; it knows every crop of the balance, with zero supply of a crop only demanded. */
  public SupplyCalendar supply() {
    return supply;
  }

  /** The demand; it knows every crop of the balance, with zero demand for a crop only supplied. */
  public DemandCalendar demand() {
    return demand;
  }

  /** The horizon. */
  public Horizon horizon() {
    return supply.horizon();
  }

  /** The crops supplied or demanded. */
  public ImmutableSortedSet<String> crops() {
    return crops;
  }

  /**
   * A crop's supply against its demand in a week.
   *
   * @throws IllegalArgumentException if the crop is not one of {@link #crops()} or the week is outside
   *     the horizon
   */
  public Gap gap(String crop, IsoWeek week) {
    return Gap.of(crop, week, supply.week(crop, week), demand.week(crop, notNull(week, "week")));
  }

  /**
   * A crop's total shortfall: Σ over weeks of demand not supplied. Every query by crop refuses a crop
   * that is not one of {@link #crops()}, naming those it knows.
   */
  public Mass shortfall(String crop) {
    return Mass.ofKilograms(sum(crop, -1));
  }

  /** A crop's total surplus: Σ over weeks of supply not demanded. */
  public Mass surplus(String crop) {
    return Mass.ofKilograms(sum(crop, 1));
  }

  /** {@code supply − demand} in kg by week index. */
  private BigDecimal difference(String crop, int week) {
    return supply.kilograms(crop).get(week).subtract(demand.kilograms(crop).get(week));
  }

  private BigDecimal sum(String crop, int sign) {
    BigDecimal total = BigDecimal.ZERO;
    for (int w = 0; w < horizon().weeks(); w++) {
      BigDecimal g = difference(crop, w);
      if (g.signum() == sign) {
        total = total.add(g.abs());
      }
    }
    return total;
  }

  /** Σ |supply − demand| for a crop over the horizon: its shortfall plus its surplus. */
  public Mass totalAbsoluteGap(String crop) {
    return shortfall(crop).plus(surplus(crop));
  }

  /** Σ |supply − demand| over every crop and week: what the planner minimises. */
  public Mass totalAbsoluteGap() {
    return Mass.total(crops.stream().map(this::totalAbsoluteGap).collect(ImmutableList.toImmutableList()));
  }

  /** The share of a crop's demand that is supplied in its week; empty when nothing is demanded. */
  public Optional<Share> shareOfDemandMet(String crop) {
    BigDecimal demanded = demand.total(crop).toKilograms();
    if (demanded.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(Share.ofRatio(demanded.subtract(shortfall(crop).toKilograms()), demanded));
  }

  /**
   * Up to {@code n} weeks with the largest shortfall of a crop, largest first (earlier week on ties).
   *
   * @throws IllegalArgumentException if {@code n} is negative or the crop is not one of {@link #crops()}
   */
  public ImmutableList<IsoWeek> worstWeeks(String crop, int n) {
    if (n < 0) {
      throw Check.refusal("Number of worst weeks of " + crop, ">= 0", n);
    }
    List<Integer> weeks = new ArrayList<>();
    for (int w = 0; w < horizon().weeks(); w++) {
      if (difference(crop, w).signum() < 0) {
        weeks.add(w);
      }
    }
    weeks.sort(Comparator.comparing((Integer w) -> difference(crop, w)).thenComparing(Comparator.naturalOrder()));
    return weeks.subList(0, Math.min(n, weeks.size())).stream().map(w -> horizon().week(w))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The weeks in which a crop's supply exceeds its demand by more than a tolerance: {@code supply >
   * demand × (100 % + tolerance)}, in order.
   *
   * @param tolerance the surplus still accepted, as a share of the demand ({@code Share.ofPercent(20)})
   * @throws IllegalArgumentException if the crop is not one of {@link #crops()}
   */
  public ImmutableList<IsoWeek> glutWeeks(String crop, Share tolerance) {
    notNull(tolerance, "tolerance");
    ImmutableList<BigDecimal> supplied = supply.kilograms(crop);
    ImmutableList<BigDecimal> demanded = demand.kilograms(crop);
    ImmutableList.Builder<IsoWeek> weeks = ImmutableList.builder();
    for (int w = 0; w < horizon().weeks(); w++) {
      BigDecimal d = demanded.get(w);
      if (supplied.get(w).compareTo(d.add(tolerance.applyTo(d))) > 0) {
        weeks.add(horizon().week(w));
      }
    }
    return weeks.build();
  }

  /** Equal when the supply and the demand are. */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof Balance && ((Balance) obj).supply.equals(supply) && ((Balance) obj).demand.equals(demand);
  }

  @Override
  public int hashCode() {
    return supply.hashCode() * 31 + demand.hashCode();
  }

  @Override
  public String toString() {
    return "Balance{" + horizon() + ", crops=" + crops + ", Σ|gap|=" + totalAbsoluteGap() + "}";
  }
}
