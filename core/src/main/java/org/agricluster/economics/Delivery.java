package org.agricluster.economics;

import java.time.LocalDate;
import org.agricluster.internal.Check;
import org.agricluster.measure.Mass;
import org.immutables.value.Value;

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
public abstract class Delivery {
  Delivery() {}

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
    return ImmutableDelivery.builder().member(member).crop(crop).grade(grade).mass(mass).date(date).build();
  }

  /** The member. */
  public abstract String member();

  /** The crop. */
  public abstract String crop();

  /** The quality grade. */
  public abstract String grade();

  /** The weighed mass. */
  public abstract Mass mass();

  /** The day of the delivery. */
  public abstract LocalDate date();

  /** Validates the delivery however it is made; texts are stripped. */
  @Value.Check
  Delivery check() {
    if (member().isBlank() || crop().isBlank() || grade().isBlank()) {
      throw Check.refusal("Member, crop and grade of a delivery", "not blank",
          "'" + member() + "', '" + crop() + "', '" + grade() + "'");
    }
    if (mass().isZero()) {
      throw Check.refusal("Mass of " + member() + "'s " + crop() + " delivery on " + date(), "> 0 kg", mass());
    }
    if (member().equals(member().strip()) && crop().equals(crop().strip()) && grade().equals(grade().strip())) {
      return this;
    }
    return ImmutableDelivery.builder().from(this).member(member().strip()).crop(crop().strip()).grade(grade().strip())
        .build();
  }

  /** {@code 2024-03-04 Sokha cucumber A 42 kg}. */
  @Override
  public String toString() {
    return date() + " " + member() + " " + crop() + " " + grade() + " " + mass();
  }
}
