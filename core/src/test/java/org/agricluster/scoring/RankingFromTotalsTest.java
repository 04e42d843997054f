package org.agricluster.scoring;

import static org.agricluster.PropertyTests.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class RankingFromTotalsTest {

  @Test
  void aRankingBuiltFromTotals_equalsTheRankingOfAScorecardWithTheSameTotals() {
    qt(300).forAll(SourceDSL.lists().of(SourceDSL.integers().between(0, 3)).ofSizeBetween(3, 30)).checkAssert(scores -> {
      Scorecard.Builder card = Scorecard.builder().criteria(CriteriaTemplates.preAssessment());
      Map<String, BigDecimal> totals = new LinkedHashMap<>();
      for (int i = 0; i + 2 < scores.size(); i += 3) {
        card.scores("area " + i, scores.get(i), scores.get(i + 1), scores.get(i + 2));
        totals.put("area " + i, BigDecimal.valueOf(scores.get(i) + scores.get(i + 1) + scores.get(i + 2)));
      }
      Ranking fromScores = card.build().ranking();
      Ranking fromTotals = Ranking.ofTotals(totals);
      assertThat(fromTotals.entries()).isEqualTo(fromScores.entries());
      assertThat(fromTotals.top(2, CutOff.INCLUDE_TIES).candidates()).isEqualTo(fromScores.top(2, CutOff.INCLUDE_TIES).candidates());
      assertThat(fromTotals.evaluation()).isEmpty();
      Map<String, Integer> printed = new LinkedHashMap<>();
      fromTotals.entries().forEach(e -> printed.put(e.candidate().name(), e.rank()));
      assertThat(org.agricluster.audit.PrintedRanking.check("same rule", totals, printed).isClean())
          .as("the audit's ranks are the ranking's").isTrue();
    });
  }

  @Test
  void decimalTotals_rankWithTheSameTieRules() {
    Map<String, BigDecimal> means = new LinkedHashMap<>();
    means.put("Katout", new BigDecimal("3.4"));
    means.put("Kaphon", new BigDecimal("4.2"));
    means.put("Hang Savath", new BigDecimal("3.40"));
    means.put("Badeum", new BigDecimal("2.8"));
    Ranking r = Ranking.ofTotals(means);
    assertThat(r).hasToString("1. Kaphon — 4.2; 2= Hang Savath — 3.4; 2= Katout — 3.4; 4. Badeum — 2.8 (published totals, higher "
        + "first; ties shown as ties)");
    assertThat(r.entry("Katout").rank()).isEqualTo(2);
    assertThat(r.top(2, CutOff.EXCLUDE_TIES).candidates()).extracting(Candidate::name).containsExactly("Kaphon");
    assertThatThrownBy(() -> Ranking.ofTotals(Map.of())).hasMessage("Published totals to rank must be at least one but was none");
    assertThatThrownBy(() -> r.entry("Nowhere")).hasMessageContaining("Candidate name must be one of the ranked");
  }
}
