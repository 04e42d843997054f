package org.agricluster.measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** Shared QuickTheories generators for the measure types. */
final class MeasureGenerators {
  private MeasureGenerators() {}

  static Gen<CurrencyUnit> currencies() {
    return Generate.pick(List.of(CurrencyUnit.KHR, CurrencyUnit.USD, CurrencyUnit.TJS, CurrencyUnit.EUR));
  }

  /** Decimals from -10^12 to 10^12 with 0 to 6 decimals. */
  static Gen<BigDecimal> decimals() {
    return SourceDSL.longs().between(-1_000_000_000_000L, 1_000_000_000_000L)
        .zip(SourceDSL.integers().between(0, 6), BigDecimal::valueOf);
  }

  /** Non-negative decimals up to 10^9 with 0 to 4 decimals. */
  static Gen<BigDecimal> nonNegativeDecimals() {
    return SourceDSL.longs().between(0, 1_000_000_000_000L)
        .zip(SourceDSL.integers().between(0, 4), BigDecimal::valueOf);
  }

  /** Money in a fixed currency. */
  static Gen<Money> money(CurrencyUnit currency) {
    return decimals().map(amount -> Money.of(currency, amount));
  }

  /** Money in any of the test currencies. */
  static Gen<Money> money() {
    return currencies().zip(decimals(), Money::of);
  }

  /** Money that is a whole number of its currency's minor units. */
  static Gen<Money> roundedMoney() {
    return currencies().zip(SourceDSL.longs().between(-1_000_000_000_000L, 1_000_000_000_000L),
        (currency, units) -> Money.of(currency, BigDecimal.valueOf(units, currency.practicalScale())));
  }

  /** Ratios: 1 to 8 non-negative weights, at least one positive. */
  static Gen<List<BigDecimal>> ratios() {
    Gen<BigDecimal> weight = SourceDSL.longs().between(0, 100_000)
        .zip(SourceDSL.integers().between(0, 3), BigDecimal::valueOf);
    return SourceDSL.lists().of(weight).ofSizeBetween(1, 8)
        .assuming(list -> list.stream().anyMatch(r -> r.signum() > 0));
  }

  static Gen<Area> areas() {
    return nonNegativeDecimals().map(Area::ofSquareMetres);
  }

  static Gen<Mass> masses() {
    return nonNegativeDecimals().map(Mass::ofKilograms);
  }

  static Gen<Share> shares() {
    return SourceDSL.longs().between(1, 10_000).flatMap(whole ->
        SourceDSL.longs().between(0, whole).map(part -> Share.ofRatio(part, whole)));
  }

  /** A rate between two distinct test currencies, positive, up to 6 decimals. */
  static Gen<ExchangeRate> rates() {
    Gen<BigDecimal> rate = SourceDSL.longs().between(1, 100_000_000)
        .zip(SourceDSL.integers().between(0, 6), BigDecimal::valueOf);
    // two different currencies by construction (base i, quote i + 1..3 around the list), so no case is discarded
    List<CurrencyUnit> units = List.of(CurrencyUnit.KHR, CurrencyUnit.USD, CurrencyUnit.TJS, CurrencyUnit.EUR);
    return SourceDSL.integers().between(0, 3).zip(SourceDSL.integers().between(1, 3), rate,
        (i, step, r) -> ExchangeRate.of(units.get(i), units.get((i + step) % 4), r, LocalDate.of(2024, 1, 15), "test"));
  }
}
