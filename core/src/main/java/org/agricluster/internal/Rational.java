package org.agricluster.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An exact fraction of whole numbers, reduced, with a positive denominator: the exact value of a
 * mean (7/3) or a median (5/2), so that ties compare as ties.
 *
 * <p>Not part of the API.
 */
public final class Rational implements Comparable<Rational> {
  public static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);
  public static final Rational ONE = new Rational(BigInteger.ONE, BigInteger.ONE);

  private final BigInteger numerator;
  private final BigInteger denominator;

  private Rational(BigInteger numerator, BigInteger denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  public static Rational of(BigInteger numerator, BigInteger denominator) {
    if (denominator.signum() == 0) {
      throw new ArithmeticException("Cannot divide " + numerator + " by zero");
    }
    if (denominator.signum() < 0) {
      numerator = numerator.negate();
      denominator = denominator.negate();
    }
    BigInteger gcd = numerator.gcd(denominator);
    if (gcd.signum() == 0 || numerator.signum() == 0) {
      return ZERO;
    }
    return new Rational(numerator.divide(gcd), denominator.divide(gcd));
  }

  public static Rational of(long value) {
    return new Rational(BigInteger.valueOf(value), BigInteger.ONE);
  }

  public static Rational of(long numerator, long denominator) {
    return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
  }

  public static Rational of(BigDecimal value) {
    BigDecimal v = Decimals.normalize(value);
    return of(v.unscaledValue(), BigInteger.TEN.pow(v.scale()));
  }

  public int signum() {
    return numerator.signum();
  }

  /** Whether the decimal expansion terminates: the reduced denominator has no prime factor but 2 and 5. */
  public boolean isDecimal() {
    BigInteger d = denominator.shiftRight(denominator.getLowestSetBit());
    BigInteger five = BigInteger.valueOf(5);
    while (d.mod(five).signum() == 0) {
      d = d.divide(five);
    }
    return d.equals(BigInteger.ONE);
  }

  public BigInteger numerator() {
    return numerator;
  }

  public BigInteger denominator() {
    return denominator;
  }

  public Rational plus(Rational other) {
    return of(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
        denominator.multiply(other.denominator));
  }

  public Rational minus(Rational other) {
    return plus(other.negated());
  }

  public Rational negated() {
    return new Rational(numerator.negate(), denominator);
  }

  public Rational times(Rational other) {
    return of(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
  }

  public Rational dividedBy(Rational other) {
    return of(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
  }

  public Rational dividedBy(long divisor) {
    return of(numerator, denominator.multiply(BigInteger.valueOf(divisor)));
  }

  /** Exact where the decimal terminates, else to 34 significant digits. */
  public BigDecimal toBigDecimal() {
    return Decimals.divide(new BigDecimal(numerator), new BigDecimal(denominator));
  }

  public BigDecimal toBigDecimal(int scale, RoundingMode mode) {
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, mode);
  }

  @Override
  public int compareTo(Rational other) {
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Rational && ((Rational) obj).numerator.equals(numerator)
        && ((Rational) obj).denominator.equals(denominator);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(numerator, denominator);
  }

  /** {@code 18}, {@code 2.5} or {@code 7/3}. */
  @Override
  public String toString() {
    return isDecimal() ? toBigDecimal().toPlainString() : numerator + "/" + denominator;
  }
}
