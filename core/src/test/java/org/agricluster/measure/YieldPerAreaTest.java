package org.agricluster.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.agricluster.PropertyTests.qt;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class YieldPerAreaTest {
  @Test
  void yieldConversionsRoundTripExactly() {
    qt().forAll(MeasureGenerators.nonNegativeDecimals()).checkAssert(v -> {
      YieldPerArea y = YieldPerArea.ofTonnesPerHectare(v);
      assertThat(y.toTonnesPerHectare()).isEqualByComparingTo(v);
      assertThat(YieldPerArea.ofKilogramsPerSquareMetre(y.toKilogramsPerSquareMetre())).isEqualTo(y);
      assertThat(YieldPerArea.parse(y.toString())).isEqualTo(y);
    });
  }

  @Test
  void areaTimesYield_isTheHarvest() {
    YieldPerArea tomato = YieldPerArea.ofTonnesPerHectare(25);
    assertThat(tomato.toKilogramsPerSquareMetre()).isEqualByComparingTo("2.5");
    assertThat(tomato.multipliedBy(Area.ofSquareMetres(2000))).isEqualTo(Mass.ofTonnes(5));
    assertThat(tomato.multipliedBy(new BigDecimal("0.9"))).isEqualTo(YieldPerArea.ofTonnesPerHectare(22.5));
    assertThat(YieldPerArea.parse("25000 kg/ha")).isEqualTo(tomato);
    assertThat(tomato).hasToString("25 t/ha");
  }

  @Test
  void badInput_isRefused() {
    assertThatThrownBy(() -> YieldPerArea.ofTonnesPerHectare(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Yield must be >= 0 kg/m² but was -0.1 kg/m²");
    assertThatThrownBy(() -> YieldPerArea.of(Mass.ofKilograms(1), Area.ZERO))
        .isInstanceOf(ArithmeticException.class).hasMessage("Cannot divide 1 kg by an area of 0 m²");
  }

  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(YieldPerArea.ofTonnesPerHectare(25), YieldPerArea.ofKilogramsPerSquareMetre(2.5),
            YieldPerArea.of(Mass.ofKilograms(5000), Area.ofSquareMetres(2000)), YieldPerArea.parse("2.50 kg/m²"))
        .addEqualityGroup(YieldPerArea.ofTonnesPerHectare(0))
        .testEquals();
  }

  @Test
  void nulls_areRefusedByEveryPublicMethod() {
    MeasureTesters.nullPointerTester().testAllPublicStaticMethods(YieldPerArea.class);
    MeasureTesters.nullPointerTester().testAllPublicInstanceMethods(YieldPerArea.ofTonnesPerHectare(25));
  }
}
