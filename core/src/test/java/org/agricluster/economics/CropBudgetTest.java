package org.agricluster.economics;

import static org.agricluster.economics.EconomicsGenerators.budgets;
import static org.agricluster.measure.CurrencyUnit.KHR;
import static org.agricluster.measure.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.agricluster.PropertyTests.qt;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.agricluster.measure.Area;
import org.agricluster.measure.Mass;
import org.agricluster.measure.Money;
import org.agricluster.measure.PricePerMass;
import org.agricluster.measure.Share;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class CropBudgetTest {
  static final MarginPolicy SGM = MarginPolicy.SIMPLIFIED_GROSS_MARGIN;

  static CropBudget cucumber() {
    return CropBudget.builder("cucumber", Area.ofSquareMetres(1000))
        .harvested(Mass.ofKilograms(2500)).lossShare(Share.ofPercent(10)).ownUseShare(Share.ofPercent(4))
        .addSale("A", Share.ofPercent(75), PricePerMass.perKilogram(Money.of(KHR, 1600)))
        .addSale("B", Share.ofPercent(25), PricePerMass.perKilogram(Money.of(KHR, 1000)))
        .addCost(CostLine.of(CostCategory.SEED, "cucumber seed", new BigDecimal("0.15"), "kg", Money.of(KHR, 600_000)))
        .addCost(CostLine.of(CostCategory.FERTILISER, "NPK 15-15-15", new BigDecimal("50"), "kg", Money.of(KHR, 3_000)))
        .addCost(CostLine.of(CostCategory.PESTICIDES, "pesticide", new BigDecimal("2"), "bottle", Money.of(KHR, 35_000)))
        .addCost(CostLine.lumpSum(CostCategory.LAND_RENT, "plot rent for the season", Money.of(KHR, 100_000)))
        .addCost(CostLine.of(CostCategory.FAMILY_LABOUR, "household labour", new BigDecimal("40"), "day", Money.of(KHR, 20_000)))
        .cycleDays(75)
        .build();
  }

  @Test
  void marketableRevenueCostAndMargin_byHand() {
    CropBudget b = cucumber();
    // 2,500 kg − 10 % lost = 2,250; − 4 % own use (90 kg) = 2,160 kg sold
    assertThat(b.marketable()).isEqualTo(Mass.ofKilograms(2160));
    // 1,620 kg × 1,600 + 540 kg × 1,000 = 2,592,000 + 540,000
    assertThat(b.salesRevenue()).isEqualTo(Money.of(KHR, 3_132_000));
    GrossMargin m = b.margin();
    // 90,000 + 150,000 + 70,000 + 100,000 rent; family labour not counted
    assertThat(m.variableCost()).isEqualTo(Money.of(KHR, 410_000));
    assertThat(m.sgm()).isEqualTo(Money.of(KHR, 2_722_000));
    assertThat(m.perArea().amountPerHectare()).isEqualTo(Money.of(KHR, 27_220_000));
    assertThat(m.returnPerDay().orElseThrow().rounded(RoundingMode.HALF_EVEN)).isEqualTo(Money.of(KHR, 36_293));
    assertThat(m.policy()).hasToString("land rent counted; family labour not counted; own use not valued");
  }

  @Test
  void scalingThePlotScalesRevenueCostAndMarginAndLeavesTheMarginPerHectareUnchanged() {
    qt().forAll(budgets(), SourceDSL.integers().between(1, 40)).checkAssert((budget, tenths) -> {
      BigDecimal factor = BigDecimal.valueOf(tenths, 1);
      CropBudget scaled = budget.scaledTo(budget.area().multipliedBy(factor));
      GrossMargin before = budget.margin();
      GrossMargin after = scaled.margin();
      assertThat(after.revenue()).isEqualTo(before.revenue().multipliedBy(factor));
      assertThat(after.variableCost()).isEqualTo(before.variableCost().multipliedBy(factor));
      assertThat(after.sgm()).isEqualTo(before.sgm().multipliedBy(factor));
      assertThat(after.perArea()).isEqualTo(before.perArea());
    });
  }

  @Test
  void aBreakEvenPriceExistsExactlyWhenSomethingIsSold() {
    qt().forAll(budgets()).checkAssert(budget ->
        assertThat(budget.margin().breakEvenPrice().isPresent()).isEqualTo(!budget.marketable().isZero()));
  }

  @Test
  void atTheBreakEvenPriceTheMarginIsZero() {
    qt().forAll(budgets()).assuming(budget -> !budget.marketable().isZero()).checkAssert(budget -> {
      PricePerMass breakEven = budget.margin().breakEvenPrice().orElseThrow();
      CropBudget atBreakEven = Scenario.contractPrice(breakEven).applyTo(budget);
      assertThat(atBreakEven.margin().sgm().rounded(RoundingMode.HALF_EVEN).isZero())
          .as("SGM at the break-even price, to the riel").isTrue();
    });
  }

  @Test
  void aBreakEvenYieldExistsExactlyWhenTheAveragePriceIsPositive() {
    qt().forAll(budgets()).checkAssert(budget -> {
      boolean pricePositive = budget.averagePrice().map(p -> p.amountPerKilogram().isPositive()).orElse(false);
      assertThat(budget.margin().breakEvenYield().isPresent()).isEqualTo(pricePositive);
    });
  }

  @Test
  void breakEvenYieldTimesPriceIsTheVariableCost() {
    qt().forAll(budgets())
        .assuming(budget -> budget.averagePrice().map(p -> p.amountPerKilogram().isPositive()).orElse(false))
        .checkAssert(budget -> {
          GrossMargin m = budget.margin();
          Mass yield = m.breakEvenYield().orElseThrow();
          assertThat(budget.averagePrice().orElseThrow().multipliedBy(yield).rounded(10, RoundingMode.HALF_EVEN))
              .isEqualTo(m.variableCost().rounded(10, RoundingMode.HALF_EVEN));
        });
  }

  @Test
  void sgmIsRevenueMinusVariableCost_andRovcIsRevenueOverVariableCostMinusOne() {
    qt().forAll(budgets()).checkAssert(budget -> {
      GrossMargin m = budget.margin();
      assertThat(m.sgm()).isEqualTo(m.revenue().minus(m.variableCost()));
      if (m.variableCost().isZero()) {
        assertThat(m.returnOnVariableCost()).isEmpty();
      } else {
        // equal to within 1 part in 10^30: both sides are quotients carried to 34 significant digits
        BigDecimal rovc = m.returnOnVariableCost().orElseThrow();
        BigDecimal expected = m.revenue().ratioTo(m.variableCost()).subtract(BigDecimal.ONE);
        assertThat(rovc.subtract(expected).abs())
            .isLessThanOrEqualTo(expected.abs().add(BigDecimal.ONE).multiply(new BigDecimal("1E-30")));
      }
    });
  }

  @Test
  void countingACostLineThePolicyLeftOutNeverIncreasesTheMargin() {
    qt().forAll(budgets()).checkAssert(budget -> {
      Money sgm = budget.margin(SGM).sgm();
      assertThat(budget.margin(SGM.withFamilyLabour(true)).sgm().compareTo(sgm)).isLessThanOrEqualTo(0);
      assertThat(budget.margin(SGM.withLandRent(false)).sgm().compareTo(sgm)).isGreaterThanOrEqualTo(0);
      assertThat(budget.margin(SGM.withOwnUseValued(true)).sgm().compareTo(sgm)).isGreaterThanOrEqualTo(0);
    });
  }

  @Test
  void policyFlags_changeExactlyTheirLines() {
    CropBudget b = cucumber();
    assertThat(b.margin(SGM.withFamilyLabour(true)).variableCost()).isEqualTo(Money.of(KHR, 1_210_000));
    assertThat(b.margin(SGM.withLandRent(false)).variableCost()).isEqualTo(Money.of(KHR, 310_000));
    // 90 kg own use at the average price 3,132,000 / 2,160 = 1,450 riel/kg
    assertThat(b.margin(SGM.withOwnUseValued(true)).revenue()).isEqualTo(Money.of(KHR, 3_262_500));
  }

  @Test
  void undefinedRatios_areEmpty_neverADivisionByZero() {
    CropBudget nothingSold = CropBudget.builder("failed crop", Area.ofSquareMetres(500))
        .addCost(CostLine.of(CostCategory.SEED, "seed", BigDecimal.ONE, "kg", Money.of(KHR, 50_000))).build();
    GrossMargin m = nothingSold.margin();
    assertThat(m.sgm()).isEqualTo(Money.of(KHR, -50_000));
    assertThat(m.grossMarginRatio()).isEmpty();
    assertThat(m.breakEvenPrice()).isEmpty();
    assertThat(m.breakEvenYield()).isEmpty();
    assertThat(m.unitCost()).isEmpty();
    assertThat(m.returnPerDay()).isEmpty();
    assertThat(m.returnOnVariableCost()).contains(BigDecimal.valueOf(-1));
  }

  @Test
  void badBudgets_areRefusedNamingTheRule() {
    assertThatThrownBy(() -> CropBudget.builder("tomato", Area.ofSquareMetres(100)).harvested(Mass.ofKilograms(10))
        .addSale("A", Share.ofPercent(60), PricePerMass.perKilogram(Money.of(KHR, 1))).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Grade shares of the tomato budget must be 100% in total but was 60%");
    assertThatThrownBy(() -> CropBudget.builder("tomato", Area.ofSquareMetres(100)).harvested(Mass.ofKilograms(10))
        .addSale("A", Share.WHOLE, PricePerMass.perKilogram(Money.of(KHR, 1)))
        .addCost(CostLine.of(CostCategory.SEED, "seed", BigDecimal.ONE, "kg", Money.of(USD, 3))).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cost line 'seed' of the tomato budget must be in KHR but was USD 3.00");
    assertThatThrownBy(() -> CropBudget.builder("tomato", Area.ZERO).currency(KHR).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Area of the tomato budget must be > 0 m² but was 0 m²");
    assertThatThrownBy(() -> CropBudget.builder("tomato", Area.ofSquareMetres(1)).harvested(Mass.ofKilograms(5)).currency(KHR).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Sales of the tomato budget must be at least one grade for the marketable 5 kg but was none");
    assertThatThrownBy(() -> CostLine.of(CostCategory.SEED, "seed", BigDecimal.valueOf(-1), "kg", Money.of(KHR, 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Quantity of 'seed' must be >= 0 but was -1 kg");
  }

  @Test
  void valueSemantics() {
    new EqualsTester().addEqualityGroup(cucumber(), cucumber(), cucumber().toBuilder().build())
        .addEqualityGroup(cucumber().scaledTo(Area.ofSquareMetres(2000)))
        .testEquals();
    assertThat(cucumber().scaledTo(Area.ofSquareMetres(1000))).isEqualTo(cucumber());
    NullPointerTester tester = new NullPointerTester().setDefault(Area.class, Area.ofSquareMetres(1))
        .setDefault(Money.class, Money.of(KHR, 1)).setDefault(Share.class, Share.ofPercent(50))
        .setDefault(PricePerMass.class, PricePerMass.perKilogram(Money.of(KHR, 1))).setDefault(List.class, List.of())
        .setDefault(String.class, "x");
    tester.testAllPublicInstanceMethods(cucumber());
    tester.testAllPublicInstanceMethods(cucumber().margin());
    tester.testAllPublicStaticMethods(CostLine.class);
    tester.testAllPublicStaticMethods(GradeSale.class);
    tester.testAllPublicStaticMethods(Scenario.class);
    tester.testAllPublicStaticMethods(MarginPolicy.class);
  }
}
