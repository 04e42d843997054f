package org.agricluster.economics;

import org.agricluster.actor.Actor;
import org.agricluster.internal.Check;
import org.agricluster.measure.Mass;
import org.agricluster.measure.Money;
import org.agricluster.measure.PricePerMass;
import org.immutables.value.Value;

/**
 * Seed sold by one actor to another: a product, a quantity and a price.
 *
 * <p>This class is immutable and thread-safe.
 */
public abstract class SeedFlow {
  SeedFlow() {}

  /**
   * A sale.
   *
   * @throws IllegalArgumentException if seller and buyer are the same actor or the quantity is zero
   */
  public static SeedFlow of(Actor seller, Actor buyer, SeedProduct product, Mass mass, PricePerMass price) {
    return ImmutableSeedFlow.builder().seller(seller).buyer(buyer).product(product).mass(mass).price(price).build();
  }

  /** Who sells. */
  public abstract Actor seller();

  /** Who buys. */
  public abstract Actor buyer();

  /** What. */
  public abstract SeedProduct product();

  /** How much. */
  public abstract Mass mass();

  /** At which price. */
  public abstract PricePerMass price();

  /** What it is worth: quantity × price. */
  public Money value() {
    return mass().multipliedBy(price());
  }

  @Value.Check
  void check() {
    if (seller().id().equals(buyer().id())) {
      throw Check.refusal("Seed flow of " + product().name(), "between two different actors", seller().name() + " to itself");
    }
    if (mass().isZero()) {
      throw Check.refusal("Quantity of seed from " + seller().name() + " to " + buyer().name(), "more than 0 kg", mass());
    }
  }

  /** {@code Smart Agro → Kampong Cham cooperative: CA cover-crop mix, 1,200 kg at KHR 12,000/kg}. */
  @Override
  public String toString() {
    return seller().name() + " → " + buyer().name() + ": " + product().name() + ", " + mass() + " at " + price();
  }
}
