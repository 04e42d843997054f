package org.agricluster.calendar;

import org.agricluster.internal.Check;
import org.agricluster.measure.Area;
import org.immutables.value.Value;

/**
 * One member planting one crop on a plot in a week: {@code member-07: 500 m² cucumber in
 * 2024-W06}.
 *
 * <p>This class is immutable and thread-safe.
 */
public abstract class Planting {
  Planting() {}

  /**
   * A member's planting of a crop on a plot in a week.
   *
   * @throws IllegalArgumentException if the member is blank or the area zero
   */
  public static Planting of(String member, CropProfile profile, IsoWeek week, Area area) {
    return ImmutablePlanting.builder().member(member).profile(profile).week(week).area(area).build();
  }

  /** The member. */
  public abstract String member();

  /** The crop's profile. */
  public abstract CropProfile profile();

  /** The week of planting (of sowing, for a crop raised in a nursery first). */
  public abstract IsoWeek week();

  /** The plot. */
  public abstract Area area();

  /** Validates the planting however it is made; the member's id is stripped. */
  @Value.Check
  Planting check() {
    if (member().isBlank()) {
      throw Check.refusal("Member of a planting", "not blank", "''");
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

  /** The first week the plot is free again. */
  public IsoWeek freeFrom() {
    return week().plusWeeks(profile().weeksOccupied());
  }

  /** This planting moved by {@code weeks} weeks, earlier when negative. */
  public Planting shiftedBy(int weeks) {
    return of(member(), profile(), week().plusWeeks(weeks), area());
  }

  /** {@code member-07: 500 m² cucumber in 2024-W06}. */
  @Override
  public String toString() {
    return member() + ": " + area() + " " + crop() + " in " + week();
  }
}
