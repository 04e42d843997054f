package org.agricluster.measure;

import static org.agricluster.measure.CurrencyUnit.KHR;
import static org.agricluster.measure.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.agricluster.PropertyTests.qt;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PricePerMassTest {
  private final PricePerMass local = PricePerMass.perKilogram(Money.of(KHR, 2500));

  @Test
  void localPremium_ofFiveHundredRielPerKilogram() {
    // CHAIN guide, Annex 3: local produce fetches 500 riel/kg more than imports
    PricePerMass premium = PricePerMass.perKilogram(Money.of(KHR, 500));
    assertThat(local.plus(premium).multipliedBy(Mass.ofKilograms(150))).isEqualTo(Money.of(KHR, 450_000));
    assertThat(local.plus(premium).minus(local)).isEqualTo(premium);
  }

  @Test
  void perTonne_isExactPerKilogram() {
    PricePerMass rice = PricePerMass.perTonne(Money.of(USD, 450));
    assertThat(rice.amountPerKilogram()).isEqualTo(Money.of(USD, new BigDecimal("0.45")));
    assertThat(rice.amountPerTonne()).isEqualTo(Money.of(USD, 450));
    assertThat(PricePerMass.of(Money.of(KHR, 375_000), Mass.ofKilograms(150))).isEqualTo(local);
  }

  @Test
  void breakEvenPrice_isCostOverMass_andZeroMassIsAnArithmeticError() {
    assertThat(Money.of(KHR, 1_000_000).dividedBy(Mass.ofKilograms(400))).isEqualTo(local);
    assertThatThrownBy(() -> Money.of(KHR, 1).dividedBy(Mass.ZERO))
        .isInstanceOf(ArithmeticException.class).hasMessage("Cannot divide KHR 1 by a mass of 0 kg");
  }

  @Test
  void parseOfToStringIsTheSameValue() {
    qt().forAll(MeasureGenerators.money()).checkAssert(m -> {
      PricePerMass p = PricePerMass.perKilogram(m);
      assertThat(PricePerMass.parse(p.toString())).isEqualTo(p);
    });
    assertThat(local).hasToString("KHR 2,500/kg");
    assertThat(PricePerMass.parse("USD 450/t")).isEqualTo(PricePerMass.perTonne(Money.of(USD, 450)));
  }

  @Test
  void acrossCurrencies_isRefused() {
    PricePerMass usd = PricePerMass.perKilogram(Money.of(USD, 1));
    assertThatThrownBy(() -> local.plus(usd))
        .isInstanceOf(CurrencyMismatchException.class)
        .hasMessage("Cannot add USD 1.00/kg to KHR 2,500/kg without an exchange rate");
    ExchangeRate rate = ExchangeRate.of(USD, KHR, 4000, MeasureTesters.DAY, "ASPIRE");
    assertThat(usd.convertedTo(KHR, rate).plus(local)).isEqualTo(PricePerMass.perKilogram(Money.of(KHR, 6500)));
  }

  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(local, PricePerMass.perTonne(Money.of(KHR, 2_500_000)), PricePerMass.parse("KHR 2,500/kg"))
        .addEqualityGroup(PricePerMass.perKilogram(Money.of(USD, 2500)))
        .testEquals();
  }

  @Test
  void nulls_areRefusedByEveryPublicMethod() {
    MeasureTesters.nullPointerTester().testAllPublicStaticMethods(PricePerMass.class);
    MeasureTesters.nullPointerTester().testAllPublicInstanceMethods(local);
  }
}
