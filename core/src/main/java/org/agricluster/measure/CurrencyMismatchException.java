package org.agricluster.measure;

import static org.agricluster.internal.Check.notNull;

/**
 * Thrown when amounts in two currencies meet without an exchange rate: {@code Cannot add KHR
 * 3,000,000 to USD 750.00 without an exchange rate}. Convert one side first with an
 * {@link ExchangeRate}.
 *
 * <p>A subclass of {@link IllegalArgumentException}, so callers that do not care need not catch
 * it separately.
 */
public final class CurrencyMismatchException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final CurrencyUnit first;
  private final CurrencyUnit second;

  /**
   * @param first the currency of the value the operation was called on
   * @param second the currency of the other value
   * @param message the complete message, naming both values
   */
  CurrencyMismatchException(CurrencyUnit first, CurrencyUnit second, String message) {
    super(message);
    this.first = notNull(first, "first");
    this.second = notNull(second, "second");
  }

  static void check(CurrencyUnit first, CurrencyUnit second, String verb, Object value, String preposition, Object other) {
    if (!first.equals(second)) {
      throw new CurrencyMismatchException(first, second,
          "Cannot " + verb + " " + value + " " + preposition + " " + other + " without an exchange rate");
    }
  }

  /** The currency of the value the operation was called on. */
  public CurrencyUnit first() {
    return first;
  }

  /** The currency of the other value. */
  public CurrencyUnit second() {
    return second;
  }
}
