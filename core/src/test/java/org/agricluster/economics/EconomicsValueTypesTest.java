package org.agricluster.economics;

import static org.agricluster.measure.CurrencyUnit.KHR;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.agricluster.measure.Area;
import org.agricluster.measure.CurrencyUnit;
import org.agricluster.measure.ExchangeRate;
import org.agricluster.measure.Mass;
import org.agricluster.measure.Money;
import org.agricluster.measure.PricePerMass;
import org.agricluster.measure.Share;
import org.junit.jupiter.api.Test;

/** Guava testlib over the economics types: nulls refused everywhere, equality by value. */
class EconomicsValueTypesTest {
  private final PricePerMass price = PricePerMass.perKilogram(Money.of(KHR, 1));

  @Test
  void nullsAreRefusedByEveryPublicMethod() {
    NullPointerTester t = new NullPointerTester().setDefault(Money.class, Money.of(KHR, 1))
        .setDefault(PricePerMass.class, price).setDefault(Mass.class, Mass.ofKilograms(1)).setDefault(Share.class, Share.ZERO)
        .setDefault(Area.class, Area.ofSquareMetres(1)).setDefault(String.class, "x").setDefault(BigDecimal.class, BigDecimal.ONE)
        .setDefault(CurrencyUnit.class, KHR).setDefault(MarginPolicy.class, MarginPolicy.SIMPLIFIED_GROSS_MARGIN)
        .setDefault(List.class, List.of(CropBudgetTest.cucumber())).setDefault(Map.class, Map.of("g", List.of(CropBudgetTest.cucumber())))
        .setDefault(ExchangeRate.class, ExchangeRate.of(CurrencyUnit.USD, KHR, 4000, java.time.LocalDate.of(2020, 1, 1), "x"))
        .setDefault(GrossMargin.class, CropBudgetTest.cucumber().margin()).setDefault(CropBudget.class, CropBudgetTest.cucumber());
    t.testAllPublicStaticMethods(BudgetSummary.class);
    t.testAllPublicStaticMethods(BudgetAudit.class);
    t.testAllPublicInstanceMethods(BudgetAudit.of(CropBudgetTest.cucumber().margin()));
    t.testAllPublicStaticMethods(ScenarioTable.class);
    t.testAllPublicStaticMethods(ChainFlow.class);
    t.testAllPublicStaticMethods(ChainFlow.Stage.class);
    t.testAllPublicInstanceMethods(ChainFlow.Stage.builder("x", "farmer"));
    t.testAllPublicInstanceMethods(CropBudget.builder("okra", Area.ofSquareMetres(1)));
    t.testAllPublicInstanceMethods(GradePrices.builder());
    t.testAllPublicInstanceMethods(CostLine.of(CostCategory.SEED, "seed", BigDecimal.ONE, "kg", Money.of(KHR, 1)));
  }

  @Test
  void equalValuesAreInterchangeable() {
    new EqualsTester()
        .addEqualityGroup(CostLine.of(CostCategory.SEED, "seed", new BigDecimal("2.0"), "kg", Money.of(KHR, 5)),
            CostLine.of(CostCategory.SEED, "seed", BigDecimal.valueOf(2), "kg", Money.of(KHR, 5)))
        .addEqualityGroup(CostLine.of(CostCategory.FERTILISER, "seed", BigDecimal.valueOf(2), "kg", Money.of(KHR, 5)))
        .testEquals();
    new EqualsTester().addEqualityGroup(GradeSale.of("A", Share.WHOLE, price), GradeSale.of(" A ", Share.ofPercent(100), price))
        .addEqualityGroup(GradeSale.of("B", Share.WHOLE, price)).testEquals();
    new EqualsTester().addEqualityGroup(MarginPolicy.SIMPLIFIED_GROSS_MARGIN, MarginPolicy.of(true, false, false))
        .addEqualityGroup(MarginPolicy.of(false, false, false)).testEquals();
    new EqualsTester().addEqualityGroup(CropBudgetTest.cucumber().margin(), CropBudgetTest.cucumber().margin())
        .addEqualityGroup(CropBudgetTest.cucumber().margin(MarginPolicy.of(false, false, false))).testEquals();
  }
}
