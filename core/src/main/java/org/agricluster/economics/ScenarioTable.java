package org.agricluster.economics;

import static org.agricluster.internal.Check.notNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.agricluster.measure.Money;

/**
 * A budget's margin under several scenarios beside its baseline, with each scenario's change in SGM
 * per hectare: the table that shows what buying together or a premium is worth.
 *
 * <pre>{@code
 * ScenarioTable.of(budget, MarginPolicy.SIMPLIFIED_GROSS_MARGIN, List.of(bulk, premium)).rows();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ScenarioTable {
  private final GrossMargin baseline;
  private final ImmutableList<Row> rows;

  private ScenarioTable(GrossMargin baseline, ImmutableList<Row> rows) {
    this.baseline = baseline;
    this.rows = rows;
  }

  /** The baseline first, then each scenario, under one policy. */
  public static ScenarioTable of(CropBudget budget, MarginPolicy policy, List<Scenario> scenarios) {
    notNull(budget, "budget");
    notNull(policy, "policy");
    notNull(scenarios, "scenarios");
    GrossMargin base = budget.margin(policy);
    ImmutableList.Builder<Row> rows = ImmutableList.builder();
    rows.add(Row.of(Scenario.baseline(), base, base));
    for (Scenario scenario : scenarios) {
      rows.add(Row.of(notNull(scenario, "scenario"), scenario.applyTo(budget).margin(policy), base));
    }
    return new ScenarioTable(base, rows.build());
  }

  /** The baseline margin. */
  public GrossMargin baseline() {
    return baseline;
  }

  /** The baseline row, then one row per scenario. */
  public ImmutableList<Row> rows() {
    return rows;
  }

  @Override
  public String toString() {
    return "ScenarioTable{" + rows + "}";
  }

  /**
   * One scenario's margin and its difference from the baseline.
   *
   * <p>This class is immutable and thread-safe.
   */
  public abstract static class Row {
    Row() {}

    static Row of(Scenario scenario, GrossMargin margin, GrossMargin baseline) {
      return ImmutableRow.builder().scenario(scenario).margin(margin).baseline(baseline).build();
    }

    /** The scenario. */
    public abstract Scenario scenario();

    /** The margin under the scenario. */
    public abstract GrossMargin margin();

    /** The baseline's margin, which the change is measured from. */
    public abstract GrossMargin baseline();

    /** SGM per hectare under the scenario minus the baseline's. */
    public Money changePerHectare() {
      return margin().perHectare().minus(baseline().perHectare());
    }

    @Override
    public String toString() {
      return scenario().name() + ": SGM " + margin().sgm() + " (" + margin().perArea() + ", " + changePerHectare()
          + " vs baseline)";
    }
  }
}
