package org.agricluster.audit;

import com.google.common.collect.ImmutableList;
import org.agricluster.internal.Check;
import org.agricluster.internal.Words;

/**
 * The findings of an audit of one published table, one per printed figure, in the table's order.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param title the table audited
 * @param findings the findings
 */
public record Audit(String title, ImmutableList<Finding> findings) {
  /** Validates and copies the audit. */
  public Audit {
    Check.notNull(title, "title");
    findings = ImmutableList.copyOf(Check.notNull(findings, "findings"));
  }

  /** The findings whose verdict is {@link Verdict#WRONG}: the errors, each at its source. */
  public ImmutableList<Finding> wrong() {
    return findings.stream().filter(f -> f.verdict() == Verdict.WRONG).collect(ImmutableList.toImmutableList());
  }

  /** The findings that follow from an error elsewhere. */
  public ImmutableList<Finding> consequences() {
    return findings.stream().filter(f -> f.verdict() == Verdict.CONSEQUENCE).collect(ImmutableList.toImmutableList());
  }

  /** Whether every printed figure is consistent with the model. */
  public boolean isClean() {
    return findings.stream().allMatch(f -> f.verdict().isConsistent());
  }

  /** The finding of a figure. */
  public Finding finding(String id) {
    Check.notNull(id, "id");
    return findings.stream().filter(f -> f.id().equals(id)).findFirst()
        .orElseThrow(() -> Check.refusal("Figure id", "one of " + findings.stream().map(Finding::id).toList(), Check.quoted(id)));
  }

  /** {@code Audit{Maize budget: 9 figures, 1 wrong, 2 consequences}}. */
  @Override
  public String toString() {
    return "Audit{" + title + ": " + Words.count(findings.size(), "figure") + ", " + wrong().size() + " wrong, "
        + Words.count(consequences().size(), "consequence") + "}";
  }
}
