package org.agricluster.economics;

import static org.agricluster.internal.Check.notNull;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.agricluster.internal.Check;
import org.agricluster.measure.Allocation;
import org.agricluster.measure.Money;
import org.immutables.value.Value;

/**
 * An amount taken from a member's payout before it is paid: an input advance from the buyer, a loan
 * repayment to a lender (the <i>ASPIRE Takeo story</i>: "our fund investment comes from a loan…
 * after harvesting, we can repay the lender"), a group fee.
 *
 * <pre>{@code
 * Deduction loan = Deduction.of("loan repayment", Money.of(KHR, 400_000));
 * statement.withDeductions(List.of(loan)).netPayout();
 * Map<String, Deduction> advances = Deduction.allocate("input advance", Money.of(KHR, 9_000_000), areaByMember);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public abstract class Deduction {
  Deduction() {}

  /**
   * A deduction.
   *
   * @throws IllegalArgumentException if the reason is blank or the amount not positive
   */
  public static Deduction of(String reason, Money amount) {
    return ImmutableDeduction.builder().reason(reason).amount(amount).build();
  }

  /**
   * A total shared out among members as deductions, in proportion to weights (planted area, inputs
   * received), exact to the currency's minor unit by the largest-remainder rule: the parts sum to the
   * total. Members whose part is zero get no deduction.
   *
   * @throws IllegalArgumentException if the total is not positive, there are no members, a weight is
   *     negative or all are zero
   * @throws ArithmeticException if the total is not a whole number of minor units
   */
  public static ImmutableMap<String, Deduction> allocate(String reason, Money total, Map<String, BigDecimal> weights) {
    notNull(reason, "reason");
    notNull(total, "total");
    notNull(weights, "weights");
    if (!total.isPositive()) {
      throw Check.refusal("Total to share out as '" + reason + "'", "more than zero", total);
    }
    if (weights.isEmpty()) {
      throw Check.refusal("Members to share '" + reason + "' among", "at least one", 0);
    }
    List<BigDecimal> ratios = new ArrayList<>(weights.values());
    Allocation parts = total.allocateIn(total.currency().minorUnit(), ratios);
    if (!parts.remainder().isZero()) {
      throw new ArithmeticException(total + " is not a whole number of " + total.currency().minorUnit() + "; round it first");
    }
    ImmutableMap.Builder<String, Deduction> result = ImmutableMap.builder();
    int i = 0;
    for (String member : weights.keySet()) {
      Money part = parts.part(i++);
      if (part.isPositive()) {
        result.put(member, of(reason, part));
      }
    }
    return result.buildOrThrow();
  }

  /** Why: "input advance", "loan repayment". */
  public abstract String reason();

  /** How much. */
  public abstract Money amount();

  @Value.Check
  void check() {
    Check.singleLine(Check.text(reason(), "Reason of a deduction"), "Reason of a deduction");
    if (!amount().isPositive()) {
      throw Check.refusal("Amount of the deduction '" + reason() + "'", "more than zero", amount());
    }
  }

  /** {@code loan repayment: KHR 400,000}. */
  @Override
  public String toString() {
    return reason() + ": " + amount();
  }
}
