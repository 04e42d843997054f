package org.agricluster.calendar;

import static org.agricluster.internal.Check.notNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.agricluster.internal.Check;
import org.agricluster.measure.Area;
import org.agricluster.measure.Mass;
import org.agricluster.measure.Share;

/**
 * Whether the members' land can meet a demand in every week, and if not, how much more land it
 * would take: the cluster's plan, the weeks it leaves short, and the plan again with every member's
 * land expanded by the same factor — the smallest factor, found by bisection to the percent, at
 * which no week is short by more than the tolerance. This answers the question the <i>ASPIRE Takeo
 * story</i> ends on: the cluster supplies 2 to 4 tonnes a day, and "now most of them start to
 * expand their farming land".
 *
 * <p>A week counts as met when the planned supply of every crop reaches the demand less the
 * tolerance. Demand in the weeks before anything planted in the horizon can be harvested can never
 * be met; such a demand is reported as {@link #reachable() unreachable} with land alone, and so is a
 * demand that even ten times the land cannot meet. So is, often, a weekly demand smaller than what
 * one minimum plot harvests in a week: the planner weighs a kilogram short the same as a kilogram
 * over, so it leaves such a week short rather than plant a plot it cannot sell, whatever the land.
 *
 * <pre>{@code
 * LandNeed need = LandNeed.of(households, profiles, buyer, Share.ofPercent(2));
 * need.met();          // false: 12 weeks short with today's land
 * need.factor();       // 1.37: every household's land × 1.37 meets every week
 * need.extraLand();    // 2.1 ha more in all
 * }</pre>
 *
 * <p>Each step plans the cluster again, so this costs about twenty plans. This class is immutable
 * and thread-safe.
 */
public final class LandNeed {
  /** The largest expansion tried: ten times the land. */
  public static final BigDecimal MAX_FACTOR = BigDecimal.TEN;

  private static final BigDecimal PRECISION = new BigDecimal("0.01");

  private final Plan plan;
  private final Share tolerance;
  private final ImmutableList<Gap> shortWeeks;
  private final Area land;
  private final Optional<BigDecimal> factor;
  private final Optional<Plan> expandedPlan;
  private final ImmutableList<PlannerMember> expandedMembers;

  private LandNeed(Plan plan, Share tolerance, ImmutableList<Gap> shortWeeks, Area land, Optional<BigDecimal> factor,
      Optional<Plan> expandedPlan, ImmutableList<PlannerMember> expandedMembers) {
    this.plan = plan;
    this.tolerance = tolerance;
    this.shortWeeks = shortWeeks;
    this.land = land;
    this.factor = factor;
    this.expandedPlan = expandedPlan;
    this.expandedMembers = expandedMembers;
  }

  /**
   * Plans the members for the demand and, if a week is short by more than the tolerance, searches
   * for the smallest uniform expansion of their land that leaves no week short.
   *
   * @param tolerance the share of a week's demand a plan may miss and still count as meeting it,
   *     below 100 %
   * @throws IllegalArgumentException as {@link Planner#plan} does, or if the tolerance is 100 % or
   *     more
   */
  public static LandNeed of(List<PlannerMember> members, List<CropProfile> profiles, DemandCalendar demand, Share tolerance) {
    notNull(members, "members");
    notNull(profiles, "profiles");
    notNull(demand, "demand");
    notNull(tolerance, "tolerance");
    if (tolerance.compareTo(Share.WHOLE) >= 0) {
      throw Check.refusal("Tolerance of a week's shortfall", "below 100%", tolerance);
    }
    Plan plan = Planner.plan(members, profiles, demand);
    Area land = Area.total(members.stream().map(PlannerMember::land).toList());
    ImmutableList<Gap> short1 = shortWeeks(plan, tolerance);
    if (short1.isEmpty()) {
      return new LandNeed(plan, tolerance, short1, land, Optional.of(BigDecimal.ONE), Optional.of(plan),
          ImmutableList.copyOf(members));
    }
    Plan atMax = Planner.plan(expanded(members, MAX_FACTOR), profiles, demand);
    if (!shortWeeks(atMax, tolerance).isEmpty()) {
      return new LandNeed(plan, tolerance, short1, land, Optional.empty(), Optional.empty(), ImmutableList.of());
    }
    BigDecimal low = BigDecimal.ONE;
    BigDecimal high = MAX_FACTOR;
    Plan best = atMax;
    while (high.subtract(low).compareTo(PRECISION) > 0) {
      BigDecimal mid = low.add(high).divide(BigDecimal.valueOf(2), 2, RoundingMode.CEILING);
      if (mid.compareTo(high) >= 0) {
        break;
      }
      Plan tried = Planner.plan(expanded(members, mid), profiles, demand);
      if (shortWeeks(tried, tolerance).isEmpty()) {
        high = mid;
        best = tried;
      } else {
        low = mid;
      }
    }
    return new LandNeed(plan, tolerance, short1, land, Optional.of(high), Optional.of(best),
        ImmutableList.copyOf(expanded(members, high)));
  }

  private static List<PlannerMember> expanded(List<PlannerMember> members, BigDecimal factor) {
    List<PlannerMember> bigger = new ArrayList<>(members.size());
    for (PlannerMember m : members) {
      Area land = Area.ofSquareMetres(m.land().toSquareMetres().multiply(factor).setScale(0, RoundingMode.CEILING));
      bigger.add(PlannerMember.of(m.id(), land, m.crops(), m.minimumPlot()));
    }
    return bigger;
  }

  private static ImmutableList<Gap> shortWeeks(Plan plan, Share tolerance) {
    Balance balance = plan.balance();
    ImmutableList.Builder<Gap> gaps = ImmutableList.builder();
    for (String crop : balance.demand().crops()) {
      for (IsoWeek week : balance.horizon().allWeeks()) {
        Gap gap = balance.gap(crop, week);
        Mass allowed = Mass.ofKilograms(tolerance.applyTo(gap.demand().toKilograms()));
        if (gap.shortfall().isGreaterThan(allowed)) {
          gaps.add(gap);
        }
      }
    }
    return gaps.build();
  }

  /** The plan with the members' land as it is. */
  public Plan plan() {
    return plan;
  }

  /** The share of a week's demand a plan may miss and still count as meeting it. */
  public Share tolerance() {
    return tolerance;
  }

  /** Whether the plan with today's land meets every week. */
  public boolean met() {
    return shortWeeks.isEmpty();
  }

  /** The crop-weeks the plan with today's land leaves short by more than the tolerance, crop by crop in week order. */
  public ImmutableList<Gap> shortWeeks() {
    return shortWeeks;
  }

  /** Whether some expansion up to {@link #MAX_FACTOR} meets every week. */
  public boolean reachable() {
    return factor.isPresent();
  }

  /**
   * The smallest factor found (to the hundredth) by which every member's land must grow for the plan
   * to meet every week; 1 when today's land does.
   *
   * @throws IllegalStateException if no expansion up to ten times the land meets every week
   */
  public BigDecimal factor() {
    return factor.orElseThrow(() -> new IllegalStateException("No expansion up to " + MAX_FACTOR + " × the land meets every "
        + "week: " + shortWeeks.size() + " crop-weeks stay short (demand before the first harvest cannot be met by land)"));
  }

  /** The members' land today. */
  public Area land() {
    return land;
  }

  /**
   * How much more land the expansion takes in all (each member's land grows by the factor, rounded up
   * to the square metre); zero when today's land meets every week.
   *
   * @throws IllegalStateException if no expansion up to ten times the land meets every week
   */
  public Area extraLand() {
    return Area.total(expandedMembers().stream().map(PlannerMember::land).toList()).minus(land);
  }

  /**
   * The members with their expanded land (each member's land × the factor, rounded up to the square
   * metre); the members themselves when today's land meets every week.
   *
   * @throws IllegalStateException if no expansion up to ten times the land meets every week
   */
  public ImmutableList<PlannerMember> expandedMembers() {
    factor();
    return expandedMembers;
  }

  /**
   * The plan on the expanded land; the plan itself when today's land meets every week.
   *
   * @throws IllegalStateException if no expansion up to ten times the land meets every week
   */
  public Plan expandedPlan() {
    factor();
    return expandedPlan.orElseThrow();
  }

  /** {@code LandNeed{12 crop-weeks short on 5.52 ha; × 1.37 (2.05 ha more) meets every week}}. */
  @Override
  public String toString() {
    if (met()) {
      return "LandNeed{every week met on " + land + "}";
    }
    return "LandNeed{" + shortWeeks.size() + " crop-weeks short on " + land + "; "
        + (reachable() ? "× " + factor().toPlainString() + " (" + extraLand() + " more) meets every week"
            : "no expansion up to × " + MAX_FACTOR + " meets every week") + "}";
  }
}
