package org.agricluster.measure;

import static org.agricluster.internal.Check.notNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agricluster.internal.Check;
import org.agricluster.internal.Decimals;

/**
 * An exact amount of money in one currency, for example {@code KHR 3,000,000} or
 * {@code USD 750.00}.
 *
 * <p>The amount keeps full precision through every calculation; it is rounded only when you ask,
 * with a {@link RoundingMode}, to the currency's {@linkplain CurrencyUnit#practicalScale() practical
 * scale} ({@link #rounded}), its {@linkplain CurrencyUnit#cashUnit() cash unit}
 * ({@link #roundedToCash}) or a scale of your choice. Amounts in different currencies never meet
 * without an {@link ExchangeRate}: {@link #plus}, {@link #minus} and {@link #compareTo} throw
 * {@link CurrencyMismatchException}. Quotients that do not terminate (a third of an amount) are
 * carried to 34 significant digits until rounded.
 *
 * <p>Equality is by currency and numeric value: {@code USD 2.5} equals {@code USD 2.50}; the scale
 * is normalised in the factory.
 *
 * <pre>{@code
 * Money income = Money.of(CurrencyUnit.KHR, 3_000_000);
 * Money perMember = income.dividedBy(37).rounded(RoundingMode.HALF_EVEN);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Money implements java.io.Serializable, Comparable<Money> {
  private static final long serialVersionUID = 1L;

  /** Serialized as its text, through a proxy that reads it back with the validating factory. */
  private Object writeReplace() {
    return new Ser(Ser.MONEY, toString());
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
    throw Ser.direct();
  }

  private static final Pattern TEXT = Pattern.compile("([A-Za-z]{3})\\s+(" + Decimals.NUMBER + ")");

  private final CurrencyUnit currency;
  private final BigDecimal amount;

  private Money(CurrencyUnit currency, BigDecimal amount) {
    this.currency = currency;
    this.amount = amount;
  }

  /**
   * An amount of money.
   *
   * @param currency the currency
   * @param amount the amount, any sign, in the supported range (at most 300 significant digits,
   *     below 10<sup>100</sup> in magnitude, at most 150 decimals); trailing zeros are not significant
   * @return the money
   * @throws IllegalArgumentException if the amount is outside the supported range
   */
  public static Money of(CurrencyUnit currency, BigDecimal amount) {
    notNull(currency, "currency");
    notNull(amount, "amount");
    return new Money(currency, Decimals.checked(amount, "Amount of money"));
  }

  /** An amount of money in whole units of the currency ({@code Money.of(KHR, 3_000_000)}). */
  public static Money of(CurrencyUnit currency, long amount) {
    return of(currency, BigDecimal.valueOf(amount));
  }

  /**
   * An amount of money from a {@code double}, taken as its shortest decimal text
   * ({@code 0.1} is exactly 0.1).
   *
   * @throws IllegalArgumentException if the amount is NaN or infinite
   */
  public static Money of(CurrencyUnit currency, double amount) {
    return of(currency, Check.finite(amount, "Amount of money"));
  }

  /**
   * The sum of amounts in one currency, exactly: {@code Money.total(KHR, split.parts().values())}.
   * Zero in {@code currency} when there are none.
   *
   * @throws CurrencyMismatchException if an amount is in another currency
   */
  public static Money total(CurrencyUnit currency, Iterable<Money> amounts) {
    notNull(amounts, "amounts");
    Money sum = zero(notNull(currency, "currency"));
    for (Money amount : amounts) {
      sum = sum.plus(notNull(amount, "amount"));
    }
    return sum;
  }

  /**
   * The sum of at least one amount, all in one currency, exactly.
   *
   * @throws IllegalArgumentException if there is no amount (its currency would be unknown)
   * @throws CurrencyMismatchException if the amounts are in more than one currency
   */
  public static Money total(Iterable<Money> amounts) {
    java.util.Iterator<Money> it = notNull(amounts, "amounts").iterator();
    if (!it.hasNext()) {
      throw Check.refusal("Number of amounts to total without a currency", "at least 1 (or give the currency)", 0);
    }
    return total(notNull(it.next(), "amount").currency(), amounts);
  }

  /** Zero in the given currency. */
  public static Money zero(CurrencyUnit currency) {
    return of(currency, BigDecimal.ZERO);
  }

  /**
   * Reads the form that {@link #toString()} writes: a currency code, a space and an amount with
   * optional thousands commas in groups of three ({@code "KHR 3,000,000"}, {@code "USD 750.00"},
   * {@code "USD -1.5"}). A decimal comma ({@code "USD 1,50"}) is refused, never read as a
   * thousands separator.
   *
   * @throws IllegalArgumentException if the text is longer than 1,000 characters, not of that form,
   *     the code is unknown or the amount is outside the supported range
   */
  public static Money parse(CharSequence text) {
    String s = Check.parseable(text, "Money text");
    Matcher m = TEXT.matcher(s);
    if (!m.matches()) {
      throw Check.refusal("Money text", "like 'KHR 3,000,000' or 'USD 750.00'", Check.quoted(text));
    }
    return of(CurrencyUnit.of(m.group(1).toUpperCase(Locale.ROOT)), Decimals.parse(m.group(2), "Amount of money"));
  }

  /** The currency. */
  public CurrencyUnit currency() {
    return currency;
  }

  /** The exact amount, with trailing zeros removed ({@code 750}, not {@code 750.00}). */
  public BigDecimal amount() {
    return amount;
  }

  /** Whether the amount is zero. */
  public boolean isZero() {
    return amount.signum() == 0;
  }

  /** Whether the amount is above zero. */
  public boolean isPositive() {
    return amount.signum() > 0;
  }

  /** Whether the amount is below zero. */
  public boolean isNegative() {
    return amount.signum() < 0;
  }

  /**
   * This plus another amount in the same currency, exactly.
   *
   * @throws CurrencyMismatchException if the currencies differ
   */
  public Money plus(Money other) {
    notNull(other, "other");
    CurrencyMismatchException.check(currency, other.currency, "add", other, "to", this);
    return other.isZero() ? this : of(currency, amount.add(other.amount));
  }

  /**
   * This minus another amount in the same currency, exactly.
   *
   * @throws CurrencyMismatchException if the currencies differ
   */
  public Money minus(Money other) {
    notNull(other, "other");
    CurrencyMismatchException.check(currency, other.currency, "subtract", other, "from", this);
    return other.isZero() ? this : of(currency, amount.subtract(other.amount));
  }

  /** This amount with its sign reversed. */
  public Money negated() {
    return of(currency, amount.negate());
  }

  /** This amount without its sign. */
  public Money abs() {
    return isNegative() ? negated() : this;
  }

  /** This amount times a factor, exactly ({@code price × 1.11}). */
  public Money multipliedBy(BigDecimal factor) {
    return of(currency, amount.multiply(Decimals.checked(notNull(factor, "factor"), "Factor")));
  }

  /** This amount times a whole number, exactly. */
  public Money multipliedBy(long factor) {
    return multipliedBy(BigDecimal.valueOf(factor));
  }

  /** This share of the amount ({@code 11 %} of the list price); exact where the quotient terminates. */
  public Money multipliedBy(Share share) {
    notNull(share, "share");
    return of(currency, share.applyTo(amount));
  }

  /**
   * This amount divided by a number, exact where the quotient terminates and otherwise carried to
   * 34 significant digits; round the result with {@link #rounded} when it is to be paid.
   *
   * @throws ArithmeticException if the divisor is zero
   */
  public Money dividedBy(BigDecimal divisor) {
    return of(currency, Decimals.divide(amount, Decimals.checked(notNull(divisor, "divisor"), "Divisor")));
  }

  /** This amount divided by a whole number; see {@link #dividedBy(BigDecimal)}. */
  public Money dividedBy(long divisor) {
    return dividedBy(BigDecimal.valueOf(divisor));
  }

  /**
   * This amount per unit of area ({@code KHR 3,000,000 ÷ 2,000 m²}).
   *
   * @throws ArithmeticException if the area is zero
   */
  public MoneyPerArea dividedBy(Area area) {
    notNull(area, "area");
    if (area.isZero()) {
      throw new ArithmeticException("Cannot divide " + this + " by an area of 0 m²");
    }
    return MoneyPerArea.perSquareMetre(dividedBy(area.toSquareMetres()));
  }

  /**
   * This amount per unit of mass: a price ({@code cost ÷ marketable yield} is the break-even price).
   *
   * @throws ArithmeticException if the mass is zero
   */
  public PricePerMass dividedBy(Mass mass) {
    notNull(mass, "mass");
    if (mass.isZero()) {
      throw new ArithmeticException("Cannot divide " + this + " by a mass of 0 kg");
    }
    return PricePerMass.perKilogram(dividedBy(mass.toKilograms()));
  }

  /**
   * This amount as a multiple of another in the same currency ({@code saving ÷ list price});
   * exact where the quotient terminates.
   *
   * @throws CurrencyMismatchException if the currencies differ
   * @throws ArithmeticException if the other amount is zero
   */
  public BigDecimal ratioTo(Money other) {
    notNull(other, "other");
    CurrencyMismatchException.check(currency, other.currency, "divide", this, "by", other);
    if (other.isZero()) {
      throw new ArithmeticException("Cannot take the ratio of " + this + " to " + other + ": it is zero");
    }
    return Decimals.divide(amount, other.amount);
  }

  /**
   * This amount rounded to the currency's practical scale (whole riel; cents).
   *
   * @throws ArithmeticException if the mode is {@code UNNECESSARY} and the amount needs rounding
   */
  public Money rounded(RoundingMode mode) {
    return rounded(currency.practicalScale(), mode);
  }

  /**
   * This amount rounded to a number of decimals (a negative scale rounds to tens, hundreds, …).
   *
   * @param scale in −100..150, the supported range of a decimal
   * @throws IllegalArgumentException if the scale is outside −100..150
   * @throws ArithmeticException if the mode is {@code UNNECESSARY} and the amount needs rounding
   */
  public Money rounded(int scale, RoundingMode mode) {
    notNull(mode, "mode");
    if (scale < -Decimals.MAX_INTEGER_DIGITS || scale > Decimals.MAX_DECIMALS) {
      throw Check.refusal("Scale to round " + this + " to", "in " + -Decimals.MAX_INTEGER_DIGITS + ".."
          + Decimals.MAX_DECIMALS, scale);
    }
    try {
      return of(currency, amount.setScale(scale, mode));
    } catch (ArithmeticException rounding) {
      throw new ArithmeticException(this + " needs rounding to " + scale + " decimals, but the rounding mode is "
          + mode);
    }
  }

  /** This amount rounded to a whole multiple of the currency's cash unit (100 riel). */
  public Money roundedToCash(RoundingMode mode) {
    return roundedTo(currency.cashUnit(), mode);
  }

  /**
   * This amount rounded to a whole multiple of a unit ({@code KHR 500}).
   *
   * @throws IllegalArgumentException if the unit is not positive
   * @throws CurrencyMismatchException if the unit is in another currency
   * @throws ArithmeticException if the mode is {@code UNNECESSARY} and the amount needs rounding
   */
  public Money roundedTo(Money unit, RoundingMode mode) {
    checkUnit(unit);
    notNull(mode, "mode");
    BigDecimal count;
    try {
      count = amount.divide(unit.amount, 0, mode);
    } catch (ArithmeticException rounding) {
      throw new ArithmeticException(this + " needs rounding to a multiple of " + unit
          + ", but the rounding mode is " + mode);
    }
    return of(currency, count.multiply(unit.amount));
  }

  /** Whether this amount needs no rounding at the currency's practical scale. */
  public boolean isRounded() {
    return amount.scale() <= currency.practicalScale();
  }

  /**
   * This amount in another currency through an exchange rate between the two (in either direction),
   * exact where the quotient terminates.
   *
   * @throws IllegalArgumentException if the rate is not between this currency and the target
   */
  public Money convertedTo(CurrencyUnit target, ExchangeRate rate) {
    notNull(target, "target");
    notNull(rate, "rate");
    rate.checkConverts(currency, target);
    return rate.conversionOf(this).result();
  }

  /**
   * This amount in another currency through an exchange rate, rounded to the target's practical
   * scale ({@code KHR 3,000,000 → USD 750.00} at 4,000 KHR/USD).
   *
   * @throws IllegalArgumentException if the rate is not between this currency and the target
   */
  public Money convertedTo(CurrencyUnit target, ExchangeRate rate, RoundingMode mode) {
    notNull(mode, "mode");
    return convertedTo(target, rate).rounded(mode);
  }

  /**
   * Splits this amount in proportion to ratios (kilograms delivered, shares of land) into parts that
   * are whole multiples of the currency's {@linkplain CurrencyUnit#minorUnit() minor unit} and sum
   * exactly to this amount, by the largest-remainder rule (equal remainders go to the earlier
   * ratio).
   *
   * @param ratios at least one, each {@code >= 0}, not all zero
   * @return the parts, in the order of the ratios
   * @throws ArithmeticException if this amount is not a whole number of minor units (round it
   *     first, or use {@link #allocateIn})
   */
  public ImmutableList<Money> allocate(List<BigDecimal> ratios) {
    Allocation allocation = allocateIn(currency.minorUnit(), ratios);
    if (!allocation.remainder().isZero()) {
      throw new ArithmeticException(this + " is not a whole number of " + currency.minorUnit()
          + "; round it first with rounded(RoundingMode) or use allocateIn(unit, ratios)");
    }
    return allocation.parts();
  }

  /** {@link #allocate(List)} with whole-number ratios: {@code allocate(3, 2, 1)}. */
  public ImmutableList<Money> allocate(long... ratios) {
    return allocate(LargestRemainder.wholeRatios(ratios));
  }

  /**
   * Splits this amount by shares that sum to exactly 100 %, as {@link #allocate(List)}.
   *
   * @throws IllegalArgumentException if the shares do not sum to 100 %
   */
  public ImmutableList<Money> allocateByShares(List<Share> shares) {
    notNull(shares, "shares");
    Share.checkPartition(shares, "Shares to allocate " + this + " by");
    return allocate(LargestRemainder.ratiosOf(shares));
  }

  /**
   * Splits this amount in proportion to ratios into whole multiples of the currency's
   * {@linkplain CurrencyUnit#cashUnit() cash unit} (100 riel), with what cannot be paid in cash
   * reported as the remainder.
   */
  public Allocation allocateInCash(List<BigDecimal> ratios) {
    return allocateIn(currency.cashUnit(), ratios);
  }

  /** {@link #allocateInCash(List)} with whole-number ratios (kilograms delivered): {@code allocateInCash(120, 85, 64)}. */
  public Allocation allocateInCash(long... ratios) {
    return allocateInCash(LargestRemainder.wholeRatios(ratios));
  }

  private static List<BigDecimal> wholeRatios(long... ratios) {
    notNull(ratios, "ratios");
    List<BigDecimal> list = new ArrayList<>(ratios.length);
    for (long ratio : ratios) {
      list.add(BigDecimal.valueOf(ratio));
    }
    return list;
  }

  /**
   * Splits this amount in proportion to ratios into whole multiples of {@code unit}, by the
   * largest-remainder rule: the parts plus the {@linkplain Allocation#remainder() remainder} sum
   * exactly to this amount, each part lies within one unit of its exact share, a larger ratio never
   * gets less, and equal remainders go to the earlier ratio.
   *
   * @param unit a positive amount in this currency
   * @param ratios at least one, each {@code >= 0}, not all zero
   * @throws IllegalArgumentException if a ratio is negative, all are zero, or the unit is not positive
   * @throws CurrencyMismatchException if the unit is in another currency
   */
  public Allocation allocateIn(Money unit, List<BigDecimal> ratios) {
    checkUnit(unit);
    return Allocation.split(this, unit, ratios);
  }

  private void checkUnit(Money unit) {
    notNull(unit, "unit");
    CurrencyMismatchException.check(currency, unit.currency, "split", this, "in units of", unit);
    if (!unit.isPositive()) {
      throw Check.refusal("Unit to split " + this + " in", "> 0", unit);
    }
  }

  /**
   * Orders amounts in one currency by value.
   *
   * @throws CurrencyMismatchException if the currencies differ
   */
  @Override
  public int compareTo(Money other) {
    CurrencyMismatchException.check(currency, other.currency, "compare", this, "with", other);
    return amount.compareTo(other.amount);
  }

  /** Whether this amount is greater than another in the same currency. */
  public boolean isGreaterThan(Money other) {
    return compareTo(notNull(other, "other")) > 0;
  }

  /** Whether this amount is less than another in the same currency. */
  public boolean isLessThan(Money other) {
    return compareTo(notNull(other, "other")) < 0;
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof Money)) {
      return false;
    }
    Money other = (Money) obj;
    return currency.equals(other.currency) && amount.equals(other.amount);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(currency, amount);
  }

  /**
   * The code and the amount with thousands commas, shown to at least the practical scale:
   * {@code KHR 3,000,000}, {@code USD 750.00}, {@code USD 0.125}. {@link #parse} reads it back.
   */
  @Override
  public String toString() {
    return currency.code() + " " + Decimals.grouped(amount, currency.practicalScale());
  }
}
