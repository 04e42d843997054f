package org.agricluster.calendar;

import static org.agricluster.internal.Check.notNull;

import org.agricluster.internal.Check;
import org.agricluster.measure.Area;

/**
 * One member planting one crop on a plot in a week of a horizon: {@code member-07 plants 500 m² of
 * cucumber in week 3}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Planting {
  private final String member;
  private final CropProfile profile;
  private final int week;
  private final Area area;

  private Planting(String member, CropProfile profile, int week, Area area) {
    this.member = member;
    this.profile = profile;
    this.week = week;
    this.area = area;
  }

  /**
   * A planting in week index {@code week} of the horizon it is used with.
   *
   * @throws IllegalArgumentException if the member is blank, the week negative or the area zero
   */
  public static Planting of(String member, CropProfile profile, int week, Area area) {
    notNull(member, "member");
    notNull(profile, "profile");
    notNull(area, "area");
    if (member.isBlank()) {
      throw Check.refusal("Member of a planting", "not blank", "''");
    }
    if (week < 0) {
      throw Check.refusal("Week of " + member + "'s " + profile.crop() + " planting", ">= 0", week);
    }
    if (area.isZero()) {
      throw Check.refusal("Area of " + member + "'s " + profile.crop() + " planting", "> 0 m²", area);
    }
    return new Planting(member.strip(), profile, week, area);
  }

  /** The member. */
  public String member() {
    return member;
  }

  /** The crop's profile. */
  public CropProfile profile() {
    return profile;
  }

  /** The crop. */
  public String crop() {
    return profile.crop();
  }

  /** The planting week's index in the horizon. */
  public int week() {
    return week;
  }

  /** The plot. */
  public Area area() {
    return area;
  }

  /** The first week after the plot is free again. */
  public int freeFrom() {
    return week + profile.weeksOccupied();
  }

  /** This planting moved by {@code weeks} weeks. */
  public Planting shiftedBy(int weeks) {
    return of(member, profile, week + weeks, area);
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof Planting)) {
      return false;
    }
    Planting o = (Planting) obj;
    return member.equals(o.member) && profile.equals(o.profile) && week == o.week && area.equals(o.area);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(member, profile.crop(), week, area);
  }

  /** {@code member-07: 500 m² cucumber in week 3}. */
  @Override
  public String toString() {
    return member + ": " + area + " " + profile.crop() + " in week " + week;
  }
}
