package org.agricluster.measure;

import static org.agricluster.internal.Check.notNull;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.Map;
import org.agricluster.internal.Check;
import org.agricluster.internal.Decimals;

/**
 * An exact, non-negative yield: mass harvested per area, such as {@code 25 t/ha} of tomato
 * (2.5 kg per m²).
 *
 * <p>Held in kilograms per square metre; t/ha (= kg/m² × 10) and kg/ha convert exactly. Area ×
 * yield gives a {@link Mass}.
 *
 * <pre>{@code
 * YieldPerArea tomato = YieldPerArea.ofTonnesPerHectare(25);
 * tomato.multipliedBy(Area.ofSquareMetres(2000));   // 5,000 kg
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class YieldPerArea implements java.io.Serializable, Comparable<YieldPerArea> {
  private static final long serialVersionUID = 1L;

  /** Serialized as its text, through a proxy that reads it back with the validating factory. */
  private Object writeReplace() {
    return new Ser(Ser.YIELD_PER_AREA, toString());
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
    throw Ser.direct();
  }

  private static final Map<String, BigDecimal> UNITS = ImmutableMap.of(
      "t/ha", new BigDecimal("0.1"), "kg/m²", BigDecimal.ONE, "kg/m2", BigDecimal.ONE,
      "kg/ha", new BigDecimal("0.0001"));

  private final BigDecimal kilogramsPerSquareMetre;

  private YieldPerArea(BigDecimal kilogramsPerSquareMetre) {
    this.kilogramsPerSquareMetre = kilogramsPerSquareMetre;
  }

  /**
   * A yield in kilograms per square metre.
   *
   * @param kilogramsPerSquareMetre {@code >= 0}
   * @throws IllegalArgumentException if negative
   */
  public static YieldPerArea ofKilogramsPerSquareMetre(BigDecimal kilogramsPerSquareMetre) {
    return new YieldPerArea(Quantity.checked(kilogramsPerSquareMetre, "Yield", "kg/m²"));
  }

  /** A yield in kilograms per square metre from a {@code double}, refusing NaN and infinities. */
  public static YieldPerArea ofKilogramsPerSquareMetre(double kilogramsPerSquareMetre) {
    return ofKilogramsPerSquareMetre(Check.finite(kilogramsPerSquareMetre, "Yield in kg/m²"));
  }

  /**
   * A yield in tonnes per hectare.
   *
   * @param tonnesPerHectare {@code >= 0}
   * @throws IllegalArgumentException if negative
   */
  public static YieldPerArea ofTonnesPerHectare(BigDecimal tonnesPerHectare) {
    notNull(tonnesPerHectare, "tonnesPerHectare");
    return ofKilogramsPerSquareMetre(Decimals.checked(tonnesPerHectare, "Yield in t/ha").movePointLeft(1));
  }

  /** A yield in tonnes per hectare from a {@code double}, refusing NaN and infinities. */
  public static YieldPerArea ofTonnesPerHectare(double tonnesPerHectare) {
    return ofTonnesPerHectare(Check.finite(tonnesPerHectare, "Yield in t/ha"));
  }

  /**
   * The yield of a harvest on an area.
   *
   * @throws ArithmeticException if the area is zero
   */
  public static YieldPerArea of(Mass mass, Area area) {
    notNull(mass, "mass");
    notNull(area, "area");
    if (area.isZero()) {
      throw new ArithmeticException("Cannot divide " + mass + " by an area of 0 m²");
    }
    return ofKilogramsPerSquareMetre(Decimals.divide(mass.toKilograms(), area.toSquareMetres()));
  }

  /**
   * Reads {@code "25 t/ha"} (as {@link #toString()} writes it), {@code "2.5 kg/m²"} or
   * {@code "25000 kg/ha"}.
   *
   * @throws IllegalArgumentException if the text is not a number and one of those units
   */
  public static YieldPerArea parse(CharSequence text) {
    return ofKilogramsPerSquareMetre(Quantity.parse(text, "Yield", UNITS));
  }

  /** The yield in kilograms per square metre, exact. */
  public BigDecimal toKilogramsPerSquareMetre() {
    return kilogramsPerSquareMetre;
  }

  /** The yield in tonnes per hectare, exact. */
  public BigDecimal toTonnesPerHectare() {
    return Decimals.normalize(kilogramsPerSquareMetre.movePointRight(1));
  }

  /** The harvest of this yield on an area, exact. */
  public Mass multipliedBy(Area area) {
    notNull(area, "area");
    return Mass.ofKilograms(kilogramsPerSquareMetre.multiply(area.toSquareMetres()));
  }

  /**
   * This yield times a non-negative factor ({@code yield × 0.9} for a 10 % shortfall).
   *
   * @throws IllegalArgumentException if the factor is negative
   */
  public YieldPerArea multipliedBy(BigDecimal factor) {
    notNull(factor, "factor");
    Decimals.checked(factor, "Factor");
    if (factor.signum() < 0) {
      throw Check.refusal("Factor to multiply yield " + this + " by", ">= 0", factor.toPlainString());
    }
    return ofKilogramsPerSquareMetre(kilogramsPerSquareMetre.multiply(Decimals.checked(factor, "Factor")));
  }

  /** Orders by size. */
  @Override
  public int compareTo(YieldPerArea other) {
    return kilogramsPerSquareMetre.compareTo(other.kilogramsPerSquareMetre);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof YieldPerArea
        && ((YieldPerArea) obj).kilogramsPerSquareMetre.equals(kilogramsPerSquareMetre);
  }

  @Override
  public int hashCode() {
    return kilogramsPerSquareMetre.hashCode();
  }

  /** The yield in tonnes per hectare: {@code 25 t/ha}. {@link #parse} reads it back. */
  @Override
  public String toString() {
    return toTonnesPerHectare().toPlainString() + " t/ha";
  }
}
