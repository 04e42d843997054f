package org.agricluster.calendar;

import org.agricluster.internal.Check;
import org.agricluster.measure.Area;
import org.immutables.value.Value;

/**
 * One member planting one crop on a plot in a week of a horizon: {@code member-07 plants 500 m² of
 * cucumber in week 3}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Planting {
  Planting() {}

  /**
   * A planting in week index {@code week} of the horizon it is used with.
   *
   * @throws IllegalArgumentException if the member is blank, the week negative or the area zero
   */
  public static Planting of(String member, CropProfile profile, int week, Area area) {
    return ImmutablePlanting.builder().member(member).profile(profile).week(week).area(area).build();
  }

  /** The member. */
  public abstract String member();

  /** The crop's profile. */
  public abstract CropProfile profile();

  /** The planting week's index in the horizon. */
  public abstract int week();

  /** The plot. */
  public abstract Area area();

  /** Validates the planting however it is made; the member's id is stripped. */
  @Value.Check
  Planting check() {
    if (member().isBlank()) {
      throw Check.refusal("Member of a planting", "not blank", "''");
    }
    if (week() < 0) {
      throw Check.refusal("Week of " + member() + "'s " + crop() + " planting", ">= 0", week());
    }
    if (area().isZero()) {
      throw Check.refusal("Area of " + member() + "'s " + crop() + " planting", "> 0 m²", area());
    }
    return member().equals(member().strip()) ? this : ImmutablePlanting.builder().from(this).member(member().strip()).build();
  }

  /** The crop. */
  public String crop() {
    return profile().crop();
  }

  /** The first week after the plot is free again. */
  public int freeFrom() {
    return week() + profile().weeksOccupied();
  }

  /** This planting moved by {@code weeks} weeks. */
  public Planting shiftedBy(int weeks) {
    return of(member(), profile(), week() + weeks, area());
  }

  /** {@code member-07: 500 m² cucumber in week 3}. */
  @Override
  public String toString() {
    return member() + ": " + area() + " " + crop() + " in week " + week();
  }
}
