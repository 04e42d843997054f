package org.agricluster.measure;

import static org.agricluster.internal.Check.notNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agricluster.internal.Check;
import org.agricluster.internal.Decimals;
import org.agricluster.internal.Rational;

/**
 * An exact share of a whole, between 0 % and 100 % inclusive: {@code 29%} women among members,
 * {@code 11%} saved by buying inputs together, {@code 433/1496} of 1,496 farmers.
 *
 * <p>A share is held as a reduced fraction of whole numbers, so shares computed from counts are
 * exact and shares that partition a whole sum to exactly 100 % (1/3 + 1/3 + 1/3 = 1). Percentages
 * for display are rounded only when asked ({@link #toPercent(int, RoundingMode)}).
 *
 * <pre>{@code
 * Share women = Share.ofRatio(433, 1496);
 * women.toPercent(0, RoundingMode.HALF_EVEN);   // 29
 * Share.ofPercent(11).complement();             // 89%
 * }</pre>
 *
 * <p>Supported range: the reduced denominator has at most 300 digits; a share beyond it is refused
 * with {@link IllegalArgumentException}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Share implements java.io.Serializable, Comparable<Share> {
  private static final long serialVersionUID = 1L;

  /** Serialized as its text, through a proxy that reads it back with the validating factory. */
  private Object writeReplace() {
    return new Ser(Ser.SHARE, toString());
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
    throw Ser.direct();
  }

  /** 0 %. */
  public static final Share ZERO = new Share(Rational.ZERO);
  /** 100 %, the whole. */
  public static final Share WHOLE = new Share(Rational.ONE);

  private static final Rational HUNDRED = Rational.of(100);
  /** A reduced denominator of at most 300 digits ({@code Decimals.MAX_DIGITS}), so every share prints briefly. */
  private static final int MAX_DENOMINATOR_BITS = (int) (Decimals.MAX_DIGITS / 0.30103);
  private static final Pattern PERCENT = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)\\s*%");
  private static final Pattern RATIO = Pattern.compile("([0-9]+)\\s*/\\s*([0-9]+)(?:\\s*\\(.*\\))?");

  /** The exact fraction, reduced, in 0..1. */
  private final Rational value;

  private Share(Rational value) {
    this.value = value;
  }

  private static Share reduced(BigInteger numerator, BigInteger denominator, String thing, Object shown) {
    if (!(denominator.signum() > 0 && numerator.signum() >= 0 && numerator.compareTo(denominator) <= 0)) {
      throw Check.refusal(thing, "in 0..100%", shown);
    }
    return checked(Rational.of(numerator, denominator), thing, shown);
  }

  /** A fraction as a share, refused outside 0..100 % or beyond the supported denominator. */
  private static Share checked(Rational fraction, String thing, Object shown) {
    if (fraction.signum() < 0 || fraction.compareTo(Rational.ONE) > 0) {
      throw Check.refusal(thing, "in 0..100%", shown);
    }
    if (fraction.signum() == 0) {
      return ZERO;
    }
    BigInteger d = fraction.denominator();
    if (d.bitLength() > MAX_DENOMINATOR_BITS) {
      throw Check.refusal(thing + " " + shown, "a fraction whose reduced denominator has at most "
          + Decimals.MAX_DIGITS + " digits", "one of about " + (long) (d.bitLength() * 0.30103) + " digits");
    }
    return new Share(fraction);
  }

  /**
   * The share {@code part} of {@code whole}: {@code ofRatio(433, 1496)}.
   *
   * @param part {@code 0 <= part <= whole}
   * @param whole {@code > 0}
   * @throws IllegalArgumentException if the whole is not positive or the part is outside 0..whole
   */
  public static Share ofRatio(long part, long whole) {
    if (whole <= 0) {
      throw Check.refusal("Whole of share " + part + "/" + whole, "> 0", whole);
    }
    return reduced(BigInteger.valueOf(part), BigInteger.valueOf(whole), "Share", part + "/" + whole);
  }

  /**
   * The share {@code part} of {@code whole} for exact decimal quantities (hectares, kilograms).
   *
   * @throws IllegalArgumentException if the whole is not positive or the part is outside 0..whole
   */
  public static Share ofRatio(BigDecimal part, BigDecimal whole) {
    notNull(part, "part");
    notNull(whole, "whole");
    part = Decimals.checked(part, "Part of a share");
    whole = Decimals.checked(whole, "Whole of a share");
    if (whole.signum() <= 0) {
      throw Check.refusal("Whole of share " + part.toPlainString() + "/" + whole.toPlainString(), "> 0", whole.toPlainString());
    }
    int scale = Math.max(Math.max(part.scale(), whole.scale()), 0);
    return reduced(part.setScale(scale).unscaledValue(), whole.setScale(scale).unscaledValue(),
        "Share", part.toPlainString() + "/" + whole.toPlainString());
  }

  /**
   * A share given in percent: {@code ofPercent(new BigDecimal("28.5"))}.
   *
   * @param percent in 0..100
   * @throws IllegalArgumentException if outside 0..100
   */
  public static Share ofPercent(BigDecimal percent) {
    notNull(percent, "percent");
    Decimals.checked(percent, "Share in percent");
    return ofFraction(percent.movePointLeft(2), Decimals.plain(percent) + "%");
  }

  /** A share in whole percent: {@code ofPercent(29)}. */
  public static Share ofPercent(long percent) {
    return ofPercent(BigDecimal.valueOf(percent));
  }

  /** A share in percent from a {@code double}, refusing NaN and infinities. */
  public static Share ofPercent(double percent) {
    return ofPercent(Check.finite(percent, "Share in percent"));
  }

  /**
   * A share given as a fraction of one: {@code ofFraction(new BigDecimal("0.29"))}.
   *
   * @param fraction in 0..1
   * @throws IllegalArgumentException if outside 0..1
   */
  public static Share ofFraction(BigDecimal fraction) {
    notNull(fraction, "fraction");
    Decimals.checked(fraction, "Share as a fraction");
    return ofFraction(fraction, Decimals.plain(fraction.movePointRight(2)) + "%");
  }

  private static Share ofFraction(BigDecimal fraction, String shown) {
    BigDecimal f = Decimals.normalize(fraction);
    int scale = Math.max(f.scale(), 0);
    return reduced(f.unscaledValue(), BigInteger.TEN.pow(scale), "Share", shown);
  }

  /**
   * Reads {@code "29%"} or {@code "433/1496"}, the forms {@link #toString()} writes (anything in
   * parentheses after a fraction is ignored).
   *
   * @throws IllegalArgumentException if the text is neither form or outside 0..100 %
   */
  public static Share parse(CharSequence text) {
    String s = Check.parseable(text, "Share text");
    Matcher percent = PERCENT.matcher(s);
    if (percent.matches()) {
      return ofPercent(Decimals.parse(percent.group(1), "Share in percent"));
    }
    Matcher ratio = RATIO.matcher(s);
    if (!ratio.matches()) {
      throw Check.refusal("Share text", "like '29%' or '433/1496'", Check.quoted(text));
    }
    BigInteger whole = new BigInteger(ratio.group(2));
    if (whole.signum() <= 0) {
      throw Check.refusal("Whole of share " + Check.quoted(text), "> 0", whole);
    }
    return reduced(new BigInteger(ratio.group(1)), whole, "Share", Check.quoted(text));
  }

  static void checkPartition(List<Share> shares, String thing) {
    Rational sum = Rational.ZERO;
    for (Share share : shares) {
      sum = sum.plus(notNull(share, "share").value);
    }
    if (!sum.equals(Rational.ONE)) {
      throw Check.refusal(thing, "exactly 100% in total", describe(sum));
    }
  }

  /** The numerator of the reduced fraction (433 in 433/1496). */
  public BigInteger numerator() {
    return value.numerator();
  }

  /** The denominator of the reduced fraction (1496 in 433/1496), {@code >= 1}. */
  public BigInteger denominator() {
    return value.denominator();
  }

  /** Whether this share has a terminating decimal form (29 % does; 1/3 does not). */
  public boolean isDecimal() {
    return value.isDecimal();
  }

  /** The share as a fraction of one, exact where it terminates, else to 34 significant digits. */
  public BigDecimal toFraction() {
    return value.toBigDecimal();
  }

  /** The share in percent, exact where it terminates, else to 34 significant digits. */
  public BigDecimal toPercent() {
    return value.times(HUNDRED).toBigDecimal();
  }

  /** The share in percent, rounded to {@code scale} decimals: {@code 433/1496 → 28.94}. */
  public BigDecimal toPercent(int scale, RoundingMode mode) {
    notNull(mode, "mode");
    return value.times(HUNDRED).toBigDecimal(scale, mode);
  }

  /** This share of a number, exact where the quotient terminates. */
  public BigDecimal applyTo(BigDecimal number) {
    notNull(number, "number");
    return Decimals.divide(number.multiply(new BigDecimal(value.numerator())), new BigDecimal(value.denominator()));
  }

  /** The rest of the whole: {@code 100% − this} (what remains after an 11 % loss: 89 %). */
  public Share complement() {
    return new Share(Rational.ONE.minus(value));
  }

  /**
   * This share plus another, exactly.
   *
   * @throws IllegalArgumentException if the sum exceeds 100 %
   */
  public Share plus(Share other) {
    notNull(other, "other");
    Rational sum = value.plus(other.value);
    return checked(sum, "Sum of shares " + this + " and " + other, describe(sum));
  }

  /**
   * This share minus another, exactly.
   *
   * @throws IllegalArgumentException if the other is larger
   */
  public Share minus(Share other) {
    notNull(other, "other");
    Rational difference = value.minus(other.value);
    return checked(difference, "Difference of shares " + this + " and " + other, describe(difference));
  }

  /** This share of another share ({@code 50 % of 40 % = 20 %}), exactly. */
  public Share multipliedBy(Share other) {
    notNull(other, "other");
    return checked(value.times(other.value), "Product", this);
  }

  /**
   * This share divided by another, as a plain number: the women's leadership parity index is their
   * share among leaders ÷ their share among members (16 % ÷ 29 % ≈ 0.55).
   *
   * @throws ArithmeticException if the other share is zero
   */
  public BigDecimal ratioTo(Share other) {
    notNull(other, "other");
    if (other.isZero()) {
      throw new ArithmeticException("Cannot divide share " + this + " by a share of 0%");
    }
    return value.dividedBy(other.value).toBigDecimal();
  }

  /** Whether this share is 0 %. */
  public boolean isZero() {
    return value.signum() == 0;
  }

  /** Orders by size. */
  @Override
  public int compareTo(Share other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof Share)) {
      return false;
    }
    return value.equals(((Share) obj).value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * {@code 29%} where the percentage terminates, else the fraction with a rounded percentage:
   * {@code 433/1496 (≈28.94%)}. {@link #parse} reads both back exactly.
   */
  @Override
  public String toString() {
    return describe(value);
  }

  /** {@code 29%} where the percentage terminates within the supported range, else {@code n/d (≈p%)}. */
  private static String describe(Rational fraction) {
    Rational percent = fraction.times(HUNDRED);
    if (fraction.isDecimal()) {
      BigDecimal exact = new BigDecimal(percent.numerator()).divide(new BigDecimal(percent.denominator()));
      if (Decimals.isSupported(exact)) {
        return Decimals.plain(exact) + "%";
      }
    }
    return fraction.numerator() + "/" + fraction.denominator()
        + " (≈" + percent.toBigDecimal(2, RoundingMode.HALF_EVEN).toPlainString() + "%)";
  }
}
