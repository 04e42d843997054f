package org.agricluster.economics;

import com.google.common.collect.ImmutableMap;
import org.agricluster.internal.Check;
import org.agricluster.measure.Allocation;
import org.agricluster.measure.Money;

/**
 * A received payment split among members in proportion to the value of their deliveries, by the
 * largest-remainder rule, so the parts plus the {@linkplain #remainder() remainder} sum exactly to
 * the amount received.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PaymentSplit {
  private final Money received;
  private final ImmutableMap<String, Money> parts;
  private final Money remainder;
  private final Money unit;

  PaymentSplit(Money received, ImmutableMap<String, Money> parts, Allocation allocation) {
    this.received = received;
    this.parts = parts;
    this.remainder = allocation.remainder();
    this.unit = allocation.unit();
  }

  /** The amount split. */
  public Money received() {
    return received;
  }

  /** Each member's part, by member name in order. */
  public ImmutableMap<String, Money> parts() {
    return parts;
  }

  /**
   * A member's part.
   *
   * @throws IllegalArgumentException if the member delivered nothing
   */
  public Money part(String member) {
    Money part = parts.get(Check.notNull(member, "member"));
    if (part == null) {
      throw Check.refusal("Member", "one of " + parts.keySet(), "'" + member + "'");
    }
    return part;
  }

  /** What the unit (one riel, or a 100-riel note) could not carry; kept by the cluster. */
  public Money remainder() {
    return remainder;
  }

  /** The unit every part is a multiple of. */
  public Money unit() {
    return unit;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof PaymentSplit && ((PaymentSplit) obj).received.equals(received)
        && ((PaymentSplit) obj).parts.equals(parts) && ((PaymentSplit) obj).remainder.equals(remainder);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(received, parts, remainder);
  }

  @Override
  public String toString() {
    return "PaymentSplit{received=" + received + ", unit=" + unit + ", parts=" + parts + ", remainder=" + remainder + "}";
  }
}
