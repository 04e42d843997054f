package org.agricluster.measure;

import static org.agricluster.measure.CurrencyUnit.KHR;
import static org.agricluster.measure.CurrencyUnit.TJS;
import static org.agricluster.measure.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.agricluster.PropertyTests.qt;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ExchangeRateTest {
  private static final LocalDate DAY = LocalDate.of(2020, 1, 1);
  private final ExchangeRate aspire = ExchangeRate.of(USD, KHR, 4000, DAY, "ASPIRE report");

  @Test
  void convert_reportsWhichRateWasUsed() {
    // ASPIRE Takeo story: "around 3 million riels or around $US 750"
    ExchangeRate.Conversion conversion = aspire.conversionOf(Money.of(KHR, 3_000_000));
    assertThat(conversion.result()).isEqualTo(Money.of(USD, 750));
    assertThat(conversion.rate()).isSameAs(aspire);
    assertThat(conversion).hasToString("KHR 3,000,000 = USD 750.00 at 1 USD = 4,000 KHR on 2020-01-01 (ASPIRE report)");
  }

  @Test
  void convert_worksFromEitherCurrencyOfTheRate() {
    assertThat(aspire.conversionOf(Money.of(USD, 750)).result()).isEqualTo(Money.of(KHR, 3_000_000));
  }

  @Test
  void convert_moneyInNeitherCurrency_isRefused() {
    assertThatThrownBy(() -> aspire.conversionOf(Money.of(TJS, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Currency of money converted at 1 USD = 4,000 KHR on 2020-01-01 (ASPIRE report) "
            + "must be USD or KHR but was TJS 1.00");
  }

  @Test
  void inverse_isExactWhereItTerminates_andKeepsDateAndSource() {
    ExchangeRate inverse = aspire.inverse();
    assertThat(inverse.base()).isEqualTo(KHR);
    assertThat(inverse.rate()).isEqualByComparingTo("0.00025");
    assertThat(inverse.date()).isEqualTo(DAY);
    assertThat(inverse.source()).isEqualTo("ASPIRE report");
    assertThat(inverse.inverse()).isEqualTo(aspire);
  }

  @Test
  void ratesMoveSoTheSameMoneyConvertsDifferentlyOnDifferentDates() {
    // Oxfam Khatlon paper context: TJS per USD about 4.9 in 2013 and 9.4 in 2018.
    ExchangeRate y2013 = ExchangeRate.of(USD, TJS, new BigDecimal("4.9"), LocalDate.of(2013, 6, 30), "NBT");
    ExchangeRate y2018 = ExchangeRate.of(USD, TJS, new BigDecimal("9.4"), LocalDate.of(2018, 6, 30), "NBT");
    Money budget = Money.of(TJS, 10_000);
    assertThat(budget.convertedTo(USD, y2013, RoundingMode.HALF_EVEN)).hasToString("USD 2,040.82");
    assertThat(budget.convertedTo(USD, y2018, RoundingMode.HALF_EVEN)).hasToString("USD 1,063.83");
  }

  @Test
  void parseOfToStringIsTheSameValue() {
    qt().forAll(MeasureGenerators.rates()).checkAssert(r -> assertThat(ExchangeRate.parse(r.toString())).isEqualTo(r));
    assertThat(ExchangeRate.parse(aspire.toString())).isEqualTo(aspire);
  }

  @Test
  void parse_malformedText_isRefused() {
    assertThatThrownBy(() -> ExchangeRate.parse("4000 KHR/USD"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Exchange rate text must be like '1 USD = 4,000 KHR on 2024-01-15 (source)' but was '4000 KHR/USD'");
    assertThatThrownBy(() -> ExchangeRate.parse("1 USD = 4000 KHR on 2020-13-01 (x)"))
        .hasMessage("Date of exchange rate must be an ISO date such as 2024-01-15 but was '2020-13-01'");
  }

  @Test
  void of_refusesANonPositiveRate_sameCurrencies_andABlankSource() {
    assertThatThrownBy(() -> ExchangeRate.of(USD, KHR, 0, DAY, "x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Rate USD→KHR must be > 0 but was 0");
    assertThatThrownBy(() -> ExchangeRate.of(USD, USD, 1, DAY, "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Quote currency of a rate from USD must be another currency but was USD");
    assertThatThrownBy(() -> ExchangeRate.of(USD, KHR, 4000, DAY, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Source of rate USD→KHR must be a non-blank single line of at most 200 characters but was ' '");
  }

  @Test
  void equalsAndHashCode_includeDateAndSource() {
    new EqualsTester()
        .addEqualityGroup(aspire, ExchangeRate.of(USD, KHR, new BigDecimal("4000.00"), DAY, "ASPIRE report"),
            ExchangeRate.parse("1 USD = 4,000 KHR on 2020-01-01 (ASPIRE report)"))
        .addEqualityGroup(ExchangeRate.of(USD, KHR, 4000, DAY.plusDays(1), "ASPIRE report"))
        .addEqualityGroup(ExchangeRate.of(USD, KHR, 4000, DAY, "NBC"))
        .addEqualityGroup(ExchangeRate.of(USD, KHR, 4100, DAY, "ASPIRE report"))
        .addEqualityGroup(aspire.inverse())
        .testEquals();
  }

  @Test
  void nulls_areRefusedByEveryPublicMethod() {
    MeasureTesters.nullPointerTester().testAllPublicStaticMethods(ExchangeRate.class);
    MeasureTesters.nullPointerTester().testAllPublicInstanceMethods(aspire);
    MeasureTesters.nullPointerTester().testAllPublicInstanceMethods(aspire.conversionOf(Money.of(KHR, 1)));
  }
}
