package org.agricluster.scoring;

import org.immutables.value.Value;

/**
 * Every choice that turns a scorecard into a ranking, named so that it is printed with the result:
 * how scorers are aggregated, what happens to missing scores, how the total is made and how ties
 * are broken.
 *
 * <pre>{@code
 * ScoringMethod.defaults();                                   // mean of scorers; refuse missing; sum; ties shown
 * ScoringMethod.defaults().withAggregation(Aggregation.CATEGORY_MEAN).withTotal(TotalMethod.WEIGHTED_SUM);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public abstract class ScoringMethod {
  ScoringMethod() {}

  /** How scorers' scores on one cell are combined; default {@link Aggregation#MEAN}. */
  @Value.Default
  public Aggregation aggregation() {
    return Aggregation.MEAN;
  }

  /** What to do with blank cells; default {@link MissingScores#REFUSE}. */
  @Value.Default
  public MissingScores missingScores() {
    return MissingScores.REFUSE;
  }

  /** How a candidate's total is made; default {@link TotalMethod#SUM}. */
  @Value.Default
  public TotalMethod total() {
    return TotalMethod.SUM;
  }

  /** How equal totals are ordered; default {@link TieBreak#NONE}. */
  @Value.Default
  public TieBreak tieBreak() {
    return TieBreak.NONE;
  }

  /** Mean of scorers, missing scores refused, sum of criteria, ties shown as ties. */
  public static ScoringMethod defaults() {
    return ImmutableScoringMethod.builder().build();
  }

  /** This method with another aggregation. */
  public abstract ScoringMethod withAggregation(Aggregation aggregation);

  /** This method with another missing-score policy. */
  public abstract ScoringMethod withMissingScores(MissingScores missingScores);

  /** This method with another total. */
  public abstract ScoringMethod withTotal(TotalMethod total);

  /** This method with a tie-break. */
  public abstract ScoringMethod withTieBreak(TieBreak tieBreak);

  /** The method in words: {@code mean of scorers; missing scores refused; total: sum; ties shown as ties}. */
  public String describe() {
    return aggregation().description() + "; missing scores "
        + (missingScores() == MissingScores.REFUSE ? "refused" : "ignored (coverage reported)")
        + "; total: " + total().description() + "; " + tieBreak();
  }
}
