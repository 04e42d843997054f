package org.agricluster.internal;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Decimal arithmetic shared by the value types: normalised scale, and the working precision of
 * quotients that do not terminate.
 *
 * <p>Not part of the API.
 */
public final class Decimals {
  /**
   * Working precision of a quotient whose decimal expansion does not terminate (1/3, 16/29): 34
   * significant digits, half-even (IEEE 754 decimal128). Quotients that terminate are exact.
   */
  public static final MathContext WORKING = MathContext.DECIMAL128;

  private Decimals() {}

  /**
   * The canonical form of a decimal: trailing zeros removed and never a negative scale, so that
   * {@code 2.5} and {@code 2.50} are one value and {@code 3000000} prints as such.
   */
  public static BigDecimal normalize(BigDecimal value) {
    BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** {@code dividend / divisor}, exact where the quotient terminates, else to {@link #WORKING}. */
  public static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
    if (divisor.signum() == 0) {
      throw new ArithmeticException("Cannot divide " + dividend.toPlainString() + " by zero");
    }
    try {
      return normalize(dividend.divide(divisor));
    } catch (ArithmeticException nonTerminating) {
      return normalize(dividend.divide(divisor, WORKING));
    }
  }

  /** Plain text without exponent, trailing zeros removed. */
  public static String plain(BigDecimal value) {
    return normalize(value).toPlainString();
  }
}
