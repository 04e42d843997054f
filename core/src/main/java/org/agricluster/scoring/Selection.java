package org.agricluster.scoring;

import com.google.common.collect.ImmutableList;
import java.util.stream.Collectors;

/**
 * The top N of a {@link Ranking} with the rule applied to candidates tied across the cut-off, stated
 * in the result: it never keeps a candidate while leaving out one with a strictly higher total.
 *
 * <pre>{@code
 * Selection priority = ranking.top(5, CutOff.INCLUDE_TIES);
 * priority.selected();     // the priority areas
 * priority.statement();    // "Top 5 by ...: Area 3, Area 5, ...; candidates tied at the cut-off are all included ..."
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Selection {
  private final int n;
  private final CutOff cutOff;
  private final String method;
  private final ImmutableList<Ranking.Entry> selected;
  private final ImmutableList<Ranking.Entry> leftOut;
  private final ImmutableList<Ranking.Entry> tiedAtCutOff;

  Selection(int n, CutOff cutOff, String method, ImmutableList<Ranking.Entry> selected,
      ImmutableList<Ranking.Entry> leftOut, ImmutableList<Ranking.Entry> tiedAtCutOff) {
    this.n = n;
    this.cutOff = cutOff;
    this.method = method;
    this.selected = selected;
    this.leftOut = leftOut;
    this.tiedAtCutOff = tiedAtCutOff;
  }

  /** The N asked for. */
  public int requested() {
    return n;
  }

  /** The rule for ties at the cut-off. */
  public CutOff cutOff() {
    return cutOff;
  }

  /** The entries selected, by rank. */
  public ImmutableList<Ranking.Entry> selected() {
    return selected;
  }

  /** The candidates selected, by rank. */
  public ImmutableList<Candidate> candidates() {
    return selected.stream().map(Ranking.Entry::candidate).collect(ImmutableList.toImmutableList());
  }

  /** The entries not selected, by rank. */
  public ImmutableList<Ranking.Entry> leftOut() {
    return leftOut;
  }

  /** The entries whose tie straddled the cut-off (included or excluded by the rule); often empty. */
  public ImmutableList<Ranking.Entry> tiedAtCutOff() {
    return tiedAtCutOff;
  }

  /** The selection in words, with the method and the cut-off rule. */
  public String statement() {
    String names = selected.stream().map(e -> e.candidate().name()).collect(Collectors.joining(", "));
    String ties = tiedAtCutOff.isEmpty() ? "no tie at the cut-off"
        : "tied at the cut-off: " + tiedAtCutOff.stream().map(e -> e.candidate().name()).collect(Collectors.joining(", "))
            + " — " + cutOff.statement();
    return "Top " + n + " (" + method + "): " + (names.isEmpty() ? "none" : names) + "; " + ties + ".";
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof Selection)) {
      return false;
    }
    Selection other = (Selection) obj;
    return n == other.n && cutOff == other.cutOff && selected.equals(other.selected) && leftOut.equals(other.leftOut);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(n, cutOff, selected, leftOut);
  }

  @Override
  public String toString() {
    return statement();
  }
}
