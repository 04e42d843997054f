package org.agricluster.strategy;

import java.util.Optional;
import org.agricluster.internal.Check;
import org.agricluster.measure.Mass;
import org.agricluster.measure.PricePerMass;
import org.immutables.value.Value;

/**
 * A flow of produce between two actors or markets, as the rapid-mapping report shows it (CHAIN
 * guide §5.1, Annex 3): "Mr Panha → Samaky market vendors, vegetables, about 500 kg a day".
 *
 * <p>This class is immutable and thread-safe.
 */
public abstract class ProductFlow {
  ProductFlow() {}

  /** A flow per day, without a price. */
  public static ProductFlow of(String seller, String buyer, String product, Mass perDay) {
    return ImmutableProductFlow.builder().seller(seller).buyer(buyer).product(product).perDay(perDay).build();
  }

  /** A flow per day at a price. */
  public static ProductFlow of(String seller, String buyer, String product, Mass perDay, PricePerMass price) {
    return ImmutableProductFlow.builder().seller(seller).buyer(buyer).product(product).perDay(perDay).price(price).build();
  }

  /** Who sells: an actor's name, a group or a market. */
  public abstract String seller();

  /** Who buys: an actor's name, a group or a market. */
  public abstract String buyer();

  /** What. */
  public abstract String product();

  /** How much a day. */
  public abstract Mass perDay();

  /** At which price, if known. */
  public abstract Optional<PricePerMass> price();

  /**
   * Validates the flow.
   *
   * @throws IllegalArgumentException if a name is blank or not one line, both ends are the same, or the
   *     volume is not positive
   */
  @Value.Check
  void check() {
    Check.name(seller(), "Seller of a product flow");
    Check.name(buyer(), "Buyer of a product flow");
    Check.name(product(), "Product of a flow from " + seller());
    if (seller().equals(buyer())) {
      throw Check.refusal("Product flow of " + product(), "between two different actors", seller() + " to itself");
    }
    if (perDay().isZero()) {
      throw Check.refusal("Volume of the flow " + seller() + " → " + buyer(), "more than 0 kg a day", perDay());
    }
  }

  /** {@code Mr Panha → Samaky market vendors: vegetables, 500 kg/day}. */
  @Override
  public String toString() {
    return seller() + " → " + buyer() + ": " + product() + ", " + perDay() + "/day" + price().map(p -> " at " + p).orElse("");
  }
}
