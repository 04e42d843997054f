package org.agricluster.cluster;

import static org.agricluster.internal.Check.notNull;

/**
 * One check of an {@link InclusionReport}: what was measured, against which threshold, whether it
 * passes, and a verdict in plain language.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class InclusionCheck {
  private final String name;
  private final String measured;
  private final String threshold;
  private final boolean passes;
  private final String verdict;

  private InclusionCheck(String name, String measured, String threshold, boolean passes, String verdict) {
    this.name = name;
    this.measured = measured;
    this.threshold = threshold;
    this.passes = passes;
    this.verdict = verdict;
  }

  static InclusionCheck of(String name, String measured, String threshold, boolean passes, String verdict) {
    return new InclusionCheck(notNull(name, "name"), notNull(measured, "measured"), notNull(threshold, "threshold"), passes,
        notNull(verdict, "verdict"));
  }

  /** What is checked ("Women among leaders"). */
  public String name() {
    return name;
  }

  /** The measured value, as text ("16%"). */
  public String measured() {
    return measured;
  }

  /** The threshold, as text ("&gt;= 30%"). */
  public String threshold() {
    return threshold;
  }

  /** Whether the threshold is met. */
  public boolean passes() {
    return passes;
  }

  /** The verdict in plain language. */
  public String verdict() {
    return verdict;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof InclusionCheck && ((InclusionCheck) obj).toString().equals(toString());
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }

  /** {@code Women among leaders: 16% (>= 30%) FAILS — women hold 16% of the 405 committee seats}. */
  @Override
  public String toString() {
    return name + ": " + measured + " (" + threshold + ") " + (passes ? "ok" : "FAILS") + " — " + verdict;
  }
}
