package org.agricluster.scoring;

import static org.agricluster.internal.Check.notNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.agricluster.internal.Decimals;
import org.immutables.value.Value;

/**
 * An arithmetic audit of a published table: each printed total compared with the total of its own
 * scores. The CHAIN guide's §5.2 table prints 46 for Area 5, whose scores sum to 18.
 *
 * <pre>{@code
 * TotalsAudit audit = TotalsAudit.of(card.evaluate(), Map.of("Area 5", new BigDecimal("46"), ...));
 * audit.discrepancies();   // [Area 5: printed 46, computed 18, off by 28]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TotalsAudit {
  private final ImmutableList<Discrepancy> checked;

  private TotalsAudit(ImmutableList<Discrepancy> checked) {
    this.checked = checked;
  }

  /**
   * Audits printed totals, keyed by candidate name, against an evaluation's totals.
   *
   * @throws IllegalArgumentException if a name is not a candidate of the evaluation
   */
  public static TotalsAudit of(Evaluation evaluation, Map<String, BigDecimal> printedTotals) {
    notNull(evaluation, "evaluation");
    notNull(printedTotals, "printedTotals");
    List<Discrepancy> checked = new ArrayList<>();
    for (Candidate candidate : evaluation.scorecard().candidates()) {
      BigDecimal printed = printedTotals.get(candidate.name());
      if (printed != null) {
        checked.add(Discrepancy.of(candidate, printed, evaluation.total(candidate)));
      }
    }
    for (String name : printedTotals.keySet()) {
      evaluation.scorecard().candidate(name);
    }
    return new TotalsAudit(ImmutableList.copyOf(checked));
  }

  /**
   * The printed totals as a general {@link org.agricluster.audit.Audit}: each printed total against
   * its scores, with the verdict at its printed precision, to render like every other audit.
   */
  public org.agricluster.audit.Audit toAudit(String title) {
    org.agricluster.audit.PublishedTable.Builder t = org.agricluster.audit.PublishedTable.builder(title);
    for (int i = 0; i < checked.size(); i++) {
      Discrepancy d = checked.get(i);
      t.given("total-" + (i + 1), "total of " + d.candidate().name(), d.computed(), d.printed().toPlainString());
    }
    return t.build().audit();
  }

  /** Every printed total, with the computed one beside it, in scorecard order. */
  public ImmutableList<Discrepancy> checked() {
    return checked;
  }

  /** The printed totals that disagree with their scores. */
  public ImmutableList<Discrepancy> discrepancies() {
    return checked.stream().filter(d -> !d.agrees()).collect(ImmutableList.toImmutableList());
  }

  /** Whether every printed total agrees with its scores. */
  public boolean isClean() {
    return discrepancies().isEmpty();
  }

  @Override
  public String toString() {
    return isClean() ? "All " + checked.size() + " printed totals agree with their scores."
        : discrepancies().stream().map(Discrepancy::toString).collect(Collectors.joining("; "));
  }

  /**
   * One printed total beside the computed one.
   *
   * <p>This class is immutable and thread-safe.
   */
  public abstract static class Discrepancy {
    Discrepancy() {}

    static Discrepancy of(Candidate candidate, BigDecimal printed, BigDecimal computed) {
      return ImmutableDiscrepancy.builder().candidate(candidate).printed(printed).computed(computed).build();
    }

    /** The candidate. */
    public abstract Candidate candidate();

    /** The total as printed. */
    public abstract BigDecimal printed();

    /** The total of the candidate's scores. */
    public abstract BigDecimal computed();

    /** Totals are held without trailing zeros, so 12 and 12.0 are one value, however it is made. */
    @Value.Check
    Discrepancy normalize() {
      BigDecimal printed = Decimals.checked(printed(), "Printed total of " + candidate().name());
      BigDecimal computed = Decimals.normalize(computed());
      return printed.equals(printed()) && computed.equals(computed()) ? this
          : ImmutableDiscrepancy.builder().from(this).printed(printed).computed(computed).build();
    }

    /** {@code printed − computed}: positive when the table prints too much. */
    public BigDecimal difference() {
      return printed().subtract(computed());
    }

    /** Whether printed and computed agree. */
    public boolean agrees() {
      return difference().signum() == 0;
    }

    /** {@code Area 5: printed 46, computed 18, off by +28}. */
    @Override
    public String toString() {
      return candidate().name() + ": printed " + printed().toPlainString() + ", computed " + computed().toPlainString()
          + (agrees() ? ", agrees" : ", off by " + (difference().signum() > 0 ? "+" : "") + difference().toPlainString());
    }
  }
}
