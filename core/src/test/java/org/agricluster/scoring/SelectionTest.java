package org.agricluster.scoring;

import static org.agricluster.scoring.ScoringGenerators.specs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.agricluster.PropertyTests.qt;

import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class SelectionTest {

  @Test
  void topNNeverKeepsACandidateWhileLeavingOutOneWithAStrictlyHigherTotal() {
    qt().forAll(specs(), SourceDSL.integers().between(1, 8)).checkAssert((spec, n) -> {
      Ranking ranking = spec.build().ranking();
      for (CutOff cutOff : CutOff.values()) {
        Selection selection = ranking.top(n, cutOff);
        for (Ranking.Entry kept : selection.selected()) {
          for (Ranking.Entry left : selection.leftOut()) {
            assertThat(left.total()).isLessThanOrEqualTo(kept.total());
          }
        }
        assertThat(selection.selected().size() + selection.leftOut().size()).isEqualTo(spec.candidates());
      }
    });
  }

  @Test
  void tiesAtTheCutOffFollowTheStatedRule() {
    qt().forAll(specs(), SourceDSL.integers().between(1, 8)).checkAssert((spec, n) -> {
      Ranking ranking = spec.build().ranking();
      Selection include = ranking.top(n, CutOff.INCLUDE_TIES);
      Selection exclude = ranking.top(n, CutOff.EXCLUDE_TIES);
      assertThat(exclude.selected().size()).isLessThanOrEqualTo(Math.min(n, spec.candidates()));
      assertThat(include.selected().size()).isGreaterThanOrEqualTo(Math.min(n, spec.candidates()));
      assertThat(include.tiedAtCutOff()).isEqualTo(exclude.tiedAtCutOff());
      assertThat(include.selected()).containsAll(include.tiedAtCutOff());
      assertThat(exclude.selected().stream().noneMatch(exclude.tiedAtCutOff()::contains)).isTrue();
      if (include.tiedAtCutOff().isEmpty()) {
        assertThat(include.selected()).hasSize(Math.min(n, spec.candidates())).isEqualTo(exclude.selected());
      }
    });
  }

  @Test
  void top_statesTheRuleAndTheTie() {
    Scorecard card = Scorecard.builder().criteria(Criterion.of("c", Scale.SELECTION))
        .scores("A", 5).scores("B", 4).scores("C", 4).scores("D", 1).build();
    Selection include = card.ranking().top(2, CutOff.INCLUDE_TIES);
    Selection exclude = card.ranking().top(2, CutOff.EXCLUDE_TIES);
    assertThat(include.candidates()).extracting(Candidate::name).containsExactly("A", "B", "C");
    assertThat(exclude.candidates()).extracting(Candidate::name).containsExactly("A");
    assertThat(include.statement()).isEqualTo("Top 2 (mean of scorers; missing scores refused; total: sum; ties shown as ties): "
        + "A, B, C; tied at the cut-off: B, C — candidates tied at the cut-off are all included, so more than N may be selected.");
  }

  @Test
  void top_aTieBreakResolvesTheCutOff() {
    Criterion first = Criterion.of("first", Scale.SELECTION);
    Criterion second = Criterion.of("second", Scale.SELECTION);
    Scorecard card = Scorecard.builder().criteria(first, second)
        .scores("A", 5, 5).scores("B", 3, 4).scores("C", 4, 3).build();
    Ranking broken = card.ranking(ScoringMethod.defaults().withTieBreak(TieBreak.byCriteria(second)));
    assertThat(broken.top(2, CutOff.EXCLUDE_TIES).candidates()).extracting(Candidate::name).containsExactly("A", "B");
    assertThat(broken.entry("C").rank()).isEqualTo(3);
    assertThat(card.ranking().entry("C").rankText()).isEqualTo("2=");
  }

  @Test
  void top_zero_isRefused() {
    Scorecard card = Scorecard.builder().criteria(Criterion.of("c", Scale.SELECTION)).scores("A", 5).build();
    assertThatThrownBy(() -> card.ranking().top(0, CutOff.INCLUDE_TIES))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Number of candidates to select must be >= 1 but was 0");
  }
}
