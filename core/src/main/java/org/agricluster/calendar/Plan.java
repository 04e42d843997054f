package org.agricluster.calendar;

import com.google.common.collect.ImmutableList;
import java.math.RoundingMode;
import org.agricluster.internal.Decimals;
import org.agricluster.internal.Words;
import org.agricluster.measure.Mass;
import org.immutables.value.Value;

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

  Plan(ImmutableList<PlannedPlanting> plantings, Balance balance, Balance baseline, String summary) {
    this.plantings = plantings;
    this.balance = balance;
    this.baseline = baseline;
    this.summary = summary;
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
  @Value.Immutable
  public abstract static class PlannedPlanting {
    PlannedPlanting() {}

    static PlannedPlanting of(Planting planting, String reason) {
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
