package org.agricluster.scoring;

import static org.agricluster.internal.Check.notNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.agricluster.internal.Check;
import org.agricluster.internal.Decimals;

/**
 * A weighted grading of a programme (Oxfam Khatlon paper, Table 1): areas of assessment with weights
 * that sum to exactly 100 %, each given a grade worth a percentage; the weighted grade of each area
 * is {@code weight × grade / 100} and the overall grade is their sum.
 *
 * <p>The overall grade is summed exactly and rounded once, where you ask: Table 1's exact rows
 * 23.75 + 12 + 9.5 + 16 + 10 + 5 give 76.25 %, printed 76 %; rounding each row first (half up) gives
 * 24 + 12 + 10 + 16 + 10 + 5 = 77 %. {@link #roundingNote} says so with the result.
 *
 * <pre>{@code
 * WeightedAssessment table1 = WeightedAssessment.builder(GradeScale.OXFAM)
 *     .area("Relevance and appropriateness", 25, "Excellent")
 *     ... .build();
 * table1.overall();                                // 76.25
 * table1.overall(0, RoundingMode.HALF_UP);         // 76
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class WeightedAssessment {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final GradeScale grades;
  private final ImmutableList<Row> rows;

  private WeightedAssessment(GradeScale grades, ImmutableList<Row> rows) {
    this.grades = grades;
    this.rows = rows;
  }

  /** A builder using a grade scale. */
  public static Builder builder(GradeScale grades) {
    return new Builder(notNull(grades, "grades"));
  }

  /** The grade scale. */
  public GradeScale grades() {
    return grades;
  }

  /** The areas of assessment, in order. */
  public ImmutableList<Row> rows() {
    return rows;
  }

  /** The overall grade in percent, exact: the sum of the exact weighted grades (76.25). */
  public BigDecimal overall() {
    return Decimals.normalize(rows.stream().map(Row::weighted).reduce(BigDecimal.ZERO, BigDecimal::add));
  }

  /** The overall grade rounded once, after summing exactly (76.25 → 76). */
  public BigDecimal overall(int scale, RoundingMode mode) {
    return overall().setScale(scale, notNull(mode, "mode"));
  }

  /**
   * What rounding each row first and then summing gives (Table 1 half up: 77) — shown to explain
   * why the library does not do it.
   */
  public BigDecimal overallOfRoundedRows(int scale, RoundingMode mode) {
    notNull(mode, "mode");
    return rows.stream().map(r -> r.weighted().setScale(scale, mode)).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The lowest grade percentage given to any area. */
  public BigDecimal lowestGrade() {
    return rows.stream().map(Row::gradePercent).min(BigDecimal::compareTo).orElseThrow();
  }

  /** The highest grade percentage given to any area. */
  public BigDecimal highestGrade() {
    return rows.stream().map(Row::gradePercent).max(BigDecimal::compareTo).orElseThrow();
  }

  /**
   * The rounding stated in words: {@code Overall 76.25% (exact sum of the weighted grades), rounded
   * once half-up to 76%; rounding each row first would give 77%.}
   */
  public String roundingNote(int scale, RoundingMode mode) {
    BigDecimal once = overall(scale, mode);
    BigDecimal rowsFirst = overallOfRoundedRows(scale, mode);
    return "Overall " + overall().toPlainString() + "% (exact sum of the weighted grades), rounded once "
        + mode.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + " to " + once.toPlainString() + "%"
        + (rowsFirst.compareTo(once) == 0 ? "; rounding each row first gives the same."
            : "; rounding each row first would give " + rowsFirst.toPlainString() + "%.");
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof WeightedAssessment && ((WeightedAssessment) obj).grades.equals(grades)
        && ((WeightedAssessment) obj).rows.equals(rows);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(grades, rows);
  }

  @Override
  public String toString() {
    return "WeightedAssessment{rows=" + rows + ", overall=" + overall().toPlainString() + "%}";
  }

  /**
   * One area of assessment: its weight, its grade and its weighted grade.
   *
   * <p>This class is immutable and thread-safe.
   */
  public abstract static class Row {
    Row() {}

    static Row of(String area, BigDecimal weight, String grade, BigDecimal gradePercent) {
      return ImmutableRow.builder().area(area).weight(weight).grade(grade).gradePercent(gradePercent).build();
    }

    /** The area of assessment ("Efficiency in implementation"). */
    public abstract String area();

    /** The weight in percent. */
    public abstract BigDecimal weight();

    /** The grade's name ("Good"). */
    public abstract String grade();

    /** The grade's percentage (80). */
    public abstract BigDecimal gradePercent();

    /** {@code weight × grade / 100}, exact (15 % × 80 % = 12). */
    public BigDecimal weighted() {
      return Decimals.normalize(weight().multiply(gradePercent()).divide(HUNDRED));
    }

    /** {@code Efficiency in implementation 15% × Good 80% = 12%}. */
    @Override
    public String toString() {
      return area() + " " + weight().toPlainString() + "% × " + grade() + " " + gradePercent().toPlainString() + "% = "
          + weighted().toPlainString() + "%";
    }
  }

  /** Builds a {@link WeightedAssessment}. */
  public static final class Builder {
    private final GradeScale grades;
    private final List<Row> rows = new ArrayList<>();

    private Builder(GradeScale grades) {
      this.grades = grades;
    }

    /**
     * Adds an area with its weight in whole percent, as programme assessments give them (Oxfam
     * Table 1: 25, 15, 10, 20, 20, 10), and its grade.
     *
     * @throws IllegalArgumentException if the weight is outside 0..100, the grade is not on the
     *     scale, or the area is already graded
     */
    public Builder area(String area, int weightPercent, String grade) {
      notNull(area, "area");
      notNull(grade, "grade");
      if (!(!area.isBlank() && rows.stream().noneMatch(r -> r.area().equals(area)))) {
        throw Check.refusal("Area of assessment", "named once and not blank", "'" + area + "'");
      }
      if (weightPercent < 0 || weightPercent > 100) {
        throw Check.refusal("Weight of area '" + area + "'", "in 0..100%", weightPercent + "%");
      }
      rows.add(Row.of(area, BigDecimal.valueOf(weightPercent), grade, grades.percent(grade)));
      return this;
    }

    /**
     * Builds the assessment.
     *
     * @throws IllegalArgumentException if the weights do not sum to exactly 100 %
     */
    public WeightedAssessment build() {
      if (rows.isEmpty()) {
        throw Check.refusal("Number of areas of assessment", "at least 1", 0);
      }
      BigDecimal sum = rows.stream().map(Row::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
      if (sum.compareTo(HUNDRED) != 0) {
        throw Check.refusal("Weights of the areas of assessment", "100% in total", Decimals.plain(sum) + "%");
      }
      return new WeightedAssessment(grades, ImmutableList.copyOf(rows));
    }
  }
}
