package org.agricluster.economics;

import static org.agricluster.ValueContracts.accessorsAnswer;
import static org.agricluster.ValueContracts.distinctValuesHashApart;
import static org.agricluster.measure.CurrencyUnit.KHR;
import static org.agricluster.measure.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.agricluster.measure.Change;
import org.agricluster.measure.CurrencyUnit;
import org.agricluster.measure.Area;
import org.agricluster.measure.ExchangeRate;
import org.agricluster.measure.Mass;
import org.agricluster.measure.Money;
import org.agricluster.measure.PricePerMass;
import org.agricluster.measure.Share;
import org.junit.jupiter.api.Test;

/**
 * The contracts of the economics types: every accessor answers, text forms say something, distinct
 * values are unequal and hash apart, and the bounds of each builder hold at exactly the limit.
 */
class EconomicsContractsTest {
  private static final LocalDate DAY = LocalDate.of(2024, 3, 4);
  private static final PricePerMass RIEL_1500 = PricePerMass.perKilogram(Money.of(KHR, 1_500));

  static ChainFlow chain() {
    return ChainFlow.of(
        ChainFlow.Stage.builder("Sokha", "farmer").bought(Mass.ofKilograms(100)).sellPrice(RIEL_1500)
            .costsPerKg(PricePerMass.perKilogram(Money.of(KHR, 300))).build(),
        ChainFlow.Stage.builder("Mr Panha", "collector").bought(Mass.ofKilograms(100)).buyPrice(RIEL_1500)
            .sellPrice(PricePerMass.perKilogram(Money.of(KHR, 2_000))).costsPerKg(PricePerMass.perKilogram(Money.of(KHR, 100)))
            .loss(Share.ofPercent(5)).build());
  }

  @Test
  void everyEconomicsValueAnswersItsAccessors() {
    CropBudget tomato = EconomicsReferenceTest.khatlonTomato();
    accessorsAnswer(tomato, "cycleDays");
    accessorsAnswer(tomato.margin(), "returnPerDay");
    accessorsAnswer(tomato.costs().get(0));
    accessorsAnswer(tomato.sales().get(0));
    accessorsAnswer(MarginPolicy.SIMPLIFIED_GROSS_MARGIN);
    CollectionLedger day = CollectionLedgerTest.day();
    accessorsAnswer(day);
    accessorsAnswer(day.deliveries().get(0));
    accessorsAnswer(day.prices());
    Reconciliation reconciliation = day.reconcile(Money.of(KHR, 559_000), Money.of(KHR, 1_000));
    accessorsAnswer(reconciliation);
    PaymentSplit split = day.split(Money.of(KHR, 559_500));
    accessorsAnswer(split);
    accessorsAnswer(day.statement("Sokha", split).withDeductions(List.of(Deduction.of("loan", Money.of(KHR, 1_000)))));
    accessorsAnswer(Deduction.of("loan", Money.of(KHR, 1_000)));
    ChainFlow chain = chain();
    accessorsAnswer(chain);
    accessorsAnswer(chain.stages().get(1));
    BudgetAudit audit = BudgetAudit.of(tomato.margin()).printedRevenue(Money.of(TJS(), 1)).printedMargin(Money.of(TJS(), 2));
    accessorsAnswer(audit);
    accessorsAnswer(audit.findings().get(0));
    BudgetSummary summary = BudgetSummary.ofGroups(Map.of("group 1", List.of(tomato)), MarginPolicy.SIMPLIFIED_GROSS_MARGIN);
    accessorsAnswer(summary, "rate");
    accessorsAnswer(summary.group("group 1"));
    ScenarioTable table = ScenarioTable.of(tomato, MarginPolicy.SIMPLIFIED_GROSS_MARGIN,
        List.of(Scenario.collectivePurchase(Share.ofPercent(11), Set.of(CostCategory.SEED))));
    accessorsAnswer(table);
    accessorsAnswer(table.rows().get(0));
    accessorsAnswer(Scenario.baseline(), "saving");
  }

  private static org.agricluster.measure.CurrencyUnit TJS() {
    return org.agricluster.measure.CurrencyUnit.of("TJS");
  }

  @Test
  void distinctEconomicsValues_areUnequalAndHashApart() {
    CropBudget tomato = EconomicsReferenceTest.khatlonTomato();
    CropBudget takeo = EconomicsReferenceTest.takeo();
    distinctValuesHashApart(tomato, takeo, tomato.toBuilder().cycleDays(90).build());
    distinctValuesHashApart(tomato.margin(), takeo.margin(), tomato.margin(MarginPolicy.of(true, true, true)));
    distinctValuesHashApart(MarginPolicy.of(false, false, false), MarginPolicy.of(true, false, false),
        MarginPolicy.of(false, true, false), MarginPolicy.of(false, false, true), MarginPolicy.of(true, true, true));
    distinctValuesHashApart(tomato.costs().get(0), tomato.costs().get(1));
    distinctValuesHashApart(tomato.sales().get(0), tomato.sales().get(1));
    CollectionLedger day = CollectionLedgerTest.day();
    distinctValuesHashApart(day.deliveries().get(0), day.deliveries().get(1), day.deliveries().get(2));
    distinctValuesHashApart(day.reconcile(Money.of(KHR, 559_000), Money.of(KHR, 1_000)),
        day.reconcile(Money.of(KHR, 559_100), Money.of(KHR, 1_000)), day.reconcile(Money.of(KHR, 559_000), Money.of(KHR, 2_000)));
    distinctValuesHashApart(day.split(Money.of(KHR, 559_500)), day.split(Money.of(KHR, 559_400)),
        day.splitInCash(Money.of(KHR, 559_450)));
    distinctValuesHashApart(chain(), ChainFlow.of(ChainFlow.Stage.builder("Sokha", "farmer").bought(Mass.ofKilograms(100))
        .sellPrice(RIEL_1500).build()));
    distinctValuesHashApart(chain().stages().get(0), chain().stages().get(1));
    distinctValuesHashApart(Scenario.baseline(), Scenario.priceChange(Change.ofPercent(BigDecimal.TEN)), Scenario.yieldChange(Change.ofPercent(BigDecimal.TEN)));
    BudgetAudit audit = BudgetAudit.of(tomato.margin()).printedRevenue(Money.of(TJS(), 1)).printedMargin(Money.of(TJS(), 2));
    distinctValuesHashApart(audit.findings().get(0), audit.findings().get(1));
    distinctValuesHashApart(day.prices(), GradePrices.builder().price("cucumber", "A", RIEL_1500).build());
  }

  @Test
  void equalEconomicsValues_madeTwice_areEqual() {
    new EqualsTester()
        .addEqualityGroup(chain(), chain())
        .addEqualityGroup(chain().stages().get(0), chain().stages().get(0))
        .addEqualityGroup(Scenario.priceChange(Change.ofPercent(BigDecimal.TEN)), Scenario.priceChange(Change.ofPercent(new BigDecimal("10.0"))))
        .addEqualityGroup(CollectionLedgerTest.day().deliveries().get(0), CollectionLedgerTest.day().deliveries().get(0))
        .addEqualityGroup(Delivery.of("Sokha", "cucumber", "A", Mass.ofKilograms(120), DAY.plusDays(1)))
        .addEqualityGroup(Delivery.of("Sokha", "cucumber", "B", Mass.ofKilograms(120), DAY))
        .addEqualityGroup(Delivery.of("Sokha", "eggplant", "A", Mass.ofKilograms(120), DAY))
        .addEqualityGroup(Delivery.of("Dara", "cucumber", "A", Mass.ofKilograms(120), DAY))
        .addEqualityGroup(Delivery.of("Sokha", "cucumber", "A", Mass.ofKilograms(121), DAY))
        .addEqualityGroup(CollectionLedgerTest.day().prices(), CollectionLedgerTest.day().prices())
        .addEqualityGroup(CollectionLedgerTest.day().split(Money.of(KHR, 559_500)), CollectionLedgerTest.day().split(Money.of(KHR, 559_500)))
        .addEqualityGroup(CollectionLedgerTest.day().reconcile(Money.of(KHR, 1), Money.of(KHR, 1)),
            CollectionLedgerTest.day().reconcile(Money.of(KHR, 1), Money.of(KHR, 1)))
        .testEquals();
    BudgetAudit.Finding f = BudgetAudit.of(EconomicsReferenceTest.takeo().margin()).printedMargin(Money.of(KHR, 3_000_000))
        .findings().get(0);
    BudgetAudit.Finding g = BudgetAudit.of(EconomicsReferenceTest.takeo().margin()).printedMargin(Money.of(KHR, 3_000_000))
        .findings().get(0);
    new EqualsTester().addEqualityGroup(f, g)
        .addEqualityGroup(BudgetAudit.of(EconomicsReferenceTest.takeo().margin()).printedMargin(Money.of(KHR, 2_000_000)).findings().get(0))
        .addEqualityGroup(BudgetAudit.of(EconomicsReferenceTest.takeo().margin()).printedRevenue(Money.of(KHR, 3_000_000)).findings().get(0))
        .testEquals();
  }

  @Test
  void marginPolicyFlags_andWhatTheyCount() {
    MarginPolicy all = MarginPolicy.of(true, true, true);
    assertThat(all.landRent()).isTrue();
    assertThat(all.familyLabour()).isTrue();
    assertThat(all.ownUseValued()).isTrue();
    MarginPolicy none = MarginPolicy.of(false, false, false);
    assertThat(none.landRent()).isFalse();
    assertThat(none.familyLabour()).isFalse();
    assertThat(none.ownUseValued()).isFalse();
    assertThat(none.withLandRent(true)).isEqualTo(MarginPolicy.of(true, false, false));
    assertThat(none.withFamilyLabour(true)).isEqualTo(MarginPolicy.of(false, true, false));
    assertThat(none.withOwnUseValued(true)).isEqualTo(MarginPolicy.of(false, false, true));
    assertThat(all).hasToString("land rent counted; family labour counted; own use valued");
    assertThat(none).hasToString("land rent not counted; family labour not counted; own use not valued");
  }

  @Test
  void gradePrices_refuseATwiceSetNegativeOrOtherCurrencyPrice_andAnEmptyBook() {
    GradePrices.Builder b = GradePrices.builder().price("cucumber", "A", RIEL_1500);
    assertThatThrownBy(() -> b.price(" cucumber", "A ", RIEL_1500)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Price of 'cucumber");
    assertThatThrownBy(() -> b.price("cucumber", "B", PricePerMass.perKilogram(Money.of(KHR, -1))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be >= 0 but was KHR -1/kg");
    assertThatThrownBy(() -> b.price("cucumber", "B", PricePerMass.perKilogram(Money.of(USD, 1))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be in KHR but was USD 1.00/kg");
    GradePrices prices = b.price("cucumber", "B", PricePerMass.perKilogram(Money.zero(KHR))).build();
    assertThat(prices.price("cucumber", "B")).isEqualTo(PricePerMass.perKilogram(Money.zero(KHR)));
    assertThat(prices.byCrop().get("cucumber")).hasSize(2);
    assertThat(prices).hasToString("GradePrices{cucumber={A=KHR 1,500/kg, B=KHR 0/kg}}");
    assertThat(prices.currency()).isEqualTo(KHR);
    assertThat(GradePrices.builder().price("a", "A", PricePerMass.perKilogram(Money.of(USD, 1))).build().currency()).isEqualTo(USD);
    assertThatThrownBy(() -> GradePrices.builder().build()).isInstanceOf(IllegalStateException.class)
        .hasMessage("Grade prices need at least one price");
  }

  @Test
  void aBudgetCycleOfOneDay_isAccepted_zeroRefused() {
    assertThat(EconomicsReferenceTest.takeo().toBuilder().cycleDays(1).build().cycleDays()).contains(1);
    assertThatThrownBy(() -> EconomicsReferenceTest.takeo().toBuilder().cycleDays(0).build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cycle of the mixed vegetables budget must be > 0 days but was 0 days");
    CropBudget takeo = EconomicsReferenceTest.takeo();
    assertThat(takeo.yield()).isEqualTo(takeo.harvested().dividedBy(takeo.area()));
    assertThat(takeo.toBuilder().build()).isEqualTo(takeo);
    assertThat(takeo.scaledTo(takeo.area().multipliedBy(BigDecimal.valueOf(2))).yield()).isEqualTo(takeo.yield());
  }

  @Test
  void scenarios_nameTheirChangeWithItsSign_andAllow_minus100Percent() {
    assertThat(Scenario.priceChange(Change.ofPercent(BigDecimal.TEN)).name()).isEqualTo("price +10%");
    assertThat(Scenario.priceChange(Change.ofPercent(BigDecimal.ZERO)).name()).isEqualTo("price +0%");
    assertThat(Scenario.priceChange(Change.ofPercent(BigDecimal.valueOf(-20))).name()).isEqualTo("price -20%");
    assertThat(Scenario.yieldChange(Change.ofPercent(BigDecimal.valueOf(-100))).applyTo(EconomicsReferenceTest.takeo()).harvested()).isEqualTo(Mass.ZERO);
    assertThatThrownBy(() -> Scenario.yieldChange(Change.ofPercent(new BigDecimal("-100.5")))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Change must be in -100%..+1,000,000% but was -100.5%");
    assertThat(Scenario.baseline().applyTo(EconomicsReferenceTest.takeo())).isEqualTo(EconomicsReferenceTest.takeo());
    assertThat(Scenario.baseline().description()).isNotEmpty();
    assertThat(Scenario.priceChange(Change.ofPercent(BigDecimal.TEN))).hasToString("price +10%: every grade's price multiplied by 1.1");
  }

  @Test
  void grossMarginRatios_andUnitCost_onTheTakeoBudget() {
    GrossMargin m = EconomicsReferenceTest.takeo().margin();
    // SGM 3,000,000 of revenue 3,600,000; cost 600,000 for 3,000 kg harvested
    assertThat(m.grossMarginRatio().orElseThrow()).isEqualByComparingTo("0.8333333333333333333333333333333333");
    assertThat(m.unitCost()).contains(PricePerMass.perKilogram(Money.of(KHR, 200)));
    assertThat(m.returnOnVariableCost()).contains(BigDecimal.valueOf(5));
    assertThat(m.breakEvenYield()).contains(Mass.ofKilograms(500));
    CropBudget free = EconomicsReferenceTest.takeo().toBuilder().sales(List.of(GradeSale.of("all grades", Share.WHOLE,
        PricePerMass.perKilogram(Money.zero(KHR))))).build();
    assertThat(free.margin().breakEvenYield()).isEmpty();
    assertThat(free.margin().grossMarginRatio()).isEmpty();
    assertThat(m.toString()).contains("KHR 3,000,000");
  }

  @Test
  void chainStages_marginPerKilogram_isEmptyWhenNothingIsSold() {
    ChainFlow.Stage collector = chain().stages().get(1);
    // sells 95 kg at 2,000 = 190,000; buys 100 at 1,500 = 150,000; costs 100 × 100 = 10,000
    assertThat(collector.margin()).isEqualTo(Money.of(KHR, 30_000));
    assertThat(collector.marginPerKilogram().orElseThrow().amountPerKilogram().amount()).isEqualByComparingTo("315.7894736842105263157894736842105");
    ChainFlow.Stage allLost = ChainFlow.Stage.builder("x", "collector").bought(Mass.ofKilograms(10)).buyPrice(RIEL_1500)
        .sellPrice(RIEL_1500).loss(Share.WHOLE).build();
    assertThat(allLost.costsPerKg()).isEqualTo(PricePerMass.perKilogram(Money.zero(KHR)));
    assertThatThrownBy(() -> ChainFlow.of()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Stages of a chain flow must be at least one but was none");
    assertThatThrownBy(() -> ChainFlow.of(allLost, ChainFlow.Stage.builder("y", "retailer").bought(Mass.ofKilograms(1))
        .sellPrice(PricePerMass.perKilogram(Money.of(CurrencyUnit.USD, 1))).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Prices of stage 'y' must be in KHR like the first stage's but was USD 1.00/kg");
    assertThatThrownBy(() -> ChainFlow.Stage.builder("z", "retailer").bought(Mass.ofKilograms(1)).sellPrice(RIEL_1500)
        .buyPrice(PricePerMass.perKilogram(Money.of(CurrencyUnit.USD, 1))).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Prices of stage 'z' must be in KHR but was USD 1.00/kg");
    assertThat(allLost.marginPerKilogram()).isEmpty();
    assertThat(allLost.actor()).isEqualTo("x");
    assertThat(allLost.role()).isEqualTo("collector");
  }

  @Test
  void costLines_fromWholeNumbersAndDecimalText_andTheMarginPerHectare() {
    Money price = Money.of(KHR, 200);
    assertThat(CostLine.of(CostCategory.SEED, "seedlings", 3_000, "seedling", price))
        .isEqualTo(CostLine.of(CostCategory.SEED, "seedlings", BigDecimal.valueOf(3_000), "seedling", price));
    assertThat(CostLine.of(CostCategory.FERTILISER, "urea", "12.50", "kg", price).quantity()).isEqualTo(new BigDecimal("12.5"));
    assertThat(CostLine.of(CostCategory.FERTILISER, "urea", "12.5", "kg", price).amount()).isEqualTo(Money.of(KHR, 2_500));
    assertThatThrownBy(() -> CostLine.of(CostCategory.FERTILISER, "urea", "12,5", "kg", price))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Quantity of 'urea' must be a decimal number such as 12.5 but was '12,5'");
    assertThatThrownBy(() -> CostLine.of(CostCategory.FERTILISER, "urea", "1E+999", "kg", price))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Quantity of 'urea' must be a number of at most 300");
    GrossMargin takeo = EconomicsReferenceTest.takeo().margin();
    assertThat(takeo.perHectare()).isEqualTo(Money.of(KHR, 15_000_000)).isEqualTo(takeo.perArea().amountPerHectare());
    assertThat(Money.of(KHR, 1_050).allocateInCash(1, 1)).isEqualTo(Money.of(KHR, 1_050).allocateInCash(
        List.of(BigDecimal.ONE, BigDecimal.ONE)));
  }

  @Test
  void summaries_withARate_nameIt() {
    ExchangeRate rate = ExchangeRate.of(USD, KHR, 4_000, DAY, "ASPIRE");
    BudgetSummary inUsd = BudgetSummary.of(List.of(EconomicsReferenceTest.takeo()), MarginPolicy.SIMPLIFIED_GROSS_MARGIN, USD, rate);
    assertThat(inUsd.rate()).contains(rate);
    assertThat(inUsd.currency()).isEqualTo(USD);
    assertThat(inUsd.overall().meanSgm()).isEqualTo(Money.of(USD, 750));
    assertThat(inUsd.overall().area()).isEqualTo(Area.ofSquareMetres(2_000));
  }
}
