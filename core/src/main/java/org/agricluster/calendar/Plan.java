package org.agricluster.calendar;

import com.google.common.collect.ImmutableList;
import static org.agricluster.internal.Check.notNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.agricluster.internal.Check;
import org.agricluster.internal.Decimals;
import org.agricluster.internal.Words;
import org.agricluster.measure.Mass;

/**
 * A planting plan for a cluster beside its baseline — every member planting the same crops in the
 * same week, and again as soon as the plot is free — so that the benefit of staggering is a number.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Plan {
  private final ImmutableList<PlannedPlanting> plantings;
  private final Balance balance;
  private final Balance baseline;
  private final String summary;
  private final Optional<LowerBound> lowerBound;

  Plan(ImmutableList<PlannedPlanting> plantings, Balance balance, Balance baseline, String summary,
      Optional<LowerBound> lowerBound) {
    this.plantings = plantings;
    this.balance = balance;
    this.baseline = baseline;
    this.summary = summary;
    this.lowerBound = lowerBound;
  }

  /**
   * A plan as written down elsewhere — read from a document, or a plan a facilitator adjusted by
   * hand — checked as the planner's own plans are: its plantings and the baseline's are weeks of
   * the demand's horizon, and it is no worse than its baseline.
   *
   * @param demand what buyers want, per crop per week
   * @param baseline the plantings the plan is compared with (everyone in the same week)
   * @param plantings the plan's plantings, each with its reason
   * @param summary what was done, in words
   * @throws IllegalArgumentException if a planting lies outside the horizon, a crop is spelt two
   *     ways, the summary is blank, or the plan's Σ |supply − demand| exceeds the baseline's
   */
  public static Plan of(DemandCalendar demand, List<Planting> baseline, List<PlannedPlanting> plantings, String summary) {
    notNull(demand, "demand");
    notNull(baseline, "baseline");
    notNull(plantings, "plantings");
    Check.text(summary, "Summary of a plan");
    ImmutableList<PlannedPlanting> planned = ImmutableList.copyOf(plantings);
    Balance balance = Balance.of(SupplyCalendar.of(demand.horizon(),
        planned.stream().map(PlannedPlanting::planting).toList()), demand);
    Balance before = Balance.of(SupplyCalendar.of(demand.horizon(), baseline), demand);
    if (balance.totalAbsoluteGap().isGreaterThan(before.totalAbsoluteGap())) {
      throw Check.refusal("Plan", "no worse than its baseline (Σ|gap| at most " + kg(before.totalAbsoluteGap()) + " kg)",
          "Σ|gap| " + kg(balance.totalAbsoluteGap()) + " kg");
    }
    return new Plan(planned, balance, before, summary, Optional.empty());
  }

  /**
   * This plan with a lower bound as stated elsewhere (a plan document); the planner's plans carry
   * their own, computed.
   *
   * @throws IllegalArgumentException if the bound is above this plan's Σ |supply − demand| although
   *     it holds for this plan (it holds for every plan, or this plan makes no glut)
   */
  public Plan withLowerBound(LowerBound bound) {
    notNull(bound, "bound");
    boolean applies = bound.forEveryPlan() || !hasGlut(balance);
    if (applies && bound.gap().isGreaterThan(balance.totalAbsoluteGap())) {
      throw Check.refusal("Lower bound of a plan", "at most the plan's Σ|gap| " + kg(balance.totalAbsoluteGap()) + " kg",
          Plan.kg(bound.gap()) + " kg");
    }
    return new Plan(plantings, balance, baseline, summary, Optional.of(bound));
  }

  static boolean hasGlut(Balance balance) {
    for (String crop : balance.crops()) {
      if (!balance.surplus(crop).isZero()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The least Σ |supply − demand| any plan of these members can reach for this demand, computed by
   * the {@link Planner} with the plan; empty for a plan given by {@link #of} without one.
   */
  public Optional<LowerBound> lowerBound() {
    return lowerBound;
  }

  /**
   * This plan's Σ |supply − demand| over its {@linkplain #lowerBound() lower bound}, rounded up to 4
   * decimals: 1.0082 is within 0.82 % of the best possible plan. 1 when both are zero; empty without
   * a bound, or when the bound is zero and the plan's gap is not.
   */
  public Optional<BigDecimal> ratioToLowerBound() {
    return lowerBound.flatMap(b -> ratio(balance.totalAbsoluteGap(), b.gap()));
  }

  /**
   * As {@link #ratioToLowerBound()}, on the avoidable gap only: both sides less the demand no plan
   * can meet ({@link LowerBound#unmeetable()}), the stricter measure where much demand falls before
   * the first harvest.
   */
  public Optional<BigDecimal> avoidableRatioToLowerBound() {
    return lowerBound.flatMap(b -> balance.totalAbsoluteGap().isLessThan(b.unmeetable()) ? Optional.empty()
        : ratio(balance.totalAbsoluteGap().minus(b.unmeetable()), b.gap().minus(b.unmeetable())));
  }

  private static Optional<BigDecimal> ratio(Mass plan, Mass bound) {
    if (bound.isZero()) {
      return plan.isZero() ? Optional.of(BigDecimal.ONE) : Optional.empty();
    }
    return Optional.of(plan.toKilograms().divide(bound.toKilograms(), 4, RoundingMode.UP));
  }

  /**
   * How close the plan is to the best possible, in words: {@code "within 0.82 % of the best possible
   * plan for this cluster (no plan without glut goes below 1,224 kg)"}, or in kg when the bound is
   * zero ({@code "within 0.25 kg of …"}); empty without a bound.
   */
  public Optional<String> quality() {
    return lowerBound.map(b -> quality(balance.totalAbsoluteGap(), b));
  }

  /** {@link #quality()} of a plan whose Σ |supply − demand| is {@code gap}. */
  static String quality(Mass gap, LowerBound b) {
    String floor = " (no plan" + (b.forEveryPlan() ? "" : " without glut") + " goes below " + kg(b.gap()) + " kg)";
    Optional<BigDecimal> r = ratio(gap, b.gap());
    if (r.isEmpty()) {
      // a zero bound: no ratio, but the kilograms say how close the plan is
      BigDecimal kg = gap.toKilograms().setScale(3, RoundingMode.UP).stripTrailingZeros();
      return "within " + kg.toPlainString() + " kg of the best possible plan for this cluster" + floor;
    }
    BigDecimal percent = r.get().subtract(BigDecimal.ONE).movePointRight(2).stripTrailingZeros();
    if (percent.signum() <= 0) {
      return "the best possible plan for this cluster" + floor;
    }
    return "within " + percent.toPlainString() + " % of the best possible plan for this cluster" + floor;
  }

  /** The plantings, each with the reason it was chosen. */
  public ImmutableList<PlannedPlanting> plantings() {
    return plantings;
  }

  /** The plan's supply against demand. */
  public Balance balance() {
    return balance;
  }

  /** The baseline's supply against the same demand. */
  public Balance baselineBalance() {
    return baseline;
  }

  /**
   * How much smaller the plan's Σ |supply − demand| is than the baseline's; never negative, as the
   * planner keeps the baseline when it finds nothing better.
   */
  public Mass improvement() {
    return baseline.totalAbsoluteGap().minus(balance.totalAbsoluteGap());
  }

  /** What the planner did, in words. */
  public String summary() {
    return summary;
  }

  /** Equal when the plantings with their reasons, the baseline, the demand, the summary and the lower bound are. */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof Plan o && plantings.equals(o.plantings) && balance.equals(o.balance) && baseline.equals(o.baseline)
        && summary.equals(o.summary) && lowerBound.equals(o.lowerBound);
  }

  @Override
  public int hashCode() {
    return Objects.hash(plantings, balance, baseline, summary, lowerBound);
  }

  /** {@code Plan{120 plantings, Σ|gap| 1,234 kg against the baseline's 56,789 kg}}. */
  @Override
  public String toString() {
    return "Plan{" + Words.count(plantings.size(), "planting") + ", Σ|gap| " + kg(balance.totalAbsoluteGap()) + " kg against the baseline's "
        + kg(baseline.totalAbsoluteGap()) + " kg}";
  }

  static String kg(Mass mass) {
    return Decimals.grouped(mass.toKilograms().setScale(0, RoundingMode.HALF_EVEN), 0);
  }

  /**
   * One planting of a plan and why: the gap it fills and by how much it lowers Σ |supply − demand|.
   *
   * <p>This class is immutable and thread-safe.
   */
  public abstract static class PlannedPlanting {
    PlannedPlanting() {}

    /**
     * A planting with the reason it was chosen.
     *
     * @throws IllegalArgumentException if the reason is blank
     */
    public static PlannedPlanting of(Planting planting, String reason) {
      notNull(planting, "planting");
      notNull(reason, "reason");
      if (reason.isBlank()) {
        // the planting's text named only when refused: plans of thousands of plantings build none
        Check.text(reason, "Reason for the planting " + planting);
      }
      return ImmutablePlannedPlanting.builder().planting(planting).reason(reason).build();
    }

    /** The planting. */
    public abstract Planting planting();

    /** Why it was chosen. */
    public abstract String reason();

    @Override
    public String toString() {
      return planting() + " — " + reason();
    }
  }
}
