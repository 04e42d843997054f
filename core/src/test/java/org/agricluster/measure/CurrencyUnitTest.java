package org.agricluster.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class CurrencyUnitTest {
  @Test
  void riel_hasIsoScaleTwo_butIsPaidInWholeRielAndHundredRielCash() {
    assertThat(CurrencyUnit.KHR.isoScale()).isEqualTo(2);
    assertThat(CurrencyUnit.KHR.practicalScale()).isZero();
    assertThat(CurrencyUnit.KHR.minorUnit()).isEqualTo(Money.of(CurrencyUnit.KHR, 1));
    assertThat(CurrencyUnit.KHR.cashUnit()).isEqualTo(Money.of(CurrencyUnit.KHR, 100));
  }

  @Test
  void dollarAndSomoni_havePracticalScaleTwo() {
    assertThat(CurrencyUnit.USD.practicalScale()).isEqualTo(2);
    assertThat(CurrencyUnit.TJS.practicalScale()).isEqualTo(2);
    assertThat(CurrencyUnit.TJS.cashUnit()).hasToString("TJS 0.01");
  }

  @Test
  void otherCodes_followIsoScale() {
    CurrencyUnit yen = CurrencyUnit.of("JPY");
    assertThat(yen.practicalScale()).isZero();
    assertThat(yen.cashUnit()).hasToString("JPY 1");
    assertThat(CurrencyUnit.of(Currency.getInstance("EUR"))).isSameAs(CurrencyUnit.EUR);
  }

  @Test
  void of_unknownCode_isRefusedNamingIt() {
    assertThatThrownBy(() -> CurrencyUnit.of("RIEL"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Currency code must be an ISO 4217 code such as KHR, USD or TJS but was 'RIEL'");
    assertThatThrownBy(() -> CurrencyUnit.of("XAU"))
        .hasMessage("Currency code must be a currency with decimal minor units but was 'XAU'");
  }

  @Test
  void equalsAndHashCode_followTheCode() {
    new EqualsTester()
        .addEqualityGroup(CurrencyUnit.KHR, CurrencyUnit.of("KHR"), CurrencyUnit.of(Currency.getInstance("KHR")))
        .addEqualityGroup(CurrencyUnit.USD)
        .addEqualityGroup(CurrencyUnit.of("THB"), CurrencyUnit.of("THB"))
        .testEquals();
    assertThat(CurrencyUnit.of("THB")).hasToString("THB");
  }

  @Test
  void nulls_areRefusedByEveryPublicMethod() {
    MeasureTesters.nullPointerTester().testAllPublicStaticMethods(CurrencyUnit.class);
    MeasureTesters.nullPointerTester().testAllPublicInstanceMethods(CurrencyUnit.KHR);
  }
}
