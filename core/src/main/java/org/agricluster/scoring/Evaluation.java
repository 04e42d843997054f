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
    List<String> missing = new ArrayList<>();
    ImmutableMap.Builder<Candidate, ImmutableMap<Criterion, Rational>> cells = ImmutableMap.builder();
    for (Candidate candidate : card.candidates()) {
      ImmutableMap.Builder<Criterion, Rational> row = ImmutableMap.builder();
      for (Criterion criterion : card.criteria()) {
        ImmutableMap<Scorer, Integer> given = card.scores(candidate, criterion);
        if (given.size() < card.scorers().size()) {
          for (Scorer scorer : card.scorers()) {
            if (!given.containsKey(scorer)) {
              missing.add(scorer.name() + " on '" + criterion.name() + "' of '" + candidate.name() + "'");
            }
          }
        }
        if (!given.isEmpty()) {
          row.put(criterion, aggregate(method.aggregation(), given));
        }
      }
      cells.put(candidate, row.buildOrThrow());
    }
    if (!missing.isEmpty() && method.missingScores() == MissingScores.REFUSE) {
      throw new IllegalStateException(missing.size() + " score(s) missing and the method refuses missing scores: "
          + (missing.size() > 10 ? missing.subList(0, 10) + " …" : missing)
          + "; fill them in or use MissingScores.IGNORE");
    }
    ImmutableMap<Candidate, ImmutableMap<Criterion, Rational>> built = cells.buildOrThrow();
    List<Rational> weights = method.total() == TotalMethod.WEIGHTED_SUM ? weights(card.criteria()) : List.of();
    ImmutableMap.Builder<Candidate, Rational> totals = ImmutableMap.builder();
    for (Candidate candidate : card.candidates()) {
      totals.put(candidate, total(method.total(), card.criteria(), built.get(candidate), weights));
    }
    return new Evaluation(card, method, built, totals.buildOrThrow());
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
      throw new IllegalStateException(Check.message("Weights of the criteria", "summing to 100%", sum + "%"));
    }
    return weights;
  }

  private static Rational aggregate(Aggregation aggregation, Map<Scorer, Integer> given) {
    switch (aggregation) {
      case MEDIAN:
        List<Integer> sorted = given.values().stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? Rational.of(sorted.get(n / 2))
            : Rational.of(sorted.get(n / 2 - 1) + (long) sorted.get(n / 2)).dividedBy(2);
      case CATEGORY_MEAN:
        Map<String, List<Integer>> byCategory = new TreeMap<>();
        given.forEach((scorer, v) -> byCategory.computeIfAbsent(scorer.category(), k -> new ArrayList<>()).add(v));
        Rational sumOfMeans = Rational.ZERO;
        for (List<Integer> values : byCategory.values()) {
          sumOfMeans = sumOfMeans.plus(mean(values));
        }
        return sumOfMeans.dividedBy(byCategory.size());
      case MEAN:
      default:
        return mean(given.values());
    }
  }

  private static Rational mean(Iterable<Integer> values) {
    Rational sum = Rational.ZERO;
    int n = 0;
    for (int v : values) {
      sum = sum.plus(Rational.of(v));
      n++;
    }
    return sum.dividedBy(n);
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
    Check.argument(total != null, "Candidate", "one of " + scorecard.candidates(), candidate);
    return total;
  }

  Optional<Rational> exactScore(Candidate candidate, Criterion criterion) {
    return Optional.ofNullable(row(candidate).get(criterion));
  }

  private ImmutableMap<Criterion, Rational> row(Candidate candidate) {
    ImmutableMap<Criterion, Rational> row = cells.get(Check.notNull(candidate, "candidate"));
    Check.argument(row != null, "Candidate", "one of " + scorecard.candidates(), candidate);
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
    return new Disagreement(candidate, criterion, scorecard.scores(candidate, Check.notNull(criterion, "criterion")));
  }

  /**
   * The cells where scorers' scores span at least {@code minimumRange}, widest first (then by
   * candidate and criterion order).
   */
  public ImmutableList<Disagreement> hotSpots(int minimumRange) {
    Check.argument(minimumRange >= 1, "Minimum range of a hot spot", ">= 1", minimumRange);
    List<Disagreement> spots = new ArrayList<>();
    for (Candidate candidate : scorecard.candidates()) {
      for (Criterion criterion : scorecard.criteria()) {
        Disagreement d = disagreement(candidate, criterion);
        if (d.range() >= minimumRange) {
          spots.add(d);
        }
      }
    }
    spots.sort(Comparator.comparingInt(Disagreement::range).reversed());
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
