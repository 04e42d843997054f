package org.agricluster.scoring;

import static org.agricluster.ValueContracts.distinctValuesHashApart;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The edges of the scoring types' contracts: every aggregation and total method on a case worked by
 * hand, bounds at exactly the limit, accessors, text forms, equality and hashing.
 */
class ScoringContractsTest {
  private static final Criterion A = Criterion.of("a", Scale.SELECTION);
  private static final Criterion B = Criterion.of("b", Scale.SELECTION);
  private static final Scorer TRADER = Scorer.of("Mr Panha", "value-chain actor");
  private static final Scorer OFFICER = Scorer.of("Ms Dara", "supporter");
  private static final Scorer FARMER = Scorer.of("Mr Sokha", "value-chain actor");
  private static final Candidate X = Candidate.of("Area X");
  private static final Candidate Y = Candidate.of("Area Y");

  /** Three scorers (two of one category) score two candidates on two criteria. */
  static Scorecard threeScorers() {
    return Scorecard.builder().criteria(A, B)
        .score(TRADER, X, A, 1).score(OFFICER, X, A, 5).score(FARMER, X, A, 2)
        .score(TRADER, X, B, 4).score(OFFICER, X, B, 4).score(FARMER, X, B, 4)
        .score(TRADER, Y, A, 3).score(OFFICER, Y, A, 3).score(FARMER, Y, A, 3)
        .score(TRADER, Y, B, 2).score(OFFICER, Y, B, 3).score(FARMER, Y, B, 5)
        .build();
  }


  @Test
  void everyAggregation_onACaseWorkedByHand() {
    Scorecard card = threeScorers();
    // X on a: 1, 5, 2 → mean 8/3, median 2, category mean (mean(1, 2) + 5) / 2 = 3.25
    Evaluation mean = card.evaluate(ScoringMethod.defaults());
    assertThat(mean.score(X, A).orElseThrow()).isEqualByComparingTo(new BigDecimal("2.666666666666666666666666666666667"));
    Evaluation median = card.evaluate(ScoringMethod.defaults().withAggregation(Aggregation.MEDIAN));
    assertThat(median.score(X, A)).contains(new BigDecimal("2"));
    assertThat(median.score(Y, B)).contains(new BigDecimal("3"));
    Evaluation byCategory = card.evaluate(ScoringMethod.defaults().withAggregation(Aggregation.CATEGORY_MEAN));
    assertThat(byCategory.score(X, A).orElseThrow()).isEqualByComparingTo("3.25");
    // Y on b: 2, 3, 5 → category mean (mean(2, 5) + 3) / 2 = 3.25
    assertThat(byCategory.score(Y, B).orElseThrow()).isEqualByComparingTo("3.25");
  }

  @Test
  void theMedianOfAnEvenNumberOfScores_isTheMeanOfTheMiddleTwo() {
    Scorecard card = Scorecard.builder().criterion(A).score(TRADER, X, A, 1).score(OFFICER, X, A, 4).build();
    assertThat(card.evaluate(ScoringMethod.defaults().withAggregation(Aggregation.MEDIAN)).score(X, A)).contains(new BigDecimal("2.5"));
  }

  @Test
  void theMeanTotal_dividesByTheCriteriaScored() {
    Scorecard card = Scorecard.builder().criteria(A, B).score(TRADER, X, A, 2).score(TRADER, X, B, 5)
        .score(TRADER, Y, A, 4).build();
    Evaluation e = card.evaluate(ScoringMethod.defaults().withTotal(TotalMethod.MEAN).withMissingScores(MissingScores.IGNORE));
    assertThat(e.total(X)).isEqualByComparingTo("3.5");
    assertThat(e.total(Y)).isEqualByComparingTo("4");
    assertThat(e.lowestPossibleTotal()).isEqualByComparingTo("1");
    assertThat(e.highestPossibleTotal()).isEqualByComparingTo("5");
    assertThat(e.coverage()).isEqualByComparingTo("0.75");
    assertThat(e.score(Y, B)).isEmpty();
  }

  @Test
  void hotSpots_spanAtLeastTheMinimumRange_widestFirst() {
    Evaluation e = threeScorers().evaluate();
    assertThat(e.hotSpots(4)).extracting(Disagreement::toString)
        .containsExactly("Area X / 'a': scores [1, 5, 2] (range 4, sd 1.70)");
    assertThat(e.hotSpots(3)).extracting(d -> d.candidate().name() + "/" + d.criterion().name() + "/" + d.range())
        .containsExactly("Area X/a/4", "Area Y/b/3");
    assertThat(e.hotSpots(1)).hasSize(2);
    assertThatThrownBy(() -> e.hotSpots(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Minimum range of a hot spot must be >= 1 but was 0");
    Disagreement d = e.disagreement(Y, A);
    assertThat(d.range()).isZero();
    assertThat(d.standardDeviation()).isEqualByComparingTo("0.00");
    assertThat(d.scores()).containsEntry(TRADER, BigDecimal.valueOf(3)).hasSize(3);
    Disagreement one = Scorecard.builder().criterion(A).score(TRADER, X, A, 4).build().evaluate().disagreement(X, A);
    assertThat(one.range()).isZero();
    assertThat(one.standardDeviation()).isEqualByComparingTo("0.00");
    Disagreement two = Scorecard.builder().criterion(A).score(TRADER, X, A, 1).score(OFFICER, X, A, 3).build().evaluate()
        .disagreement(X, A);
    assertThat(two.standardDeviation()).isEqualByComparingTo("1.00");
    new EqualsTester().addEqualityGroup(d, e.disagreement(Y, A)).addEqualityGroup(e.disagreement(X, A))
        .addEqualityGroup(e.disagreement(Y, B)).addEqualityGroup(one).testEquals();
  }

  @Test
  void scorecardLookups_byNameAndId() {
    Scorecard card = threeScorers();
    assertThat(card.candidate("Area Y")).isEqualTo(Y);
    assertThat(card.criterion("a")).isEqualTo(A);
    assertThat(card.criterion(B.id())).isEqualTo(B);
    assertThatThrownBy(() -> card.candidate("Area Z")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Candidate must be one of [Area X, Area Y] but was 'Area Z'");
    assertThatThrownBy(() -> card.criterion("c")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Criterion must be one of [a, b]");
    assertThat(card.scoreCount()).isEqualTo(12);
    assertThat(card.expectedScoreCount()).isEqualTo(12);
  }

  @Test
  void droppingTheLastScorerOrCriterion_isRefused_droppingOneOfTwoIsNot() {
    Scorecard one = Scorecard.builder().criterion(A).score(TRADER, X, A, 3).build();
    assertThatThrownBy(() -> one.withoutCriterion(A)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Number of criteria left after dropping 'a' must be at least 1 but was 0");
    assertThatThrownBy(() -> one.withoutScorer(TRADER)).isInstanceOf(IllegalArgumentException.class);
    Scorecard card = threeScorers();
    assertThat(card.withoutCriterion(A).criteria()).containsExactly(B);
    assertThat(card.withoutScorer(TRADER).scorers()).containsExactly(OFFICER, FARMER);
    Scorecard twoCriteria = Scorecard.builder().criteria(A, B).score(TRADER, X, A, 3).score(TRADER, X, B, 3).build();
    assertThat(twoCriteria.withoutCriterion(B).criteria()).containsExactly(A);
    Scorecard twoScorers = Scorecard.builder().criterion(A).score(TRADER, X, A, 3).score(OFFICER, X, A, 2).build();
    assertThat(twoScorers.withoutScorer(OFFICER).scorers()).containsExactly(TRADER);
  }

  @Test
  void aScorecardOfExactlyTenMillionCells_isBuilt() {
    Scorecard.Builder builder = Scorecard.builder();
    Criterion first = null;
    for (int k = 0; k < 1_000; k++) {
      Criterion c = Criterion.of("criterion " + k, Scale.POTENTIAL);
      first = first == null ? c : first;
      builder.criterion(c);
    }
    for (int c = 0; c < 10_000; c++) {
      builder.candidate(Candidate.of("candidate " + c));
    }
    builder.score(Scorer.SOLE, Candidate.of("candidate 0"), first, 1);
    assertThat(builder.build().expectedScoreCount()).isEqualTo(Scorecard.MAX_CELLS);
    builder.candidate(Candidate.of("one more"));
    assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void candidatesAddedTwiceAlike_areOne_andDifferingOnesRefused() {
    Scorecard card = Scorecard.builder().criterion(A).candidates(List.of(X, X, Y)).scores("Area X", 3).build();
    assertThat(card.candidates()).containsExactly(X, Y);
    assertThatThrownBy(() -> Scorecard.builder().candidate(X).candidate(Candidate.of("Area X", "Sesan")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Candidate 'Area X' must be named once");
  }

  @Test
  void valueTypes_equalByValue_hashApart_andPrintReadably() {
    Candidate described = Candidate.of("Area 3", "Sesan");
    assertThat(described.description()).isEqualTo("Sesan");
    assertThat(described).hasToString("Area 3 (Sesan)");
    assertThat(Candidate.of("Area 3")).hasToString("Area 3");
    distinctValuesHashApart(described, Candidate.of("Area 3"), Candidate.of("Area 4", "Sesan"));
    distinctValuesHashApart(TRADER, OFFICER, Scorer.of("Mr Panha", "supporter"));
    assertThat(TRADER.compareTo(OFFICER)).isNegative();
    assertThat(OFFICER.compareTo(TRADER)).isPositive();
    assertThat(TRADER.compareTo(Scorer.of("Mr Panha", "supporter"))).isPositive();
    assertThat(TRADER.compareTo(Scorer.of("Mr Panha", "value-chain actor"))).isZero();
    distinctValuesHashApart(Scale.POTENTIAL, Scale.SELECTION, Scale.LOW_MEDIUM_HIGH, Scale.of("marks", 0, 20));
    distinctValuesHashApart(GradeScale.OXFAM, GradeScale.of(List.of("pass", "fail"), List.of(BigDecimal.valueOf(100), BigDecimal.ZERO)));
    distinctValuesHashApart(TieBreak.NONE, TieBreak.byCriteria(A), TieBreak.byCriteria(A, B));
    assertThat(TieBreak.byCriteria(A, B)).hasToString("ties broken by 'a', then 'b'");
    assertThat(TieBreak.byCriteria(List.of(B)).criteria()).containsExactly(B);
    new EqualsTester().addEqualityGroup(TieBreak.NONE, TieBreak.byCriteria(List.of()))
        .addEqualityGroup(TieBreak.byCriteria(A), TieBreak.byCriteria(List.of(A))).addEqualityGroup(TieBreak.byCriteria(B))
        .testEquals();
    assertThat(GradeScale.OXFAM.toString()).startsWith("{Excellent=95");
    new EqualsTester()
        .addEqualityGroup(GradeScale.OXFAM, GradeScale.of(List.copyOf(GradeScale.OXFAM.percents().keySet()),
            List.copyOf(GradeScale.OXFAM.percents().values())))
        .addEqualityGroup(GradeScale.of(List.of("pass"), List.of(BigDecimal.valueOf(100))))
        .testEquals();
  }

  @Test
  void gradeScales_refuseMismatchedLists_blankOrRepeatedNames_andPercentagesOutside0To100() {
    BigDecimal fifty = BigDecimal.valueOf(50);
    assertThatThrownBy(() -> GradeScale.of(List.of("a", "b"), List.of(fifty))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Number of percentages for grades [a, b] must be 2 (one per grade) but was 1");
    assertThatThrownBy(() -> GradeScale.of(List.of(), List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GradeScale.of(List.of("a", "a"), List.of(fifty, fifty))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Grade name must be unique and not blank but was 'a'");
    assertThatThrownBy(() -> GradeScale.of(List.of(" "), List.of(fifty))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Grade name must be unique and not blank but was ' '");
    assertThatThrownBy(() -> GradeScale.of(List.of("a"), List.of(BigDecimal.valueOf(-1)))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Percentage of grade 'a' must be in 0..100% but was -1%");
    assertThatThrownBy(() -> GradeScale.of(List.of("a"), List.of(new BigDecimal("100.5")))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Percentage of grade 'a' must be in 0..100% but was 100.5%");
    GradeScale edges = GradeScale.of(List.of("top", "bottom"), List.of(new BigDecimal("100.00"), BigDecimal.ZERO));
    assertThat(edges.percent("top")).isEqualTo(new BigDecimal("100"));
    assertThat(edges.percent("bottom")).isEqualTo(BigDecimal.ZERO);
    assertThatThrownBy(() -> edges.percent("middle")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Grade must be one of [top, bottom] but was 'middle'");
  }

  @Test
  void criterionWeights_from0To100Percent() {
    assertThat(A.withWeight(0).weight()).contains(BigDecimal.ZERO);
    assertThat(A.withWeight(100).weight()).contains(BigDecimal.valueOf(100));
    assertThat(A.withWeight(new BigDecimal("25.50")).weight()).contains(new BigDecimal("25.5"));
    assertThatThrownBy(() -> A.withWeight(101)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Weight of criterion 'a' must be in 0..100% but was 101%");
    assertThatThrownBy(() -> A.withWeight(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThat(A.withGroup("market potential").group()).contains("market potential");
    assertThat(A.withDescription("how much buyers want").description()).isEqualTo("how much buyers want");
  }

  @Test
  void scalesLabelsAndCodes() {
    assertThat(Scale.LOW_MEDIUM_HIGH.size()).isEqualTo(3);
    assertThat(Scale.SELECTION.size()).isEqualTo(5);
    assertThat(Scale.POTENTIAL.label(0)).isEqualTo("no potential");
    assertThat(Scale.POTENTIAL.label(3)).isEqualTo("high potential");
    assertThat(Scale.LOW_MEDIUM_HIGH.code(3)).contains("H");
    assertThat(Scale.LOW_MEDIUM_HIGH.code(1)).contains("L");
    assertThat(Scale.LOW_MEDIUM_HIGH.code(4)).isEmpty();
    assertThat(Scale.LOW_MEDIUM_HIGH.valueOf(" m ")).contains(2);
    assertThat(Scale.POTENTIAL.code(2)).isEmpty();
    assertThat(Scale.of("marks", 0, 3).labels()).containsExactly("0", "1", "2", "3");
    assertThat(Scale.of("marks", -1_000, 1_000).size()).isEqualTo(2_001);
    assertThat(Scale.of("marks", 999, 1_000).range()).isEqualTo("999..1000");
    assertThat(Scale.of("marks", -1_000, -999).range()).isEqualTo("-1000..-999");
    assertThatThrownBy(() -> Scale.of("marks", -1_001, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Minimum of scale 'marks' must be in -1000..1000 but was -1001");
    assertThatThrownBy(() -> Scale.of("marks", 0, 1_001)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Maximum of scale 'marks' must be in -1000..1000 but was 1001");
    assertThatThrownBy(() -> Scale.of("marks", 3, 3)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Maximum of scale 'marks' must be > its minimum 3 but was 3");
    Scale top = Scale.labelled("top", 999, List.of("a", "b"), List.of("A", "B"));
    assertThat(top.max()).isEqualTo(1_000);
    assertThat(top.valueOf("b")).contains(1_000);
    assertThat(top.name()).isEqualTo("top");
    assertThatThrownBy(() -> Scale.labelled("x", 1, List.of("a"), List.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Number of labels of scale 'x' must be at least 2 but was 1");
    assertThatThrownBy(() -> Scale.labelled("x", 1, List.of("a", "b"), List.of("A"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Number of codes of scale 'x' must be 0 or 2 (one per value) but was 1");
  }

  @Test
  void rankingsAndSelections_exposeTheirPartsAndEqualByValue() {
    Scorecard chain = ChainSelectionReferenceTest.chainTable();
    Ranking ranking = chain.ranking();
    assertThat(ranking.evaluation().orElseThrow().totals()).hasSize(5);
    assertThat(ranking.method()).isEqualTo(ScoringMethod.defaults().describe());
    assertThat(ranking.entry("Area 5").rank()).isEqualTo(2);
    assertThat(ranking.entry(chain.candidate("Area 1")).rankText()).isEqualTo("3=");
    assertThat(ranking.toString()).contains("Area 3").contains("23");
    Ranking byMedian = chain.ranking(ScoringMethod.defaults().withAggregation(Aggregation.MEDIAN));
    new EqualsTester().addEqualityGroup(ranking, chain.ranking()).addEqualityGroup(byMedian)
        .addEqualityGroup(threeScorers().ranking()).testEquals();
    new EqualsTester().addEqualityGroup(ranking.entries().get(0), chain.ranking().entries().get(0))
        .addEqualityGroup(ranking.entries().get(2)).addEqualityGroup(ranking.entries().get(3)).testEquals();
    distinctValuesHashApart(ranking.entries().toArray());
    Selection top2 = ranking.top(2, CutOff.INCLUDE_TIES);
    Selection top3 = ranking.top(3, CutOff.INCLUDE_TIES);
    Selection top3Strict = ranking.top(3, CutOff.EXCLUDE_TIES);
    assertThat(top3.requested()).isEqualTo(3);
    assertThat(top3.cutOff()).isEqualTo(CutOff.INCLUDE_TIES);
    assertThat(top3.candidates()).extracting(Candidate::name).containsExactly("Area 3", "Area 5", "Area 1", "Area 2");
    assertThat(top3Strict.candidates()).extracting(Candidate::name).containsExactly("Area 3", "Area 5");
    assertThat(top3.toString()).isEqualTo(top3.statement());
    new EqualsTester().addEqualityGroup(top3, chain.ranking().top(3, CutOff.INCLUDE_TIES)).addEqualityGroup(top2)
        .addEqualityGroup(top3Strict).addEqualityGroup(ranking.top(4, CutOff.INCLUDE_TIES)).testEquals();
    distinctValuesHashApart(top2, top3, top3Strict);
  }

  @Test
  void tiedCandidatesAreListedInNaturalNameOrder() {
    Ranking r = Scorecard.builder().criterion(A).scores("Area 10", 3).scores("Area 2", 3).scores("Area 1", 5).build().ranking();
    assertThat(r.entries()).extracting(e -> e.candidate().name()).containsExactly("Area 1", "Area 2", "Area 10");
  }

  @Test
  void robustness_namesEveryDropAndItsEffect() {
    Robustness r = Robustness.of(threeScorers(), ScoringMethod.defaults(), 1, CutOff.INCLUDE_TIES);
    assertThat(r.variations()).hasSize(5);
    assertThat(r.variations()).extracting(Robustness.Variation::dropped)
        .containsExactly("scorer Mr Panha [value-chain actor]", "scorer Ms Dara [supporter]", "scorer Mr Sokha [value-chain actor]",
            "criterion 'a'", "criterion 'b'");
    assertThat(r.toString()).isEqualTo(r.verdict());
    for (Robustness.Variation v : r.variations()) {
      assertThat(v.selection()).isPresent();
      assertThat(v.problem()).isEmpty();
      assertThat(v.toString()).startsWith("without " + v.dropped() + ": ");
      assertThat(v.isSameSelection()).isEqualTo(v.added().isEmpty() && v.removed().isEmpty());
    }
    assertThat(r.changes()).allSatisfy(v -> assertThat(v.isSameSelection()).isFalse());
    assertThat(r.isRobust()).isEqualTo(r.changes().isEmpty());
    assertThat(r.verdict()).startsWith(r.isRobust() ? "Robust: the same 1 candidate" : "Sensitive: " + r.changes().size() + " of 5");
    Robustness single = Robustness.of(Scorecard.builder().criterion(A).score(TRADER, X, A, 3).score(TRADER, Y, A, 2).build(),
        ScoringMethod.defaults(), 1, CutOff.INCLUDE_TIES);
    assertThat(single.variations()).isEmpty();
    assertThat(single.isRobust()).isTrue();
    assertThat(single.verdict()).isEqualTo("Robust: the same 1 candidate is selected whichever of 0 scorers or criteria is dropped.");
  }

  @Test
  void aVariationThatChangesTheSelection_listsWhoCameInAndWhoWentOut() {
    // without criterion b, Y (3 on a) beats X (mean 8/3 on a)
    Robustness r = Robustness.of(threeScorers(), ScoringMethod.defaults(), 1, CutOff.EXCLUDE_TIES);
    Robustness.Variation withoutB = r.variations().get(4);
    assertThat(withoutB.dropped()).isEqualTo("criterion 'b'");
    assertThat(withoutB.added()).containsExactly(Y);
    assertThat(withoutB.removed()).containsExactly(X);
    assertThat(withoutB).hasToString("without criterion 'b': + Area Y, − Area X");
    assertThat(r.isRobust()).isFalse();
    assertThat(r.verdict()).contains("without criterion 'b': + Area Y, − Area X");
  }

  @Test
  void totalsAudit_discrepanciesExposeTheirParts() {
    TotalsAudit audit = TotalsAudit.of(ChainSelectionReferenceTest.chainTable().evaluate(),
        Map.of("Area 1", BigDecimal.valueOf(12), "Area 5", BigDecimal.valueOf(46)));
    assertThat(audit.isClean()).isFalse();
    TotalsAudit.Discrepancy fine = audit.checked().stream().filter(TotalsAudit.Discrepancy::agrees).findFirst().orElseThrow();
    assertThat(fine.printed()).isEqualByComparingTo("12");
    assertThat(fine.computed()).isEqualByComparingTo("12");
    assertThat(fine).hasToString("Area 1: printed 12, computed 12, agrees");
    TotalsAudit.Discrepancy wrong = audit.discrepancies().get(0);
    TotalsAudit.Discrepancy under = TotalsAudit.of(ChainSelectionReferenceTest.chainTable().evaluate(),
        Map.of("Area 5", BigDecimal.valueOf(10))).discrepancies().get(0);
    assertThat(under).hasToString("Area 5: printed 10, computed 18, off by -8");
    new EqualsTester().addEqualityGroup(fine, TotalsAudit.of(ChainSelectionReferenceTest.chainTable().evaluate(),
            Map.of("Area 1", new BigDecimal("12.0"))).checked().get(0))
        .addEqualityGroup(wrong).addEqualityGroup(under).testEquals();
    assertThat(TotalsAudit.of(ChainSelectionReferenceTest.chainTable().evaluate(), Map.of("Area 1", BigDecimal.valueOf(12)))
        .isClean()).isTrue();
  }

  @Test
  void weightedAssessments_equalByValue_andRowsNameTheirParts() {
    WeightedAssessment table1 = WeightedAssessmentTest.oxfamTable1();
    WeightedAssessment.Row first = table1.rows().get(0);
    assertThat(first.area()).isNotBlank();
    assertThat(first.grade()).isEqualTo("Excellent");
    assertThat(first.gradePercent()).isEqualByComparingTo("95");
    assertThat(first.toString()).isEqualTo(first.area() + " 25% × Excellent 95% = 23.75%");
    assertThat(table1.grades()).isEqualTo(GradeScale.OXFAM);
    assertThat(table1.toString()).startsWith("WeightedAssessment{rows=[").endsWith(", overall=76.25%}");
    WeightedAssessment other = WeightedAssessment.builder(GradeScale.OXFAM).area("all", 100, "Good").build();
    new EqualsTester().addEqualityGroup(table1, WeightedAssessmentTest.oxfamTable1()).addEqualityGroup(other).testEquals();
    distinctValuesHashApart(table1, other);
    new EqualsTester().addEqualityGroup(first, WeightedAssessmentTest.oxfamTable1().rows().get(0))
        .addEqualityGroup(table1.rows().get(1)).testEquals();
    assertThatThrownBy(() -> WeightedAssessment.builder(GradeScale.OXFAM).area("x", 50, "Good").area("x", 50, "Good"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Area of assessment must be named once and not blank but was 'x'");
    assertThat(table1.overall(1, RoundingMode.HALF_UP)).isEqualByComparingTo("76.3");
  }
}
