package org.agricluster.strategy;

import java.util.Optional;
import org.agricluster.internal.Check;
import org.agricluster.measure.PricePerMass;
import org.immutables.value.Value;

/**
 * How a price is set in a proposition or an agreement: fixed, linked to the market, a premium over
 * the market, or not stated (the Takeo buyer "guarantees to buy all … even this contract is not
 * stated at a specific price", ASPIRE Takeo story).
 *
 * <p>This class is immutable and thread-safe.
 */
public abstract class PriceTerms {
  /** The kind of price rule. */
  public enum Kind {
    /** A fixed price. */
    FIXED,
    /** The market price of the day or week. */
    MARKET_LINKED,
    /** A premium over the market price. */
    PREMIUM_OVER_MARKET,
    /** No price stated. */
    NONE_STATED
  }

  private static final PriceTerms NONE = ImmutablePriceTerms.builder().kind(Kind.NONE_STATED).build();
  private static final PriceTerms MARKET = ImmutablePriceTerms.builder().kind(Kind.MARKET_LINKED).build();

  PriceTerms() {}

  /** A fixed price. */
  public static PriceTerms fixed(PricePerMass price) {
    return ImmutablePriceTerms.builder().kind(Kind.FIXED).price(price).build();
  }

  /** The market price. */
  public static PriceTerms marketLinked() {
    return MARKET;
  }

  /** A premium over the market price (Mr Panha: 500 riel/kg above imports, CHAIN Annex 3). */
  public static PriceTerms premiumOverMarket(PricePerMass premium) {
    return ImmutablePriceTerms.builder().kind(Kind.PREMIUM_OVER_MARKET).price(premium).build();
  }

  /** No price stated. */
  public static PriceTerms noneStated() {
    return NONE;
  }

  /** The kind of rule. */
  public abstract Kind kind();

  /** The fixed price or the premium; empty for market-linked and none stated. */
  public abstract Optional<PricePerMass> price();

  /** A fixed price and a premium carry a price; the market price and none stated do not. */
  @Value.Check
  void check() {
    boolean priced = kind() == Kind.FIXED || kind() == Kind.PREMIUM_OVER_MARKET;
    if (priced != price().isPresent()) {
      throw Check.refusal("Price of " + kind() + " price terms", priced ? "given" : "absent",
          price().map(Object::toString).orElse("absent"));
    }
  }

  /** {@code KHR 500/kg above the market price}. */
  @Override
  public String toString() {
    switch (kind()) {
      case FIXED:
        return "fixed at " + price().orElseThrow();
      case PREMIUM_OVER_MARKET:
        return price().orElseThrow() + " above the market price";
      case MARKET_LINKED:
        return "the market price";
      default:
        return "no price stated";
    }
  }
}
