package org.agricluster.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RobustnessTest {
  @Test
  void chainTable_topThreeChangesWhenACriterionIsDropped() {
    Robustness check = Robustness.of(ChainSelectionReferenceTest.chainTable(), ScoringMethod.defaults(), 3,
        CutOff.INCLUDE_TIES);
    assertThat(check.baseline().candidates()).extracting(Candidate::name).containsExactly("Area 3", "Area 5", "Area 1", "Area 2");
    assertThat(check.variations()).hasSize(5);
    assertThat(check.isRobust()).isFalse();
    // without "Critical mass", Area 1 (12 - 4 = 8) falls below Area 2 (12 - 3 = 9) and Area 4 (10 - 2 = 8) ties it
    assertThat(check.changes()).extracting(Robustness.Variation::toString)
        .contains("without criterion 'Critical mass of actors to establish an MSP': − Area 1");
  }

  @Test
  void aClearWinner_isRobust() {
    Scorecard card = Scorecard.builder().criteria(CriteriaTemplates.preAssessment())
        .scores(Scorer.of("a", "x"), "Strong", 3, 3, 3).scores(Scorer.of("b", "y"), "Strong", 3, 3, 2)
        .scores(Scorer.of("a", "x"), "Weak", 0, 1, 0).scores(Scorer.of("b", "y"), "Weak", 1, 0, 0)
        .build();
    Robustness check = Robustness.of(card, ScoringMethod.defaults(), 1, CutOff.EXCLUDE_TIES);
    assertThat(check.isRobust()).isTrue();
    assertThat(check.verdict()).isEqualTo("Robust: the same 1 candidate is selected whichever of 5 scorers or criteria is dropped.");
  }
}
