package org.agricluster.actor;

/**
 * Where an actor sits in the chain, which decides to whom it pitches a value proposition (CHAIN §5.3
 * step 11): production actors pitch to marketing actors and back; supporters state their support.
 */
public enum ChainFunction {
  /** Producing or supplying what production needs: farmers, producer groups, input suppliers. */
  PRODUCTION,
  /** Buying, moving, processing and selling the produce: collectors, traders, wholesalers, retailers, processors, buyers. */
  MARKETING,
  /** Services, finance, regulation and facilitation. */
  SUPPORT
}
