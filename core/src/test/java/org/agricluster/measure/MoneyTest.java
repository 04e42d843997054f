package org.agricluster.measure;

import static org.agricluster.measure.CurrencyUnit.KHR;
import static org.agricluster.measure.CurrencyUnit.TJS;
import static org.agricluster.measure.CurrencyUnit.USD;
import static org.agricluster.measure.MeasureGenerators.money;
import static org.agricluster.measure.MeasureGenerators.ratios;
import static org.agricluster.measure.MeasureGenerators.roundedMoney;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.agricluster.PropertyTests.qt;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.generators.SourceDSL;

class MoneyTest {

  @Nested
  class Of {
    @Test
    void of_normalisesScale_soThatTwoPointFiveEqualsTwoPointFifty() {
      assertThat(Money.of(USD, new BigDecimal("2.5"))).isEqualTo(Money.of(USD, new BigDecimal("2.50")));
      assertThat(Money.of(USD, new BigDecimal("2.50")).amount()).isEqualByComparingTo("2.5").hasScaleOf(1);
    }

    @Test
    void of_double_takesTheDecimalText() {
      assertThat(Money.of(USD, 0.1).amount()).isEqualTo(new BigDecimal("0.1"));
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void of_nonFiniteDouble_isRefused(double amount) {
      assertThatThrownBy(() -> Money.of(USD, amount))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Amount of money must be a finite number but was " + amount);
    }

    @Test
    void equalsAndHashCode_followCurrencyAndNumericValue() {
      new EqualsTester()
          .addEqualityGroup(Money.of(KHR, 3_000_000), Money.of(KHR, new BigDecimal("3000000.00")),
              Money.parse("KHR 3,000,000"), Money.of(KHR, 1_500_000).multipliedBy(2))
          .addEqualityGroup(Money.of(USD, 750), Money.parse("USD 750.00"))
          .addEqualityGroup(Money.of(TJS, 750))
          .addEqualityGroup(Money.zero(USD), Money.of(USD, new BigDecimal("0.000")))
          .testEquals();
    }

    @Test
    void nulls_areRefusedByEveryPublicMethod() {
      MeasureTesters.nullPointerTester().testAllPublicStaticMethods(Money.class);
      MeasureTesters.nullPointerTester().testAllPublicInstanceMethods(Money.of(KHR, 1_234_567));
    }
  }

  @Nested
  class TextForm {
    @Test
    void toString_groupsThousandsAndShowsThePracticalScale() {
      assertThat(Money.of(KHR, 3_000_000)).hasToString("KHR 3,000,000");
      assertThat(Money.of(USD, 750)).hasToString("USD 750.00");
      assertThat(Money.of(USD, new BigDecimal("0.125"))).hasToString("USD 0.125");
      assertThat(Money.of(KHR, -1500)).hasToString("KHR -1,500");
    }

    @Test
    void parseOfToStringIsTheSameValue() {
      qt().forAll(money()).checkAssert(m -> assertThat(Money.parse(m.toString())).isEqualTo(m));
    }

    @Test
    void parse_acceptsPlainAmountsAndLowerCaseCodes() {
      assertThat(Money.parse("usd 1234.5")).isEqualTo(Money.of(USD, new BigDecimal("1234.5")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "3000 KHR", "KHR", "KHR 3.000.000", "KHR three"})
    void parse_malformedText_isRefusedWithTheText(String text) {
      assertThatThrownBy(() -> Money.parse(text))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Money text must be like 'KHR 3,000,000' or 'USD 750.00' but was '" + text + "'");
    }

    @Test
    void parse_unknownCurrency_isRefused() {
      assertThatThrownBy(() -> Money.parse("ZZZ 5"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Currency code must be an ISO 4217 code such as KHR, USD or TJS but was 'ZZZ'");
    }
  }

  @Nested
  class Arithmetic {
    @Test
    void additionIsCommutativeAndAssociativeWithinACurrency() {
      qt().forAll(money(USD), money(USD), money(USD)).checkAssert((a, b, c) -> {
        assertThat(a.plus(b)).isEqualTo(b.plus(a));
        assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c)));
        assertThat(a.plus(b).minus(b)).isEqualTo(a);
      });
    }

    @Test
    void additionAcrossCurrenciesIsRefused() {
      qt().forAll(money(KHR), money(USD)).checkAssert((khr, usd) -> {
        assertThatThrownBy(() -> usd.plus(khr)).isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> khr.minus(usd)).isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> khr.compareTo(usd)).isInstanceOf(CurrencyMismatchException.class);
      });
    }

    @Test
    void plus_acrossCurrencies_namesBothAmounts() {
      Money usd = Money.of(USD, 750);
      Money khr = Money.of(KHR, 3_000_000);
      assertThatThrownBy(() -> usd.plus(khr))
          .isInstanceOf(CurrencyMismatchException.class)
          .hasMessage("Cannot add KHR 3,000,000 to USD 750.00 without an exchange rate")
          .satisfies(e -> {
            CurrencyMismatchException mismatch = (CurrencyMismatchException) e;
            assertThat(mismatch.first()).isEqualTo(USD);
            assertThat(mismatch.second()).isEqualTo(KHR);
          });
    }

    @Test
    void dividedBy_keepsFullPrecisionUntilRounded() {
      Money third = Money.of(USD, 100).dividedBy(3);
      assertThat(third.amount().precision()).isEqualTo(34);
      assertThat(third.isRounded()).isFalse();
      assertThat(third.rounded(RoundingMode.HALF_EVEN)).isEqualTo(Money.of(USD, new BigDecimal("33.33")));
    }

    @Test
    void dividedBy_zero_isAnArithmeticError() {
      assertThatThrownBy(() -> Money.of(USD, 1).dividedBy(BigDecimal.ZERO))
          .isInstanceOf(ArithmeticException.class).hasMessage("Cannot divide 1 by zero");
    }

    @Test
    void ratioTo_isTheSavingShare_ofCollectivePurchase() {
      // Oxfam Khatlon paper: members saved 11 % by buying inputs together.
      Money list = Money.of(TJS, 1_000);
      Money paid = Money.of(TJS, 890);
      assertThat(list.minus(paid).ratioTo(list)).isEqualByComparingTo("0.11");
    }
  }

  @Nested
  class Rounding {
    @Test
    void rounded_usesThePracticalScale_wholeRielForKhr() {
      assertThat(Money.of(KHR, new BigDecimal("1500.5")).rounded(RoundingMode.HALF_UP)).isEqualTo(Money.of(KHR, 1501));
      assertThat(Money.of(USD, new BigDecimal("1.005")).rounded(RoundingMode.HALF_EVEN)).isEqualTo(Money.of(USD, 1));
    }

    @Test
    void roundedToCash_usesHundredRielNotes() {
      assertThat(Money.of(KHR, 1_234_567).roundedToCash(RoundingMode.HALF_UP)).isEqualTo(Money.of(KHR, 1_234_600));
      assertThat(Money.of(KHR, 1_234_567).roundedToCash(RoundingMode.DOWN)).isEqualTo(Money.of(KHR, 1_234_500));
    }

    @Test
    void rounding_thatIsNeededButNotAllowed_isAnArithmeticError() {
      assertThatThrownBy(() -> Money.of(KHR, new BigDecimal("0.5")).rounded(RoundingMode.UNNECESSARY))
          .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void roundedTo_aNonPositiveUnit_isRefused() {
      assertThatThrownBy(() -> Money.of(KHR, 5).roundedTo(Money.zero(KHR), RoundingMode.HALF_UP))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Unit to split KHR 5 in must be > 0 but was KHR 0");
    }
  }

  @Nested
  class Allocation {
    @Test
    void allocationPartsSumExactlyToTheAmount() {
      qt().forAll(roundedMoney(), ratios()).checkAssert((amount, ratios) -> {
        List<Money> parts = amount.allocate(ratios);
        assertThat(parts).hasSameSizeAs(ratios);
        assertThat(Money.total(amount.currency(), parts)).isEqualTo(amount);
      });
    }

    @Test
    void allocationPartsAreNonNegativeAndWithinOneUnitOfTheirExactShare() {
      qt().forAll(roundedMoney().map(Money::abs), ratios()).checkAssert((amount, ratios) -> {
        List<Money> parts = amount.allocate(ratios);
        BigDecimal sum = ratios.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal unit = amount.currency().minorUnit().amount();
        for (int i = 0; i < parts.size(); i++) {
          BigDecimal exact = amount.amount().multiply(ratios.get(i)).divide(sum, 40, RoundingMode.HALF_EVEN);
          assertThat(parts.get(i).isNegative()).isFalse();
          assertThat(parts.get(i).amount().subtract(exact).abs()).isLessThan(unit);
        }
      });
    }

    @Test
    void aLargerRatioNeverGetsASmallerPart() {
      qt().forAll(roundedMoney().map(Money::abs), ratios()).checkAssert((amount, ratios) -> {
        List<Money> parts = amount.allocate(ratios);
        for (int i = 0; i < parts.size(); i++) {
          for (int j = 0; j < parts.size(); j++) {
            if (ratios.get(i).compareTo(ratios.get(j)) > 0) {
              assertThat(parts.get(i).compareTo(parts.get(j))).isGreaterThanOrEqualTo(0);
            }
          }
        }
      });
    }

    @Test
    void cashAllocationPartsAreWholeCashUnitsAndWithTheRemainderSumExactly() {
      qt().forAll(SourceDSL.longs().between(0, 100_000_000_000L), ratios()).checkAssert((riel, ratios) -> {
        Money amount = Money.of(KHR, riel);
        org.agricluster.measure.Allocation cash = amount.allocateInCash(ratios);
        Money sum = Money.total(KHR, cash.parts());
        assertThat(sum.plus(cash.remainder())).isEqualTo(amount);
        assertThat(cash.remainder().amount()).isBetween(BigDecimal.ZERO, new BigDecimal("99"));
        cash.parts().forEach(p -> assertThat(p.amount().remainder(BigDecimal.valueOf(100))).isZero());
      });
    }

    @Test
    void allocate_buyersPaymentByDeliveredKilograms_exactToTheRiel() {
      List<BigDecimal> kilograms = List.of(new BigDecimal("120"), new BigDecimal("85.5"), new BigDecimal("64"));
      // 1,234,567 × 120/269.5 = 549,714.3…; × 85.5/269.5 = 391,672.9…; × 64/269.5 = 293,181.7…
      // the floors already sum to 1,234,567, so no riel is left to hand out by remainder.
      List<Money> parts = Money.of(KHR, 1_234_567).allocate(kilograms);
      assertThat(parts).containsExactly(Money.of(KHR, 549_714), Money.of(KHR, 391_672), Money.of(KHR, 293_181));
    }

    @Test
    void allocateInCash_leavesWhatHundredRielNotesCannotCarry() {
      List<BigDecimal> kilograms = List.of(new BigDecimal("120"), new BigDecimal("85.5"), new BigDecimal("64"));
      org.agricluster.measure.Allocation cash = Money.of(KHR, 1_234_567).allocateInCash(kilograms);
      // 12,345 notes of 100 riel: 5,496.85 / 3,916.50 / 2,931.65 → floors 5,496 + 3,916 + 2,931 = 12,343;
      // the two left over go to the largest remainders (.85 and .65).
      assertThat(cash.parts()).containsExactly(Money.of(KHR, 549_700), Money.of(KHR, 391_600), Money.of(KHR, 293_200));
      assertThat(cash.remainder()).isEqualTo(Money.of(KHR, 67));
      assertThat(cash.allocated()).isEqualTo(Money.of(KHR, 1_234_500));
    }

    @Test
    void allocate_equalRemainders_goToTheEarlierRatio() {
      assertThat(Money.of(USD, 1).allocate(1, 1, 1))
          .containsExactly(Money.of(USD, new BigDecimal("0.34")), Money.of(USD, new BigDecimal("0.33")),
              Money.of(USD, new BigDecimal("0.33")));
    }

    @Test
    void allocateByShares_requiresAWholePartition() {
      Share third = Share.ofRatio(1, 3);
      assertThat(Money.of(KHR, 100).allocateByShares(List.of(third, third, third)))
          .containsExactly(Money.of(KHR, 34), Money.of(KHR, 33), Money.of(KHR, 33));
      assertThatThrownBy(() -> Money.of(KHR, 100).allocateByShares(List.of(third, third)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Shares to allocate KHR 100 by must be exactly 100% in total but was 2/3 (≈66.67%)");
    }

    @Test
    void allocate_negativeRatio_isRefusedNamingIt() {
      assertThatThrownBy(() -> Money.of(KHR, 100).allocate(3, -1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Ratio 2 of 2 must be >= 0 but was -1");
    }

    @Test
    void allocate_allZeroRatios_isRefused() {
      assertThatThrownBy(() -> Money.of(KHR, 100).allocate(0, 0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Sum of the 2 ratios must be > 0 but was 0");
    }

    @Test
    void allocate_anUnroundedAmount_asksForRoundingFirst() {
      assertThatThrownBy(() -> Money.of(KHR, new BigDecimal("10.5")).allocate(1, 1))
          .isInstanceOf(ArithmeticException.class)
          .hasMessageStartingWith("KHR 10.5 is not a whole number of KHR 1");
    }

    @Test
    void allocate_negativeAmount_splitsItsSize() {
      assertThat(Money.of(USD, -1).allocate(1, 2))
          .containsExactly(Money.of(USD, new BigDecimal("-0.33")), Money.of(USD, new BigDecimal("-0.67")));
    }
  }

  @Nested
  class Conversion {
    @Test
    void convertingThereAndBackWithTheInverseStaysWithinOneMinorUnit() {
      qt().forAll(MeasureGenerators.rates(), SourceDSL.longs().between(-1_000_000_000L, 1_000_000_000L))
          .checkAssert((rate, units) -> {
            Money start = Money.of(rate.base(), BigDecimal.valueOf(units, rate.base().practicalScale()));
            Money there = start.convertedTo(rate.quote(), rate);
            Money back = there.convertedTo(rate.base(), rate.inverse(), RoundingMode.HALF_EVEN);
            assertThat(back.minus(start).abs().amount()).isLessThanOrEqualTo(rate.base().minorUnit().amount());
          });
    }

    @Test
    void convertingWithoutARateBetweenTheCurrenciesIsImpossible() {
      qt().forAll(MeasureGenerators.rates(), money()).checkAssert((rate, m) -> {
        if (!m.currency().equals(rate.base()) && !m.currency().equals(rate.quote())) {
          assertThatThrownBy(() -> rate.conversionOf(m)).isInstanceOf(IllegalArgumentException.class);
        }
      });
    }

    @Test
    void convertedTo_takesTheRateInEitherDirection_andRoundsWhenAsked() {
      ExchangeRate aspire = ExchangeRate.of(USD, KHR, 4000, MeasureTesters.DAY, "ASPIRE");
      assertThat(Money.of(KHR, 3_000_000).convertedTo(USD, aspire, RoundingMode.HALF_EVEN)).hasToString("USD 750.00");
      assertThat(Money.of(USD, 750).convertedTo(KHR, aspire)).isEqualTo(Money.of(KHR, 3_000_000));
    }

    @Test
    void convertedTo_aRateOfOtherCurrencies_isRefusedNamingIt() {
      ExchangeRate somoni = ExchangeRate.of(USD, TJS, new BigDecimal("10.9"), MeasureTesters.DAY, "NBT");
      assertThatThrownBy(() -> Money.of(KHR, 1).convertedTo(USD, somoni))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Rate to convert KHR to USD must be between KHR and USD but was 1 USD = 10.9 TJS on 2024-01-15 (NBT)");
    }
  }

  @Test
  void splittingIsExactEvenForHugeAmounts() {
    Money huge = Money.of(KHR, new BigDecimal(BigInteger.TEN.pow(30)));
    assertThat(Money.total(KHR, huge.allocate(1, 1, 1))).isEqualTo(huge);
  }
}
