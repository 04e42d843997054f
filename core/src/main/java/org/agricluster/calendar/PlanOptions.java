package org.agricluster.calendar;

import static org.agricluster.internal.Check.notNull;

import java.util.Objects;

/**
 * What a facilitator asks of a plan beyond the smallest Σ |supply − demand|, all together: how a
 * crop set's area is shared among its members ({@link Sharing}), how much each crop's unmet
 * kilogram counts ({@link CropWeights}) and how much work the search may spend ({@link Effort}).
 * {@link Planner#plan(java.util.List, java.util.List, DemandCalendar, PlanOptions)} applies every
 * one of them; the planner's other {@code plan} methods are this with one option set.
 *
 * <p>Each option keeps its meaning when combined: with weights and every member sharing, the plan
 * minimises the weighted sum and shares every crop set's area with every member, and its summary
 * gives both what the weights cost and what sharing with every member costs; with
 * {@link Effort#THOROUGH}, every plan made for the comparison is searched thoroughly where a work
 * limit stopped it. This class is immutable and thread-safe.
 *
 * <pre>{@code
 * PlanOptions.standard()                                   // fewest members, equal weights, standard effort
 * PlanOptions.standard().withSharing(Sharing.EVERY_MEMBER)
 *     .withWeights(CropWeights.of("yard-long bean", 4))
 * }</pre>
 */
public final class PlanOptions {
  private static final PlanOptions STANDARD =
      new PlanOptions(Sharing.FEWEST_MEMBERS, CropWeights.equal(), Effort.STANDARD);

  private final Sharing sharing;
  private final CropWeights weights;
  private final Effort effort;

  private PlanOptions(Sharing sharing, CropWeights weights, Effort effort) {
    this.sharing = notNull(sharing, "sharing");
    this.weights = notNull(weights, "weights");
    this.effort = notNull(effort, "effort");
  }

  /** The planner's defaults: shared among the fewest members, every crop weighing 1, the standard effort. */
  public static PlanOptions standard() {
    return STANDARD;
  }

  /**
   * These options, sharing as given.
   *
   * @throws NullPointerException if {@code sharing} is null
   */
  public PlanOptions withSharing(Sharing sharing) {
    return new PlanOptions(sharing, weights, effort);
  }

  /**
   * These options, with these weights ({@link CropWeights#equal()} for none).
   *
   * @throws NullPointerException if {@code weights} is null
   */
  public PlanOptions withWeights(CropWeights weights) {
    return new PlanOptions(sharing, weights, effort);
  }

  /**
   * These options, with this effort.
   *
   * @throws NullPointerException if {@code effort} is null
   */
  public PlanOptions withEffort(Effort effort) {
    return new PlanOptions(sharing, weights, effort);
  }

  /** How each crop set's area is shared among its members. */
  public Sharing sharing() {
    return sharing;
  }

  /** How much a kilogram of each crop's unmet demand counts. */
  public CropWeights weights() {
    return weights;
  }

  /** How much work the search may spend. */
  public Effort effort() {
    return effort;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof PlanOptions other && sharing == other.sharing && weights.equals(other.weights)
        && effort == other.effort;
  }

  @Override
  public int hashCode() {
    return Objects.hash(sharing, weights, effort);
  }

  /** {@code PlanOptions{sharing=EVERY_MEMBER, weights=CropWeights{yard-long bean ×4}, effort=STANDARD}}. */
  @Override
  public String toString() {
    return "PlanOptions{sharing=" + sharing + ", weights=" + weights + ", effort=" + effort + "}";
  }
}
