package org.agricluster.economics;

import com.google.common.collect.ImmutableMap;
import org.agricluster.internal.Check;
import org.agricluster.measure.Allocation;
import org.agricluster.measure.Money;
import org.immutables.value.Value;

/**
 * A received payment split among members in proportion to the value of their deliveries, by the
 * largest-remainder rule, so the parts plus the {@linkplain #remainder() remainder} sum exactly to
 * the amount received.
 *
 * <p>This class is immutable and thread-safe.
 */
public abstract class PaymentSplit {
  PaymentSplit() {}

  static PaymentSplit of(Money received, ImmutableMap<String, Money> parts, Allocation allocation) {
    return ImmutablePaymentSplit.builder().received(received).parts(parts).remainder(allocation.remainder())
        .unit(allocation.unit()).build();
  }

  /** The amount split. */
  public abstract Money received();

  /** Each member's part, by member name in order. */
  public abstract ImmutableMap<String, Money> parts();

  /**
   * A member's part.
   *
   * @throws IllegalArgumentException if the member delivered nothing
   */
  public Money part(String member) {
    Money part = parts().get(Check.notNull(member, "member"));
    if (part == null) {
      throw Check.refusal("Member", "one of " + parts().keySet(), Check.quoted(member));
    }
    return part;
  }

  /** What the unit (one riel, or a 100-riel note) could not carry; kept by the cluster. */
  public abstract Money remainder();

  /** The unit every part is a multiple of. */
  public abstract Money unit();

  /** The parts and the remainder sum exactly to what was received, however the split is made. */
  @Value.Check
  void check() {
    if (!Money.total(received().currency(), parts().values()).plus(remainder()).equals(received())) {
      throw Check.refusal("Parts and remainder of a split of " + received(), "exactly " + received() + " in total",
          Money.total(received().currency(), parts().values()).plus(remainder()));
    }
  }

  @Override
  public String toString() {
    return "PaymentSplit{received=" + received() + ", unit=" + unit() + ", parts=" + parts() + ", remainder=" + remainder()
        + "}";
  }
}
