package org.agricluster.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.agricluster.actor.Role;
import org.agricluster.json.AgriJson;
import org.agricluster.report.ScoringTables;
import org.agricluster.scoring.Aggregation;
import org.agricluster.scoring.Candidate;
import org.agricluster.scoring.CriteriaTemplates;
import org.agricluster.scoring.CutOff;
import org.agricluster.scoring.Disagreement;
import org.agricluster.scoring.Evaluation;
import org.agricluster.scoring.GradeScale;
import org.agricluster.scoring.Ranking;
import org.agricluster.scoring.Robustness;
import org.agricluster.scoring.Scorecard;
import org.agricluster.scoring.Scorer;
import org.agricluster.scoring.ScoringMethod;
import org.agricluster.scoring.Selection;
import org.agricluster.scoring.TotalsAudit;
import org.agricluster.scoring.WeightedAssessment;

/**
 * Scoring and choosing: the CHAIN §5.2 selection table corrected and audited, Oxfam's Table 1
 * weighted assessment with its rounding stated, and a rapid-mapping pre-assessment by three scorers.
 */
final class ScoringWalkthrough implements Walkthrough {

  @Override
  public String name() {
    return "scoring";
  }

  @Override
  public String title() {
    return "CHAIN's selection table audited, Oxfam's weighted grade, a rapid-mapping pre-assessment";
  }

  @Override
  public void run(PrintStream out) {
    chainSelectionTable(out);
    oxfamAssessment(out);
    rapidMapping(out);
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

  /**
   * A rapid-mapping pre-assessment (CHAIN §5.1): five villages scored 0–3 on production, market and
   * impact potential by a trader, a farmer-group leader and a PDAFF officer. The scores are example
   * data made up for this walkthrough; the village names are those of the guide's Annex 3.
   */
  private static void rapidMapping(PrintStream out) {
    Scorer trader = Scorer.of("Mr Panha", "local value-chain actor");
    Scorer leader = Scorer.of("Ms Sreymom", "local value-chain actor");
    // a scorer's category is the stakeholder category of the actor's role: PDAFF extension staff are local supporters
    Scorer pdaff = Scorer.of("PDAFF officer", Role.EXTENSION_AGENT.category().label());
    Scorecard card = Scorecard.builder()
        .criteria(CriteriaTemplates.preAssessment())
        .scores(trader, Candidate.of("Kaphon", "Sesan, Stung Treng"), 3, 3, 2)
        .scores(leader, "Kaphon", 3, 2, 2)
        .scores(pdaff, "Kaphon", 2, 3, 3)
        .scores(trader, Candidate.of("Katout", "Sesan, Stung Treng"), 2, 3, 2)
        .scores(leader, "Katout", 3, 1, 2)
        .scores(pdaff, "Katout", 2, 3, 2)
        .scores(trader, Candidate.of("Samkhuoy", "Sesan, Stung Treng"), 1, 2, 1)
        .scores(leader, "Samkhuoy", 2, 2, 1)
        .scores(pdaff, "Samkhuoy", 1, 1, 2)
        .scores(trader, Candidate.of("Hang Savath", "Sesan, Stung Treng"), 2, 2, 2)
        .scores(leader, "Hang Savath", 2, 2, 3)
        .scores(pdaff, "Hang Savath", 3, 1, 1)
        .scores(trader, Candidate.of("Badeum", "Sesan, Stung Treng"), 0, 1, 1)
        .scores(leader, "Badeum", 1, 0, 1)
        .scores(pdaff, "Badeum", 1, 1, 0)
        .build();
    ScoringMethod method = ScoringMethod.defaults().withAggregation(Aggregation.CATEGORY_MEAN);
    Evaluation evaluation = card.evaluate(method);
    Ranking ranking = evaluation.ranking();
    Selection priority = ranking.top(3, CutOff.INCLUDE_TIES);

    out.println("3. Rapid mapping — five villages, three scorers from two stakeholder categories (example data)");
    out.println(ScoringTables.scorecard(evaluation).toText());
    out.println(ScoringTables.selection(ranking, priority).toText());
    out.println("Where the scorers disagree most (range of 2 or more on the 0–3 scale):");
    for (Disagreement spot : evaluation.hotSpots(2)) {
      out.println("  " + spot);
    }
    out.println();
    out.println("Robustness of the three priority areas:");
    out.println("  " + Robustness.of(card, method, 3, CutOff.INCLUDE_TIES).verdict());
    Walkthroughs.saveAndReadBack(out, AgriJson.SCORECARD, card, "sesan-villages-scorecard.json");
  }
}
