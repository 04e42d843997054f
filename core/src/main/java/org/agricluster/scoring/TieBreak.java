package org.agricluster.scoring;

import static org.agricluster.internal.Check.notNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An explicit rule for ordering candidates whose totals are equal: by their aggregated score on
 * named criteria, in turn. Without one ({@link #NONE}), tied candidates share a rank and are listed
 * by name — never silently ordered by the order in which they were entered.
 *
 * <pre>{@code
 * TieBreak.byCriteria(marketPotential);   // the higher market potential ranks first
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public abstract class TieBreak {
  /** No tie-break: equal totals share a rank. */
  public static final TieBreak NONE = byCriteria(List.of());

  TieBreak() {}

  /** Breaks ties by the higher aggregated score on each criterion in turn; candidates still equal stay tied. */
  public static TieBreak byCriteria(Criterion first, Criterion... more) {
    notNull(first, "first");
    notNull(more, "more");
    return ImmutableTieBreak.builder().addCriteria(first).addCriteria(more).build();
  }

  /** Breaks ties by the criteria in turn; an empty list is {@link #NONE}. */
  public static TieBreak byCriteria(List<Criterion> criteria) {
    return ImmutableTieBreak.builder().criteria(notNull(criteria, "criteria")).build();
  }

  /** The criteria consulted in turn; empty for {@link #NONE}. */
  public abstract ImmutableList<Criterion> criteria();

  /** {@code ties shown as ties} or {@code ties broken by 'market potential', then 'impact potential'}. */
  @Override
  public String toString() {
    return criteria().isEmpty() ? "ties shown as ties"
        : "ties broken by " + criteria().stream().map(c -> "'" + c.name() + "'").collect(Collectors.joining(", then "));
  }
}
