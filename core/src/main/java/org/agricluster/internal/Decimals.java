package org.agricluster.internal;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Decimal arithmetic shared by the value types: the supported range of a decimal, its normalised
 * form, and the working precision of quotients that do not terminate.
 *
 * <p><b>Supported range.</b> A decimal the library accepts has at most {@value #MAX_DIGITS}
 * significant digits, a magnitude below 10<sup>{@value #MAX_INTEGER_DIGITS}</sup> and at most
 * {@value #MAX_DECIMALS} decimals. Arithmetic on such values is instant; a value outside the range
 * (an input such as {@code 1E100000000}, a 100,000-digit amount, or a result that grows past it) is
 * refused with {@link IllegalArgumentException} before any costly work or text is made from it.
 *
 * <p>Not part of the API.
 */
public final class Decimals {
  /** The most significant digits of a supported decimal. */
  public static final int MAX_DIGITS = 300;
  /** A supported decimal lies strictly between −10<sup>100</sup> and 10<sup>100</sup>. */
  public static final int MAX_INTEGER_DIGITS = 100;
  /** The most decimals (digits after the point, trailing zeros aside) of a supported decimal. */
  public static final int MAX_DECIMALS = 150;
  /** The supported range in words, for refusal messages. */
  public static final String RANGE = "a number of at most " + MAX_DIGITS + " significant digits, below 10^"
      + MAX_INTEGER_DIGITS + " in magnitude and with at most " + MAX_DECIMALS + " decimals";

  /**
   * Working precision of a quotient whose decimal expansion does not terminate (1/3, 16/29): 34
   * significant digits, half-even (IEEE 754 decimal128). Quotients that terminate are exact.
   */
  public static final MathContext WORKING = MathContext.DECIMAL128;

  /** Enough bits for {@link #MAX_DIGITS} digits and a few hundred trailing zeros: stripping them stays cheap. */
  private static final int MAX_UNSCALED_BITS = 4_000;

  /**
   * A decimal number as the text forms write it: optional sign, digits with optional thousands
   * commas in groups of three ({@code 3,000,000}), optional decimal point ({@code 1.5}). A decimal
   * comma ({@code 1,5}) does not match, so it is never read as a thousands separator.
   */
  public static final String NUMBER = "[-+]?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\\.[0-9]+)?";

  private Decimals() {}

  /**
   * Reads text that matched {@link #NUMBER}, refusing a value outside the supported range.
   *
   * @param thing what the number is, for the message
   */
  public static BigDecimal parse(String number, String thing) {
    return checked(new BigDecimal(number.replace(",", "")), thing);
  }

  /**
   * The canonical form of a value in the {@linkplain Decimals supported range}, refused otherwise.
   *
   * @param thing what the value is, for the message ("Amount of money")
   * @throws IllegalArgumentException if the value is outside the supported range
   */
  public static BigDecimal checked(BigDecimal value, String thing) {
    Check.notNull(value, "value");
    if (!isSupported(value)) {
      throw Check.refusal(thing, RANGE, shown(value));
    }
    return normalize(value);
  }

  /** Whether a value lies in the {@linkplain Decimals supported range}; cheap for any input. */
  public static boolean isSupported(BigDecimal value) {
    if (value.signum() == 0) {
      return true;
    }
    if (value.unscaledValue().bitLength() > MAX_UNSCALED_BITS) {
      return false;
    }
    long leadingDigit = (long) value.precision() - value.scale() - 1;
    if (leadingDigit >= MAX_INTEGER_DIGITS || leadingDigit < -(long) MAX_DECIMALS) {
      return false;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.precision() <= MAX_DIGITS && stripped.scale() <= MAX_DECIMALS;
  }

  /**
   * A short text of any value for a message: its plain form when in range, else the scientific form
   * or, for a very long number, its length.
   */
  public static String shown(BigDecimal value) {
    if (isSupported(value)) {
      return plain(value);
    }
    if (value.unscaledValue().bitLength() > MAX_UNSCALED_BITS) {
      return "a number of about " + (long) (value.unscaledValue().bitLength() * 0.30103) + " digits";
    }
    return value.toString();
  }

  /**
   * The canonical form of a decimal: trailing zeros removed and never a negative scale, so that
   * {@code 2.5} and {@code 2.50} are one value and {@code 3000000} prints as such. For values
   * the library made from supported ones; inputs go through {@link #checked}.
   */
  public static BigDecimal normalize(BigDecimal value) {
    BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /**
   * {@code dividend / divisor}, exact where the quotient terminates within the supported range, else
   * to {@link #WORKING} (34 significant digits).
   *
   * @throws ArithmeticException if the divisor is zero
   */
  public static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
    if (divisor.signum() == 0) {
      throw new ArithmeticException("Cannot divide " + shown(dividend) + " by zero");
    }
    try {
      BigDecimal exact = dividend.divide(divisor);
      if (isSupported(exact)) {
        return normalize(exact);
      }
    } catch (ArithmeticException nonTerminating) {
      // carried to the working precision below
    }
    return normalize(dividend.divide(divisor, WORKING));
  }

  /** Plain text without exponent, trailing zeros removed. */
  public static String plain(BigDecimal value) {
    return normalize(value).toPlainString();
  }

  /**
   * A value with thousands separators and at least {@code minimumScale} decimals, for reading:
   * {@code 3,000,000}, {@code 750.00}. Locale-independent.
   */
  public static String grouped(BigDecimal value, int minimumScale) {
    // a scale at least the value's own never rounds; the digits are grouped by hand, which is many
    // times cheaper than a DecimalFormat built per call, and as locale-independent
    String plain = value.setScale(Math.max(value.scale(), minimumScale)).toPlainString();
    int sign = plain.startsWith("-") ? 1 : 0;
    int point = plain.indexOf('.');
    int end = point < 0 ? plain.length() : point;
    StringBuilder text = new StringBuilder(plain.length() + (end - sign) / 3);
    text.append(plain, 0, sign);
    for (int i = sign; i < end; i++) {
      if (i > sign && (end - i) % 3 == 0) {
        text.append(',');
      }
      text.append(plain.charAt(i));
    }
    return text.append(plain, end, plain.length()).toString();
  }
}
