package org.agricluster.scoring;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.agricluster.internal.Check;
import org.agricluster.internal.Rational;

/**
 * A scorecard's scores aggregated by a {@link ScoringMethod}: one exact value per candidate and
 * criterion, each candidate's total, the coverage of the scores and where scorers disagree.
 *
 * <pre>{@code
 * Evaluation e = card.evaluate(ScoringMethod.defaults().withAggregation(Aggregation.CATEGORY_MEAN));
 * e.total(card.candidate("Area 3"));   // 23
 * e.hotSpots(2);                       // cells where scorers differ by 2 or more
 * e.ranking();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Evaluation {
  private final Scorecard scorecard;
  private final ScoringMethod method;
  private final ImmutableMap<Candidate, ImmutableMap<Criterion, Rational>> cells;
  private final ImmutableMap<Candidate, Rational> totals;

  private Evaluation(Scorecard scorecard, ScoringMethod method,
      ImmutableMap<Candidate, ImmutableMap<Criterion, Rational>> cells, ImmutableMap<Candidate, Rational> totals) {
    this.scorecard = scorecard;
    this.method = method;
    this.cells = cells;
    this.totals = totals;
  }

  static Evaluation of(Scorecard card, ScoringMethod method) {
    if (card.scoreCount() == 0) {
      throw new IllegalStateException(card + " has no scores yet: enter scores before evaluating or ranking it");
    }
    List<Candidate> candidates = card.candidates();
    List<Criterion> criteria = card.criteria();
    List<Scorer> scorers = card.scorers();
    int[] categoryOf = categories(scorers);
    int categoryCount = categoryOf.length == 0 ? 0 : java.util.Arrays.stream(categoryOf).max().getAsInt() + 1;
    int[] given = new int[scorers.size()];
    List<String> missing = new ArrayList<>();
    ImmutableMap.Builder<Candidate, ImmutableMap<Criterion, Rational>> cells =
        ImmutableMap.builderWithExpectedSize(candidates.size());
    for (int c = 0; c < candidates.size(); c++) {
      ImmutableMap.Builder<Criterion, Rational> row = ImmutableMap.builderWithExpectedSize(criteria.size());
      for (int k = 0; k < criteria.size(); k++) {
        int n = 0;
        for (int s = 0; s < scorers.size(); s++) {
          int v = card.raw(c, k, s);
          if (v != Scorecard.MISSING) {
            given[n++] = v;
          } else if (missing.size() <= 10) {
            missing.add(scorers.get(s).name() + " on '" + criteria.get(k).name() + "' of '" + candidates.get(c).name() + "'");
          }
        }
        if (n > 0) {
          row.put(criteria.get(k), aggregate(method.aggregation(), card, c, k, given, n, categoryOf, categoryCount)
              .dividedBy(criteria.get(k).scale().unit()));
        }
      }
      cells.put(candidates.get(c), row.buildOrThrow());
    }
    if (card.scoreCount() < card.expectedScoreCount() && method.missingScores() == MissingScores.REFUSE) {
      int absent = card.expectedScoreCount() - card.scoreCount();
      throw new IllegalStateException(absent + " score(s) missing and the method refuses missing scores: "
          + (absent > 10 ? missing.subList(0, 10) + " …" : missing) + "; fill them in or use MissingScores.IGNORE");
    }
    ImmutableMap<Candidate, ImmutableMap<Criterion, Rational>> built = cells.buildOrThrow();
    List<Rational> weights = method.total() == TotalMethod.WEIGHTED_SUM ? weights(criteria) : List.of();
    ImmutableMap.Builder<Candidate, Rational> totals = ImmutableMap.builderWithExpectedSize(candidates.size());
    for (Candidate candidate : candidates) {
      totals.put(candidate, total(method.total(), criteria, built.get(candidate), weights));
    }
    return new Evaluation(card, method, built, totals.buildOrThrow());
  }

  /** Each scorer's category as a small index, categories numbered in order of name. */
  private static int[] categories(List<Scorer> scorers) {
    Map<String, Integer> numbers = new TreeMap<>();
    scorers.forEach(s -> numbers.put(s.category(), 0));
    int next = 0;
    for (Map.Entry<String, Integer> e : numbers.entrySet()) {
      e.setValue(next++);
    }
    return scorers.stream().mapToInt(s -> numbers.get(s.category())).toArray();
  }

  private static List<Rational> weights(List<Criterion> criteria) {
    List<Rational> weights = new ArrayList<>();
    Rational sum = Rational.ZERO;
    for (Criterion c : criteria) {
      BigDecimal w = c.weight().orElseThrow(() -> new IllegalStateException(
          "Criterion '" + c.name() + "' has no weight, but a weighted sum needs a weight on every criterion"));
      weights.add(Rational.of(w).dividedBy(100));
      sum = sum.plus(Rational.of(w));
    }
    if (!sum.equals(Rational.of(100))) {
      throw new IllegalStateException(Check.message("Weights of the criteria", "100% in total", sum + "%"));
    }
    return weights;
  }

  /**
   * Aggregates the first {@code n} of {@code given}, the scores present for candidate c, criterion k,
   * in the stored units of the criterion's scale.
   */
  private static Rational aggregate(Aggregation aggregation, Scorecard card, int c, int k, int[] given, int n,
      int[] categoryOf, int categoryCount) {
    switch (aggregation) {
      case MEDIAN:
        int[] sorted = java.util.Arrays.copyOf(given, n);
        java.util.Arrays.sort(sorted);
        return n % 2 == 1 ? Rational.of(sorted[n / 2]) : Rational.of(sorted[n / 2 - 1] + (long) sorted[n / 2], 2);
      case CATEGORY_MEAN:
        long[] sums = new long[categoryCount];
        int[] counts = new int[categoryCount];
        for (int s = 0; s < categoryOf.length; s++) {
          int v = card.raw(c, k, s);
          if (v != Scorecard.MISSING) {
            sums[categoryOf[s]] += v;
            counts[categoryOf[s]]++;
          }
        }
        Rational sumOfMeans = Rational.ZERO;
        int categories = 0;
        for (int g = 0; g < categoryCount; g++) {
          if (counts[g] > 0) {
            sumOfMeans = sumOfMeans.plus(Rational.of(sums[g], counts[g]));
            categories++;
          }
        }
        return sumOfMeans.dividedBy(categories);
      case MEAN:
      default:
        long sum = 0;
        for (int i = 0; i < n; i++) {
          sum += given[i];
        }
        return Rational.of(sum, n);
    }
  }

  private static Rational total(TotalMethod method, List<Criterion> criteria, Map<Criterion, Rational> row,
      List<Rational> weights) {
    Rational sum = Rational.ZERO;
    int present = 0;
    for (int i = 0; i < criteria.size(); i++) {
      Rational value = row.get(criteria.get(i));
      if (value != null) {
        sum = sum.plus(method == TotalMethod.WEIGHTED_SUM ? value.times(weights.get(i)) : value);
        present++;
      }
    }
    return method == TotalMethod.MEAN && present > 0 ? sum.dividedBy(present) : sum;
  }

  /** The scorecard evaluated. */
  public Scorecard scorecard() {
    return scorecard;
  }

  /** The method used, printed with every result. */
  public ScoringMethod method() {
    return method;
  }

  /** The aggregated score of a candidate on a criterion; absent where no scorer scored it. */
  public Optional<BigDecimal> score(Candidate candidate, Criterion criterion) {
    return Optional.ofNullable(row(candidate).get(Check.notNull(criterion, "criterion"))).map(Rational::toBigDecimal);
  }

  /**
   * A candidate's total by the method's {@link TotalMethod}, exact (a non-terminating mean is
   * carried to 34 significant digits).
   *
   * @throws IllegalArgumentException if the candidate is not on the scorecard
   */
  public BigDecimal total(Candidate candidate) {
    return exactTotal(candidate).toBigDecimal();
  }

  Rational exactTotal(Candidate candidate) {
    Rational total = totals.get(Check.notNull(candidate, "candidate"));
    if (total == null) {
      throw Check.refusal("Candidate", "one of " + scorecard.candidates(), candidate);
    }
    return total;
  }

  Optional<Rational> exactScore(Candidate candidate, Criterion criterion) {
    return Optional.ofNullable(row(candidate).get(criterion));
  }

  private ImmutableMap<Criterion, Rational> row(Candidate candidate) {
    ImmutableMap<Criterion, Rational> row = cells.get(Check.notNull(candidate, "candidate"));
    if (row == null) {
      throw Check.refusal("Candidate", "one of " + scorecard.candidates(), candidate);
    }
    return row;
  }

  /** The lowest total any candidate could reach on these criteria by this method. */
  public BigDecimal lowestPossibleTotal() {
    return bound(true);
  }

  /** The highest total any candidate could reach on these criteria by this method. */
  public BigDecimal highestPossibleTotal() {
    return bound(false);
  }

  private BigDecimal bound(boolean lowest) {
    List<Criterion> criteria = scorecard.criteria();
    switch (method.total()) {
      case SUM:
        return BigDecimal.valueOf(criteria.stream().mapToLong(c -> lowest ? c.scale().min() : c.scale().max()).sum());
      default:
        int edge = criteria.stream().mapToInt(c -> lowest ? c.scale().min() : c.scale().max())
            .reduce(lowest ? Math::min : Math::max).getAsInt();
        return BigDecimal.valueOf(edge);
    }
  }

  /** Scores given over scores expected (scorers × candidates × criteria): {@code 1} when complete. */
  public BigDecimal coverage() {
    return Rational.of(scorecard.scoreCount(), scorecard.expectedScoreCount()).toBigDecimal();
  }

  /** How scorers differ on a candidate's criterion. */
  public Disagreement disagreement(Candidate candidate, Criterion criterion) {
    row(candidate);
    return Disagreement.of(candidate, criterion, scorecard.scores(candidate, Check.notNull(criterion, "criterion")));
  }

  /**
   * The cells where scorers' scores span at least {@code minimumRange}, widest first (then by
   * candidate and criterion order).
   */
  public ImmutableList<Disagreement> hotSpots(int minimumRange) {
    if (minimumRange < 1) {
      throw Check.refusal("Minimum range of a hot spot", ">= 1", minimumRange);
    }
    List<Disagreement> spots = new ArrayList<>();
    for (Candidate candidate : scorecard.candidates()) {
      for (Criterion criterion : scorecard.criteria()) {
        Disagreement d = disagreement(candidate, criterion);
        if (d.range().compareTo(BigDecimal.valueOf(minimumRange)) >= 0) {
          spots.add(d);
        }
      }
    }
    spots.sort(Comparator.comparing(Disagreement::range).reversed());
    return ImmutableList.copyOf(spots);
  }

  /** The competition ranking of the candidates by total, with the method's tie-break. */
  public Ranking ranking() {
    return Ranking.of(this);
  }

  /** The totals by candidate, in scorecard order. */
  public ImmutableMap<Candidate, BigDecimal> totals() {
    Map<Candidate, BigDecimal> result = new LinkedHashMap<>();
    totals.forEach((c, t) -> result.put(c, t.toBigDecimal()));
    return ImmutableMap.copyOf(result);
  }

  /** {@code Evaluation{Scorecard{...}, mean of scorers; ...}}. */
  @Override
  public String toString() {
    return "Evaluation{" + scorecard + ", " + method.describe() + ", totals=" + totals + "}";
  }
}
