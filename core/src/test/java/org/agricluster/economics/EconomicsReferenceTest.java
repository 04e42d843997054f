package org.agricluster.economics;

import static org.agricluster.measure.CurrencyUnit.KHR;
import static org.agricluster.measure.CurrencyUnit.TJS;
import static org.agricluster.measure.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.agricluster.measure.Change;
import org.agricluster.measure.Area;
import org.agricluster.measure.ExchangeRate;
import org.agricluster.measure.Mass;
import org.agricluster.measure.Money;
import org.agricluster.measure.PricePerMass;
import org.agricluster.measure.Share;
import org.junit.jupiter.api.Test;

class EconomicsReferenceTest {

  /**
   * ASPIRE Takeo story: about 3,000,000 riel on 2,000 m². Assumed split for the example:
   * KHR 3,600,000 of sales and KHR 600,000 of variable cost.
   */
  static CropBudget takeo() {
    return CropBudget.builder("mixed vegetables", Area.ofSquareMetres(2000))
        .harvested(Mass.ofKilograms(3000))
        .addSale("all grades", Share.WHOLE, PricePerMass.perKilogram(Money.of(KHR, 1_200)))
        .addCost(CostLine.lumpSum(CostCategory.SEED, "seed", Money.of(KHR, 150_000)))
        .addCost(CostLine.lumpSum(CostCategory.FERTILISER, "fertiliser", Money.of(KHR, 300_000)))
        .addCost(CostLine.lumpSum(CostCategory.PESTICIDES, "crop protection", Money.of(KHR, 150_000)))
        .build();
  }

  @Test
  void takeo_threeMillionRielOn2000SquareMetres() {
    GrossMargin m = takeo().margin();
    assertThat(m.sgm()).isEqualTo(Money.of(KHR, 3_000_000));
    assertThat(m.perArea().amountPerThousandSquareMetres()).isEqualTo(Money.of(KHR, 1_500_000));
    assertThat(m.perArea().amountPerHectare()).isEqualTo(Money.of(KHR, 15_000_000));
    ExchangeRate aspire = ExchangeRate.of(USD, KHR, 4000, LocalDate.of(2020, 1, 1), "ASPIRE");
    assertThat(m.sgm().convertedTo(USD, aspire, RoundingMode.HALF_EVEN)).hasToString("USD 750.00");
    assertThat(m.perArea().amountPerThousandSquareMetres().isGreaterThan(Money.of(KHR, 1_000_000)))
        .as("\"1,000 m² earns more than one million riel\"").isTrue();
  }

  /**
   * A tomato budget for one hectare in Khatlon, constructed for the example (assumptions: 25 t
   * harvested, 10 % lost, 5 % eaten at home, 70 % first grade at TJS 3.50/kg and 30 % second grade at
   * TJS 2/kg; inputs and labour as listed).
   */
  static CropBudget khatlonTomato() {
    return CropBudget.builder("tomato", Area.ofHectares(1))
        .harvested(Mass.ofTonnes(25)).lossShare(Share.ofPercent(10)).ownUseShare(Share.ofPercent(5))
        .addSale("first grade", Share.ofPercent(70), PricePerMass.perKilogram(Money.of(TJS, new BigDecimal("3.5"))))
        .addSale("second grade", Share.ofPercent(30), PricePerMass.perKilogram(Money.of(TJS, 2)))
        .addCost(CostLine.of(CostCategory.SEED, "tomato seedlings", new BigDecimal("30000"), "seedling", Money.of(TJS, new BigDecimal("0.2"))))
        .addCost(CostLine.of(CostCategory.FERTILISER, "urea", new BigDecimal("300"), "kg", Money.of(TJS, 5)))
        .addCost(CostLine.of(CostCategory.FERTILISER, "ammophos", new BigDecimal("200"), "kg", Money.of(TJS, 8)))
        .addCost(CostLine.of(CostCategory.PESTICIDES, "fungicide", new BigDecimal("10"), "l", Money.of(TJS, 90)))
        .addCost(CostLine.of(CostCategory.HIRED_LABOUR, "harvest labour", new BigDecimal("120"), "day", Money.of(TJS, 60)))
        .addCost(CostLine.of(CostCategory.WATER_AND_FUEL, "irrigation fee", BigDecimal.ONE, "season", Money.of(TJS, 900)))
        .addCost(CostLine.of(CostCategory.TRANSPORT, "to Kulob market", new BigDecimal("20"), "trip", Money.of(TJS, 150)))
        .build();
  }

  @Test
  void oxfam_elevenPercentCollectivePurchase_onInputs() {
    // Oxfam Khatlon paper: members saved 11 % through collective purchase of inputs
    Scenario bulk = Scenario.collectivePurchase(Money.of(TJS, 10_000), Money.of(TJS, 8_900),
        EnumSet.of(CostCategory.SEED, CostCategory.FERTILISER, CostCategory.PESTICIDES));
    assertThat(bulk.name()).isEqualTo("collective purchase (−11%), TJS 10,000.00 listed, TJS 8,900.00 paid");
    assertThat(bulk.saving()).contains(Share.ofPercent(11));
    GrossMargin before = khatlonTomato().margin();
    GrossMargin after = bulk.applyTo(khatlonTomato()).margin();
    // inputs 6,000 + 1,500 + 1,600 + 900 = 10,000; labour, water and transport 7,200 + 900 + 3,000 = 11,100
    assertThat(before.variableCost()).isEqualTo(Money.of(TJS, 21_100));
    assertThat(after.variableCost()).isEqualTo(Money.of(TJS, 20_000));
    assertThat(after.perArea().amountPerHectare().minus(before.perArea().amountPerHectare())).isEqualTo(Money.of(TJS, 1_100));
    // marketable 25,000 × 0.9 × 0.95 = 21,375 kg; revenue 14,962.5 × 3.5 + 6,412.5 × 2 = 65,193.75
    assertThat(before.revenue()).isEqualTo(Money.of(TJS, new BigDecimal("65193.75")));
  }

  /** A cucumber budget on 500 m² in Sesan, constructed for the example (CHAIN Annex 3 context). */
  static CropBudget sesanCucumber() {
    return CropBudget.builder("cucumber", Area.ofSquareMetres(500))
        .harvested(Mass.ofKilograms(1200)).lossShare(Share.ofPercent(8))
        .addSale("local market", Share.WHOLE, PricePerMass.perKilogram(Money.of(KHR, 1_500)))
        .addCost(CostLine.of(CostCategory.SEED, "cucumber seed", new BigDecimal("0.1"), "kg", Money.of(KHR, 600_000)))
        .addCost(CostLine.of(CostCategory.FERTILISER, "NPK", new BigDecimal("25"), "kg", Money.of(KHR, 3_000)))
        .addCost(CostLine.of(CostCategory.TRANSPORT, "to Orrusey market", new BigDecimal("15"), "trip", Money.of(KHR, 10_000)))
        .build();
  }

  @Test
  void annex3_localProduceFetchesFiveHundredRielPerKilogramMore() {
    Scenario premium = Scenario.pricePremium(PricePerMass.perKilogram(Money.of(KHR, 500)));
    GrossMargin before = sesanCucumber().margin();
    GrossMargin after = premium.applyTo(sesanCucumber()).margin();
    // 1,104 kg sold × 500 riel more
    assertThat(after.sgm().minus(before.sgm())).isEqualTo(Money.of(KHR, 552_000));
    ScenarioTable table = ScenarioTable.of(sesanCucumber(), MarginPolicy.SIMPLIFIED_GROSS_MARGIN,
        List.of(premium, Scenario.yieldChange(Change.ofPercent(BigDecimal.valueOf(-20))), Scenario.priceChange(Change.ofPercent(BigDecimal.TEN))));
    assertThat(table.rows()).hasSize(4);
    assertThat(table.rows().get(1).changePerHectare()).isEqualTo(Money.of(KHR, 11_040_000));
  }

  @Test
  void survey_averagesPerPlotResults_notTheMarginOfAverages() {
    CropBudget small = CropBudget.builder("cucumber", Area.ofSquareMetres(200)).harvested(Mass.ofKilograms(400))
        .addSale("all", Share.WHOLE, PricePerMass.perKilogram(Money.of(KHR, 1000))).build();
    CropBudget large = CropBudget.builder("cucumber", Area.ofSquareMetres(1000)).harvested(Mass.ofKilograms(1000))
        .addSale("all", Share.WHOLE, PricePerMass.perKilogram(Money.of(KHR, 1000))).build();
    BudgetSummary summary = BudgetSummary.of(List.of(small, large), MarginPolicy.SIMPLIFIED_GROSS_MARGIN);
    // per plot: 20,000,000 and 10,000,000 riel/ha → mean 15,000,000; totals would give 1.4M / 0.12 ha = 11.67M
    assertThat(summary.group("cucumber").meanSgmPerHectare()).isEqualTo(Money.of(KHR, 15_000_000));
    assertThat(summary.overall().sgm()).isEqualTo(Money.of(KHR, 1_400_000));
  }

  @Test
  void survey_byProducerGroup() {
    BudgetSummary byGroup = BudgetSummary.ofGroups(java.util.Map.of("PG Kaphon", List.of(sesanCucumber()),
        "PG Takeo", List.of(takeo(), takeo())), MarginPolicy.SIMPLIFIED_GROSS_MARGIN);
    assertThat(byGroup.group("PG Takeo").count()).isEqualTo(2);
    assertThat(byGroup.group("PG Takeo").sgm()).isEqualTo(Money.of(KHR, 6_000_000));
    assertThat(byGroup.overall().count()).isEqualTo(3);
  }

  @Test
  void budgetsInDifferentCurrenciesNeverAddWithoutAnExchangeRate() {
    ExchangeRate rate = ExchangeRate.of(USD, KHR, 4000, LocalDate.of(2020, 1, 1), "ASPIRE");
    CropBudget dollars = CropBudget.builder("cucumber", Area.ofSquareMetres(200)).harvested(Mass.ofKilograms(400))
        .addSale("all", Share.WHOLE, PricePerMass.perKilogram(Money.of(USD, new BigDecimal("0.25")))).build();
    assertThatThrownBy(() -> BudgetSummary.of(List.of(takeo(), dollars), MarginPolicy.SIMPLIFIED_GROSS_MARGIN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Currency of the cucumber budget on 200 m² must be KHR like the others (or give an exchange rate) but was USD");
    BudgetSummary converted = BudgetSummary.of(List.of(takeo(), dollars), MarginPolicy.SIMPLIFIED_GROSS_MARGIN, KHR, rate);
    assertThat(converted.overall().sgm()).isEqualTo(Money.of(KHR, 3_400_000));
    assertThat(converted.rate()).contains(rate);
  }

  @Test
  void budgetAudit_flagsAPrintedSubtotalThatDisagrees() {
    BudgetAudit audit = BudgetAudit.of(khatlonTomato().margin())
        .printedSubtotal(CostCategory.FERTILISER, Money.of(TJS, 3_500))
        .printedTotalCost(Money.of(TJS, 21_100));
    assertThat(audit.findings()).hasSize(2);
    assertThat(audit.discrepancies()).singleElement()
        .hasToString("subtotal fertiliser: printed TJS 3,500.00, computed TJS 3,100.00, off by TJS 400.00");
    assertThat(audit.isClean()).isFalse();
  }

  @Test
  void chainFlow_marginsAndSharesOfTheFinalPrice() {
    PricePerMass zero = PricePerMass.perKilogram(Money.zero(KHR));
    PricePerMass farmGate = PricePerMass.perKilogram(Money.of(KHR, 1_500));
    PricePerMass wholesale = PricePerMass.perKilogram(Money.of(KHR, 2_000));
    PricePerMass retail = PricePerMass.perKilogram(Money.of(KHR, 2_500));
    ChainFlow flow = ChainFlow.of(
        ChainFlow.Stage.builder("Sesan farmers", "producer").bought(Mass.ofKilograms(500)).buyPrice(zero).sellPrice(farmGate)
            .costsPerKg(PricePerMass.perKilogram(Money.of(KHR, 600))).build(),
        ChainFlow.Stage.builder("Mr Panha", "collector").bought(Mass.ofKilograms(500)).buyPrice(farmGate).sellPrice(wholesale)
            .costsPerKg(PricePerMass.perKilogram(Money.of(KHR, 150))).loss(Share.ofPercent(4)).build(),
        ChainFlow.Stage.builder("Samaky vendors", "retailer").bought(Mass.ofKilograms(480)).buyPrice(wholesale)
            .sellPrice(retail).costsPerKg(PricePerMass.perKilogram(Money.of(KHR, 100))).loss(Share.ofPercent(5)).build());
    assertThat(flow.stages().get(0).margin()).isEqualTo(Money.of(KHR, 450_000));
    // 480 kg × 2,000 − 500 × 1,500 − 500 × 150
    assertThat(flow.stages().get(1).margin()).isEqualTo(Money.of(KHR, 135_000));
    // 456 kg × 2,500 − 480 × 2,000 − 480 × 100
    assertThat(flow.stages().get(2).margin()).isEqualTo(Money.of(KHR, 132_000));
    assertThat(flow.stages().stream().map(s -> flow.shareOfFinalPrice(s).orElseThrow()).toList())
        .usingElementComparator(BigDecimal::compareTo).containsExactly(BigDecimal.valueOf(60), BigDecimal.valueOf(20),
            BigDecimal.valueOf(20));
  }
}
