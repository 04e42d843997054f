package org.agricluster.economics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.agricluster.audit.Verdict;
import org.agricluster.measure.Area;
import org.agricluster.measure.CurrencyUnit;
import org.agricluster.measure.Mass;
import org.agricluster.measure.Money;
import org.agricluster.measure.PricePerMass;
import org.agricluster.measure.Share;
import org.junit.jupiter.api.Test;

class SurveySpreadTest {

  static CropBudget plot(int kg, int price) {
    return CropBudget.builder("tomato", Area.ofHectares(1)).harvested(Mass.ofKilograms(kg))
        .addSale("all", Share.WHOLE, PricePerMass.perKilogram(Money.of(CurrencyUnit.USD, price)))
        .addCost(CostLine.lumpSum(CostCategory.SEED, "seed", Money.of(CurrencyUnit.USD, 1_000))).build();
  }

  @Test
  void quartilesInterpolateLikeASpreadsheet() {
    Spread s = Spread.of(List.of(BigDecimal.valueOf(7), BigDecimal.valueOf(1), BigDecimal.valueOf(3), BigDecimal.valueOf(5)));
    assertThat(s.values()).extracting(BigDecimal::stripTrailingZeros).containsExactly(BigDecimal.ONE, new BigDecimal("2.5"),
        BigDecimal.valueOf(4), new BigDecimal("5.5"), BigDecimal.valueOf(7));
    assertThat(Spread.of(List.of(BigDecimal.TEN)).median()).isEqualByComparingTo("10");
    assertThatThrownBy(() -> Spread.of(List.of())).hasMessage("Values to spread must be at least one but was none");
  }

  @Test
  void aSurveyReportsSpreads_andRecognisesTheMarginOfAverages() {
    // two plots: 10 t at 1 USD and 2 t at 5 USD; per-plot margins 9,000 and 9,000; mean yield × mean price − cost = 6,000 × 3 − 1,000
    List<CropBudget> plots = new ArrayList<>(List.of(plot(10_000, 1), plot(2_000, 5)));
    BudgetSummary.Group g = BudgetSummary.of(plots, MarginPolicy.SIMPLIFIED_GROSS_MARGIN).group("tomato");
    assertThat(g.meanSgmPerHectare()).isEqualTo(Money.of(CurrencyUnit.USD, 9_000));
    assertThat(g.marginOfMeans()).isEqualTo(Money.of(CurrencyUnit.USD, 17_000));
    assertThat(g.sgmPerHectareSpread().median()).isEqualByComparingTo("9000");
    assertThat(g.yieldSpread().max()).isEqualByComparingTo("10000");
    assertThat(g.priceSpread().orElseThrow().lowerQuartile()).isEqualByComparingTo("2");
    assertThat(g.checkPublishedMeanMargin("9,000").isClean()).isTrue();
    var warned = g.checkPublishedMeanMargin("17,000").findings().get(0);
    assertThat(warned.verdict()).isEqualTo(Verdict.WRONG);
    assertThat(warned.note()).contains("equals mean yield × mean price − mean cost (USD 17,000.00/ha), not the mean of the plots' margins");
    assertThat(g.checkPublishedMeanMargin("12,000").findings().get(0).note()).isEqualTo("from the model");
    assertThat(org.agricluster.report.EconomicsTables.survey(BudgetSummary.of(plots, MarginPolicy.SIMPLIFIED_GROSS_MARGIN)).toText())
        .contains("tomato", "9,000", "never the margin of mean yield × mean price");
  }
}
