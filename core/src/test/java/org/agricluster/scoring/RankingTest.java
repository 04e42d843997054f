package org.agricluster.scoring;

import static org.agricluster.scoring.ScoringGenerators.singleScorerSpecs;
import static org.agricluster.scoring.ScoringGenerators.specs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.agricluster.PropertyTests.qt;

import java.math.BigDecimal;
import java.util.Random;
import org.agricluster.scoring.ScoringGenerators.Spec;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class RankingTest {

  @Test
  void totalLiesBetweenCriteriaTimesMinAndMax() {
    qt().forAll(specs()).checkAssert(spec -> {
      Evaluation e = spec.build().evaluate();
      BigDecimal low = BigDecimal.valueOf((long) spec.criteria() * spec.scale().min());
      BigDecimal high = BigDecimal.valueOf((long) spec.criteria() * spec.scale().max());
      assertThat(e.lowestPossibleTotal()).isEqualByComparingTo(low);
      assertThat(e.highestPossibleTotal()).isEqualByComparingTo(high);
      for (Candidate c : e.scorecard().candidates()) {
        assertThat(e.total(c)).isBetween(low, high);
      }
    });
  }

  @Test
  void aSingleScorersTotalIsTheSumOfItsScores() {
    qt().forAll(singleScorerSpecs()).checkAssert(spec -> {
      Evaluation e = spec.build().evaluate();
      for (int c = 0; c < spec.candidates(); c++) {
        long sum = 0;
        for (int k = 0; k < spec.criteria(); k++) {
          sum += spec.value(0, c, k);
        }
        assertThat(e.total(spec.candidate(c))).isEqualByComparingTo(BigDecimal.valueOf(sum));
      }
    });
  }

  @Test
  void ranksAreCompetitionRanks() {
    qt().forAll(specs()).checkAssert(spec -> {
      Ranking ranking = spec.build().ranking();
      assertThat(ranking.entries()).hasSize(spec.candidates());
      assertThat(ranking.entries().get(0).rank()).isEqualTo(1);
      for (Ranking.Entry e : ranking.entries()) {
        long strictlyBetter = ranking.entries().stream().filter(o -> o.total().compareTo(e.total()) > 0).count();
        long level = ranking.entries().stream().filter(o -> o.total().compareTo(e.total()) == 0).count();
        assertThat(e.rank()).isEqualTo(strictlyBetter + 1);
        assertThat(ranking.rankOf(e.candidate())).as("rankOf %s", e.candidate()).isEqualTo(e.rank());
        assertThat(e.isTied()).isEqualTo(level > 1);
      }
    });
  }

  @Test
  void rankingDoesNotDependOnTheOrderOfCandidatesCriteriaOrScorers() {
    qt().forAll(specs(), SourceDSL.longs().all()).checkAssert((spec, seed) -> {
      Ranking given = spec.build().ranking();
      Ranking shuffled = spec.build(new Random(seed), true).ranking();
      assertThat(shuffled.entries()).isEqualTo(given.entries());
      for (Aggregation aggregation : Aggregation.values()) {
        ScoringMethod method = ScoringMethod.defaults().withAggregation(aggregation);
        assertThat(spec.build(new Random(seed), true).ranking(method).entries())
            .isEqualTo(spec.build().ranking(method).entries());
      }
    });
  }

  @Test
  void raisingOneScoreNeverLowersThatCandidatesRank() {
    qt().forAll(specs(), SourceDSL.integers().all())
        .assuming((spec, pick) -> spec.value(pick) < spec.scale().max())
        .checkAssert((spec, pick) -> {
      int s = Math.floorMod(pick, spec.scorers());
      int c = Math.floorMod(pick / 7, spec.candidates());
      int k = Math.floorMod(pick / 61, spec.criteria());
      int before = spec.value(s, c, k);
      Spec raised = spec.with(s, c, k, before + 1);
      for (Aggregation aggregation : Aggregation.values()) {
        ScoringMethod method = ScoringMethod.defaults().withAggregation(aggregation);
        Ranking old = spec.build().ranking(method);
        Ranking now = raised.build().ranking(method);
        Candidate raisedOne = spec.candidate(c);
        assertThat(now.rankOf(raisedOne)).isLessThanOrEqualTo(old.rankOf(raisedOne));
        for (int o = 0; o < spec.candidates(); o++) {
          Candidate other = spec.candidate(o);
          if (o != c && old.rankOf(other) >= old.rankOf(raisedOne)) {
            assertThat(now.rankOf(other)).as("no other candidate overtakes the raised one")
                .isGreaterThanOrEqualTo(now.rankOf(raisedOne));
          }
        }
      }
    });
  }
}
