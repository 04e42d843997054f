package org.agricluster.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.agricluster.PropertyTests.qt;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

class WeightedAssessmentTest {
  /** Oxfam Khatlon paper, Table 1. */
  static WeightedAssessment oxfamTable1() {
    return WeightedAssessment.builder(GradeScale.OXFAM)
        .area("Relevance and appropriateness", 25, "Excellent")
        .area("Efficiency in implementation", 15, "Good")
        .area("Process quality and delivery of outputs", 10, "Excellent")
        .area("Outcomes and impact", 20, "Good")
        .area("Sustainability of benefits", 20, "Average")
        .area("Organisational capacity", 10, "Average")
        .build();
  }

  @Test
  void oxfamTable1_is76point25_printed76_andRowsRoundedFirstWouldGive77() {
    WeightedAssessment table1 = oxfamTable1();
    assertThat(table1.rows()).extracting(WeightedAssessment.Row::weighted).extracting(BigDecimal::toPlainString)
        .containsExactly("23.75", "12", "9.5", "16", "10", "5");
    assertThat(table1.overall()).isEqualByComparingTo("76.25");
    assertThat(table1.overall(0, RoundingMode.HALF_UP)).isEqualByComparingTo("76");
    assertThat(table1.overallOfRoundedRows(0, RoundingMode.HALF_UP)).isEqualByComparingTo("77");
    assertThat(table1.roundingNote(0, RoundingMode.HALF_UP)).isEqualTo(
        "Overall 76.25% (exact sum of the weighted grades), rounded once half-up to 76%; "
            + "rounding each row first would give 77%.");
  }

  @Test
  void weightsMustSumToOneHundredPercent() {
    qt().forAll(SourceDSL.lists().of(SourceDSL.integers().between(0, 100)).ofSizeBetween(1, 6)).checkAssert(weights -> {
      WeightedAssessment.Builder builder = WeightedAssessment.builder(GradeScale.OXFAM);
      for (int i = 0; i < weights.size(); i++) {
        builder.area("area " + i, weights.get(i), "Good");
      }
      int sum = weights.stream().mapToInt(Integer::intValue).sum();
      if (sum == 100) {
        assertThat(builder.build().overall()).isEqualByComparingTo("80");
      } else {
        assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class)
            .hasMessage("Weights of the areas of assessment must be 100% in total but was " + sum + "%");
      }
    });
  }

  @Test
  void theOverallGradeLiesBetweenTheLowestAndHighestGradeGiven() {
    List<String> names = List.copyOf(GradeScale.OXFAM.percents().keySet());
    // cut points in 1..99 split 100 % into 1–6 positive weights, so every generated case is used
    qt().forAll(SourceDSL.lists().of(SourceDSL.integers().between(1, 99)).ofSizeBetween(0, 5),
        SourceDSL.lists().of(Generate.pick(names)).ofSize(6)).checkAssert((cuts, grades) -> {
          List<Integer> points = new ArrayList<>(new java.util.TreeSet<>(cuts));
          points.add(100);
          List<Integer> weights = new ArrayList<>();
          int previous = 0;
          for (int point : points) {
            weights.add(point - previous);
            previous = point;
          }
          WeightedAssessment.Builder builder = WeightedAssessment.builder(GradeScale.OXFAM);
          for (int i = 0; i < weights.size(); i++) {
            builder.area("area " + i, weights.get(i), grades.get(i));
          }
          WeightedAssessment a = builder.build();
          assertThat(a.overall()).isBetween(a.lowestGrade(), a.highestGrade());
        });
  }

  @Test
  void anUnknownGrade_isRefusedListingTheGrades() {
    assertThatThrownBy(() -> WeightedAssessment.builder(GradeScale.OXFAM).area("x", 100, "Great"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Grade must be one of [Excellent, Good, Average, Poor, Very poor] but was 'Great'");
  }

  @Test
  void equalsAndNulls() {
    new EqualsTester().addEqualityGroup(oxfamTable1(), oxfamTable1())
        .addEqualityGroup(WeightedAssessment.builder(GradeScale.OXFAM).area("all", 100, "Poor").build())
        .testEquals();
    new NullPointerTester().setDefault(GradeScale.class, GradeScale.OXFAM).testAllPublicStaticMethods(WeightedAssessment.class);
    new NullPointerTester().testAllPublicInstanceMethods(oxfamTable1());
    new NullPointerTester().testAllPublicStaticMethods(GradeScale.class);
  }
}
