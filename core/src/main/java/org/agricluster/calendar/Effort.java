package org.agricluster.calendar;

/**
 * How much work the {@link Planner} may spend to bring a plan near the best possible one.
 *
 * <p>Every step of the planner stops at a fixed amount of work, so a plan is deterministic and its
 * time is bounded; where a step stops short, the plan's {@linkplain Plan#lowerBound() lower bound}
 * says how far from the optimum it may be, and its summary says that the search stopped short.
 * Where members grow many different crop sets (thousands of members each choosing a few of a dozen
 * crops), the step that stops short is the column master that mixes each crop set's year-long
 * schedules ({@link ColumnRelaxation}); {@link #THOROUGH} lets it run much further. On clusters of
 * at most 300 members the standard effort polishes a plan by re-planning one member at a time;
 * {@link #THOROUGH} also re-plans pairs of members together.
 */
public enum Effort {
  /**
   * The planner's fixed work limits: seconds for 10,000 members, within 1 % of the bound on most
   * clusters, and 1.9–8 % on clusters of thousands of members with random crop sets (12 crops, each
   * member a random 2–5: 1.059–1.082 × the bound at 2,000–4,000 members, 1.019 at 10,000).
   */
  STANDARD,
  /**
   * The column master with twelve times the work and masters of up to 3,000 rows (its inverse 72
   * MB): on clusters of thousands of members with random crop sets, half a minute to a minute
   * instead of seconds, for a plan near its bound (12 crops, each member a random 2–5, 10,000 members: 1.003 ×
   * the bound). On clusters of at most 300 members, polishing also re-plans pairs of members
   * together (at 100 members: seconds to twenty seconds, for plans up to 2 % closer to their bound
   * where members grow many crop sets or farms are uneven). The plan is never worse than the standard one: both are made
   * and the better kept, unless no limit that this effort raises stopped the standard search (its
   * summary does not mention this effort), when only the standard plan is made.
   */
  THOROUGH
}
