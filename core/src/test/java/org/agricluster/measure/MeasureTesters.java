package org.agricluster.measure;

import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/** Guava testlib set up with sensible defaults for the measure types. */
final class MeasureTesters {
  private MeasureTesters() {}

  static final LocalDate DAY = LocalDate.of(2024, 1, 15);

  static NullPointerTester nullPointerTester() {
    return new NullPointerTester()
        .setDefault(CurrencyUnit.class, CurrencyUnit.KHR)
        .setDefault(Money.class, Money.of(CurrencyUnit.KHR, 100))
        .setDefault(BigDecimal.class, BigDecimal.ONE)
        .setDefault(RoundingMode.class, RoundingMode.HALF_EVEN)
        .setDefault(LocalDate.class, DAY)
        .setDefault(String.class, "sack")
        .setDefault(List.class, List.of(BigDecimal.ONE))
        .setDefault(Area.class, Area.ofSquareMetres(1))
        .setDefault(Mass.class, Mass.ofKilograms(1))
        .setDefault(PricePerMass.class, PricePerMass.perKilogram(Money.of(CurrencyUnit.KHR, 1_000)))
        .setDefault(Share.class, Share.ofPercent(50))
        .setDefault(ExchangeRate.class, ExchangeRate.of(CurrencyUnit.USD, CurrencyUnit.KHR, 4000, DAY, "test"));
  }
}
