package org.agricluster.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class EvaluationTest {
  private final Criterion market = Criterion.of("market potential", Scale.POTENTIAL);
  private final Scorer trader = Scorer.of("Mr Panha", "local value-chain actor");
  private final Scorer farmer = Scorer.of("Ms Sopheap", "local value-chain actor");
  private final Scorer pdaff = Scorer.of("PDAFF officer", "enabler");
  private final Candidate area = Candidate.of("Area 1");

  private Scorecard threeScorers(int a, int b, int c) {
    return Scorecard.builder().criteria(market)
        .score(trader, area, market, a).score(farmer, area, market, b).score(pdaff, area, market, c).build();
  }

  @Test
  void meanMedianAndCategoryMean_differAsDocumented() {
    Scorecard card = threeScorers(3, 3, 0);
    assertThat(card.evaluate(ScoringMethod.defaults()).total(area)).isEqualByComparingTo("2");
    assertThat(card.evaluate(ScoringMethod.defaults().withAggregation(Aggregation.MEDIAN)).total(area)).isEqualByComparingTo("3");
    // two value-chain actors (mean 3) count as one category beside the enabler (0): (3 + 0) / 2
    assertThat(card.evaluate(ScoringMethod.defaults().withAggregation(Aggregation.CATEGORY_MEAN)).total(area))
        .isEqualByComparingTo("1.5");
  }

  @Test
  void meansAreExact_soEqualTotalsTie() {
    Criterion impact = Criterion.of("impact potential", Scale.POTENTIAL);
    Scorecard card = Scorecard.builder().criteria(market, impact)
        .score(trader, area, market, 1).score(farmer, area, market, 0).score(pdaff, area, market, 0)   // 1/3
        .score(trader, area, impact, 1).score(farmer, area, impact, 1).score(pdaff, area, impact, 0)   // 2/3
        .scores(trader, "Area 2", 1, 0).scores(farmer, "Area 2", 1, 0).scores(pdaff, "Area 2", 1, 0)  // 1 + 0
        .build();
    assertThat(card.ranking().entries()).allSatisfy(e -> assertThat(e.rankText()).isEqualTo("1="));
  }

  @Test
  void missingScores_areRefusedByDefault_orIgnoredWithCoverage() {
    Scorecard card = Scorecard.builder().criteria(market)
        .score(trader, area, market, 3).score(farmer, area, market, 1)
        .score(trader, Candidate.of("Area 2"), market, 2).build();
    assertThatThrownBy(card::evaluate).isInstanceOf(IllegalStateException.class)
        .hasMessage("1 score(s) missing and the method refuses missing scores: "
            + "[Ms Sopheap on 'market potential' of 'Area 2']; fill them in or use MissingScores.IGNORE");
    Evaluation e = card.evaluate(ScoringMethod.defaults().withMissingScores(MissingScores.IGNORE));
    assertThat(e.coverage()).isEqualByComparingTo("0.75");
    assertThat(e.total(Candidate.of("Area 2"))).isEqualByComparingTo("2");
  }

  @Test
  void disagreement_showsRangeAndStandardDeviation() {
    Evaluation e = threeScorers(3, 3, 0).evaluate();
    Disagreement d = e.disagreement(area, market);
    assertThat(d.range()).isEqualByComparingTo("3");
    assertThat(d.standardDeviation()).isEqualByComparingTo("1.41");
    assertThat(e.hotSpots(2)).containsExactly(d);
    assertThat(e.hotSpots(4)).isEmpty();
  }

  @Test
  void weightedSum_needsWeightsSummingToOneHundred() {
    Criterion production = Criterion.of("production potential", Scale.POTENTIAL);
    Scorecard unweighted = Scorecard.builder().criteria(market, production).scores("A", 3, 1).build();
    ScoringMethod weighted = ScoringMethod.defaults().withTotal(TotalMethod.WEIGHTED_SUM);
    assertThatThrownBy(() -> unweighted.evaluate(weighted)).isInstanceOf(IllegalStateException.class)
        .hasMessage("Criterion 'market potential' has no weight, but a weighted sum needs a weight on every criterion");
    Scorecard wrong = Scorecard.builder().criteria(market.withWeight(60), production.withWeight(30)).scores("A", 3, 1).build();
    assertThatThrownBy(() -> wrong.evaluate(weighted)).isInstanceOf(IllegalStateException.class)
        .hasMessage("Weights of the criteria must be 100% in total but was 90%");
    Scorecard right = Scorecard.builder().criteria(market.withWeight(75), production.withWeight(25)).scores("A", 3, 1).build();
    assertThat(right.evaluate(weighted).total(Candidate.of("A"))).isEqualByComparingTo(new BigDecimal("2.5"));
  }

  @Test
  void scoresByCode_onTheLowMediumHighSheet() {
    Criterion producers = CriteriaTemplates.preIdentification().get(0);
    Scorecard card = Scorecard.builder().criteria(CriteriaTemplates.preIdentification().get(0))
        .score(Scorer.SOLE, Candidate.of("Group 1"), producers, "H").build();
    assertThat(card.evaluate().total(Candidate.of("Group 1"))).isEqualByComparingTo("3");
    assertThatThrownBy(() -> Scorecard.builder().criteria(producers).score(Scorer.SOLE, area, producers, "X"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Score for criterion 'Number of producers active in the area' of candidate 'Area 1' must be "
            + "a code of scale low/medium/high 1..3 but was 'X'");
  }
}
