package org.agricluster.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.agricluster.PropertyTests.qt;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MassTest {
  @Test
  void massConversionsRoundTripExactly() {
    qt().forAll(MeasureGenerators.nonNegativeDecimals()).checkAssert(value -> {
      Mass mass = Mass.ofKilograms(value);
      assertThat(Mass.ofTonnes(mass.toTonnes())).isEqualTo(mass);
      assertThat(Mass.ofTonnes(value).toTonnes()).isEqualByComparingTo(value);
    });
  }

  @Test
  void parseOfToStringIsTheSameValue() {
    qt().forAll(MeasureGenerators.masses()).checkAssert(m -> assertThat(Mass.parse(m.toString())).isEqualTo(m));
    assertThat(Mass.parse("2 t")).isEqualTo(Mass.ofKilograms(2000));
    assertThat(Mass.parse("500 g")).isEqualTo(Mass.ofKilograms(new BigDecimal("0.5")));
  }

  @Test
  void parse_unknownUnit_isRefusedListingTheUnits() {
    assertThatThrownBy(() -> Mass.parse("3 sacks"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Mass text must be a number (thousands commas in groups of three, a decimal point) and one of the units [kg, t, g] but was '3 sacks'");
  }

  @Test
  void takeoDailySupply_inKilograms() {
    // ASPIRE Takeo story: the Takeo cluster supplies 2 to 4 tonnes a day
    assertThat(Mass.ofTonnes(2)).hasToString("2,000 kg");
    assertThat(Mass.ofTonnes(4).toKilograms()).isEqualByComparingTo("4000");
  }

  @Test
  void of_negative_isRefused() {
    assertThatThrownBy(() -> Mass.ofKilograms(-150))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Mass must be >= 0 kg but was -150 kg");
    assertThatThrownBy(() -> Mass.ofTonnes(Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Mass in t must be a finite number but was Infinity");
  }

  @Test
  void massTimesPrice_isMoney_andMassPerArea_isYield() {
    PricePerMass price = PricePerMass.perKilogram(Money.of(CurrencyUnit.KHR, 2500));
    assertThat(Mass.ofKilograms(150).multipliedBy(price)).isEqualTo(Money.of(CurrencyUnit.KHR, 375_000));
    assertThat(Mass.ofKilograms(5000).dividedBy(Area.ofSquareMetres(2000))).isEqualTo(YieldPerArea.ofTonnesPerHectare(25));
  }

  @Test
  void equalsAndHashCode_normaliseScale() {
    new EqualsTester()
        .addEqualityGroup(Mass.ofKilograms(150), Mass.ofKilograms(new BigDecimal("150.000")), Mass.parse("0.15 t"),
            Mass.ofTonnes(0.15))
        .addEqualityGroup(Mass.ZERO)
        .testEquals();
  }

  @Test
  void nulls_areRefusedByEveryPublicMethod() {
    MeasureTesters.nullPointerTester().testAllPublicStaticMethods(Mass.class);
    MeasureTesters.nullPointerTester().testAllPublicInstanceMethods(Mass.ofKilograms(150));
  }
}
