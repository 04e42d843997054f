package org.agricluster.calendar;

import com.google.common.collect.ImmutableSortedSet;
import java.util.Collection;
import org.agricluster.internal.Check;
import org.agricluster.measure.Area;
import org.immutables.value.Value;

/**
 * A member as the {@link Planner} sees one: the land available, the crops the member may grow, and
 * the smallest plot the member will plant (the planner never gives the member a smaller planting).
 *
 * <p>This class is immutable and thread-safe.
 */
public abstract class PlannerMember {
  PlannerMember() {}

  /**
   * A member.
   *
   * @throws IllegalArgumentException if the member has no land, no crop, or a minimum plot that is
   *     zero or larger than the land
   */
  public static PlannerMember of(String id, Area land, Collection<String> crops, Area minimumPlot) {
    return ImmutablePlannerMember.builder().id(id).land(land).crops(Check.notNull(crops, "crops")).minimumPlot(minimumPlot)
        .build();
  }

  /** The member's id. */
  public abstract String id();

  /** The land available. */
  public abstract Area land();

  /** The crops the member may grow, in alphabetical order. */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<String> crops();

  /** The smallest plot the member will plant. */
  public abstract Area minimumPlot();

  /** Validates the member however it is made; the id is stripped. */
  @Value.Check
  PlannerMember check() {
    String id = id();
    if (id.isBlank()) {
      throw Check.refusal("Id of a member", "not blank", "''");
    }
    if (land().isZero()) {
      throw Check.refusal("Land of member " + id, "> 0 m² (a member with no land cannot plant)", land());
    }
    if (crops().isEmpty()) {
      throw Check.refusal("Crops member " + id + " may grow", "at least one", "none");
    }
    if (minimumPlot().isZero() || minimumPlot().isGreaterThan(land())) {
      throw Check.refusal("Minimum plot of member " + id, "in (0 m², " + land() + "]", minimumPlot());
    }
    return id.equals(id.strip()) ? this : ImmutablePlannerMember.builder().from(this).id(id.strip()).build();
  }

  /** {@code member-01: 2,000 m², plots of >= 200 m², [cucumber, long bean]}. */
  @Override
  public String toString() {
    return id() + ": " + land() + ", plots of >= " + minimumPlot() + ", " + crops();
  }
}
