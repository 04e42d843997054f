package org.agricluster.economics;

import static org.agricluster.internal.Check.notNull;

import java.time.LocalDate;
import org.agricluster.internal.Check;
import org.agricluster.measure.Mass;

/**
 * One member's produce graded and weighed at the collection point: "I check their vegetables, rank
 * the quality into categories, weigh them and record it" (the cluster leader in the ASPIRE Takeo story).
 *
 * <pre>{@code
 * Delivery.of("Sokha", "cucumber", "A", Mass.ofKilograms(42), LocalDate.of(2024, 3, 4));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Delivery {
  private final String member;
  private final String crop;
  private final String grade;
  private final Mass mass;
  private final LocalDate date;

  private Delivery(String member, String crop, String grade, Mass mass, LocalDate date) {
    this.member = member;
    this.crop = crop;
    this.grade = grade;
    this.mass = mass;
    this.date = date;
  }

  /**
   * A delivery.
   *
   * @param member the member's id or name, not blank
   * @param crop the crop, not blank
   * @param grade the quality grade, not blank
   * @param mass the weighed mass, {@code > 0}
   * @throws IllegalArgumentException if a text is blank or the mass zero
   */
  public static Delivery of(String member, String crop, String grade, Mass mass, LocalDate date) {
    notNull(member, "member");
    notNull(crop, "crop");
    notNull(grade, "grade");
    notNull(mass, "mass");
    notNull(date, "date");
    if (member.isBlank() || crop.isBlank() || grade.isBlank()) {
      throw Check.refusal("Member, crop and grade of a delivery", "not blank",
          "'" + member + "', '" + crop + "', '" + grade + "'");
    }
    if (mass.isZero()) {
      throw Check.refusal("Mass of " + member + "'s " + crop + " delivery on " + date, "> 0 kg", mass);
    }
    return new Delivery(member.strip(), crop.strip(), grade.strip(), mass, date);
  }

  /** The member. */
  public String member() {
    return member;
  }

  /** The crop. */
  public String crop() {
    return crop;
  }

  /** The quality grade. */
  public String grade() {
    return grade;
  }

  /** The weighed mass. */
  public Mass mass() {
    return mass;
  }

  /** The day of the delivery. */
  public LocalDate date() {
    return date;
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof Delivery)) {
      return false;
    }
    Delivery o = (Delivery) obj;
    return member.equals(o.member) && crop.equals(o.crop) && grade.equals(o.grade) && mass.equals(o.mass)
        && date.equals(o.date);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(member, crop, grade, mass, date);
  }

  /** {@code 2024-03-04 Sokha cucumber A 42 kg}. */
  @Override
  public String toString() {
    return date + " " + member + " " + crop + " " + grade + " " + mass;
  }
}
