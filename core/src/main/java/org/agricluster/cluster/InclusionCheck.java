package org.agricluster.cluster;


/**
 * One check of an {@link InclusionReport}: what was measured, against which threshold, whether it
 * passes, and a verdict in plain language.
 *
 * <p>This class is immutable and thread-safe.
 */
public abstract class InclusionCheck {
  InclusionCheck() {}

  static InclusionCheck of(String name, String measured, String threshold, boolean passes, String verdict) {
    return ImmutableInclusionCheck.builder().name(name).measured(measured).threshold(threshold).passes(passes)
        .verdict(verdict).build();
  }

  /** What is checked ("Women among leaders"). */
  public abstract String name();

  /** The measured value, as text ("16%"). */
  public abstract String measured();

  /** The threshold, as text ("&gt;= 30%"). */
  public abstract String threshold();

  /** Whether the threshold is met. */
  public abstract boolean passes();

  /** The verdict in plain language. */
  public abstract String verdict();

  /** {@code Women among leaders: 16% (>= 30%) FAILS — women hold 16% of the 405 committee seats}. */
  @Override
  public String toString() {
    return name() + ": " + measured() + " (" + threshold() + ") " + (passes() ? "ok" : "FAILS") + " — " + verdict();
  }
}
