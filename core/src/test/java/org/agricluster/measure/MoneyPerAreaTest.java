package org.agricluster.measure;

import static org.agricluster.measure.CurrencyUnit.KHR;
import static org.agricluster.measure.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.agricluster.PropertyTests.qt;

import com.google.common.testing.EqualsTester;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MoneyPerAreaTest {
  @Test
  void takeoIncome_perThousandSquareMetres_perHectare_andInDollars() {
    // ASPIRE Takeo story: "Per 2,000 square meters ... around 3 million riels or around $US 750";
    // "if 1,000 square meters of land, they can generate income more than one million riels".
    MoneyPerArea takeo = Money.of(KHR, 3_000_000).dividedBy(Area.ofSquareMetres(2000));
    assertThat(takeo.amountPerThousandSquareMetres()).isEqualTo(Money.of(KHR, 1_500_000));
    assertThat(takeo.amountPerHectare()).isEqualTo(Money.of(KHR, 15_000_000));
    assertThat(takeo.amountPerThousandSquareMetres().isGreaterThan(Money.of(KHR, 1_000_000))).isTrue();
    ExchangeRate aspire = ExchangeRate.of(USD, KHR, 4000, LocalDate.of(2020, 1, 1), "ASPIRE");
    assertThat(Money.of(KHR, 3_000_000).convertedTo(USD, aspire, RoundingMode.HALF_EVEN)).hasToString("USD 750.00");
    assertThat(takeo.convertedTo(USD, aspire).amountPerHectare()).isEqualTo(Money.of(USD, 3750));
  }

  @Test
  void scalingTheAreaLeavesTheAmountPerHectareUnchanged() {
    qt().forAll(MeasureGenerators.money(KHR), MeasureGenerators.nonNegativeDecimals()
        .assuming(d -> d.signum() > 0)).checkAssert((amount, m2) -> {
          Area area = Area.ofSquareMetres(m2);
          MoneyPerArea perArea = amount.dividedBy(area);
          MoneyPerArea doubled = amount.multipliedBy(2).dividedBy(area.multipliedBy(2));
          assertThat(doubled).isEqualTo(perArea);
        });
  }

  @Test
  void parseOfToStringIsTheSameValue() {
    qt().forAll(MeasureGenerators.money()).checkAssert(m -> {
      MoneyPerArea p = MoneyPerArea.perHectare(m);
      assertThat(MoneyPerArea.parse(p.toString())).isEqualTo(p);
    });
    assertThat(MoneyPerArea.parse("KHR 1,500,000/1000 m²")).isEqualTo(MoneyPerArea.perHectare(Money.of(KHR, 15_000_000)));
    assertThat(MoneyPerArea.perHectare(Money.of(KHR, 15_000_000))).hasToString("KHR 15,000,000/ha");
  }

  @Test
  void zeroArea_isAnArithmeticError() {
    assertThatThrownBy(() -> Money.of(KHR, 1).dividedBy(Area.ZERO))
        .isInstanceOf(ArithmeticException.class).hasMessage("Cannot divide KHR 1 by an area of 0 m²");
  }

  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(MoneyPerArea.perHectare(Money.of(KHR, 15_000_000)),
            MoneyPerArea.perSquareMetre(Money.of(KHR, 1500)), MoneyPerArea.perThousandSquareMetres(Money.of(KHR, 1_500_000)),
            MoneyPerArea.of(Money.of(KHR, 3_000_000), Area.ofSquareMetres(2000)))
        .addEqualityGroup(MoneyPerArea.perSquareMetre(Money.of(USD, 1500)))
        .testEquals();
  }

  @Test
  void nulls_areRefusedByEveryPublicMethod() {
    MeasureTesters.nullPointerTester().testAllPublicStaticMethods(MoneyPerArea.class);
    MeasureTesters.nullPointerTester().testAllPublicInstanceMethods(MoneyPerArea.perSquareMetre(Money.of(KHR, 1500)));
  }
}
