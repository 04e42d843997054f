package org.agricluster.calendar;

import static org.agricluster.internal.Check.notNull;

import java.util.Objects;
import org.agricluster.internal.Check;
import org.agricluster.measure.Mass;

/**
 * How good the best possible plan for a cluster can be: no plan of these members for this demand
 * has a Σ |supply − demand| below {@link #gap()}. The {@link Planner} computes it for every plan it
 * makes, from a dual solution of its own model (a certificate anyone could check against the
 * members and the demand), so a plan says how far it is from the optimum without any outside
 * solver: "within 0.8 % of the best possible plan for this cluster".
 *
 * <p>Part of the bound is demand no plan can meet at all — {@link #unmeetable()}: weeks before any
 * crop planted in the horizon can be harvested, or crops no member grows. A plan's gap beyond it is
 * the avoidable part, and the ratio on it is the stricter measure of quality.
 *
 * <p>The bound holds either for every plan ({@link #forEveryPlan()}) or for every plan that keeps
 * the planner's no-glut rule (supply never above demand in any week), which the planner's own plans
 * do; the second is the stronger bound and is the one reported unless the plan kept is the
 * baseline, which makes gluts.
 *
 * <pre>{@code
 * Plan plan = Planner.plan(members, profiles, demand);
 * plan.lowerBound().get().gap();     // 1,224 kg: no plan does better
 * plan.ratioToLowerBound();          // Optional[1.0082]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LowerBound {
  private final Mass gap;
  private final Mass unmeetable;
  private final boolean forEveryPlan;

  private LowerBound(Mass gap, Mass unmeetable, boolean forEveryPlan) {
    this.gap = gap;
    this.unmeetable = unmeetable;
    this.forEveryPlan = forEveryPlan;
  }

  /**
   * A bound as stated elsewhere (a plan document); the planner's own bounds are computed.
   *
   * @param gap the least Σ |supply − demand| any plan can reach
   * @param unmeetable the part of it no plan can meet at all, at most {@code gap}
   * @param forEveryPlan whether it holds for every plan, or only for plans without glut
   * @throws IllegalArgumentException if {@code unmeetable} exceeds {@code gap}
   */
  public static LowerBound of(Mass gap, Mass unmeetable, boolean forEveryPlan) {
    notNull(gap, "gap");
    notNull(unmeetable, "unmeetable");
    if (unmeetable.isGreaterThan(gap)) {
      throw Check.refusal("Unmeetable demand of a lower bound", "in 0.." + gap, unmeetable);
    }
    return new LowerBound(gap, unmeetable, forEveryPlan);
  }

  /** No plan's Σ |supply − demand| is below this (among plans without glut, unless {@link #forEveryPlan()}). */
  public Mass gap() {
    return gap;
  }

  /** The demand no plan can meet: weeks before the first possible harvest, crops nobody grows. */
  public Mass unmeetable() {
    return unmeetable;
  }

  /** Whether the bound holds for every plan, gluts or not; false: for plans that keep the no-glut rule. */
  public boolean forEveryPlan() {
    return forEveryPlan;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof LowerBound o && gap.equals(o.gap) && unmeetable.equals(o.unmeetable) && forEveryPlan == o.forEveryPlan;
  }

  @Override
  public int hashCode() {
    return Objects.hash(gap, unmeetable, forEveryPlan);
  }

  /** {@code LowerBound{Σ|gap| ≥ 1,224 kg for plans without glut, 900 kg of it unmeetable}}. */
  @Override
  public String toString() {
    return "LowerBound{Σ|gap| ≥ " + Plan.kg(gap) + " kg for " + (forEveryPlan ? "every plan" : "plans without glut") + ", "
        + Plan.kg(unmeetable) + " kg of it unmeetable}";
  }
}
