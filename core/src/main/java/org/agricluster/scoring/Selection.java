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
public abstract class Selection {
  Selection() {}

  static Selection of(int n, CutOff cutOff, String method, ImmutableList<Ranking.Entry> selected,
      ImmutableList<Ranking.Entry> leftOut, ImmutableList<Ranking.Entry> tiedAtCutOff) {
    return ImmutableSelection.builder().requested(n).cutOff(cutOff).method(method).selected(selected).leftOut(leftOut)
        .tiedAtCutOff(tiedAtCutOff).build();
  }

  /** The N asked for. */
  public abstract int requested();

  /** The rule for ties at the cut-off. */
  public abstract CutOff cutOff();

  /** How the ranking was made ("sum of the mean scores"). */
  public abstract String method();

  /** The entries selected, by rank. */
  public abstract ImmutableList<Ranking.Entry> selected();

  /** The entries not selected, by rank. */
  public abstract ImmutableList<Ranking.Entry> leftOut();

  /** The entries whose tie straddled the cut-off (included or excluded by the rule); often empty. */
  public abstract ImmutableList<Ranking.Entry> tiedAtCutOff();

  /** The candidates selected, by rank. */
  public ImmutableList<Candidate> candidates() {
    return selected().stream().map(Ranking.Entry::candidate).collect(ImmutableList.toImmutableList());
  }

  /** The selection in words, with the method and the cut-off rule. */
  public String statement() {
    String names = selected().stream().map(e -> e.candidate().name()).collect(Collectors.joining(", "));
    String ties = tiedAtCutOff().isEmpty() ? "no tie at the cut-off"
        : "tied at the cut-off: " + tiedAtCutOff().stream().map(e -> e.candidate().name()).collect(Collectors.joining(", "))
            + " — " + cutOff().statement();
    return "Top " + requested() + " (" + method() + "): " + (names.isEmpty() ? "none" : names) + "; " + ties + ".";
  }

  @Override
  public String toString() {
    return statement();
  }
}
