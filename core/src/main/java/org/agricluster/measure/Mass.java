package org.agricluster.measure;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.Map;
import org.agricluster.internal.Check;
import org.agricluster.internal.Decimals;

/**
 * An exact, non-negative mass of produce or inputs, such as a trader's {@code 150 kg} a day or a
 * cluster's {@code 2 t} (2,000 kg).
 *
 * <p>Held in kilograms; tonnes convert exactly both ways. Local units (a sack of 50 kg) convert
 * through {@link LocalUnit}.
 *
 * <pre>{@code
 * Mass daily = Mass.ofTonnes(2);
 * daily.toKilograms();   // 2000
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Mass extends Quantity<Mass> {
  private static final long serialVersionUID = 1L;

  /** Serialized as its text, through a proxy that reads it back with the validating factory. */
  private Object writeReplace() {
    return new Ser(Ser.MASS, toString());
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
    throw Ser.direct();
  }

  /** No mass. */
  public static final Mass ZERO = new Mass(BigDecimal.ZERO);

  private static final BigDecimal TONNE = BigDecimal.valueOf(1_000);
  private static final Map<String, BigDecimal> UNITS = ImmutableMap.of(
      "kg", BigDecimal.ONE, "t", TONNE, "g", new BigDecimal("0.001"));

  private Mass(BigDecimal kilograms) {
    super(kilograms);
  }

  /**
   * A mass in kilograms.
   *
   * @param kilograms {@code >= 0}
   * @throws IllegalArgumentException if negative
   */
  public static Mass ofKilograms(BigDecimal kilograms) {
    return new Mass(checked(kilograms, "Mass", "kg"));
  }

  /** A mass in whole kilograms. */
  public static Mass ofKilograms(long kilograms) {
    return ofKilograms(BigDecimal.valueOf(kilograms));
  }

  /** A mass in kilograms from a {@code double}, refusing NaN and infinities. */
  public static Mass ofKilograms(double kilograms) {
    return ofKilograms(Check.finite(kilograms, "Mass in kg"));
  }

  /**
   * A mass in tonnes (1,000 kg).
   *
   * @param tonnes {@code >= 0}
   * @throws IllegalArgumentException if negative
   */
  public static Mass ofTonnes(BigDecimal tonnes) {
    Check.notNull(tonnes, "tonnes");
    return ofKilograms(Decimals.checked(tonnes, "Mass in t").multiply(TONNE));
  }

  /** A mass in whole tonnes. */
  public static Mass ofTonnes(long tonnes) {
    return ofTonnes(BigDecimal.valueOf(tonnes));
  }

  /** A mass in tonnes from a {@code double}, refusing NaN and infinities. */
  public static Mass ofTonnes(double tonnes) {
    return ofTonnes(Check.finite(tonnes, "Mass in t"));
  }

  /** The sum of masses, exactly: {@code Mass.total(list)}; zero when there are none. */
  public static Mass total(Iterable<Mass> masses) {
    return sum(ZERO, masses);
  }

  /**
   * Reads {@code "150 kg"} (as {@link #toString()} writes it), {@code "2 t"} or {@code "500 g"}.
   *
   * @throws IllegalArgumentException if the text is not a number and one of those units
   */
  public static Mass parse(CharSequence text) {
    return ofKilograms(parse(text, "Mass", UNITS));
  }

  /** The mass in kilograms, exact. */
  public BigDecimal toKilograms() {
    return base();
  }

  /** The mass in tonnes, exact. */
  public BigDecimal toTonnes() {
    return Decimals.normalize(base().movePointLeft(3));
  }

  /** The value of this mass at a price ({@code 150 kg × KHR 2,500/kg = KHR 375,000}). */
  public Money multipliedBy(PricePerMass price) {
    Check.notNull(price, "price");
    return price.multipliedBy(this);
  }

  /**
   * This mass per unit of area: a yield.
   *
   * @throws ArithmeticException if the area is zero
   */
  public YieldPerArea dividedBy(Area area) {
    return YieldPerArea.of(this, area);
  }

  @Override
  Mass make(BigDecimal kilograms) {
    return ofKilograms(kilograms);
  }

  @Override
  String thing() {
    return "Mass";
  }

  @Override
  String baseUnit() {
    return "kg";
  }
}
