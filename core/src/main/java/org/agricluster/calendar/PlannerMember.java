package org.agricluster.calendar;

import static org.agricluster.internal.Check.notNull;

import com.google.common.collect.ImmutableSortedSet;
import java.util.Collection;
import org.agricluster.internal.Check;
import org.agricluster.measure.Area;

/**
 * A member as the {@link Planner} sees one: the land available, the crops the member may grow, and
 * the smallest plot the member will plant (a planting is at least this, and grows in tenths of it).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PlannerMember {
  private final String id;
  private final Area land;
  private final ImmutableSortedSet<String> crops;
  private final Area minimumPlot;

  private PlannerMember(String id, Area land, ImmutableSortedSet<String> crops, Area minimumPlot) {
    this.id = id;
    this.land = land;
    this.crops = crops;
    this.minimumPlot = minimumPlot;
  }

  /**
   * A member.
   *
   * @throws IllegalArgumentException if the member has no land, no crop, or a minimum plot that is
   *     zero or larger than the land
   */
  public static PlannerMember of(String id, Area land, Collection<String> crops, Area minimumPlot) {
    notNull(id, "id");
    notNull(land, "land");
    notNull(crops, "crops");
    notNull(minimumPlot, "minimumPlot");
    if (id.isBlank()) {
      throw Check.refusal("Id of a member", "not blank", "''");
    }
    if (land.isZero()) {
      throw Check.refusal("Land of member " + id, "> 0 m² (a member with no land cannot plant)", land);
    }
    if (crops.isEmpty()) {
      throw Check.refusal("Crops member " + id + " may grow", "at least one", "none");
    }
    if (minimumPlot.isZero() || minimumPlot.isGreaterThan(land)) {
      throw Check.refusal("Minimum plot of member " + id, "in (0 m², " + land + "]", minimumPlot);
    }
    return new PlannerMember(id.strip(), land, ImmutableSortedSet.copyOf(crops), minimumPlot);
  }

  /** The member's id. */
  public String id() {
    return id;
  }

  /** The land available. */
  public Area land() {
    return land;
  }

  /** The crops the member may grow. */
  public ImmutableSortedSet<String> crops() {
    return crops;
  }

  /** The smallest plot the member will plant. */
  public Area minimumPlot() {
    return minimumPlot;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof PlannerMember && ((PlannerMember) obj).id.equals(id) && ((PlannerMember) obj).land.equals(land)
        && ((PlannerMember) obj).crops.equals(crops) && ((PlannerMember) obj).minimumPlot.equals(minimumPlot);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(id, land, crops, minimumPlot);
  }

  /** {@code member-01: 2000 m², plots of >= 200 m², [cucumber, long bean]}. */
  @Override
  public String toString() {
    return id + ": " + land + ", plots of >= " + minimumPlot + ", " + crops;
  }
}
