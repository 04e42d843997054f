package org.agricluster.strategy;

import java.util.Optional;
import org.agricluster.internal.Check;
import org.agricluster.measure.Mass;
import org.agricluster.measure.Money;
import org.immutables.value.Value;

/**
 * The fee a buyer pays the producer group for coordinating deliveries, as agreements state it: a
 * lump sum, a rate per tonne delivered, or a range of rates per tonne ("10 to 15 dollars a tonne").
 * {@link #lowOver} and {@link #highOver} give what it comes to on a volume, so nobody multiplies by
 * hand.
 *
 * <pre>{@code
 * CoordinationFee fee = CoordinationFee.perTonneRange(Money.of(USD, 10), Money.of(USD, 15));
 * fee.lowOver(Mass.ofTonnes(208));    // USD 2,080.00
 * fee.highOver(Mass.ofTonnes(208));   // USD 3,120.00
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public abstract class CoordinationFee {
  CoordinationFee() {}

  /** A lump sum for the agreement. */
  public static CoordinationFee lumpSum(Money amount) {
    return ImmutableCoordinationFee.builder().low(amount).perTonne(false).build();
  }

  /** A rate per tonne delivered. */
  public static CoordinationFee perTonne(Money rate) {
    return ImmutableCoordinationFee.builder().low(rate).perTonne(true).build();
  }

  /**
   * A range of rates per tonne delivered.
   *
   * @throws IllegalArgumentException if the range is reversed or in two currencies
   */
  public static CoordinationFee perTonneRange(Money low, Money high) {
    return ImmutableCoordinationFee.builder().low(low).high(high).perTonne(true).build();
  }

  /** The amount, or the rate, or the lower rate of a range. */
  public abstract Money low();

  /** The upper rate of a range; empty otherwise. */
  public abstract Optional<Money> high();

  /** Whether the fee is per tonne delivered (else a lump sum). */
  public abstract boolean perTonne();

  @Value.Check
  void check() {
    if (low().isNegative()) {
      throw Check.refusal("Coordination fee", ">= 0", low());
    }
    if (high().isPresent() && (high().get().isLessThan(low()) || !perTonne())) {
      throw Check.refusal("Range of a coordination fee per tonne", "from a lower to a higher rate", low() + " to " + high().get());
    }
  }

  /** What the fee comes to on a delivered volume; the lower end of a range. */
  public Money lowOver(Mass delivered) {
    Check.notNull(delivered, "delivered");
    return perTonne() ? low().multipliedBy(delivered.toTonnes()) : low();
  }

  /** What the fee comes to on a delivered volume; the upper end of a range. */
  public Money highOver(Mass delivered) {
    Check.notNull(delivered, "delivered");
    return perTonne() ? high().orElse(low()).multipliedBy(delivered.toTonnes()) : low();
  }

  /** {@code USD 10.00–15.00 per tonne}, {@code USD 12.00 per tonne} or {@code KHR 200,000 in all}. */
  @Override
  public String toString() {
    return perTonne() ? low() + high().map(h -> "–" + h.toString().replaceFirst("^[A-Z]{3} ", "")).orElse("") + " per tonne"
        : low() + " in all";
  }
}
