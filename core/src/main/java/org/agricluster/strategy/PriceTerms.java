package org.agricluster.strategy;

import static org.agricluster.internal.Check.notNull;

import java.util.Optional;
import org.agricluster.measure.PricePerMass;

/**
 * How a price is set in a proposition or an agreement: fixed, linked to the market, a premium over
 * the market, or not stated (the Takeo buyer "guarantees to buy all … even this contract is not
 * stated at a specific price", ASPIRE Takeo story).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PriceTerms {
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

  private static final PriceTerms NONE = new PriceTerms(Kind.NONE_STATED, null, "no price stated");
  private static final PriceTerms MARKET = new PriceTerms(Kind.MARKET_LINKED, null, "the market price");

  private final Kind kind;
  private final PricePerMass price;
  private final String description;

  private PriceTerms(Kind kind, PricePerMass price, String description) {
    this.kind = kind;
    this.price = price;
    this.description = description;
  }

  /** A fixed price. */
  public static PriceTerms fixed(PricePerMass price) {
    notNull(price, "price");
    return new PriceTerms(Kind.FIXED, price, "fixed at " + price);
  }

  /** The market price. */
  public static PriceTerms marketLinked() {
    return MARKET;
  }

  /** A premium over the market price (Mr Panha: 500 riel/kg above imports, CHAIN Annex 3). */
  public static PriceTerms premiumOverMarket(PricePerMass premium) {
    notNull(premium, "premium");
    return new PriceTerms(Kind.PREMIUM_OVER_MARKET, premium, premium + " above the market price");
  }

  /** No price stated. */
  public static PriceTerms noneStated() {
    return NONE;
  }

  /** The kind of rule. */
  public Kind kind() {
    return kind;
  }

  /** The fixed price or the premium; empty for market-linked and none stated. */
  public Optional<PricePerMass> price() {
    return Optional.ofNullable(price);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof PriceTerms && ((PriceTerms) obj).kind == kind
        && java.util.Objects.equals(((PriceTerms) obj).price, price);
  }

  @Override
  public int hashCode() {
    return kind.hashCode() * 31 + java.util.Objects.hashCode(price);
  }

  /** {@code KHR 500/kg above the market price}. */
  @Override
  public String toString() {
    return description;
  }
}
