package org.agricluster.economics;

import org.agricluster.internal.Check;
import org.agricluster.measure.Money;
import org.immutables.value.Value;

/**
 * The buyer's payment compared with the collection point's records: "If the amount of payment from
 * the company is different from a record, then we will contact the company" (ASPIRE Takeo story).
 *
 * <p>The difference is {@code actual − expected}, exact; the payment matches when the difference's
 * size is within the tolerance.
 *
 * <p>This class is immutable and thread-safe.
 */
public abstract class Reconciliation {
  Reconciliation() {}

  static Reconciliation of(Money expected, Money actual, Money tolerance) {
    return ImmutableReconciliation.builder().expected(expected).actual(actual).tolerance(tolerance).build();
  }

  /** What the records say the buyer owes. */
  public abstract Money expected();

  /** What the buyer paid. */
  public abstract Money actual();

  /** The largest difference accepted as matching. */
  public abstract Money tolerance();

  /**
   * Validates the reconciliation however it is made: a negative tolerance is refused, and amounts in
   * more than one currency are refused at once, naming them (by the comparison {@link #matches()} makes).
   */
  @Value.Check
  void check() {
    if (tolerance().isNegative()) {
      throw Check.refusal("Tolerance of a reconciliation", ">= 0", tolerance());
    }
    matches();
  }

  /** {@code actual − expected}: negative when the buyer paid less. */
  public Money difference() {
    return actual().minus(expected());
  }

  /** Whether the difference is within the tolerance. */
  public boolean matches() {
    return !difference().abs().isGreaterThan(tolerance());
  }

  /** {@code paid KHR 985,000 against KHR 1,000,000 recorded: KHR -15,000, outside the tolerance of KHR 1,000 — contact the buyer}. */
  @Override
  public String toString() {
    return "paid " + actual() + " against " + expected() + " recorded: " + difference()
        + (matches() ? ", within the tolerance of " + tolerance() + " — matches"
            : ", outside the tolerance of " + tolerance() + " — contact the buyer");
  }
}
