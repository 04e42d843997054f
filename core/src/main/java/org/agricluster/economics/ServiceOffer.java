package org.agricluster.economics;

import org.agricluster.actor.Actor;
import org.agricluster.internal.Check;
import org.agricluster.measure.Area;
import org.agricluster.measure.MoneyPerArea;
import org.immutables.value.Value;

/**
 * A machinery or field service offered at a price per area — a no-till seeder, a roller crimper —
 * that a budget takes as a hired-machinery cost line.
 *
 * <pre>{@code
 * ServiceOffer seeding = ServiceOffer.of(provider, "no-till seeding", MoneyPerArea.perHectare(Money.of(KHR, 200_000)));
 * budget.toBuilder().addCost(seeding.costLine(Area.ofHectares(1))).build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public abstract class ServiceOffer {
  ServiceOffer() {}

  /** A service at a price per area. */
  public static ServiceOffer of(Actor provider, String service, MoneyPerArea price) {
    return ImmutableServiceOffer.builder().provider(provider).service(service).price(price).build();
  }

  /** Who offers it. */
  public abstract Actor provider();

  /** What: "no-till seeding". */
  public abstract String service();

  /** The price per area. */
  public abstract MoneyPerArea price();

  @Value.Check
  void check() {
    Check.name(service(), "Service of " + provider().name());
    if (!price().amountPerSquareMetre().isPositive()) {
      throw Check.refusal("Price of " + service(), "more than zero", price());
    }
  }

  /** The service on an area as a hired-machinery cost line: the area in hectares × the price per hectare. */
  public CostLine costLine(Area area) {
    Check.notNull(area, "area");
    return CostLine.of(CostCategory.HIRED_MACHINERY, service() + " (" + provider().name() + ")", area.toHectares(), "ha",
        price().amountPerHectare());
  }

  /** {@code no-till seeding by Sok Service: KHR 200,000/ha}. */
  @Override
  public String toString() {
    return service() + " by " + provider().name() + ": " + price();
  }
}
