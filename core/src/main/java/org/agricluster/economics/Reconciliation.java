package org.agricluster.economics;

import org.agricluster.measure.Money;

/**
 * The buyer's payment compared with the collection point's records: "If the amount of payment from
 * the company is different from a record, then we will contact the company" (ASPIRE Takeo story).
 *
 * <p>The difference is {@code actual − expected}, exact; the payment matches when the difference's
 * size is within the tolerance.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Reconciliation {
  private final Money expected;
  private final Money actual;
  private final Money tolerance;
  private final Money difference;
  private final boolean matches;

  /** Computes the difference here, so that amounts in other currencies are refused at once, naming both. */
  Reconciliation(Money expected, Money actual, Money tolerance) {
    this.expected = expected;
    this.actual = actual;
    this.tolerance = tolerance;
    this.difference = actual.minus(expected);
    this.matches = !difference.abs().isGreaterThan(tolerance);
  }

  /** What the records say the buyer owes. */
  public Money expected() {
    return expected;
  }

  /** What the buyer paid. */
  public Money actual() {
    return actual;
  }

  /** The largest difference accepted as matching. */
  public Money tolerance() {
    return tolerance;
  }

  /** {@code actual − expected}: negative when the buyer paid less. */
  public Money difference() {
    return difference;
  }

  /** Whether the difference is within the tolerance. */
  public boolean matches() {
    return matches;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Reconciliation && ((Reconciliation) obj).expected.equals(expected)
        && ((Reconciliation) obj).actual.equals(actual) && ((Reconciliation) obj).tolerance.equals(tolerance);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(expected, actual, tolerance);
  }

  /** {@code paid KHR 985,000 against KHR 1,000,000 recorded: KHR -15,000, outside the tolerance of KHR 1,000 — contact the buyer}. */
  @Override
  public String toString() {
    return "paid " + actual + " against " + expected + " recorded: " + difference()
        + (matches() ? ", within the tolerance of " + tolerance + " — matches"
            : ", outside the tolerance of " + tolerance + " — contact the buyer");
  }
}
