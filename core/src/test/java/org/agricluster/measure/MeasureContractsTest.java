package org.agricluster.measure;

import static org.agricluster.measure.CurrencyUnit.KHR;
import static org.agricluster.measure.CurrencyUnit.USD;
import static org.agricluster.ValueContracts.distinctValuesHashApart;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The edges of the measure types' contracts: bounds at exactly the limit, currency checks of every
 * operation that takes two amounts, accessors, equality and hashing of every value type.
 */
class MeasureContractsTest {
  private static final LocalDate DAY = MeasureTesters.DAY;


  @Test
  void everyValueTypeHashesDistinctValuesApart() {
    distinctValuesHashApart(Money.of(KHR, 1), Money.of(USD, 1), Money.of(KHR, 2));
    distinctValuesHashApart(Area.ofSquareMetres(1), Area.ofSquareMetres(2), Mass.ofKilograms(1));
    distinctValuesHashApart(Share.ofRatio(1, 3), Share.ofRatio(2, 3), Share.ofRatio(1, 4));
    distinctValuesHashApart(PricePerMass.perKilogram(Money.of(KHR, 1)), PricePerMass.perKilogram(Money.of(KHR, 2)),
        MoneyPerArea.perSquareMetre(Money.of(KHR, 1)));
    distinctValuesHashApart(YieldPerArea.ofTonnesPerHectare(25), YieldPerArea.ofTonnesPerHectare(30));
    distinctValuesHashApart(CurrencyUnit.KHR, CurrencyUnit.USD, CurrencyUnit.of("TJS"));
    distinctValuesHashApart(LocalUnit.ofMass("sack", Mass.ofKilograms(50)), LocalUnit.ofMass("sack", Mass.ofKilograms(40)),
        LocalUnit.ofPieces("bunch", 10));
    ExchangeRate rate = ExchangeRate.of(USD, KHR, 4_000, DAY, "ASPIRE");
    distinctValuesHashApart(rate, ExchangeRate.of(USD, KHR, 4_100, DAY, "NBC"), rate.inverse());
    distinctValuesHashApart(rate.conversionOf(Money.of(KHR, 4_000)), rate.conversionOf(Money.of(KHR, 8_000)));
    distinctValuesHashApart(Money.of(KHR, 10).allocate(1, 1), Money.of(KHR, 10).allocate(3, 1));
  }

  @Test
  void totalOfTheParts_equalsTheAmountSplit() {
    org.agricluster.PropertyTests.qt().forAll(MeasureGenerators.money(KHR), org.quicktheories.generators.SourceDSL.lists()
        .of(org.quicktheories.generators.SourceDSL.integers().between(1, 1_000)).ofSizeBetween(1, 12))
        .checkAssert((amount, ratios) -> {
          Money whole = amount.rounded(java.math.RoundingMode.HALF_EVEN);
          List<Money> parts = whole.allocate(ratios.stream().mapToLong(Integer::longValue).toArray());
          assertThat(Money.total(parts)).isEqualTo(whole);
          assertThat(Money.total(KHR, parts)).isEqualTo(whole);
        });
  }

  @Test
  void totals_ofNothing_andOfMixedCurrencies() {
    assertThat(Money.total(USD, List.of())).isEqualTo(Money.zero(USD));
    assertThatThrownBy(() -> Money.total(List.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Number of amounts to total without a currency must be at least 1 (or give the currency) but was 0");
    assertThatThrownBy(() -> Money.total(List.of(Money.of(KHR, 1), Money.of(USD, 1)))).isInstanceOf(CurrencyMismatchException.class);
    assertThatThrownBy(() -> Money.total(KHR, List.of(Money.of(USD, 1)))).isInstanceOf(CurrencyMismatchException.class);
    assertThat(Area.total(List.of())).isEqualTo(Area.ZERO);
    assertThat(Area.total(List.of(Area.ofSquareMetres(1_000), Area.ofHectares(1)))).isEqualTo(Area.ofSquareMetres(11_000));
    assertThat(Mass.total(List.of(Mass.ofKilograms(500), Mass.ofTonnes(2)))).isEqualTo(Mass.ofKilograms(2_500));
    assertThat(Mass.total(List.of())).isEqualTo(Mass.ZERO);
  }

  @Test
  void allocation_exposesItsPartsAndEqualsByValue() {
    Allocation a = Money.of(KHR, 1_050).allocateInCash(List.of(BigDecimal.ONE, BigDecimal.ONE));
    assertThat(a.total()).isEqualTo(Money.of(KHR, 1_050));
    assertThat(a.unit()).isEqualTo(Money.of(KHR, 100));
    assertThat(a.part(0)).isEqualTo(Money.of(KHR, 500));
    assertThat(a.part(1)).isEqualTo(Money.of(KHR, 500));
    assertThat(a.remainder()).isEqualTo(Money.of(KHR, 50));
    assertThat(a.toString()).isNotEmpty().contains("KHR 1,050");
    Allocation other = Money.of(KHR, 1_050).allocateInCash(List.of(BigDecimal.ONE, BigDecimal.valueOf(2)));
    new EqualsTester()
        .addEqualityGroup(a, Money.of(KHR, 1_050).allocateInCash(List.of(BigDecimal.ONE, BigDecimal.ONE)))
        .addEqualityGroup(other)
        .addEqualityGroup(Money.of(KHR, 1_000).allocateInCash(List.of(BigDecimal.ONE, BigDecimal.ONE)))
        .addEqualityGroup(Money.of(KHR, 1_050).allocateIn(Money.of(KHR, 50), List.of(BigDecimal.ONE, BigDecimal.ONE)))
        .addEqualityGroup(Money.of(KHR, 1_060).allocateInCash(List.of(BigDecimal.ONE, BigDecimal.ONE)))
        .testEquals();
  }

  @Test
  void conversion_namesSourceResultAndRate_andEqualsByValue() {
    ExchangeRate rate = ExchangeRate.of(USD, KHR, 4_000, DAY, "ASPIRE");
    ExchangeRate.Conversion c = rate.conversionOf(Money.of(KHR, 3_000_000));
    assertThat(c.source()).isEqualTo(Money.of(KHR, 3_000_000));
    assertThat(c.result()).isEqualTo(Money.of(USD, 750));
    assertThat(c.rate()).isEqualTo(rate);
    ExchangeRate.Conversion third = rate.conversionOf(Money.of(KHR, 1_000));
    assertThat(third.rounded(RoundingMode.HALF_EVEN).result()).isEqualTo(Money.of(USD, new BigDecimal("0.25")));
    assertThat(rate.conversionOf(Money.of(KHR, 1)).rounded(RoundingMode.UP).result()).isEqualTo(Money.of(USD, new BigDecimal("0.01")));
    new EqualsTester()
        .addEqualityGroup(c, rate.conversionOf(Money.of(KHR, 3_000_000)))
        .addEqualityGroup(third)
        .addEqualityGroup(rate.conversionOf(Money.of(USD, 750)))
        .addEqualityGroup(ExchangeRate.of(USD, KHR, 4_000, DAY, "NBC").conversionOf(Money.of(KHR, 3_000_000)))
        .testEquals();
  }

  @Test
  void anExchangeRateSourceOf200Characters_isAccepted_201Refused() {
    assertThat(ExchangeRate.of(USD, KHR, 4_000, DAY, "s".repeat(200)).source()).hasSize(200);
    assertThatThrownBy(() -> ExchangeRate.of(USD, KHR, 4_000, DAY, "s".repeat(201))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Source of rate USD→KHR must be a non-blank single line of at most 200 characters but was 'sss");
  }

  @Test
  void currencyCodes_areThreeUpperCaseLettersExactly() {
    for (String code : List.of("KH@", "KH[", "KHr", "KHRR", "KH", "@HR", "[HR")) {
      assertThatThrownBy(() -> CurrencyUnit.of(code)).as(code).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Currency code must be an ISO 4217 code such as KHR, USD or TJS but was '" + code + "'");
    }
    assertThat(CurrencyUnit.of("AED").code()).isEqualTo("AED");
    assertThat(CurrencyUnit.of("ZAR").code()).isEqualTo("ZAR");
    assertThat(CurrencyUnit.KHR.toCurrency()).isEqualTo(java.util.Currency.getInstance("KHR"));
    assertThat(CurrencyUnit.KHR.compareTo(CurrencyUnit.USD)).isNegative();
    assertThat(CurrencyUnit.USD.compareTo(CurrencyUnit.KHR)).isPositive();
    assertThat(CurrencyUnit.USD.compareTo(CurrencyUnit.USD)).isZero();
  }

  @Test
  void localUnitNames_ofAtMost100Characters_andAccessors() {
    String longest = "s".repeat(100);
    LocalUnit sack = LocalUnit.ofMass(longest, Mass.ofKilograms(50));
    assertThat(sack.name()).isEqualTo(longest);
    assertThat(sack.mass()).contains(Mass.ofKilograms(50));
    assertThat(sack.pieces()).isEmpty();
    assertThat(LocalUnit.ofPieces("bunch", 10).pieces()).contains(BigDecimal.TEN);
    assertThat(LocalUnit.ofPieces("bunch", 10).mass()).isEmpty();
    assertThatThrownBy(() -> LocalUnit.ofMass("s".repeat(101), Mass.ofKilograms(50))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Name of a local unit must be at most 100 characters");
    assertThatThrownBy(() -> LocalUnit.parse("= 50 kg")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Name of a local unit must be");
    assertThatThrownBy(() -> LocalUnit.parse("sack 50 kg")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Local unit text must be like 'sack = 50 kg' or 'bunch = 10 pieces' but was 'sack 50 kg'");
  }

  @Test
  void negativeAndOutOfRangeRatios_areNamedByTheirPosition() {
    assertThatThrownBy(() -> Money.of(KHR, 100).allocate(List.of(BigDecimal.ONE, BigDecimal.valueOf(-1), BigDecimal.ONE)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Ratio 2 of 3 must be >= 0 but was -1");
    assertThatThrownBy(() -> Money.of(KHR, 100).allocate(List.of(BigDecimal.ONE, new BigDecimal("1E+200"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Ratio 2 must be a number of at most 300");
  }

  @Test
  void everyOperationOnTwoAmounts_refusesAnotherCurrency() {
    Money khr = Money.of(KHR, 4_000);
    Money usd = Money.of(USD, 1);
    assertThatThrownBy(() -> khr.ratioTo(usd)).isInstanceOf(CurrencyMismatchException.class);
    assertThatThrownBy(() -> khr.allocateIn(usd, List.of(BigDecimal.ONE))).isInstanceOf(CurrencyMismatchException.class);
    assertThatThrownBy(() -> khr.roundedTo(usd, RoundingMode.HALF_EVEN)).isInstanceOf(CurrencyMismatchException.class);
    assertThatThrownBy(() -> khr.isGreaterThan(usd)).isInstanceOf(CurrencyMismatchException.class);
    PricePerMass perKg = PricePerMass.perKilogram(khr);
    assertThatThrownBy(() -> perKg.minus(PricePerMass.perKilogram(usd))).isInstanceOf(CurrencyMismatchException.class);
    assertThatThrownBy(() -> perKg.plus(PricePerMass.perKilogram(usd))).isInstanceOf(CurrencyMismatchException.class);
    assertThatThrownBy(() -> perKg.compareTo(PricePerMass.perKilogram(usd))).isInstanceOf(CurrencyMismatchException.class);
    MoneyPerArea perM2 = MoneyPerArea.perSquareMetre(khr);
    assertThatThrownBy(() -> perM2.compareTo(MoneyPerArea.perSquareMetre(usd))).isInstanceOf(CurrencyMismatchException.class);
    assertThat(khr.ratioTo(Money.of(KHR, 1_000))).isEqualByComparingTo("4");
  }

  @Test
  void comparisons_ofEqualValues_areNeitherGreaterNorLess() {
    Money a = Money.of(KHR, 4_000);
    assertThat(a.isGreaterThan(Money.of(KHR, 4_000))).isFalse();
    assertThat(a.isLessThan(Money.of(KHR, 4_000))).isFalse();
    assertThat(a.isGreaterThan(Money.of(KHR, 3_999))).isTrue();
    assertThat(a.isLessThan(Money.of(KHR, 4_001))).isTrue();
    assertThat(a.isLessThan(Money.of(KHR, 3_999))).isFalse();
    Area two = Area.ofSquareMetres(2);
    assertThat(two.isGreaterThan(Area.ofSquareMetres(2))).isFalse();
    assertThat(two.isLessThan(Area.ofSquareMetres(2))).isFalse();
    assertThat(two.isLessThan(Area.ofSquareMetres(3))).isTrue();
    assertThat(two.isLessThan(Area.ofSquareMetres(1))).isFalse();
    assertThat(two.isGreaterThan(Area.ofSquareMetres(1))).isTrue();
    PricePerMass p = PricePerMass.perKilogram(a);
    assertThat(p.compareTo(PricePerMass.perKilogram(Money.of(KHR, 3_000)))).isPositive();
    assertThat(p.compareTo(PricePerMass.perKilogram(Money.of(KHR, 5_000)))).isNegative();
    MoneyPerArea m = MoneyPerArea.perSquareMetre(a);
    assertThat(m.compareTo(MoneyPerArea.perSquareMetre(Money.of(KHR, 3_000)))).isPositive();
    assertThat(m.compareTo(MoneyPerArea.perSquareMetre(Money.of(KHR, 5_000)))).isNegative();
    YieldPerArea y = YieldPerArea.ofTonnesPerHectare(25);
    assertThat(y.compareTo(YieldPerArea.ofTonnesPerHectare(20))).isPositive();
    assertThat(y.compareTo(YieldPerArea.ofTonnesPerHectare(30))).isNegative();
  }

  @Test
  void roundingScales_fromMinus100To150_areAccepted_andBeyondRefused() {
    Money m = Money.of(USD, new BigDecimal("1234.5678"));
    assertThat(m.rounded(-100, RoundingMode.HALF_EVEN)).isEqualTo(Money.zero(USD));
    assertThat(m.rounded(150, RoundingMode.HALF_EVEN)).isEqualTo(m);
    assertThat(m.rounded(-2, RoundingMode.HALF_EVEN)).isEqualTo(Money.of(USD, 1_200));
    assertThatThrownBy(() -> m.rounded(-101, RoundingMode.HALF_EVEN)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Scale to round USD 1,234.5678 to must be in -100..150 but was -101");
    assertThatThrownBy(() -> m.rounded(151, RoundingMode.HALF_EVEN)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void isRounded_exactlyAtThePracticalScale() {
    assertThat(Money.of(USD, new BigDecimal("1.25")).isRounded()).isTrue();
    assertThat(Money.of(USD, new BigDecimal("1.2")).isRounded()).isTrue();
    assertThat(Money.of(USD, new BigDecimal("1.255")).isRounded()).isFalse();
    assertThat(Money.of(KHR, 1).isRounded()).isTrue();
    assertThat(Money.of(KHR, new BigDecimal("0.5")).isRounded()).isFalse();
  }

  @Test
  void moneyText_showsTheFullScaleWithThousandsCommas() {
    assertThat(Money.of(USD, new BigDecimal("0.125")).toString()).isEqualTo("USD 0.125");
    assertThat(Money.of(USD, new BigDecimal("1234567.5")).toString()).isEqualTo("USD 1,234,567.50");
    assertThat(Money.of(KHR, 3_000_000).toString()).isEqualTo("KHR 3,000,000");
    assertThat(Money.of(KHR, new BigDecimal("0.333")).toString()).isEqualTo("KHR 0.333");
  }

  @Test
  void moneyTimesAShare_andPricesAndAmountsPerArea_computeExactly() {
    assertThat(Money.of(KHR, 1_000).multipliedBy(Share.ofPercent(11))).isEqualTo(Money.of(KHR, 110));
    PricePerMass price = PricePerMass.perKilogram(Money.of(KHR, new BigDecimal("2500.4")));
    assertThat(price.multipliedBy(new BigDecimal("1.1"))).isEqualTo(PricePerMass.perKilogram(Money.of(KHR, new BigDecimal("2750.44"))));
    assertThat(price.rounded(RoundingMode.HALF_EVEN)).isEqualTo(PricePerMass.perKilogram(Money.of(KHR, 2_500)));
    MoneyPerArea perM2 = MoneyPerArea.perSquareMetre(Money.of(KHR, new BigDecimal("1500.5")));
    assertThat(perM2.currency()).isEqualTo(KHR);
    assertThat(perM2.amountPerSquareMetre()).isEqualTo(Money.of(KHR, new BigDecimal("1500.5")));
    assertThat(perM2.multipliedBy(Area.ofSquareMetres(2))).isEqualTo(Money.of(KHR, 3_001));
    assertThat(perM2.roundedPerHectare(RoundingMode.HALF_EVEN)).isEqualTo(MoneyPerArea.perHectare(Money.of(KHR, 15_005_000)));
    assertThat(MoneyPerArea.parse("KHR 15,000,000/ha")).isEqualTo(MoneyPerArea.perHectare(Money.of(KHR, 15_000_000)));
    assertThat(MoneyPerArea.parse("KHR 1,500,000/1,000 m²")).isEqualTo(MoneyPerArea.perSquareMetre(Money.of(KHR, 1_500)));
    assertThat(MoneyPerArea.parse("KHR 1,500/m2")).isEqualTo(MoneyPerArea.perSquareMetre(Money.of(KHR, 1_500)));
  }

  @Test
  void textsThatStartWithTheUnitSlash_areRefusedAsMoneyText() {
    assertThatThrownBy(() -> PricePerMass.parse("/kg")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Money text must be like 'KHR 3,000,000' or 'USD 750.00' but was ''");
    assertThatThrownBy(() -> MoneyPerArea.parse("/ha")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Money text must be like 'KHR 3,000,000' or 'USD 750.00' but was ''");
  }

  @Test
  void quantities_minusThemselvesAreZero_minusZeroAreThemselves() {
    Area a = Area.ofSquareMetres(new BigDecimal("2000.5"));
    assertThat(a.minus(a)).isEqualTo(Area.ZERO);
    assertThat(a.minus(Area.ZERO)).isSameAs(a);
    assertThat(a.plus(Area.ZERO)).isSameAs(a);
    assertThatThrownBy(() -> Area.ofSquareMetres(1).minus(Area.ofSquareMetres(2))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Area 1 m² minus 2 m² must be >= 0 m² but was -1 m²");
    assertThat(Mass.ofKilograms(2.5)).isEqualTo(Mass.ofKilograms(new BigDecimal("2.5")));
    assertThat(Area.ofSquareMetres(2.5)).isEqualTo(Area.ofSquareMetres(new BigDecimal("2.5")));
    assertThatThrownBy(() -> Mass.ofKilograms(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Mass must be >= 0 kg but was -1 kg");
  }

  @Test
  void sharesAtTheirBounds() {
    assertThat(Share.ofRatio(1, 1)).isEqualTo(Share.WHOLE);
    assertThat(Share.parse("7/7")).isEqualTo(Share.WHOLE);
    assertThatThrownBy(() -> Share.parse("1/0")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Whole of share '1/0' must be > 0 but was 0");
    assertThatThrownBy(() -> Share.ofRatio(BigDecimal.ONE, BigDecimal.ZERO)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Whole of share 1/0 must be > 0 but was 0");
    assertThatThrownBy(() -> Share.ofRatio(0, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Whole of share 0/0 must be > 0 but was 0");
    BigInteger at = BigInteger.TWO.pow(995);   // 996 bits: 300 digits
    assertThat(Share.parse("1/" + at).denominator()).isEqualTo(at);
    assertThatThrownBy(() -> Share.parse("1/" + BigInteger.TWO.pow(996))).isInstanceOf(IllegalArgumentException.class);
    assertThat(Share.ZERO.isZero()).isTrue();
    assertThat(Share.ofPercent(1).isZero()).isFalse();
  }

  @Test
  void aYieldTimesZeroIsZero_andTimesANegativeFactorIsRefused() {
    YieldPerArea y = YieldPerArea.ofTonnesPerHectare(25);
    assertThat(y.multipliedBy(BigDecimal.ZERO)).isEqualTo(YieldPerArea.ofTonnesPerHectare(0));
    assertThatThrownBy(() -> y.multipliedBy(BigDecimal.valueOf(-1))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Factor to multiply yield 25 t/ha by must be >= 0 but was -1");
  }
}
