package org.agricluster.scoring;

import static org.agricluster.internal.Check.notNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.agricluster.internal.Check;
import org.agricluster.internal.Decimals;
import org.agricluster.internal.Words;

/**
 * Candidates × criteria, filled in by one or more {@link Scorer}s: the sheet key informants fill in
 * during rapid mapping (CHAIN §5.1, 0–3) or stakeholders during cluster selection (§5.2, 1–5).
 *
 * <p>Every score is checked against its criterion's scale when it is entered:
 * {@code Score for criterion 'market potential' of candidate 'Area 3' must be in 0..3 but was 4}.
 * Scores are whole numbers unless the criterion's scale {@linkplain Scale#withDecimals(int) admits
 * decimals}, as when a published table gives each criterion as the mean of its scorers; then
 * {@code 3.4} is entered as it is printed.
 * A scorecard only holds scores; {@link #evaluate(ScoringMethod)} aggregates them and
 * {@link #ranking()} ranks the candidates.
 *
 * <pre>{@code
 * Scorecard card = Scorecard.builder()
 *     .criteria(CriteriaTemplates.clusterSelection())
 *     .scores("Area 1", 3, 2, 2, 1, 4)                 // one scorer, scores in criteria order
 *     .scores(panha, "Area 2", 2, 5, 1, 1, 3)          // a named scorer
 *     .build();
 * }</pre>
 *
 * <p>Two scorecards are equal when they hold the same criteria, candidates and scorers in the same
 * order and the same scores, so equal scorecards are interchangeable (their lists read alike).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Scorecard {
  /**
   * The most cells (scorers × candidates × criteria) a scorecard may have: {@value}, for example
   * 10 scorers × 1,000 candidates × 1,000 criteria.
   */
  public static final int MAX_CELLS = 10_000_000;

  /**
   * Marks a blank cell; never a score, since stored scores (scale value × 10<sup>decimals</sup>) lie
   * in −1,000,000..1,000,000.
   */
  static final int MISSING = Integer.MIN_VALUE;

  private final ImmutableList<Criterion> criteria;
  private final ImmutableList<Candidate> candidates;
  private final ImmutableList<Scorer> scorers;
  private final ImmutableMap<Criterion, Integer> criterionIndex;
  private final ImmutableMap<Candidate, Integer> candidateIndex;
  private final ImmutableMap<Scorer, Integer> scorerIndex;
  /**
   * Scores at {@code (candidate × criteria + criterion) × scorers + scorer}, in units of the
   * criterion's scale ({@link Scale#unit()}: 34 for 3.4 on a one-decimal scale); {@link #MISSING}
   * where blank.
   */
  private final int[] values;
  private final int count;

  record Cell(Scorer scorer, Candidate candidate, Criterion criterion) {}

  private Scorecard(ImmutableList<Criterion> criteria, ImmutableList<Candidate> candidates,
      ImmutableList<Scorer> scorers, Map<Cell, Integer> scores) {
    this.criteria = criteria;
    this.candidates = candidates;
    this.scorers = scorers;
    this.criterionIndex = index(criteria);
    this.candidateIndex = index(candidates);
    this.scorerIndex = index(scorers);
    this.values = new int[candidates.size() * criteria.size() * scorers.size()];
    java.util.Arrays.fill(values, MISSING);
    scores.forEach((cell, v) -> values[slot(candidateIndex.get(cell.candidate()), criterionIndex.get(cell.criterion()),
        scorerIndex.get(cell.scorer()))] = v);
    this.count = scores.size();
  }

  private static <T> ImmutableMap<T, Integer> index(List<T> items) {
    ImmutableMap.Builder<T, Integer> index = ImmutableMap.builderWithExpectedSize(items.size());
    for (int i = 0; i < items.size(); i++) {
      index.put(items.get(i), i);
    }
    return index.buildOrThrow();
  }

  private int slot(int candidate, int criterion, int scorer) {
    return (candidate * criteria.size() + criterion) * scorers.size() + scorer;
  }

  /**
   * The stored score at indexes into {@link #candidates()}, {@link #criteria()}, {@link #scorers()},
   * in units of the criterion's scale, or {@link #MISSING}.
   */
  int raw(int candidate, int criterion, int scorer) {
    return values[slot(candidate, criterion, scorer)];
  }

  int indexOf(Candidate candidate) {
    Integer i = candidateIndex.get(notNull(candidate, "candidate"));
    if (i == null) {
      throw Check.refusal("Candidate", "one of " + names(candidates), candidate);
    }
    return i;
  }

  int indexOf(Criterion criterion) {
    Integer i = criterionIndex.get(notNull(criterion, "criterion"));
    if (i == null) {
      throw Check.refusal("Criterion", "one of " + criteria.stream().map(Criterion::name).toList(), "'" + criterion.name() + "'");
    }
    return i;
  }

  /** All scores as cells, for copying. */
  private Map<Cell, Integer> cells() {
    Map<Cell, Integer> cells = new LinkedHashMap<>();
    for (int c = 0; c < candidates.size(); c++) {
      for (int k = 0; k < criteria.size(); k++) {
        for (int s = 0; s < scorers.size(); s++) {
          int v = raw(c, k, s);
          if (v != MISSING) {
            cells.put(new Cell(scorers.get(s), candidates.get(c), criteria.get(k)), v);
          }
        }
      }
    }
    return cells;
  }

  /** A builder for a scorecard. */
  public static Builder builder() {
    return new Builder();
  }

  /** The criteria, in the order given. */
  public ImmutableList<Criterion> criteria() {
    return criteria;
  }

  /** The candidates, in the order given (which never decides a rank). */
  public ImmutableList<Candidate> candidates() {
    return candidates;
  }

  /** The scorers who gave at least one score, in the order first seen. */
  public ImmutableList<Scorer> scorers() {
    return scorers;
  }

  /**
   * The candidate with a name.
   *
   * @throws IllegalArgumentException if no candidate has that name
   */
  public Candidate candidate(String name) {
    notNull(name, "name");
    return candidates.stream().filter(c -> c.name().equals(name)).findFirst()
        .orElseThrow(() -> Check.refusal("Candidate", "one of " + names(candidates), "'" + name + "'"));
  }

  /**
   * The criterion with a name or id.
   *
   * @throws IllegalArgumentException if no criterion has that name or id
   */
  public Criterion criterion(String nameOrId) {
    notNull(nameOrId, "nameOrId");
    return criteria.stream().filter(c -> c.name().equals(nameOrId) || c.id().equals(nameOrId)).findFirst()
        .orElseThrow(() -> Check.refusal("Criterion", "one of " + criteria.stream().map(Criterion::name).toList(),
            "'" + nameOrId + "'"));
  }

  /** The score a scorer gave a candidate on a criterion, if any: {@code 3}, or {@code 3.4} on a scale with decimals. */
  public Optional<BigDecimal> score(Scorer scorer, Candidate candidate, Criterion criterion) {
    notNull(scorer, "scorer");
    notNull(candidate, "candidate");
    notNull(criterion, "criterion");
    Integer s = scorerIndex.get(scorer);
    Integer c = candidateIndex.get(candidate);
    Integer k = criterionIndex.get(criterion);
    if (s == null || c == null || k == null || raw(c, k, s) == MISSING) {
      return Optional.empty();
    }
    return Optional.of(value(criterion, raw(c, k, s)));
  }

  /** A stored score as the number it stands for, without trailing zeros: 3, 3.4. */
  private static BigDecimal value(Criterion criterion, int stored) {
    BigDecimal v = BigDecimal.valueOf(stored, criterion.scale().decimals()).stripTrailingZeros();
    return v.scale() < 0 ? v.setScale(0) : v;
  }

  /** The scores all scorers gave a candidate on a criterion, by scorer in scorer order. */
  public ImmutableMap<Scorer, BigDecimal> scores(Candidate candidate, Criterion criterion) {
    notNull(candidate, "candidate");
    notNull(criterion, "criterion");
    int c = indexOf(candidate);
    int k = indexOf(criterion);
    ImmutableMap.Builder<Scorer, BigDecimal> result = ImmutableMap.builder();
    for (int s = 0; s < scorers.size(); s++) {
      int value = raw(c, k, s);
      if (value != MISSING) {
        result.put(scorers.get(s), value(criterion, value));
      }
    }
    return result.buildOrThrow();
  }

  /** How many scores were given. */
  public int scoreCount() {
    return count;
  }

  /** How many scores a complete scorecard would hold: scorers × candidates × criteria. */
  public int expectedScoreCount() {
    return scorers.size() * candidates.size() * criteria.size();
  }

  /**
   * This scorecard without one scorer's scores (for the {@link Robustness} check).
   *
   * @throws IllegalArgumentException if the scorer is not on this scorecard or is the only one
   */
  public Scorecard withoutScorer(Scorer scorer) {
    notNull(scorer, "scorer");
    if (!scorers.contains(scorer)) {
      throw Check.refusal("Scorer to drop", "one of " + scorers, scorer);
    }
    if (scorers.size() <= 1) {
      throw Check.refusal("Number of scorers left after dropping " + scorer, "at least 1", 0);
    }
    Map<Cell, Integer> kept = cells();
    kept.keySet().removeIf(cell -> cell.scorer().equals(scorer));
    List<Scorer> rest = new ArrayList<>(scorers);
    rest.remove(scorer);
    return new Scorecard(criteria, candidates, ImmutableList.copyOf(rest), kept);
  }

  /**
   * This scorecard without one criterion (for the {@link Robustness} check).
   *
   * @throws IllegalArgumentException if the criterion is not on this scorecard or is the only one
   */
  public Scorecard withoutCriterion(Criterion criterion) {
    notNull(criterion, "criterion");
    if (!criteria.contains(criterion)) {
      throw Check.refusal("Criterion to drop", "one of " + criteria.stream().map(Criterion::name).toList(), "'" + criterion.name() + "'");
    }
    if (criteria.size() <= 1) {
      throw Check.refusal("Number of criteria left after dropping '" + criterion.name() + "'", "at least 1", 0);
    }
    Map<Cell, Integer> kept = cells();
    kept.keySet().removeIf(cell -> cell.criterion().equals(criterion));
    List<Criterion> rest = new ArrayList<>(criteria);
    rest.remove(criterion);
    return new Scorecard(ImmutableList.copyOf(rest), candidates, scorers, kept);
  }

  /**
   * Aggregates the scores by a method.
   *
   * @throws IllegalStateException if the method refuses missing scores and some are missing, or a
   *     weighted total lacks weights
   */
  public Evaluation evaluate(ScoringMethod method) {
    return Evaluation.of(this, notNull(method, "method"));
  }

  /** Aggregates the scores by the {@linkplain ScoringMethod#defaults() default method}. */
  public Evaluation evaluate() {
    return evaluate(ScoringMethod.defaults());
  }

  /** The ranking by the {@linkplain ScoringMethod#defaults() default method}: mean of scorers, sum, ties shown. */
  public Ranking ranking() {
    return evaluate().ranking();
  }

  /** The ranking by a method. */
  public Ranking ranking(ScoringMethod method) {
    return evaluate(method).ranking();
  }

  private static List<String> names(List<Candidate> candidates) {
    return candidates.stream().map(Candidate::name).toList();
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof Scorecard)) {
      return false;
    }
    Scorecard other = (Scorecard) obj;
    return criteria.equals(other.criteria) && candidates.equals(other.candidates) && scorers.equals(other.scorers)
        && cells().equals(other.cells());
  }

  @Override
  public int hashCode() {
    return Objects.hash(criteria, candidates, scorers, cells());
  }

  /** {@code Scorecard{5 criteria, 5 candidates, 1 scorer, 25 of 25 scores}}. */
  @Override
  public String toString() {
    return "Scorecard{" + Words.count(criteria.size(), "criterion", "criteria") + ", " + Words.count(candidates.size(), "candidate")
        + ", " + Words.count(scorers.size(), "scorer") + ", " + count + " of " + Words.count(expectedScoreCount(), "score") + "}";
  }

  /**
   * Builds a {@link Scorecard}. Criteria come first; candidates are added as they are named; every
   * score is checked against its criterion's scale as it is entered.
   */
  public static final class Builder {
    private final List<Criterion> criteria = new ArrayList<>();
    private final Set<Criterion> criterionSet = new java.util.HashSet<>();
    private final Set<String> criterionIds = new java.util.HashSet<>();
    private final Map<String, Candidate> candidates = new LinkedHashMap<>();
    private final Set<Scorer> scorers = new LinkedHashSet<>();
    private final Map<Cell, Integer> scores = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Adds criteria, in order.
     *
     * @throws IllegalArgumentException if two criteria share an id
     */
    public Builder criteria(List<Criterion> criteria) {
      notNull(criteria, "criteria");
      criteria.forEach(this::criterion);
      return this;
    }

    /** Adds criteria, in order. */
    public Builder criteria(Criterion... criteria) {
      return criteria(List.of(notNull(criteria, "criteria")));
    }

    /**
     * Adds one criterion.
     *
     * @throws IllegalArgumentException if another criterion has the same id
     */
    public Builder criterion(Criterion criterion) {
      notNull(criterion, "criterion");
      if (!criterionIds.add(criterion.id())) {
        throw Check.refusal("Id of criterion '" + criterion.name() + "'", "unique on the scorecard", "'" + criterion.id() + "'");
      }
      criteria.add(criterion);
      criterionSet.add(criterion);
      return this;
    }

    /**
     * Adds a candidate (with no scores yet).
     *
     * @throws IllegalArgumentException if another candidate has the same name
     */
    public Builder candidate(Candidate candidate) {
      notNull(candidate, "candidate");
      Candidate existing = candidates.get(candidate.name());
      if (!(existing == null || existing.equals(candidate))) {
        throw Check.refusal("Candidate '" + candidate.name() + "'", "named once", candidate + " beside " + existing);
      }
      candidates.put(candidate.name(), candidate);
      return this;
    }

    /** Adds candidates. */
    public Builder candidates(List<Candidate> candidates) {
      notNull(candidates, "candidates").forEach(this::candidate);
      return this;
    }

    /**
     * Enters one score.
     *
     * @throws IllegalArgumentException if the score is off the criterion's scale, the criterion is
     *     not on this scorecard, or the scorer already scored this cell
     */
    public Builder score(Scorer scorer, Candidate candidate, Criterion criterion, int value) {
      return score(scorer, candidate, criterion, BigDecimal.valueOf(value));
    }

    /**
     * Enters one score as printed: {@code 3.4} on a criterion whose scale
     * {@linkplain Scale#withDecimals(int) admits one decimal}, or a whole number on any scale.
     *
     * @throws IllegalArgumentException if the score is off the criterion's scale or has more decimals
     *     than the scale admits, the criterion is not on this scorecard, or the scorer already scored
     *     this cell
     */
    public Builder score(Scorer scorer, Candidate candidate, Criterion criterion, BigDecimal value) {
      notNull(scorer, "scorer");
      notNull(candidate, "candidate");
      notNull(criterion, "criterion");
      value = Decimals.checked(notNull(value, "value"), "Score for criterion '" + criterion.name() + "' of candidate '"
          + candidate.name() + "'");
      if (!criterionSet.contains(criterion)) {
        throw Check.refusal("Criterion of a score", "one of " + criteria.stream().map(Criterion::name).toList() + " (add criteria first)", "'" + criterion.name() + "'");
      }
      Scale scale = criterion.scale();
      if (!scale.contains(value)) {
        boolean inBounds = value.compareTo(BigDecimal.valueOf(scale.min())) >= 0 && value.compareTo(BigDecimal.valueOf(scale.max())) <= 0;
        String allowed = !inBounds ? "in " + scale.range()
            : scale.decimals() == 0 ? "a whole number (scale " + scale + " admits no decimals; see Scale.withDecimals)"
            : "given to at most " + scale.decimals() + (scale.decimals() == 1 ? " decimal" : " decimals") + " (scale " + scale + ")";
        throw Check.refusal("Score for criterion '" + criterion.name() + "' of candidate '" + candidate.name() + "'", allowed,
            value.toPlainString());
      }
      if (!candidate.equals(candidates.get(candidate.name()))) {
        candidate(candidate);
      }
      Cell cell = new Cell(scorer, candidate, criterion);
      Integer before = scores.get(cell);
      if (before != null) {
        throw Check.refusal("Score by " + scorer + " for criterion '" + criterion.name() + "' of candidate '"
          + candidate.name() + "'", "entered once (it is already " + value(criterion, before) + ")", value.toPlainString());
      }
      scorers.add(scorer);
      scores.put(cell, value.movePointRight(scale.decimals()).intValueExact());
      return this;
    }

    /**
     * Enters a score by its scale's code ({@code "H"} on the L/M/H scale).
     *
     * @throws IllegalArgumentException if the code is not one of the criterion's scale
     */
    public Builder score(Scorer scorer, Candidate candidate, Criterion criterion, String code) {
      notNull(code, "code");
      notNull(criterion, "criterion");
      int value = criterion.scale().valueOf(code).orElseThrow(() -> Check.refusal(
          "Score for criterion '" + criterion.name() + "' of candidate '" + notNull(candidate, "candidate").name() + "'",
          "a code of scale " + criterion.scale(), "'" + code + "'"));
      return score(scorer, candidate, criterion, value);
    }

    /**
     * Enters one scorer's scores for a candidate, one per criterion in criteria order.
     *
     * @throws IllegalArgumentException if the number of scores differs from the number of criteria
     *     or a score is off its scale
     */
    public Builder scores(Scorer scorer, Candidate candidate, int... values) {
      notNull(values, "values");
      BigDecimal[] decimals = new BigDecimal[values.length];
      for (int i = 0; i < values.length; i++) {
        decimals[i] = BigDecimal.valueOf(values[i]);
      }
      return scores(scorer, candidate, decimals);
    }

    /** Enters one scorer's scores for a candidate named {@code candidate}, one per criterion. */
    public Builder scores(Scorer scorer, String candidate, int... values) {
      notNull(candidate, "candidate");
      Candidate existing = candidates.get(candidate);
      return scores(scorer, existing != null ? existing : Candidate.of(candidate), values);
    }

    /** Enters the {@linkplain Scorer#SOLE sole scorer}'s scores for a candidate, one per criterion. */
    public Builder scores(String candidate, int... values) {
      return scores(Scorer.SOLE, candidate, values);
    }

    /**
     * Enters one scorer's scores for a candidate as printed, one per criterion in criteria order:
     * the published means {@code 3.4, 2.8, 4.0} on scales {@linkplain Scale#withDecimals(int) with decimals}.
     *
     * @throws IllegalArgumentException if the number of scores differs from the number of criteria
     *     or a score is off its scale
     */
    public Builder scores(Scorer scorer, Candidate candidate, BigDecimal... values) {
      notNull(scorer, "scorer");
      notNull(candidate, "candidate");
      notNull(values, "values");
      if (values.length != criteria.size()) {
        throw Check.refusal("Number of scores by " + scorer + " for candidate '" + candidate.name() + "'", criteria.size() + " (one per criterion, in order)", values.length);
      }
      for (int i = 0; i < values.length; i++) {
        score(scorer, candidate, criteria.get(i), values[i]);
      }
      return this;
    }

    /** Enters the {@linkplain Scorer#SOLE sole scorer}'s scores for a candidate named {@code candidate} as printed, one per criterion. */
    public Builder scores(String candidate, BigDecimal... values) {
      notNull(candidate, "candidate");
      Candidate existing = candidates.get(candidate);
      return scores(Scorer.SOLE, existing != null ? existing : Candidate.of(candidate), values);
    }

    /**
     * Builds the scorecard.
     *
     * @throws IllegalStateException if there is no criterion or no candidate
     * @throws IllegalArgumentException if scorers × candidates × criteria exceeds {@link #MAX_CELLS}
     */
    public Scorecard build() {
      if (criteria.isEmpty() || candidates.isEmpty()) {
        throw new IllegalStateException("A scorecard needs at least one criterion and one candidate, but has "
            + criteria.size() + " criteria and " + candidates.size() + " candidates");
      }
      long cells = (long) Math.max(scorers.size(), 1) * candidates.size() * criteria.size();
      if (cells > MAX_CELLS) {
        throw Check.refusal("Size of a scorecard (scorers × candidates × criteria = " + Math.max(scorers.size(), 1)
            + " × " + candidates.size() + " × " + criteria.size() + ")", "at most " + MAX_CELLS + " cells", cells);
      }
      return new Scorecard(ImmutableList.copyOf(criteria), ImmutableList.copyOf(candidates.values()),
          ImmutableList.copyOf(scorers), scores);
    }
  }
}
