package org.agricluster.strategy;

import org.agricluster.actor.ChainFunction;

/**
 * Who pitches to whom at the MSP (CHAIN §5.3 step 11): production actors to marketing actors,
 * marketing actors to production actors, and supporters stating the support they offer.
 */
public enum Direction {
  /** Farmers, groups and input suppliers pitch to buyers, collectors, wholesalers, retailers. */
  PRODUCTION_TO_MARKETING(ChainFunction.PRODUCTION, ChainFunction.MARKETING),
  /** Buyers, collectors, wholesalers and retailers pitch to farmers and groups. */
  MARKETING_TO_PRODUCTION(ChainFunction.MARKETING, ChainFunction.PRODUCTION),
  /**
   * Input suppliers and seed companies — production actors themselves — pitch inputs to farmers and
   * groups (a bulk discount for cluster members).
   */
  INPUT_SUPPLY(ChainFunction.PRODUCTION, ChainFunction.PRODUCTION),
  /** Supporters state the support they offer, to anyone. */
  SUPPORT_OFFER(ChainFunction.SUPPORT, null);

  private final ChainFunction from;
  private final ChainFunction to;

  Direction(ChainFunction from, ChainFunction to) {
    this.from = from;
    this.to = to;
  }

  /** The chain function the proposer must have. */
  public ChainFunction from() {
    return from;
  }

  /** The chain function every target must have; empty for support, which may go to anyone. */
  public java.util.Optional<ChainFunction> to() {
    return java.util.Optional.ofNullable(to);
  }
}
