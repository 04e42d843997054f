/**
 * Scoring and choosing: labelled ordinal {@link org.agricluster.scoring.Scale}s, weighted
 * {@link org.agricluster.scoring.Criterion criteria}, multi-scorer
 * {@link org.agricluster.scoring.Scorecard}s, aggregation with an explicit
 * {@link org.agricluster.scoring.MissingScores} policy and a measure of disagreement, competition
 * {@link org.agricluster.scoring.Ranking}s with ties shown as ties, top-N
 * {@link org.agricluster.scoring.Selection}s with an explicit cut-off rule, a
 * {@link org.agricluster.scoring.Robustness} check, {@link org.agricluster.scoring.WeightedAssessment}s
 * and a {@link org.agricluster.scoring.TotalsAudit} of published tables.
 *
 * <p>The package knows nothing of farming: it scores any candidate against any criteria. The
 * field's ready-made criteria (CHAIN guide §5.1–5.2, Annexes 1 and 4) are data in
 * {@link org.agricluster.scoring.CriteriaTemplates}.
 *
 * <pre>{@code
 * Scorecard card = Scorecard.builder().criteria(CriteriaTemplates.clusterSelection())
 *     .scores("Area 1", 3, 2, 2, 1, 4).scores("Area 2", 2, 5, 1, 1, 3).build();
 * card.ranking();   // Area 1 and Area 2 tied at rank 1 with 12
 * }</pre>
 *
 * <p>Arithmetic is exact: means and medians are exact fractions, so equal totals are ties however
 * they were reached. Totals are shown as {@link java.math.BigDecimal}s (to 34 significant digits
 * where a fraction such as 7/3 does not terminate).
 *
 * <p>Null policy: no method accepts {@code null}; every parameter is checked and a
 * {@link java.lang.NullPointerException} names it. No method returns {@code null}; absent values
 * are {@link java.util.Optional}. Every type is immutable and thread-safe.
 */
@AgriStyle
package org.agricluster.scoring;

import org.agricluster.internal.AgriStyle;
