package org.agricluster.strategy;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.agricluster.actor.Actor;
import org.agricluster.economics.ChainFlow;
import org.agricluster.economics.CropBudget;
import org.agricluster.internal.Check;
import org.agricluster.measure.Mass;
import org.agricluster.measure.Money;
import org.immutables.value.Value;

/**
 * What the rapid mapping found about one actor, in the key points of the CHAIN guide §5.1 and Annex
 * 3: for farmers their land, water source and crops (from the actor's farm), the seasonality of
 * their production and their existing relationships with suppliers and traders; for traders the
 * volume they source, the crops they want, their transport, collection area and buyers; for input
 * suppliers the range of inputs, brands, shop location and supply terms. Each actor's simplified
 * gross margin comes from a crop budget (farmers) or from its stage of a chain flow (traders).
 *
 * <pre>{@code
 * ActorProfile.builder(panha).volumePerDay(Mass.ofKilograms(500)).addProducts("cucumber", "long bean")
 *     .transport("collects at farm gates at 4–5 pm").area("Khe, Phnom Krohorm, O'Chap, Kaphon")
 *     .addBuyers("four vendors in Samaky market", "Ratanakiri").trade(panhaStage).build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public abstract class ActorProfile {
  ActorProfile() {}

  /** A builder for the profile of an actor. */
  public static Builder builder(Actor actor) {
    return new Builder().actor(actor);
  }

  /** The actor. */
  public abstract Actor actor();

  /**
   * The products: for a farmer the crops sold (the farm's crops unless given), for a trader the crops
   * wanted, for an input supplier the range of inputs.
   */
  public abstract ImmutableList<String> products();

  /** The volume produced, sourced or sold per day, if known. */
  public abstract Optional<Mass> volumePerDay();

  /** When the actor produces or trades more or less ("more in the hot season"); empty if unknown. */
  @Value.Default
  public String seasonality() {
    return "";
  }

  /** Means of transport; empty if unknown. */
  @Value.Default
  public String transport() {
    return "";
  }

  /** The collection area (trader) or shop location (input supplier); empty if unknown. */
  @Value.Default
  public String area() {
    return "";
  }

  /** Supply or payment terms to customers; empty if unknown. */
  @Value.Default
  public String terms() {
    return "";
  }

  /** Brands sold (input suppliers). */
  public abstract ImmutableList<String> brands();

  /** Buyers and markets sold to, in words ("four vendors in Samaky market"). */
  public abstract ImmutableList<String> buyers();

  /** Existing business relationships with other actors (suppliers, traders). */
  public abstract ImmutableList<Actor> relationships();

  /** A farmer's crop budget, for its simplified gross margin. */
  public abstract Optional<CropBudget> budget();

  /** A trader's stage of the chain flow, for its margin along the chain. */
  public abstract Optional<ChainFlow.Stage> trade();

  /**
   * Validates the profile however it is made.
   *
   * @throws IllegalArgumentException if a text is not one line, a product is blank, the actor is one
   *     of its own relationships, or the profile has both a crop budget and a trade stage
   */
  @Value.Check
  void check() {
    String thing = "profile of " + actor().name();
    for (String text : ImmutableList.of(seasonality(), transport(), area(), terms())) {
      Check.singleLine(text, "Text of the " + thing);
    }
    for (String item : ImmutableList.<String>builder().addAll(products()).addAll(brands()).addAll(buyers()).build()) {
      Check.singleLine(Check.text(item, "Product, brand or buyer in the " + thing), "Product, brand or buyer in the " + thing);
    }
    if (relationships().stream().anyMatch(a -> a.id().equals(actor().id()))) {
      throw Check.refusal("Relationships in the " + thing, "other actors", actor().name() + " itself");
    }
    if (budget().isPresent() && trade().isPresent()) {
      throw Check.refusal("Margin of the " + thing, "a crop budget or a trade stage", "both");
    }
  }

  /** The products, or for a farmer without products given, the farm's crops. */
  public ImmutableList<String> productsOrCrops() {
    return products().isEmpty() ? actor().farm().map(f -> f.crops()).orElse(ImmutableList.of()) : products();
  }

  /**
   * The actor's simplified gross margin: the crop budget's ({@link CropBudget#margin()})
   * or the trade stage's margin; empty if neither is recorded.
   */
  public Optional<Money> grossMargin() {
    return budget().map(b -> b.margin().sgm()).or(() -> trade().map(ChainFlow.Stage::margin));
  }

  /** {@code ActorProfile{Mr Panha: 3 products, 500 kg/day}}. */
  @Override
  public String toString() {
    return "ActorProfile{" + actor().name() + ": " + productsOrCrops().size() + " products"
        + volumePerDay().map(v -> ", " + v + "/day").orElse("") + grossMargin().map(m -> ", margin " + m).orElse("") + "}";
  }

  /** Builds an {@link ActorProfile}: the {@code add…} methods add, the list setters replace. */
  public static final class Builder extends ImmutableActorProfile.Builder {
    Builder() {}
  }
}
