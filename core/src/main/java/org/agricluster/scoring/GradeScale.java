package org.agricluster.scoring;

import static org.agricluster.internal.Check.notNull;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agricluster.internal.Check;
import org.agricluster.internal.Decimals;
import org.immutables.value.Value;

/**
 * Named grades with the percentage each is worth, for a {@link WeightedAssessment}: Oxfam's
 * Excellent 95 %, Good 80 %, Average 50 %, Poor 25 %, Very poor 10 % (Khatlon paper, Table 1).
 *
 * <pre>{@code
 * GradeScale.OXFAM.percent("Good");   // 80
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public abstract class GradeScale {
  /** Oxfam Table 1: Excellent 95 %, Good 80 %, Average 50 %, Poor 25 %, Very poor 10 %. */
  public static final GradeScale OXFAM = of(List.of("Excellent", "Good", "Average", "Poor", "Very poor"),
      List.of(BigDecimal.valueOf(95), BigDecimal.valueOf(80), BigDecimal.valueOf(50), BigDecimal.valueOf(25),
          BigDecimal.TEN));

  GradeScale() {}

  /**
   * Grades and their percentages, in the order to show them.
   *
   * @throws IllegalArgumentException if the lists differ in length, a name repeats or is blank, or a
   *     percentage is outside 0..100
   */
  public static GradeScale of(List<String> grades, List<BigDecimal> percents) {
    notNull(grades, "grades");
    notNull(percents, "percents");
    if (!(grades.size() == percents.size() && !grades.isEmpty())) {
      throw Check.refusal("Number of percentages for grades " + grades, grades.size() + " (one per grade)", percents.size());
    }
    Map<String, BigDecimal> map = new LinkedHashMap<>();
    for (int i = 0; i < grades.size(); i++) {
      String grade = notNull(grades.get(i), "grade");
      if (map.put(grade, notNull(percents.get(i), "percent")) != null) {
        throw Check.refusal("Grade name", "unique and not blank", "'" + grade + "'");
      }
    }
    return ImmutableGradeScale.builder().percents(map).build();
  }

  /** The grades and their percentages, in order. */
  public abstract ImmutableMap<String, BigDecimal> percents();

  @Value.Check
  GradeScale check() {
    boolean normal = true;
    for (Map.Entry<String, BigDecimal> e : percents().entrySet()) {
      String grade = e.getKey();
      BigDecimal percent = Decimals.checked(e.getValue(), "Percentage of grade '" + grade + "'");
      if (grade.isBlank()) {
        throw Check.refusal("Grade name", "unique and not blank", "'" + grade + "'");
      }
      if (!(percent.signum() >= 0 && percent.compareTo(BigDecimal.valueOf(100)) <= 0)) {
        throw Check.refusal("Percentage of grade '" + grade + "'", "in 0..100%", Decimals.plain(percent) + "%");
      }
      normal &= e.getValue().equals(Decimals.normalize(e.getValue()));
    }
    if (normal) {
      return this;
    }
    Map<String, BigDecimal> normalised = new LinkedHashMap<>();
    percents().forEach((g, p) -> normalised.put(g, Decimals.normalize(p)));
    return ImmutableGradeScale.builder().percents(normalised).build();
  }

  /**
   * The percentage a grade is worth.
   *
   * @throws IllegalArgumentException if the grade is not on this scale
   */
  public BigDecimal percent(String grade) {
    notNull(grade, "grade");
    BigDecimal percent = percents().get(grade);
    if (percent == null) {
      throw Check.refusal("Grade", "one of " + percents().keySet(), "'" + grade + "'");
    }
    return percent;
  }

  /** {@code {Excellent=95, Good=80, ...}}. */
  @Override
  public String toString() {
    return percents().toString();
  }
}
