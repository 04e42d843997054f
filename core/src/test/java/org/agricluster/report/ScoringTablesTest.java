package org.agricluster.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.agricluster.PropertyTests.qt;

import java.math.RoundingMode;
import java.util.List;
import org.agricluster.scoring.Candidate;
import org.agricluster.scoring.Criterion;
import org.agricluster.scoring.CutOff;
import org.agricluster.scoring.GradeScale;
import org.agricluster.scoring.Scale;
import org.agricluster.scoring.Scorecard;
import org.agricluster.scoring.WeightedAssessment;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class ScoringTablesTest {
  @Test
  void renderingIsTotal_andEveryCandidateAppears() {
    qt().forAll(SourceDSL.lists().of(SourceDSL.integers().between(0, 3)).ofSizeBetween(1, 12)).checkAssert(scores -> {
      Scorecard.Builder builder = Scorecard.builder().criteria(Criterion.of("market potential", Scale.POTENTIAL));
      for (int i = 0; i < scores.size(); i++) {
        builder.scores("Area " + (i + 1), scores.get(i));
      }
      Scorecard card = builder.build();
      String text = ScoringTables.scorecard(card.evaluate()).toText()
          + ScoringTables.selection(card.ranking(), card.ranking().top(2, CutOff.INCLUDE_TIES)).toMarkdown();
      for (Candidate c : card.candidates()) {
        assertThat(text).contains(c.name());
      }
    });
  }

  @Test
  void assessment_printsTheOverallRoundedOnceAndTheNote() {
    WeightedAssessment a = WeightedAssessment.builder(GradeScale.OXFAM).area("x", 50, "Good").area("y", 50, "Average").build();
    String markdown = ScoringTables.assessment(a, 0, RoundingMode.HALF_UP).toMarkdown();
    assertThat(markdown).contains("| Overall | 100% |  |  | 65% |", "rounded once half-up to 65%");
  }

  @Test
  void ranking_marksTies() {
    Scorecard card = Scorecard.builder().criteria(List.of(Criterion.of("c", Scale.SELECTION)))
        .scores("A", 3).scores("B", 3).build();
    assertThat(ScoringTables.ranking(card.ranking()).toText()).contains("1=  A", "1=  B");
  }
}
