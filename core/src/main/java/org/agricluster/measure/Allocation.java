package org.agricluster.measure;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.agricluster.internal.Check;
import org.immutables.value.Value;

/**
 * The result of splitting an amount into parts that are whole multiples of a unit: for example
 * KHR 1,234,567 split among three members in 100-riel cash gives parts of KHR 411,500, KHR
 * 411,500 and KHR 411,500 with KHR 67 left over, which cannot be paid in 100-riel notes.
 *
 * <p>Always {@code parts().sum() + remainder() == total()}, exactly: nothing is lost or invented.
 * Each part is a whole multiple of {@link #unit()}; the remainder is smaller than one unit and has
 * the sign of the total.
 *
 * <pre>{@code
 * Allocation cash = Money.of(KHR, 1_234_567).allocateInCash(List.of(kg1, kg2, kg3));
 * cash.parts();      // [KHR 411,500, ...]
 * cash.remainder();  // KHR 67
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public abstract class Allocation {
  Allocation() {}

  static Allocation of(Money total, Money unit, List<Money> parts, Money remainder) {
    return ImmutableAllocation.builder().total(total).unit(unit).parts(parts).remainder(remainder).build();
  }

  /** Splits {@code total} by ratios into whole multiples of {@code unit}, by the largest-remainder rule. */
  static Allocation split(Money total, Money unit, List<BigDecimal> ratios) {
    List<BigInteger> weights = LargestRemainder.weights(ratios);
    BigDecimal[] unitsAndRest = total.amount().abs().divideAndRemainder(unit.amount());
    List<BigInteger> counts = LargestRemainder.split(unitsAndRest[0].toBigIntegerExact(), weights);
    List<Money> parts = new ArrayList<>(counts.size());
    for (BigInteger count : counts) {
      BigDecimal part = unit.amount().multiply(new BigDecimal(count));
      parts.add(Money.of(total.currency(), total.isNegative() ? part.negate() : part));
    }
    BigDecimal rest = total.isNegative() ? unitsAndRest[1].negate() : unitsAndRest[1];
    return of(total, unit, parts, Money.of(total.currency(), rest));
  }

  /** The amount that was split. */
  public abstract Money total();

  /** The unit every part is a whole multiple of (KHR 1 for whole riel, KHR 100 for cash). */
  public abstract Money unit();

  /** The parts, in the order of the ratios they were split by. */
  public abstract ImmutableList<Money> parts();

  /** What the unit could not carry: {@code total - sum(parts)}, smaller than one unit; often zero. */
  public abstract Money remainder();

  /** Nothing is lost or invented: the parts and the remainder sum to the total, however it is made. */
  @Value.Check
  void check() {
    Money sum = Money.total(total().currency(), parts()).plus(remainder());
    if (!sum.equals(total())) {
      throw Check.refusal("Parts and remainder of an allocation of " + total(), "exactly " + total() + " in total", sum);
    }
  }

  /** The part for ratio {@code index} (0-based). */
  public Money part(int index) {
    return parts().get(index);
  }

  /** The sum of the parts, {@code total - remainder}. */
  public Money allocated() {
    return total().minus(remainder());
  }

  @Override
  public String toString() {
    return "Allocation{total=" + total() + ", unit=" + unit() + ", parts=" + parts() + ", remainder=" + remainder() + "}";
  }
}
