package org.agricluster.scoring;

import static org.agricluster.PropertyTests.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Scores with decimals, as a published table prints each criterion's mean of scorers ("3.4 on the
 * 1–5 scale"), on scales that admit them; the scale's bounds still hold.
 */
class DecimalScoresTest {
  private static final Scale MEANS = Scale.SELECTION.withDecimals(1);
  private static final Criterion MARKET = Criterion.of("market", MEANS);
  private static final Criterion IMPACT = Criterion.of("impact", MEANS);

  @Test
  void aScaleAdmitsDecimalsOnlyWhenItSaysSo_andItsBoundsStillHold() {
    assertThat(MEANS).hasToString("selection 1..5 to 1 decimal").isNotEqualTo(Scale.SELECTION);
    assertThat(MEANS.decimals()).isEqualTo(1);
    assertThat(Scale.SELECTION.decimals()).isZero();
    assertThat(MEANS.withDecimals(0)).isEqualTo(Scale.SELECTION);
    assertThat(MEANS.contains(new BigDecimal("3.4"))).isTrue();
    assertThat(MEANS.contains(new BigDecimal("3.40"))).as("trailing zeros are not decimals").isTrue();
    assertThat(MEANS.contains(new BigDecimal("3.45"))).isFalse();
    assertThat(MEANS.contains(new BigDecimal("5.1"))).isFalse();
    assertThat(MEANS.contains(new BigDecimal("0.9"))).isFalse();
    assertThat(Scale.SELECTION.contains(new BigDecimal("3.4"))).isFalse();
    assertThat(Scale.SELECTION.contains(new BigDecimal("3.0"))).isTrue();
    assertThat(Scale.of("marks", 0, 20).withDecimals(3)).hasToString("marks 0..20 to 3 decimals");
    assertThatThrownBy(() -> Scale.SELECTION.withDecimals(4))
        .hasMessage("Decimals of scale 'selection' must be in 0..3 but was 4");
    assertThatThrownBy(() -> Scale.SELECTION.withDecimals(-1))
        .hasMessage("Decimals of scale 'selection' must be in 0..3 but was -1");
  }

  @Test
  void aScorecardTakesPrintedMeans_andRefusesWhatTheScaleDoesNotAdmit() {
    Scorecard card = Scorecard.builder().criteria(MARKET, IMPACT)
        .scores("Kaphon", new BigDecimal("4.2"), new BigDecimal("3.0"))
        .scores("Katout", new BigDecimal("3.4"), new BigDecimal("3.8"))
        .build();
    assertThat(card.score(Scorer.SOLE, card.candidate("Kaphon"), MARKET)).contains(new BigDecimal("4.2"));
    assertThat(card.score(Scorer.SOLE, card.candidate("Kaphon"), IMPACT)).contains(new BigDecimal("3"));
    assertThat(card.evaluate().total(card.candidate("Kaphon"))).isEqualByComparingTo("7.2");
    assertThat(card.evaluate().total(card.candidate("Katout"))).isEqualByComparingTo("7.2");
    assertThat(card.ranking().entry("Katout").rank()).isEqualTo(1);
    assertThat(card.ranking().entry("Kaphon").rank()).as("equal totals of means are a tie").isEqualTo(1);

    Scorecard.Builder builder = Scorecard.builder().criteria(MARKET, Criterion.of("whole", Scale.SELECTION));
    assertThatThrownBy(() -> builder.score(Scorer.SOLE, Candidate.of("A"), MARKET, new BigDecimal("5.1")))
        .hasMessage("Score for criterion 'market' of candidate 'A' must be in 1..5 but was 5.1");
    assertThatThrownBy(() -> builder.score(Scorer.SOLE, Candidate.of("A"), MARKET, new BigDecimal("3.45")))
        .hasMessage("Score for criterion 'market' of candidate 'A' must be given to at most 1 decimal (scale selection 1..5 "
            + "to 1 decimal) but was 3.45");
    Criterion whole = Criterion.of("whole", Scale.SELECTION);
    assertThatThrownBy(() -> builder.score(Scorer.SOLE, Candidate.of("A"), whole, new BigDecimal("3.4")))
        .hasMessage("Score for criterion 'whole' of candidate 'A' must be a whole number (scale selection 1..5 admits no "
            + "decimals; see Scale.withDecimals) but was 3.4");
    assertThatThrownBy(() -> builder.score(Scorer.SOLE, Candidate.of("A"), whole, new BigDecimal("1E+1000000")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Score for criterion 'whole' of candidate 'A'");
  }

  @Test
  void everyValueInsideTheBoundsWithAtMostTheScalesDecimalsIsAccepted_andEveryOtherRefused() {
    qt(300).forAll(integers().between(0, 3), integers().between(-7_000, 7_000), integers().between(0, 4))
        .checkAssert((decimals, unscaled, scale) -> {
          Scale s = Scale.of("marks", -3, 5).withDecimals(decimals);
          BigDecimal value = BigDecimal.valueOf(unscaled, scale);
          boolean admitted = value.compareTo(BigDecimal.valueOf(-3)) >= 0 && value.compareTo(BigDecimal.valueOf(5)) <= 0
              && value.stripTrailingZeros().scale() <= decimals;
          Criterion k = Criterion.of("k", s);
          Scorecard.Builder b = Scorecard.builder().criteria(k);
          if (admitted) {
            assertThat(b.score(Scorer.SOLE, Candidate.of("A"), k, value).build().score(Scorer.SOLE, Candidate.of("A"), k).get())
                .isEqualByComparingTo(value);
          } else {
            assertThatThrownBy(() -> b.score(Scorer.SOLE, Candidate.of("A"), k, value))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("but was " + value.stripTrailingZeros().toPlainString());
          }
        });
  }

  @Test
  void aRankingBuiltFromTotals_equalsTheRankingOfAScorecardOfMeansWithTheSameTotals() {
    qt(300).forAll(lists().of(integers().between(10, 50)).ofSizeBetween(2, 30)).checkAssert(tenths -> {
      Scorecard.Builder card = Scorecard.builder().criteria(MARKET, IMPACT);
      Map<String, BigDecimal> totals = new LinkedHashMap<>();
      for (int i = 0; i + 1 < tenths.size(); i += 2) {
        BigDecimal a = BigDecimal.valueOf(tenths.get(i), 1);
        BigDecimal b = BigDecimal.valueOf(tenths.get(i + 1), 1);
        card.scores("area " + i, a, b);
        totals.put("area " + i, a.add(b));
      }
      assertThat(Ranking.ofTotals(totals).entries()).isEqualTo(card.build().ranking().entries());
    });
  }

  @Test
  void meansOfDecimalScoresAreExact() {
    Scorer a = Scorer.of("a", "x");
    Scorer b = Scorer.of("b", "x");
    Scorer c = Scorer.of("c", "y");
    Scorecard card = Scorecard.builder().criteria(MARKET)
        .score(a, Candidate.of("A"), MARKET, new BigDecimal("3.4"))
        .score(b, Candidate.of("A"), MARKET, new BigDecimal("2.5"))
        .score(c, Candidate.of("A"), MARKET, 5)
        .build();
    Candidate area = card.candidate("A");
    assertThat(card.evaluate().total(area)).isEqualByComparingTo("3.633333333333333333333333333333333");
    assertThat(card.evaluate(ScoringMethod.defaults().withAggregation(Aggregation.MEDIAN)).total(area)).isEqualByComparingTo("3.4");
    assertThat(card.evaluate(ScoringMethod.defaults().withAggregation(Aggregation.CATEGORY_MEAN)).total(area))
        .as("mean of the x mean 2.95 and the y mean 5").isEqualByComparingTo("3.975");
    Disagreement d = card.evaluate().disagreement(area, MARKET);
    assertThat(d.range()).isEqualByComparingTo("2.5");
    assertThat(card.evaluate().hotSpots(2)).containsExactly(d);
    assertThat(card.evaluate().hotSpots(3)).isEmpty();
  }
}
