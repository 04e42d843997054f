package org.agricluster.report;

import static org.agricluster.internal.Check.notNull;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.agricluster.scoring.Candidate;
import org.agricluster.scoring.Criterion;
import org.agricluster.scoring.Evaluation;
import org.agricluster.scoring.Ranking;
import org.agricluster.scoring.Selection;
import org.agricluster.scoring.TotalsAudit;
import org.agricluster.scoring.WeightedAssessment;

/**
 * Tables of scoring results, ready for {@link Table#toText()} or {@link Table#toMarkdown()}: the
 * scorecard with totals and ranks, the ranking, a weighted assessment and a totals audit.
 */
public final class ScoringTables {
  private ScoringTables() {}

  /** Criteria as rows, candidates as columns, aggregated scores, then each candidate's total and rank. */
  public static Table scorecard(Evaluation evaluation) {
    notNull(evaluation, "evaluation");
    Ranking ranking = evaluation.ranking();
    List<Candidate> candidates = evaluation.scorecard().candidates();
    Table.Builder table = Table.builder("Scorecard").column("Criterion", Table.Align.LEFT)
        .column("Scale", Table.Align.LEFT);
    candidates.forEach(c -> table.column(c.name(), Table.Align.RIGHT));
    for (Criterion criterion : evaluation.scorecard().criteria()) {
      List<String> row = new ArrayList<>(List.of(criterion.name(), criterion.scale().range()));
      candidates.forEach(c -> row.add(evaluation.score(c, criterion).map(Table::number).orElse("–")));
      table.row(row);
    }
    List<String> totals = new ArrayList<>(List.of("Total", ""));
    List<String> ranks = new ArrayList<>(List.of("Rank", ""));
    for (Candidate c : candidates) {
      totals.add(Table.number(evaluation.total(c)));
      ranks.add(ranking.entry(c).rankText());
    }
    return table.row(totals).row(ranks)
        .note("Method: " + evaluation.method().describe() + ".")
        .note("Scores: " + evaluation.scorecard().scoreCount() + " of " + evaluation.scorecard().expectedScoreCount()
            + " by " + evaluation.scorecard().scorers().size() + " scorer(s); '=' marks a shared rank.")
        .build();
  }

  /** Rank, candidate and total, best first; tied candidates share a rank ({@code 3=}). */
  public static Table ranking(Ranking ranking) {
    notNull(ranking, "ranking");
    Table.Builder table = Table.builder("Ranking").column("Rank", Table.Align.RIGHT)
        .column("Candidate", Table.Align.LEFT).column("Total", Table.Align.RIGHT);
    ranking.entries().forEach(e -> table.row(e.rankText(), e.candidate().toString(), Table.number(e.total())));
    return table.note("Method: " + ranking.method() + ".").build();
  }

  /** The ranking with the selected candidates marked, and the selection's statement as a note. */
  public static Table selection(Ranking ranking, Selection selection) {
    notNull(ranking, "ranking");
    notNull(selection, "selection");
    Table.Builder table = Table.builder("Selection").column("Rank", Table.Align.RIGHT)
        .column("Candidate", Table.Align.LEFT).column("Total", Table.Align.RIGHT).column("Selected", Table.Align.LEFT);
    ranking.entries().forEach(e -> table.row(e.rankText(), e.candidate().toString(), Table.number(e.total()),
        selection.selected().contains(e) ? "yes" : ""));
    return table.note(selection.statement()).build();
  }

  /** Area, weight, grade, grade percentage and weighted grade, the overall grade and the rounding note. */
  public static Table assessment(WeightedAssessment assessment, int scale, RoundingMode mode) {
    notNull(assessment, "assessment");
    notNull(mode, "mode");
    Table.Builder table = Table.builder("Weighted assessment").column("Area of assessment", Table.Align.LEFT)
        .column("Weight", Table.Align.RIGHT).column("Grade", Table.Align.LEFT).column("Grade %", Table.Align.RIGHT)
        .column("Weighted", Table.Align.RIGHT);
    for (WeightedAssessment.Row row : assessment.rows()) {
      table.row(row.area(), row.weight().toPlainString() + "%", row.grade(), row.gradePercent().toPlainString() + "%",
          row.weighted().toPlainString() + "%");
    }
    table.row("Overall", "100%", "", "", assessment.overall(scale, mode).toPlainString() + "%");
    return table.note(assessment.roundingNote(scale, mode)).build();
  }

  /** Each printed total beside the computed one, with the difference. */
  public static Table audit(TotalsAudit audit) {
    notNull(audit, "audit");
    Table.Builder table = Table.builder("Arithmetic audit of printed totals").column("Candidate", Table.Align.LEFT)
        .column("Printed", Table.Align.RIGHT).column("Computed", Table.Align.RIGHT).column("Difference", Table.Align.RIGHT)
        .column("Verdict", Table.Align.LEFT);
    for (TotalsAudit.Discrepancy d : audit.checked()) {
      table.row(d.candidate().name(), Table.number(d.printed()), Table.number(d.computed()),
          (d.difference().signum() > 0 ? "+" : "") + Table.number(d.difference()), d.agrees() ? "ok" : "MISPRINT");
    }
    return table.note(audit.isClean() ? "Every printed total agrees with its scores."
        : audit.discrepancies().size() + " printed total(s) disagree with their scores.").build();
  }
}
