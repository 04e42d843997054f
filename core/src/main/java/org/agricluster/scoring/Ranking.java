package org.agricluster.scoring;

import static org.agricluster.internal.Check.notNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.agricluster.internal.Check;
import org.agricluster.internal.Decimals;
import org.agricluster.internal.Rational;
import org.immutables.value.Value;

/**
 * Candidates in competition ranking ("1224"): the best total is rank 1, equal totals share a rank
 * and the next rank skips accordingly (1, 1, 3). Ties are shown as ties — tied candidates are
 * listed by name — unless the method names an explicit {@link TieBreak}. The order in which
 * candidates, criteria or scorers were entered never decides a rank.
 *
 * <pre>{@code
 * Ranking r = card.ranking();
 * r.rankOf(card.candidate("Area 1"));   // 3
 * r.top(5, CutOff.INCLUDE_TIES);        // CHAIN §5.1 step 3: up to five priority areas
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Ranking {
  /** The method of a ranking built from published totals. */
  static final String FROM_TOTALS = "published totals, higher first; ties shown as ties";

  private final Optional<Evaluation> evaluation;
  private final String method;
  private final ImmutableList<Entry> entries;

  private Ranking(Optional<Evaluation> evaluation, String method, ImmutableList<Entry> entries) {
    this.evaluation = evaluation;
    this.method = method;
    this.entries = entries;
  }

  /**
   * A ranking built directly from published totals — a table's final scores or a weighted mean of
   * 3.4 on a 1–5 scale — when the scores behind them are not published: the same competition ranks
   * and tie rules as a scorecard's ranking with the same totals (equal totals share a rank; ties are
   * listed by name, never decided by input order).
   *
   * @throws IllegalArgumentException if there are no totals, a name is blank or a total is outside
   *     the supported range
   */
  public static Ranking ofTotals(Map<String, BigDecimal> totals) {
    notNull(totals, "totals");
    if (totals.isEmpty()) {
      throw Check.refusal("Published totals to rank", "at least one", "none");
    }
    Map<Candidate, BigDecimal> byCandidate = new LinkedHashMap<>();
    totals.forEach((name, total) -> byCandidate.put(Candidate.of(name),
        Decimals.checked(notNull(total, "total of " + name), "Total of '" + name + "'")));
    Comparator<Candidate> better = (a, b) -> byCandidate.get(b).compareTo(byCandidate.get(a));
    return new Ranking(Optional.empty(), FROM_TOTALS, competitionRanks(byCandidate.keySet(), better, byCandidate::get));
  }

  /**
   * The entries of candidates in competition ranking: best first by {@code better}, equal ones
   * sharing a rank and listed by name.
   */
  private static ImmutableList<Entry> competitionRanks(Collection<Candidate> candidates, Comparator<Candidate> better,
      Function<Candidate, BigDecimal> total) {
    List<Candidate> sorted = new ArrayList<>(candidates);
    sorted.sort(better.thenComparing(Comparator.naturalOrder()));
    List<Entry> entries = new ArrayList<>(sorted.size());
    int groupStart = 0;
    for (int i = 1; i <= sorted.size(); i++) {
      if (i == sorted.size() || better.compare(sorted.get(groupStart), sorted.get(i)) != 0) {
        boolean tied = i - groupStart > 1;
        for (int j = groupStart; j < i; j++) {
          entries.add(Entry.of(sorted.get(j), total.apply(sorted.get(j)), groupStart + 1, tied));
        }
        groupStart = i;
      }
    }
    return ImmutableList.copyOf(entries);
  }

  static Ranking of(Evaluation evaluation) {
    List<Criterion> tieBreak = evaluation.method().tieBreak().criteria();
    Comparator<Candidate> better = (a, b) -> {
      int byTotal = evaluation.exactTotal(b).compareTo(evaluation.exactTotal(a));
      for (int i = 0; byTotal == 0 && i < tieBreak.size(); i++) {
        byTotal = compareScores(evaluation.exactScore(b, tieBreak.get(i)), evaluation.exactScore(a, tieBreak.get(i)));
      }
      return byTotal;
    };
    return new Ranking(Optional.of(evaluation), evaluation.method().describe(),
        competitionRanks(evaluation.scorecard().candidates(), better, evaluation::total));
  }

  private static int compareScores(Optional<Rational> a, Optional<Rational> b) {
    if (a.isPresent() && b.isPresent()) {
      return a.get().compareTo(b.get());
    }
    return Boolean.compare(a.isPresent(), b.isPresent());
  }

  /** The evaluation ranked; empty for a ranking built from published totals ({@link #ofTotals}). */
  public Optional<Evaluation> evaluation() {
    return evaluation;
  }

  /** The method used, in words, to print with the ranking. */
  public String method() {
    return method;
  }

  /** The entries by rank; tied candidates share a rank and are listed by name. */
  public ImmutableList<Entry> entries() {
    return entries;
  }

  /**
   * A candidate's rank (1 is best).
   *
   * @throws IllegalArgumentException if the candidate is not ranked here
   */
  public int rankOf(Candidate candidate) {
    return entry(candidate).rank();
  }

  /** The entry of a candidate. */
  public Entry entry(Candidate candidate) {
    notNull(candidate, "candidate");
    return entries.stream().filter(e -> e.candidate().equals(candidate)).findFirst()
        .orElseThrow(() -> Check.refusal("Candidate", "one of the ranked "
            + entries.stream().map(e -> e.candidate().name()).toList(), candidate));
  }

  /** The entry of the candidate with a name. */
  public Entry entry(String candidateName) {
    notNull(candidateName, "candidateName");
    return entries.stream().filter(e -> e.candidate().name().equals(candidateName)).findFirst()
        .orElseThrow(() -> Check.refusal("Candidate name", "one of the ranked "
            + entries.stream().map(e -> e.candidate().name()).toList(), Check.quoted(candidateName)));
  }

  /**
   * The top {@code n} candidates ("up to five priority areas", CHAIN §5.1 step 3), with an explicit
   * rule for candidates tied across the cut-off.
   *
   * @param n {@code >= 1}
   * @throws IllegalArgumentException if {@code n < 1}
   */
  public Selection top(int n, CutOff cutOff) {
    notNull(cutOff, "cutOff");
    if (n < 1) {
      throw Check.refusal("Number of candidates to select", ">= 1", n);
    }
    List<Entry> selected = new ArrayList<>();
    List<Entry> tiedAtCutOff = new ArrayList<>();
    java.util.Map<Integer, Long> groupSizes = entries.stream()
        .collect(Collectors.groupingBy(Entry::rank, Collectors.counting()));
    for (Entry e : entries) {
      int lastPlaceOfGroup = e.rank() + groupSizes.get(e.rank()).intValue() - 1;
      boolean straddles = e.rank() <= n && lastPlaceOfGroup > n;
      if (straddles) {
        tiedAtCutOff.add(e);
      }
      if (e.rank() <= n && (!straddles || cutOff == CutOff.INCLUDE_TIES)) {
        selected.add(e);
      }
    }
    List<Entry> left = entries.subList(selected.size(), entries.size());
    return Selection.of(n, cutOff, method(), ImmutableList.copyOf(selected), ImmutableList.copyOf(left),
        ImmutableList.copyOf(tiedAtCutOff));
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Ranking && ((Ranking) obj).entries.equals(entries)
        && ((Ranking) obj).method().equals(method());
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(entries, method());
  }

  /** One line per entry, then the method: {@code 1. Area 3 — 23; 2. Area 5 — 18; 3= Area 1 — 12; ...}. */
  @Override
  public String toString() {
    return entries.stream().map(Entry::toString).collect(Collectors.joining("; ")) + " (" + method() + ")";
  }

  /**
   * One ranked candidate: its total, its rank and whether it shares the rank.
   *
   * <p>This class is immutable and thread-safe.
   */
  public abstract static class Entry {
    Entry() {}

    static Entry of(Candidate candidate, BigDecimal total, int rank, boolean tied) {
      return ImmutableEntry.builder().candidate(candidate).total(total).rank(rank).isTied(tied).build();
    }

    /** The candidate. */
    public abstract Candidate candidate();

    /** The candidate's total. */
    public abstract BigDecimal total();

    /** The competition rank, 1 being best. */
    public abstract int rank();

    /** Whether another candidate shares this rank. */
    public abstract boolean isTied();

    /** The total is held without trailing zeros, so equal totals make equal entries. */
    @Value.Check
    Entry normalize() {
      BigDecimal total = Decimals.normalize(total());
      return total.equals(total()) ? this : ImmutableEntry.builder().from(this).total(total).build();
    }

    /** {@code 3} or, when tied, {@code 3=}. */
    public String rankText() {
      return rank() + (isTied() ? "=" : "");
    }

    /** {@code 3= Area 1 — 12}. */
    @Override
    public String toString() {
      return rankText() + (isTied() ? " " : ". ") + candidate().name() + " — " + total().toPlainString();
    }
  }
}
