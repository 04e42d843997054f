/**
 * Exact measures for agribusiness: {@link org.agricluster.measure.Money} with
 * {@link org.agricluster.measure.CurrencyUnit} and dated
 * {@link org.agricluster.measure.ExchangeRate}s, {@link org.agricluster.measure.Area},
 * {@link org.agricluster.measure.Mass}, {@link org.agricluster.measure.LocalUnit}s,
 * {@link org.agricluster.measure.PricePerMass}, {@link org.agricluster.measure.YieldPerArea},
 * {@link org.agricluster.measure.MoneyPerArea} and {@link org.agricluster.measure.Share}.
 *
 * <p>All arithmetic is exact {@link java.math.BigDecimal} (or whole-number fraction, for
 * shares). Rounding happens only where a method takes a {@link java.math.RoundingMode}; quotients
 * that do not terminate are carried to 34 significant digits until then. Amounts in different
 * currencies never meet without an exchange rate. Derived quantities come out in the right type:
 * mass × price = money, area × yield = mass, money ÷ area = money per area, money ÷ mass = price.
 *
 * <pre>{@code
 * Money income = Money.of(CurrencyUnit.KHR, 3_000_000);
 * income.dividedBy(Area.ofSquareMetres(2000)).perHectare();   // KHR 15,000,000
 * }</pre>
 *
 * <p>Null policy: no method accepts {@code null}; every parameter is checked and a
 * {@link java.lang.NullPointerException} names it. No method returns {@code null}; absent values
 * are {@link java.util.Optional}.
 *
 * <p>Every type in this package is immutable and thread-safe; equal values are interchangeable.
 */
@AgriStyle
package org.agricluster.measure;

import org.agricluster.internal.AgriStyle;
