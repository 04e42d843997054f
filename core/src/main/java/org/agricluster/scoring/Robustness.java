package org.agricluster.scoring;

import static org.agricluster.internal.Check.notNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.agricluster.internal.Words;

/**
 * Does the selected set change when any one scorer or any one criterion is dropped? A selection
 * that survives every such drop is robust; one that does not says which drop changes it and how.
 *
 * <pre>{@code
 * Robustness check = Robustness.of(card, ScoringMethod.defaults(), 5, CutOff.INCLUDE_TIES);
 * check.isRobust();
 * check.verdict();   // "Robust: the same 5 areas are selected whichever scorer or criterion is dropped."
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Robustness {
  private final Selection baseline;
  private final ImmutableList<Variation> variations;

  private Robustness(Selection baseline, ImmutableList<Variation> variations) {
    this.baseline = baseline;
    this.variations = variations;
  }

  /**
   * Runs the check: the baseline selection, then the same selection with each scorer (when there
   * are at least two) and each criterion (when there are at least two) dropped in turn.
   *
   * @throws IllegalStateException if the baseline itself cannot be evaluated by the method
   */
  public static Robustness of(Scorecard card, ScoringMethod method, int n, CutOff cutOff) {
    notNull(card, "card");
    notNull(method, "method");
    notNull(cutOff, "cutOff");
    Selection baseline = card.ranking(method).top(n, cutOff);
    List<Variation> variations = new ArrayList<>();
    if (card.scorers().size() > 1) {
      for (Scorer scorer : card.scorers()) {
        variations.add(variation("scorer " + scorer, card.withoutScorer(scorer), method, n, cutOff, baseline));
      }
    }
    if (card.criteria().size() > 1) {
      for (Criterion criterion : card.criteria()) {
        ScoringMethod adjusted = method;
        if (method.tieBreak().criteria().contains(criterion)) {
          List<Criterion> rest = new ArrayList<>(method.tieBreak().criteria());
          rest.remove(criterion);
          adjusted = method.withTieBreak(TieBreak.byCriteria(rest));
        }
        variations.add(variation("criterion '" + criterion.name() + "'", card.withoutCriterion(criterion), adjusted, n,
            cutOff, baseline));
      }
    }
    return new Robustness(baseline, ImmutableList.copyOf(variations));
  }

  private static Variation variation(String dropped, Scorecard reduced, ScoringMethod method, int n, CutOff cutOff,
      Selection baseline) {
    try {
      Selection selection = reduced.ranking(method).top(n, cutOff);
      return new Variation(dropped, Optional.of(selection), "", ImmutableSet.copyOf(baseline.candidates()));
    } catch (IllegalStateException e) {
      return new Variation(dropped, Optional.empty(), e.getMessage(), ImmutableSet.copyOf(baseline.candidates()));
    }
  }

  /** The selection with nothing dropped. */
  public Selection baseline() {
    return baseline;
  }

  /** One variation per scorer and per criterion dropped. */
  public ImmutableList<Variation> variations() {
    return variations;
  }

  /** The variations whose selected set differs from the baseline's (or could not be computed). */
  public ImmutableList<Variation> changes() {
    return variations.stream().filter(v -> !v.isSameSelection()).collect(ImmutableList.toImmutableList());
  }

  /** Whether every variation selects the same set as the baseline. */
  public boolean isRobust() {
    return changes().isEmpty();
  }

  /** The verdict in words. */
  public String verdict() {
    if (isRobust()) {
      return "Robust: the same " + Words.count(baseline.selected().size(), "candidate is", "candidates are")
          + " selected whichever of " + Words.count(variations.size(), "scorer or criterion", "scorers or criteria") + " is dropped.";
    }
    return "Sensitive: " + changes().size() + " of " + variations.size() + " drops change the selection — "
        + changes().stream().map(Variation::toString).collect(Collectors.joining("; ")) + ".";
  }

  @Override
  public String toString() {
    return verdict();
  }

  /**
   * The selection with one scorer or criterion dropped.
   *
   * <p>This class is immutable and thread-safe.
   */
  public static final class Variation {
    private final String dropped;
    private final Optional<Selection> selection;
    private final String problem;
    private final ImmutableSet<Candidate> baseline;

    Variation(String dropped, Optional<Selection> selection, String problem, ImmutableSet<Candidate> baseline) {
      this.dropped = dropped;
      this.selection = selection;
      this.problem = problem;
      this.baseline = baseline;
    }

    /** What was dropped: {@code scorer Mr Panha [trader]} or {@code criterion 'market potential'}. */
    public String dropped() {
      return dropped;
    }

    /** The selection without it; absent when the method could not evaluate the reduced scorecard. */
    public Optional<Selection> selection() {
      return selection;
    }

    /** Why the reduced scorecard could not be evaluated; empty when it could. */
    public String problem() {
      return problem;
    }

    /** Whether the selected set equals the baseline's. */
    public boolean isSameSelection() {
      return selection.isPresent() && ImmutableSet.copyOf(selection.get().candidates()).equals(baseline);
    }

    /** Candidates selected without the dropped one that the baseline did not select. */
    public ImmutableSet<Candidate> added() {
      return selection.map(s -> s.candidates().stream().filter(c -> !baseline.contains(c))
          .collect(ImmutableSet.toImmutableSet())).orElse(ImmutableSet.of());
    }

    /** Candidates the baseline selected that are not selected without the dropped one. */
    public ImmutableSet<Candidate> removed() {
      return selection.map(s -> baseline.stream().filter(c -> !s.candidates().contains(c))
          .collect(ImmutableSet.toImmutableSet())).orElse(ImmutableSet.of());
    }

    /** {@code without criterion 'x': + Area 4, − Area 1}. */
    @Override
    public String toString() {
      if (selection.isEmpty()) {
        return "without " + dropped + ": not computable (" + problem + ")";
      }
      if (isSameSelection()) {
        return "without " + dropped + ": same selection";
      }
      return "without " + dropped + ": "
          + added().stream().map(c -> "+ " + c.name()).collect(Collectors.joining(", "))
          + (added().isEmpty() || removed().isEmpty() ? "" : ", ")
          + removed().stream().map(c -> "− " + c.name()).collect(Collectors.joining(", "));
    }
  }
}
