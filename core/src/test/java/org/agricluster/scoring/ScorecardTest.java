package org.agricluster.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScorecardTest {
  private final Criterion market = Criterion.of("market potential", Scale.POTENTIAL);

  @Test
  void aScoreOffTheScale_namesCriterionCandidateValueAndRange() {
    assertThatThrownBy(() -> Scorecard.builder().criteria(market).scores("Area 3", 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Score for criterion 'market potential' of candidate 'Area 3' must be in 0..3 but was 4");
  }

  @Test
  void theWrongNumberOfScores_isRefused() {
    assertThatThrownBy(() -> Scorecard.builder().criteria(CriteriaTemplates.preAssessment()).scores("Area 1", 3, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Number of scores by scorer [all] for candidate 'Area 1' must be 3 (one per criterion, in order) but was 2");
  }

  @Test
  void scoringACellTwice_isRefused() {
    assertThatThrownBy(() -> Scorecard.builder().criteria(market).scores("A", 1).scores("A", 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Score by scorer [all] for criterion 'market potential' of candidate 'A' must be entered once "
            + "(it is already 1) but was 2");
  }

  @Test
  void duplicateCriterionIds_andEmptyScorecards_areRefused() {
    assertThatThrownBy(() -> Scorecard.builder().criteria(market, Criterion.of("Market Potential", Scale.SELECTION)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Id of criterion 'Market Potential' must be unique on the scorecard but was 'market-potential'");
    assertThatThrownBy(() -> Scorecard.builder().criteria(market).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("A scorecard needs at least one criterion and one candidate, but has 1 criteria and 0 candidates");
  }

  @Test
  void withoutScorerAndCriterion_dropOnlyThat() {
    Scorer a = Scorer.of("a", "x");
    Scorer b = Scorer.of("b", "y");
    Criterion impact = Criterion.of("impact", Scale.POTENTIAL);
    Scorecard card = Scorecard.builder().criteria(market, impact).scores(a, "A", 3, 3).scores(b, "A", 0, 1).build();
    assertThat(card.withoutScorer(b).evaluate().total(Candidate.of("A"))).isEqualByComparingTo("6");
    assertThat(card.withoutCriterion(impact).evaluate().total(Candidate.of("A"))).isEqualByComparingTo("1.5");
    assertThat(card).hasToString("Scorecard{2 criteria, 1 candidate, 2 scorers, 4 of 4 scores}");
  }

  @Test
  void criterion_isAnImmutableValueWithDefaults() {
    Criterion weighted = market.withWeight(new BigDecimal("40.0")).withGroup("market potential");
    assertThat(market.id()).isEqualTo("market-potential");
    assertThat(weighted.weight()).contains(new BigDecimal("40"));
    assertThat(weighted.toString()).contains("name=market potential", "weight=40", "group=market potential");
    assertThatThrownBy(() -> market.withWeight(101)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Weight of criterion 'market potential' must be in 0..100% but was 101%");
    assertThatThrownBy(() -> Criterion.builder().name("x").build()).isInstanceOf(IllegalStateException.class);
    new EqualsTester()
        .addEqualityGroup(market, Criterion.of("market potential", Scale.POTENTIAL),
            Criterion.builder().name("market potential").scale(Scale.POTENTIAL).id("market-potential").build())
        .addEqualityGroup(weighted, market.withGroup("market potential").withWeight(40))
        .testEquals();
  }

  @Test
  void nulls_areRefusedByEveryPublicMethod() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(Scale.class, Scale.POTENTIAL)
        .setDefault(Criterion.class, market)
        .setDefault(Candidate.class, Candidate.of("A"))
        .setDefault(Scorer.class, Scorer.SOLE)
        .setDefault(ScoringMethod.class, ScoringMethod.defaults())
        .setDefault(List.class, List.of());
    Scorecard card = Scorecard.builder().criteria(market).scores("A", 1).build();
    tester.setDefault(Scorecard.class, card).setDefault(Evaluation.class, card.evaluate());
    tester.testAllPublicInstanceMethods(card);
    tester.testAllPublicStaticMethods(Criterion.class);
    tester.testAllPublicInstanceMethods(market);
    tester.testAllPublicStaticMethods(Candidate.class);
    tester.testAllPublicStaticMethods(Scorer.class);
    tester.testAllPublicStaticMethods(TieBreak.class);
    tester.testAllPublicInstanceMethods(card.evaluate());
    tester.testAllPublicInstanceMethods(card.ranking());
    tester.testAllPublicStaticMethods(TotalsAudit.class);
    tester.testAllPublicStaticMethods(Robustness.class);
    new EqualsTester().addEqualityGroup(Candidate.of("A"), Candidate.of(" A "))
        .addEqualityGroup(Candidate.of("A", "Sesan")).testEquals();
  }
}
