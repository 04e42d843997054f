package org.agricluster.measure;

import static org.agricluster.internal.Check.notNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agricluster.internal.Check;
import org.agricluster.internal.Decimals;
import org.agricluster.internal.Rational;

/**
 * An exact relative change, up or down: a yield {@code −20%} in a bad season, a price {@code +11%},
 * or the change from one value to another ({@code 2.60 → 3.00} is {@code +2/13 (≈+15.38%)}). Where a
 * {@link Share} is a part of a whole (0..100 %), a change is signed and may exceed 100 %; it never
 * falls below −100 % (nothing can shrink by more than all of itself).
 *
 * <pre>{@code
 * Change.ofPercent(-20).applyTo(new BigDecimal("2500"));     // 2000
 * Change.between(new BigDecimal("2.60"), new BigDecimal("3.00")).toPercent(1, RoundingMode.HALF_EVEN);  // 15.4
 * Change.parse("+11%");
 * }</pre>
 *
 * <p>Supported range: −100 % to +1,000,000 %, with a reduced denominator of at most 300 digits;
 * a change beyond it is refused with {@link IllegalArgumentException}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Change implements java.io.Serializable, Comparable<Change> {
  private static final long serialVersionUID = 1L;

  /** Serialized as its text, through a proxy that reads it back with the validating factory. */
  private Object writeReplace() {
    return new Ser(Ser.CHANGE, toString());
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
    throw Ser.direct();
  }

  /** No change, {@code +0%}. */
  public static final Change NONE = new Change(Rational.ZERO);

  private static final Rational HUNDRED = Rational.of(100);
  private static final Rational LARGEST = Rational.of(10_000);
  private static final int MAX_DENOMINATOR_BITS = (int) (Decimals.MAX_DIGITS / 0.30103);
  private static final Pattern PERCENT = Pattern.compile("([+\\-−]?)\\s*([0-9]+(?:\\.[0-9]+)?)\\s*%");
  private static final Pattern RATIO = Pattern.compile("([+\\-−]?)([0-9]+)/([0-9]+)(?:\\s*\\(.*\\))?");

  /** The change as a fraction of the old value: −1 for −100 %, 0.11 for +11 %. */
  private final Rational value;

  private Change(Rational value) {
    this.value = value;
  }

  /** The one validation: every change passes here. */
  private static Change checked(Rational fraction, String thing, Object shown) {
    if (fraction.compareTo(Rational.ONE.negated()) < 0 || fraction.compareTo(LARGEST) > 0) {
      throw Check.refusal(thing, "in -100%..+1,000,000%", shown);
    }
    if (fraction.denominator().bitLength() > MAX_DENOMINATOR_BITS) {
      throw Check.refusal(thing + " " + shown, "a fraction whose reduced denominator has at most " + Decimals.MAX_DIGITS
          + " digits", "one of about " + (long) (fraction.denominator().bitLength() * 0.30103) + " digits");
    }
    return fraction.signum() == 0 ? NONE : new Change(fraction);
  }

  /**
   * A change in percent: {@code ofPercent(new BigDecimal("-12.5"))}.
   *
   * @throws IllegalArgumentException if below −100 % or above +1,000,000 %
   */
  public static Change ofPercent(BigDecimal percent) {
    notNull(percent, "percent");
    Decimals.checked(percent, "Change in percent");
    return checked(Rational.of(percent).dividedBy(100), "Change", signed(Decimals.plain(percent), percent.signum()) + "%");
  }

  /** A change in whole percent: {@code ofPercent(-20)}. */
  public static Change ofPercent(long percent) {
    return ofPercent(BigDecimal.valueOf(percent));
  }

  /**
   * The change from one value to another: {@code (to − from) / from}.
   *
   * @throws IllegalArgumentException if {@code from} is not positive or {@code to} is negative
   */
  public static Change between(BigDecimal from, BigDecimal to) {
    notNull(from, "from");
    notNull(to, "to");
    Decimals.checked(from, "Value changed from");
    Decimals.checked(to, "Value changed to");
    if (from.signum() <= 0) {
      throw Check.refusal("Value a change is measured from", "> 0", Decimals.plain(from));
    }
    if (to.signum() < 0) {
      throw Check.refusal("Value a change is measured to", ">= 0", Decimals.plain(to));
    }
    return checked(Rational.of(to).dividedBy(Rational.of(from)).minus(Rational.ONE), "Change from " + Decimals.plain(from)
        + " to " + Decimals.plain(to), "more than +1,000,000%");
  }

  /**
   * The change from one amount of money to another of the same currency.
   *
   * @throws CurrencyMismatchException if the currencies differ
   */
  public static Change between(Money from, Money to) {
    notNull(from, "from");
    notNull(to, "to");
    CurrencyMismatchException.check(from.currency(), to.currency(), "compare", to, "with", from);
    return between(from.amount(), to.amount());
  }

  /**
   * The change from one price to another of the same currency ("+23.5 %" printed for 2.60 to 3.00 is
   * wrong: it is +15.38 %).
   *
   * @throws CurrencyMismatchException if the currencies differ
   */
  public static Change between(PricePerMass from, PricePerMass to) {
    notNull(from, "from");
    notNull(to, "to");
    return between(from.amountPerKilogram(), to.amountPerKilogram());
  }

  /**
   * The change from one mass to another (a harvest, a delivered volume).
   *
   * @throws IllegalArgumentException if {@code from} is zero
   */
  public static Change between(Mass from, Mass to) {
    notNull(from, "from");
    notNull(to, "to");
    return between(from.toKilograms(), to.toKilograms());
  }

  /**
   * Reads {@code "+11%"}, {@code "-20%"} (also with the minus sign −), or a fraction such as {@code
   * "+2/13 (≈+15.38%)"}: the forms {@link #toString()} writes.
   *
   * @throws IllegalArgumentException if the text is neither form or the change is outside the range
   */
  public static Change parse(CharSequence text) {
    String s = Check.parseable(text, "Change text");
    Matcher percent = PERCENT.matcher(s);
    if (percent.matches()) {
      BigDecimal p = Decimals.parse(percent.group(2), "Change in percent");
      return ofPercent(percent.group(1).isEmpty() || percent.group(1).equals("+") ? p : p.negate());
    }
    Matcher ratio = RATIO.matcher(s);
    if (!ratio.matches() || new BigInteger(ratio.group(3)).signum() == 0 || ratio.group(2).length() > Decimals.MAX_DIGITS
        || ratio.group(3).length() > Decimals.MAX_DIGITS) {
      throw Check.refusal("Change text", "like '+11%', '-20%' or '+2/13'", Check.quoted(text));
    }
    Rational r = Rational.of(new BigInteger(ratio.group(2)), new BigInteger(ratio.group(3)));
    return checked(ratio.group(1).isEmpty() || ratio.group(1).equals("+") ? r : r.negated(), "Change", Check.quoted(text));
  }

  /** The change in percent, exact where it terminates, else to 34 significant digits. */
  public BigDecimal toPercent() {
    return value.times(HUNDRED).toBigDecimal();
  }

  /** The change in percent, rounded: {@code +2/13 → 15.38} at two decimals. */
  public BigDecimal toPercent(int scale, RoundingMode mode) {
    notNull(mode, "mode");
    return value.times(HUNDRED).toBigDecimal(scale, mode);
  }

  /** What a value is multiplied by: {@code 0.8} for −20 %, {@code 1.11} for +11 %; never negative. */
  public BigDecimal factor() {
    return Rational.ONE.plus(value).toBigDecimal();
  }

  /** A number changed by this change, exact where the quotient terminates: −20 % of 2,500 gives 2,000. */
  public BigDecimal applyTo(BigDecimal number) {
    notNull(number, "number");
    Rational f = Rational.ONE.plus(value);
    return Decimals.divide(number.multiply(new BigDecimal(f.numerator())), new BigDecimal(f.denominator()));
  }

  /** Whether this is a rise. */
  public boolean isIncrease() {
    return value.signum() > 0;
  }

  /** Whether this is a fall. */
  public boolean isDecrease() {
    return value.signum() < 0;
  }

  /** Orders by size, falls first. */
  @Override
  public int compareTo(Change other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Change && value.equals(((Change) obj).value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * {@code +11%}, {@code -20%}, {@code +0%} where the percentage terminates, else the signed fraction
   * with a rounded percentage: {@code +2/13 (≈+15.38%)}. {@link #parse} reads both back exactly.
   */
  @Override
  public String toString() {
    Rational percent = value.times(HUNDRED);
    if (value.isDecimal()) {
      BigDecimal exact = new BigDecimal(percent.numerator()).divide(new BigDecimal(percent.denominator()));
      if (Decimals.isSupported(exact)) {
        return signed(Decimals.plain(exact.abs()), exact.signum()) + "%";
      }
    }
    BigDecimal rounded = percent.toBigDecimal(2, RoundingMode.HALF_EVEN);
    return signed(value.numerator().abs() + "/" + value.denominator(), value.signum()) + " (≈"
        + signed(rounded.abs().toPlainString(), rounded.signum()) + "%)";
  }

  private static String signed(String magnitude, int signum) {
    return (signum < 0 ? "-" : "+") + (magnitude.startsWith("-") ? magnitude.substring(1) : magnitude);
  }
}
