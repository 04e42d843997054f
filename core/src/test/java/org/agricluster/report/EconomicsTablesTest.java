package org.agricluster.report;

import static org.agricluster.measure.CurrencyUnit.KHR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.agricluster.PropertyTests.qt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.agricluster.economics.CollectionLedger;
import org.agricluster.economics.CostCategory;
import org.agricluster.economics.CostLine;
import org.agricluster.economics.CropBudget;
import org.agricluster.economics.Delivery;
import org.agricluster.economics.GradePrices;
import org.agricluster.economics.MarginPolicy;
import org.agricluster.economics.Scenario;
import org.agricluster.economics.ScenarioTable;
import org.agricluster.measure.Area;
import org.agricluster.measure.Mass;
import org.agricluster.measure.Money;
import org.agricluster.measure.PricePerMass;
import org.agricluster.measure.Share;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class EconomicsTablesTest {
  @Test
  void budgetRendering_showsEveryLineAndMarksLinesThePolicyLeavesOut() {
    CropBudget b = CropBudget.builder("cucumber", Area.ofSquareMetres(500)).harvested(Mass.ofKilograms(1000))
        .addSale("A", Share.WHOLE, PricePerMass.perKilogram(Money.of(KHR, 1500)))
        .addCost(CostLine.of(CostCategory.SEED, "cucumber seed", new BigDecimal("0.1"), "kg", Money.of(KHR, 600_000)))
        .addCost(CostLine.of(CostCategory.FAMILY_LABOUR, "household", new BigDecimal("10"), "day", Money.of(KHR, 20_000)))
        .build();
    String text = EconomicsTables.budget(b.margin()).toText();
    assertThat(text).contains("seed and seedlings: cucumber seed", "imputed family labour: household (not counted)",
        "Simplified gross margin", "KHR 1,440,000", "Policy: land rent counted; family labour not counted");
    String markdown = EconomicsTables.scenarios(ScenarioTable.of(b, MarginPolicy.SIMPLIFIED_GROSS_MARGIN,
        List.of(Scenario.pricePremium(PricePerMass.perKilogram(Money.of(KHR, 500)))))).toMarkdown();
    assertThat(markdown).contains("| price premium (+KHR 500/kg) |");
  }

  @Test
  void ledgerRenderingIsTotal_andEveryMemberAppears() {
    GradePrices prices = GradePrices.builder().price("bean", "A", PricePerMass.perKilogram(Money.of(KHR, 2000))).build();
    qt().forAll(SourceDSL.lists().of(SourceDSL.integers().between(1, 300)).ofSizeBetween(1, 10)).checkAssert(kg -> {
      List<Delivery> deliveries = new ArrayList<>();
      for (int i = 0; i < kg.size(); i++) {
        deliveries.add(Delivery.of("member " + i, "bean", "A", Mass.ofKilograms(kg.get(i)), LocalDate.of(2024, 1, 1)));
      }
      CollectionLedger ledger = CollectionLedger.of(prices, deliveries);
      String text = EconomicsTables.ledger(ledger).toText()
          + EconomicsTables.split(ledger, ledger.splitInCash(ledger.expectedPayment())).toMarkdown();
      for (Delivery d : deliveries) {
        assertThat(text).contains(d.member());
      }
    });
  }
}
