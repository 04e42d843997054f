/**
 * Production and sourcing calendars: {@link org.agricluster.calendar.IsoWeek}s and a planning
 * {@link org.agricluster.calendar.Horizon}, {@link org.agricluster.calendar.CropProfile}s,
 * {@link org.agricluster.calendar.Planting}s and the {@link org.agricluster.calendar.SupplyCalendar}
 * they make, buyers' {@link org.agricluster.calendar.DemandCalendar}, their week-by-week
 * {@link org.agricluster.calendar.Balance}, and the {@link org.agricluster.calendar.Planner} that
 * staggers planting across members so the cluster supplies what buyers need every week — the cure
 * for the glut-and-famine calendar of everyone planting the same leafy vegetables at once (CHAIN §3,
 * ASPIRE Takeo).
 *
 * <pre>{@code
 * Plan plan = Planner.plan(members, profiles, demand);
 * plan.balance().totalAbsoluteGap();          // the planner's Σ |supply − demand|
 * plan.baselineBalance().totalAbsoluteGap();  // everyone planting in the same week
 * plan.lowerBound();                          // no plan of these members does better
 * plan.quality();                             // "within 0.34 % of the best possible plan for this cluster …"
 * }</pre>
 *
 * <p>Every plan carries a {@link org.agricluster.calendar.LowerBound}, computed by the planner from
 * a dual solution of its own model, so how good a plan is never depends on an outside solver.
 *
 * <p>What a facilitator asks next: {@link org.agricluster.calendar.Sharing} (who plants),
 * {@link org.agricluster.calendar.CropWeights} (which crops count most, for a buyer who wants every
 * crop) and {@link org.agricluster.calendar.ShadowPrices} (what more land, crops or demand would be
 * worth).
 *
 * <p>Null policy: no method accepts {@code null}; every parameter is checked and a
 * {@link java.lang.NullPointerException} names it. No method returns {@code null}; absent values are
 * {@link java.util.Optional}. Every type is immutable and thread-safe.
 */
@AgriStyle
package org.agricluster.calendar;

import org.agricluster.internal.AgriStyle;
