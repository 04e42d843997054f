package org.agricluster.measure;

import static org.agricluster.internal.Check.notNull;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agricluster.internal.Check;
import org.agricluster.internal.Decimals;

/**
 * The shared arithmetic of a non-negative exact quantity held in one base unit: {@link Area} in
 * m², {@link Mass} in kg. Values are normalised, so {@code 2.5 kg} equals {@code 2.50 kg}.
 *
 * <p>Sealed: the only quantities are {@link Area} and {@link Mass}. It is public so that method
 * references such as {@code Area::plus} work from any package.
 *
 * @param <Q> the concrete quantity type
 */
public abstract sealed class Quantity<Q extends Quantity<Q>> implements Comparable<Q>, java.io.Serializable permits Area, Mass {
  private static final long serialVersionUID = 1L;

  private static final Pattern TEXT = Pattern.compile("(" + Decimals.NUMBER + ")\\s*(\\S.*)");

  private final BigDecimal value;

  Quantity(BigDecimal value) {
    this.value = value;
  }

  /** Validates and normalises a value in the base unit. */
  static BigDecimal checked(BigDecimal value, String thing, String unit) {
    BigDecimal checked = Decimals.checked(value, thing);
    if (checked.signum() < 0) {
      throw Check.refusal(thing, ">= 0 " + unit, checked.toPlainString() + " " + unit);
    }
    return checked;
  }

  /**
   * Reads {@code "<number> <unit>"}, with the unit one of {@code unitsInBase}'s keys, and returns
   * the value in the base unit.
   */
  static BigDecimal parse(CharSequence text, String thing, Map<String, BigDecimal> unitsInBase) {
    String s = Check.parseable(text, thing + " text");
    Matcher m = TEXT.matcher(s);
    BigDecimal factor = m.matches() ? unitsInBase.get(m.group(2)) : null;
    if (factor == null) {
      throw Check.refusal(thing + " text", "a number (thousands commas in groups of three, a decimal point) and "
          + "one of the units " + unitsInBase.keySet(), Check.quoted(text));
    }
    return Decimals.parse(m.group(1), thing).multiply(factor);
  }

  /** {@code zero} plus every quantity, exactly: the one sum behind {@code Area.total} and {@code Mass.total}. */
  static <Q extends Quantity<Q>> Q sum(Q zero, Iterable<Q> quantities) {
    Q sum = zero;
    for (Q quantity : notNull(quantities, "quantities")) {
      sum = sum.plus(notNull(quantity, "quantity"));
    }
    return sum;
  }

  /** A new value of this type from a value in the base unit, validated. */
  abstract Q make(BigDecimal valueInBaseUnit);

  /** The name of the quantity, for messages ("Area"). */
  abstract String thing();

  /** The symbol of the base unit ("m²"). */
  abstract String baseUnit();

  /** The value in the base unit. */
  final BigDecimal base() {
    return value;
  }

  @SuppressWarnings("unchecked")
  private Q self() {
    return (Q) this;
  }

  /** Whether this quantity is zero. */
  public boolean isZero() {
    return value.signum() == 0;
  }

  /** This quantity plus another, exactly. */
  public Q plus(Q other) {
    notNull(other, "other");
    return other.isZero() ? self() : make(value.add(other.base()));
  }

  /**
   * This quantity minus another, exactly.
   *
   * @throws IllegalArgumentException if the other is larger (a quantity cannot be negative)
   */
  public Q minus(Q other) {
    notNull(other, "other");
    BigDecimal difference = value.subtract(other.base());
    if (difference.signum() < 0) {
      throw Check.refusal(thing() + " " + this + " minus " + other, ">= 0 " + baseUnit(), Decimals.plain(difference) + " " + baseUnit());
    }
    return other.isZero() ? self() : make(difference);
  }

  /**
   * This quantity times a factor, exactly.
   *
   * @throws IllegalArgumentException if the factor is negative
   */
  public Q multipliedBy(BigDecimal factor) {
    notNull(factor, "factor");
    Decimals.checked(factor, "Factor");
    if (factor.signum() < 0) {
      throw Check.refusal("Factor to multiply " + thing().toLowerCase(java.util.Locale.ROOT) + " " + this + " by", ">= 0", factor.toPlainString());
    }
    return make(value.multiply(factor));
  }

  /** This quantity times a whole number, exactly. */
  public Q multipliedBy(long factor) {
    return multipliedBy(BigDecimal.valueOf(factor));
  }

  /**
   * This quantity divided by a positive number, exact where the quotient terminates and otherwise
   * carried to 34 significant digits.
   *
   * @throws IllegalArgumentException if the divisor is not positive
   */
  public Q dividedBy(BigDecimal divisor) {
    notNull(divisor, "divisor");
    BigDecimal checked = Decimals.checked(divisor, "Divisor");
    if (checked.signum() <= 0) {
      throw Check.refusal("Divisor of " + thing().toLowerCase(java.util.Locale.ROOT) + " " + this, "> 0", checked.toPlainString());
    }
    return make(Decimals.divide(value, divisor));
  }

  /** This quantity divided by a positive whole number; see {@link #dividedBy(BigDecimal)}. */
  public Q dividedBy(long divisor) {
    return dividedBy(BigDecimal.valueOf(divisor));
  }

  /**
   * This quantity as a multiple of another ({@code 200 m² ÷ 2,000 m² = 0.1}).
   *
   * @throws ArithmeticException if the other is zero
   */
  public BigDecimal ratioTo(Q other) {
    notNull(other, "other");
    if (other.isZero()) {
      throw new ArithmeticException("Cannot take the ratio of " + this + " to " + other + ": it is zero");
    }
    return Decimals.divide(value, other.base());
  }

  /** Whether this quantity is greater than another. */
  public boolean isGreaterThan(Q other) {
    return compareTo(notNull(other, "other")) > 0;
  }

  /** Whether this quantity is less than another. */
  public boolean isLessThan(Q other) {
    return compareTo(notNull(other, "other")) < 0;
  }

  /** Orders by size. */
  @Override
  public int compareTo(Q other) {
    return value.compareTo(other.base());
  }

  @Override
  public boolean equals(Object obj) {
    return obj != null && obj.getClass() == getClass() && ((Quantity<?>) obj).value.equals(value);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(baseUnit(), value);
  }

  /** The value in the base unit, with thousands separators, and its symbol: {@code 2,000 m²}, {@code 150 kg}. */
  @Override
  public String toString() {
    return Decimals.grouped(value, 0) + " " + baseUnit();
  }
}
