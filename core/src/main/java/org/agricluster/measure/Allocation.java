package org.agricluster.measure;

import static org.agricluster.internal.Check.notNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

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
public final class Allocation {
  private final Money total;
  private final Money unit;
  private final ImmutableList<Money> parts;
  private final Money remainder;

  private Allocation(Money total, Money unit, ImmutableList<Money> parts, Money remainder) {
    this.total = total;
    this.unit = unit;
    this.parts = parts;
    this.remainder = remainder;
  }

  static Allocation of(Money total, Money unit, List<Money> parts, Money remainder) {
    Money sum = remainder;
    for (Money part : parts) {
      sum = sum.plus(part);
    }
    if (!sum.equals(total)) {
      throw new AssertionError("Allocation of " + total + " lost or invented money: " + parts + " + " + remainder);
    }
    return new Allocation(notNull(total, "total"), notNull(unit, "unit"), ImmutableList.copyOf(parts), remainder);
  }

  /** The amount that was split. */
  public Money total() {
    return total;
  }

  /** The unit every part is a whole multiple of (KHR 1 for whole riel, KHR 100 for cash). */
  public Money unit() {
    return unit;
  }

  /** The parts, in the order of the ratios they were split by. */
  public ImmutableList<Money> parts() {
    return parts;
  }

  /** The part for ratio {@code index} (0-based). */
  public Money part(int index) {
    return parts.get(index);
  }

  /** What the unit could not carry: {@code total - sum(parts)}, smaller than one unit; often zero. */
  public Money remainder() {
    return remainder;
  }

  /** The sum of the parts, {@code total - remainder}. */
  public Money allocated() {
    return total.minus(remainder);
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof Allocation)) {
      return false;
    }
    Allocation other = (Allocation) obj;
    return total.equals(other.total) && unit.equals(other.unit) && parts.equals(other.parts)
        && remainder.equals(other.remainder);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(total, unit, parts, remainder);
  }

  @Override
  public String toString() {
    return "Allocation{total=" + total + ", unit=" + unit + ", parts=" + parts + ", remainder=" + remainder + "}";
  }
}
