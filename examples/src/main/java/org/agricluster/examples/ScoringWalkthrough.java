package org.agricluster.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.agricluster.report.ScoringTables;
import org.agricluster.scoring.CriteriaTemplates;
import org.agricluster.scoring.Evaluation;
import org.agricluster.scoring.GradeScale;
import org.agricluster.scoring.Scorecard;
import org.agricluster.scoring.TotalsAudit;
import org.agricluster.scoring.WeightedAssessment;

/**
 * Scoring and choosing: the CHAIN §5.2 selection table corrected and audited, and Oxfam's Table 1
 * weighted assessment with its rounding stated. The rapid-mapping pre-assessment of the Sesan
 * villages by three scorers is step 1 of the {@code chain} walkthrough.
 */
final class ScoringWalkthrough implements Walkthrough {

  @Override
  public String name() {
    return "scoring";
  }

  @Override
  public String title() {
    return "CHAIN's selection table audited and Oxfam's weighted grade";
  }

  @Override
  public void run(PrintStream out) {
    chainSelectionTable(out);
    oxfamAssessment(out);
  }

  /** CHAIN guide §5.2: five areas scored 1–5 on the five Annex 4 criteria. The guide prints 46 for Area 5. */
  private static void chainSelectionTable(PrintStream out) {
    Scorecard table = Scorecard.builder()
        .criteria(CriteriaTemplates.clusterSelection())
        .scores("Area 1", 3, 2, 2, 1, 4)
        .scores("Area 2", 2, 5, 1, 1, 3)
        .scores("Area 3", 5, 5, 5, 4, 4)
        .scores("Area 4", 1, 2, 2, 3, 2)
        .scores("Area 5", 4, 3, 3, 4, 4)
        .build();
    Evaluation evaluation = table.evaluate();
    out.println("1. CHAIN guide §5.2 — cluster selection (scores 1 low … 5 high)");
    out.println(ScoringTables.scorecard(evaluation).toText());
    Map<String, BigDecimal> printed = new LinkedHashMap<>();
    int[] printedTotals = {12, 12, 23, 10, 46};
    for (int i = 0; i < printedTotals.length; i++) {
      printed.put("Area " + (i + 1), BigDecimal.valueOf(printedTotals[i]));
    }
    out.println(ScoringTables.audit(TotalsAudit.of(evaluation, printed)).toText());
  }

  /** Oxfam Khatlon paper, Table 1: weighted grading of the producer-group and cluster programme. */
  private static void oxfamAssessment(PrintStream out) {
    WeightedAssessment table1 = WeightedAssessment.builder(GradeScale.OXFAM)
        .area("Relevance and appropriateness", 25, "Excellent")
        .area("Efficiency in implementation", 15, "Good")
        .area("Process quality and delivery of outputs", 10, "Excellent")
        .area("Outcomes and impact", 20, "Good")
        .area("Sustainability of benefits", 20, "Average")
        .area("Organisational capacity", 10, "Average")
        .build();
    out.println("2. Oxfam Khatlon, Table 1 — the paper prints 76%");
    out.println(ScoringTables.assessment(table1, 0, RoundingMode.HALF_UP).toText());
  }
}
