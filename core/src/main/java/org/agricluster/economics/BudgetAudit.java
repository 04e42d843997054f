package org.agricluster.economics;

import static org.agricluster.internal.Check.notNull;

import com.google.common.collect.ImmutableList;
import java.util.stream.Collectors;
import org.agricluster.measure.Money;
import org.immutables.value.Value;

/**
 * Checks a published budget's printed subtotals and totals against its own lines: each printed
 * figure is reported with the computed one and the difference.
 *
 * <pre>{@code
 * BudgetAudit audit = BudgetAudit.of(budget.margin())
 *     .printedSubtotal(CostCategory.FERTILISER, Money.of(KHR, 90_000))
 *     .printedTotalCost(Money.of(KHR, 400_000))
 *     .printedMargin(Money.of(KHR, 1_100_000));
 * audit.discrepancies();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BudgetAudit {
  private final GrossMargin margin;
  private final ImmutableList<Finding> findings;

  private BudgetAudit(GrossMargin margin, ImmutableList<Finding> findings) {
    this.margin = margin;
    this.findings = findings;
  }

  /** An audit of a margin's budget, with nothing printed checked yet. */
  public static BudgetAudit of(GrossMargin margin) {
    return new BudgetAudit(notNull(margin, "margin"), ImmutableList.of());
  }

  private BudgetAudit with(String label, Money printed, Money computed) {
    notNull(printed, "printed");
    return new BudgetAudit(margin, ImmutableList.<Finding>builder().addAll(findings)
        .add(Finding.of(label, printed, computed)).build());
  }

  /** Checks a printed subtotal of one cost category. */
  public BudgetAudit printedSubtotal(CostCategory category, Money printed) {
    notNull(category, "category");
    return with("subtotal " + category.label(), printed, margin.budget().cost(category));
  }

  /** Checks the printed total variable cost (under the margin's policy). */
  public BudgetAudit printedTotalCost(Money printed) {
    return with("total variable cost", printed, margin.variableCost());
  }

  /** Checks the printed revenue. */
  public BudgetAudit printedRevenue(Money printed) {
    return with("revenue", printed, margin.revenue());
  }

  /** Checks the printed gross margin. */
  public BudgetAudit printedMargin(Money printed) {
    return with("gross margin", printed, margin.sgm());
  }

  /**
   * The findings as a general {@link org.agricluster.audit.Audit}: each printed figure against the
   * computed one, with the verdict at its printed precision, to render like every other audit.
   */
  public org.agricluster.audit.Audit toAudit(String title) {
    org.agricluster.audit.PublishedTable.Builder t = org.agricluster.audit.PublishedTable.builder(title);
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      t.given("line-" + (i + 1), f.label(), f.computed(), f.printed().amount().toPlainString());
    }
    return t.build().audit();
  }

  /** Every printed figure checked, in the order given. */
  public ImmutableList<Finding> findings() {
    return findings;
  }

  /** The printed figures that disagree with the lines. */
  public ImmutableList<Finding> discrepancies() {
    return findings.stream().filter(f -> !f.agrees()).collect(ImmutableList.toImmutableList());
  }

  /** Whether every printed figure agrees. */
  public boolean isClean() {
    return discrepancies().isEmpty();
  }

  @Override
  public String toString() {
    return isClean() ? "All " + findings.size() + " printed figures agree with the budget's lines."
        : discrepancies().stream().map(Finding::toString).collect(Collectors.joining("; "));
  }

  /**
   * A printed figure beside the computed one.
   *
   * <p>This class is immutable and thread-safe.
   */
  public abstract static class Finding {
    Finding() {}

    static Finding of(String label, Money printed, Money computed) {
      return ImmutableFinding.builder().label(label).printed(printed).computed(computed).build();
    }

    /** What was checked ("subtotal fertiliser"). */
    public abstract String label();

    /** The figure as printed. */
    public abstract Money printed();

    /** The figure computed from the lines. */
    public abstract Money computed();

    /** Printed and computed are in one currency, however the finding is made. */
    @Value.Check
    void check() {
      difference();
    }

    /** {@code printed − computed}. */
    public Money difference() {
      return printed().minus(computed());
    }

    /** Whether printed and computed agree. */
    public boolean agrees() {
      return difference().isZero();
    }

    /** {@code subtotal fertiliser: printed KHR 90,000, computed KHR 85,000, off by KHR 5,000}. */
    @Override
    public String toString() {
      return label() + ": printed " + printed() + ", computed " + computed()
          + (agrees() ? ", agrees" : ", off by " + difference());
    }
  }
}
