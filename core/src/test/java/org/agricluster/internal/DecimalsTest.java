package org.agricluster.internal;

import static org.agricluster.PropertyTests.qt;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class DecimalsTest {
  @Test
  void groupedText_separatesThousands_andKeepsTheDecimalsAsked() {
    assertThat(Decimals.grouped(new BigDecimal("3000000"), 0)).isEqualTo("3,000,000");
    assertThat(Decimals.grouped(new BigDecimal("750"), 2)).isEqualTo("750.00");
    assertThat(Decimals.grouped(new BigDecimal("-1234.5"), 0)).isEqualTo("-1,234.5");
    assertThat(Decimals.grouped(new BigDecimal("999.125"), 1)).isEqualTo("999.125");
    assertThat(Decimals.grouped(new BigDecimal("1E+4"), 0)).isEqualTo("10,000");
    assertThat(Decimals.grouped(new BigDecimal("-100"), 0)).isEqualTo("-100");
    assertThat(Decimals.grouped(BigDecimal.ZERO, 2)).isEqualTo("0.00");
  }

  @Test
  void groupedText_isWhatALocaleIndependentDecimalFormatWrites() {
    qt().forAll(SourceDSL.longs().all(), SourceDSL.integers().between(-3, 6), SourceDSL.integers().between(0, 4))
        .checkAssert((unscaled, scale, minimum) -> {
          BigDecimal value = BigDecimal.valueOf(unscaled, scale);
          int digits = Math.max(value.scale(), minimum);
          DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
          format.setMinimumFractionDigits(digits);
          format.setMaximumFractionDigits(digits);
          assertThat(Decimals.grouped(value, minimum)).isEqualTo(format.format(value));
        });
  }
}
