package org.agricluster.economics;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.agricluster.actor.Actor;
import org.agricluster.actor.Role;
import org.agricluster.internal.Check;
import org.agricluster.internal.Words;
import org.agricluster.measure.Mass;
import org.agricluster.measure.Money;
import org.immutables.value.Value;

/**
 * A seed supply system (the <i>KropuchKasekor (Seeds to farmers)</i> note): the institution that
 * leads it, the seed producers, cooperatives, service providers and farmers, the seed products with
 * their registration, the flows of seed between them, and the machinery services on offer. It
 * answers who sells how much at which price, which products are unregistered, and which farmers
 * depend on them.
 *
 * <pre>{@code
 * SeedSupplySystem system = SeedSupplySystem.builder(departmentOfCropSeeds)
 *     .addActors(smartAgro, cooperative, farmer).addProducts(mix).addFlows(SeedFlow.of(smartAgro, cooperative, mix, kg, price))
 *     .build();
 * system.unregistered();             // products without a registration
 * system.dependents(mix);            // the farmers who get it, directly or through a cooperative
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public abstract class SeedSupplySystem {
  SeedSupplySystem() {}

  /** A builder for a system led by an institution. */
  public static Builder builder(Actor lead) {
    return new Builder().lead(lead);
  }

  /** The institution that leads it (the Department of Crop Seeds, for KropuchKasekor). */
  public abstract Actor lead();

  /** The other actors: producers, cooperatives, service providers, farmers. */
  public abstract ImmutableList<Actor> actors();

  /** The seed products. */
  public abstract ImmutableList<SeedProduct> products();

  /** The flows of seed. */
  public abstract ImmutableList<SeedFlow> flows();

  /** The machinery and field services offered. */
  public abstract ImmutableList<ServiceOffer> services();

  /**
   * Validates the system however it is made.
   *
   * @throws IllegalArgumentException if an actor is listed twice, a flow or service names an actor
   *     or product not in the system, or a product's producer is not in it
   */
  @Value.Check
  void check() {
    Set<String> ids = new HashSet<>();
    ids.add(lead().id());
    for (Actor a : actors()) {
      if (!ids.add(a.id())) {
        throw Check.refusal("Actors of the seed system led by " + lead().name(), "each listed once", a.name() + " twice");
      }
    }
    Set<String> names = new HashSet<>();
    for (SeedProduct p : products()) {
      if (!names.add(p.name())) {
        throw Check.refusal("Seed products", "distinct names", p.name() + " twice");
      }
      if (!ids.contains(p.producer().id())) {
        throw Check.refusal("Producer of " + p.name(), "an actor of the system", p.producer().name());
      }
    }
    for (SeedFlow f : flows()) {
      if (!ids.contains(f.seller().id()) || !ids.contains(f.buyer().id())) {
        throw Check.refusal("Seed flow " + f, "between actors of the system", "an outsider");
      }
      if (!products().contains(f.product())) {
        throw Check.refusal("Product of the seed flow " + f, "one of the system's products", f.product().name());
      }
    }
    for (ServiceOffer s : services()) {
      if (!ids.contains(s.provider().id())) {
        throw Check.refusal("Provider of " + s.service(), "an actor of the system", s.provider().name());
      }
    }
  }

  /** How much of a product was sold in all flows. */
  public Mass sold(SeedProduct product) {
    return Mass.total(flows().stream().filter(f -> f.product().equals(product)).map(SeedFlow::mass).toList());
  }

  /** How much seed of any product an actor sold. */
  public Mass soldBy(Actor seller) {
    Check.notNull(seller, "seller");
    return Mass.total(flows().stream().filter(f -> f.seller().id().equals(seller.id())).map(SeedFlow::mass).toList());
  }

  /** The value of all flows of a product. */
  public Money value(SeedProduct product) {
    return flows().stream().filter(f -> f.product().equals(product)).map(SeedFlow::value).reduce(Money::plus)
        .orElseThrow(() -> Check.refusal("Flows of " + product.name(), "at least one", "none"));
  }

  /** The products without a registration. */
  public ImmutableList<SeedProduct> unregistered() {
    return products().stream().filter(p -> !p.isRegistered()).collect(ImmutableList.toImmutableList());
  }

  /**
   * The farmers who get a product, directly or through any chain of buyers (a cooperative that sells
   * on to its members), in order of first reach.
   */
  public ImmutableList<Actor> dependents(SeedProduct product) {
    Check.notNull(product, "product");
    Set<Actor> reached = new LinkedHashSet<>();
    Deque<Actor> sellers = new ArrayDeque<>();
    sellers.add(product.producer());
    Set<String> seen = new HashSet<>();
    while (!sellers.isEmpty()) {
      Actor seller = sellers.poll();
      if (!seen.add(seller.id())) {
        continue;
      }
      for (SeedFlow f : flows()) {
        if (f.product().equals(product) && f.seller().equals(seller)) {
          reached.add(f.buyer());
          sellers.add(f.buyer());
        }
      }
    }
    return reached.stream().filter(a -> a.primaryRole() == Role.FARMER).collect(ImmutableList.toImmutableList());
  }

  /** The farmers who depend on each unregistered product. */
  public ImmutableMap<SeedProduct, ImmutableList<Actor>> unregisteredDependents() {
    Map<SeedProduct, ImmutableList<Actor>> result = new LinkedHashMap<>();
    unregistered().forEach(p -> result.put(p, dependents(p)));
    return ImmutableMap.copyOf(result);
  }

  /** {@code SeedSupplySystem{led by Department of Crop Seeds, 7 actors, 2 products (1 unregistered), 5 flows}}. */
  @Override
  public String toString() {
    return "SeedSupplySystem{led by " + lead().name() + ", " + Words.count(actors().size(), "actor") + ", "
        + Words.count(products().size(), "product") + " (" + unregistered().size() + " unregistered), "
        + Words.count(flows().size(), "flow") + "}";
  }

  /** Builds a {@link SeedSupplySystem}: the {@code add…} methods add, the list setters replace. */
  public static final class Builder extends ImmutableSeedSupplySystem.Builder {
    Builder() {}
  }
}
