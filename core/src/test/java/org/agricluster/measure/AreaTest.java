package org.agricluster.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.agricluster.PropertyTests.qt;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AreaTest {
  @Test
  void areaConversionsRoundTripExactly() {
    qt().forAll(MeasureGenerators.nonNegativeDecimals()).checkAssert(value -> {
      Area area = Area.ofSquareMetres(value);
      assertThat(Area.ofHectares(area.toHectares())).isEqualTo(area);
      assertThat(Area.ofThousandSquareMetres(area.toThousandSquareMetres())).isEqualTo(area);
      assertThat(Area.ofHectares(value).toHectares()).isEqualByComparingTo(value);
    });
  }

  @Test
  void parseOfToStringIsTheSameValue() {
    qt().forAll(MeasureGenerators.areas()).checkAssert(a -> assertThat(Area.parse(a.toString())).isEqualTo(a));
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {"2000 m²; 2000", "2,000 m2; 2000", "1.43 ha; 14300", "2 × 1000 m²; 2000", "0.2ha; 2000"})
  void parse_readsTheFieldsUnits(String text, long squareMetres) {
    assertThat(Area.parse(text)).isEqualTo(Area.ofSquareMetres(squareMetres));
  }

  @Test
  void khatlonMemberLand_isExactInEveryUnit() {
    // Oxfam Khatlon paper: 1.43 ha per member
    Area member = Area.ofHectares(1.43);
    assertThat(member).hasToString("14,300 m² (1.43 ha)");
    assertThat(Area.parse(member.toString())).isEqualTo(member);
    assertThat(Area.ofSquareMetres(new java.math.BigDecimal("35016"))).hasToString("35,016 m² (3.50 ha)");
    assertThat(Area.ofSquareMetres(9_999)).hasToString("9,999 m²");
    assertThat(member.toThousandSquareMetres()).isEqualByComparingTo("14.3");
    assertThat(member.multipliedBy(1496).toHectares()).isEqualByComparingTo("2139.28");
  }

  @ParameterizedTest
  @ValueSource(doubles = {-0.5, -1e9})
  void of_negative_isRefusedWithValueAndRange(double squareMetres) {
    assertThatThrownBy(() -> Area.ofSquareMetres(squareMetres))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Area must be >= 0 m² but was " + BigDecimal.valueOf(squareMetres).stripTrailingZeros().toPlainString() + " m²");
  }

  @Test
  void of_negativeHectares_isRefusedInSquareMetres() {
    assertThatThrownBy(() -> Area.ofHectares(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Area must be >= 0 m² but was -10000 m²");
  }

  @Test
  void of_nan_isRefused() {
    assertThatThrownBy(() -> Area.ofHectares(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Area in ha must be a finite number but was NaN");
  }

  @Test
  void minus_belowZero_isRefused() {
    assertThatThrownBy(() -> Area.ofSquareMetres(200).minus(Area.ofSquareMetres(1000)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Area 200 m² minus 1,000 m² must be >= 0 m² but was -800 m²");
  }

  @Test
  void arithmetic_isExact() {
    Area plot = Area.ofSquareMetres(200);
    assertThat(plot.plus(Area.ofSquareMetres(800))).isEqualTo(Area.ofThousandSquareMetres(BigDecimal.ONE));
    assertThat(Area.ofSquareMetres(1000).dividedBy(8).toSquareMetres()).isEqualByComparingTo("125");
    assertThat(Area.ofSquareMetres(1000).dividedBy(3).toSquareMetres().precision())
        .as("a quotient that does not terminate is carried to 34 significant digits").isEqualTo(34);
    assertThat(plot.ratioTo(Area.ofSquareMetres(1000))).isEqualByComparingTo("0.2");
    assertThat(plot.isLessThan(Area.ofHectares(1))).isTrue();
    assertThatThrownBy(() -> plot.dividedBy(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Divisor of area 200 m² must be > 0 but was 0");
  }

  @Test
  void areaTimesYield_isMass() {
    assertThat(Area.ofSquareMetres(2000).multipliedBy(YieldPerArea.ofTonnesPerHectare(25)))
        .isEqualTo(Mass.ofKilograms(5000));
  }

  @Test
  void equalsAndHashCode_normaliseScale() {
    new EqualsTester()
        .addEqualityGroup(Area.ofSquareMetres(2000), Area.ofHectares(new BigDecimal("0.20")), Area.parse("2,000 m²"),
            Area.ofThousandSquareMetres(2))
        .addEqualityGroup(Area.ZERO, Area.ofHectares(0))
        .addEqualityGroup(Mass.ofKilograms(2000))
        .testEquals();
  }

  @Test
  void nulls_areRefusedByEveryPublicMethod() {
    MeasureTesters.nullPointerTester().testAllPublicStaticMethods(Area.class);
    MeasureTesters.nullPointerTester().testAllPublicInstanceMethods(Area.ofSquareMetres(2000));
  }
}
