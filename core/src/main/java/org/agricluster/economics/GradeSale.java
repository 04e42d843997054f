package org.agricluster.economics;

import org.agricluster.internal.Check;
import org.agricluster.measure.PricePerMass;
import org.agricluster.measure.Share;
import org.immutables.value.Value;

/**
 * The part of a budget's marketable produce sold in one quality grade, and its price: {@code 70% as
 * grade A at KHR 1,500/kg}.
 *
 * <p>This class is immutable and thread-safe.
 */
public abstract class GradeSale {
  GradeSale() {}

  /**
   * A grade's share of the marketable produce and its price.
   *
   * @throws IllegalArgumentException if the grade is blank or the price negative
   */
  public static GradeSale of(String grade, Share share, PricePerMass price) {
    return ImmutableGradeSale.builder().grade(grade).share(share).price(price).build();
  }

  /** The grade's name ("grade A"). */
  public abstract String grade();

  /** The grade's share of the marketable produce. */
  public abstract Share share();

  /** The price of the grade. */
  public abstract PricePerMass price();

  /** This sale at another price. */
  public abstract GradeSale withPrice(PricePerMass newPrice);

  /** Validates the sale however it is made; the grade's name is stripped. */
  @Value.Check
  GradeSale check() {
    if (grade().isBlank()) {
      throw Check.refusal("Name of a quality grade", "not blank", "''");
    }
    if (price().amountPerKilogram().isNegative()) {
      throw Check.refusal("Price of grade '" + grade() + "'", ">= 0", price());
    }
    return grade().equals(grade().strip()) ? this : ImmutableGradeSale.builder().from(this).grade(grade().strip()).build();
  }

  /** {@code grade A 70% at KHR 1,500/kg}. */
  @Override
  public String toString() {
    return grade() + " " + share() + " at " + price();
  }
}
