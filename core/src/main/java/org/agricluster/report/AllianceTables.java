package org.agricluster.report;

import static org.agricluster.internal.Check.notNull;

import java.math.RoundingMode;
import java.util.List;
import org.agricluster.strategy.BusinessPlan;
import org.agricluster.strategy.ProductiveAlliance;

/** Tables of a productive alliance: its business plan's financing and its deliveries against the purchase agreement. */
public final class AllianceTables {
  private AllianceTables() {}

  /** The investments, then each line of financing with its source, payer, amount and share of the total. */
  public static Table financing(BusinessPlan plan) {
    notNull(plan, "plan");
    Table.Builder t = Table.builder("Business plan: " + plan.name()).column("Line", Table.Align.LEFT).column("Who", Table.Align.LEFT)
        .column("Amount", Table.Align.RIGHT).column("Share", Table.Align.RIGHT);
    for (BusinessPlan.Investment i : plan.investments()) {
      t.row("investment: " + i.item(), "", i.amount().toString(), "");
    }
    t.row("total", "", plan.total().toString(), "100%");
    for (BusinessPlan.Financing f : plan.financing()) {
      t.row("financing: " + f.source().label(), f.payer().name(), f.amount().toString(),
          org.agricluster.measure.Share.ofRatio(f.amount().amount(), plan.total().amount()).toPercent(1, RoundingMode.HALF_EVEN)
              .stripTrailingZeros().toPlainString() + "%");
    }
    return t.note("The financing sums to exactly the investments; by source: " + plan.shares().entrySet().stream()
        .map(e -> e.getKey().label() + " " + e.getValue().toPercent(1, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString() + "%")
        .reduce((a, b) -> a + ", " + b).orElse("") + ".").build();
  }

  /** Month by month: agreed, delivered, shortfall and the percentage delivered. */
  public static Table monitoring(List<ProductiveAlliance.PeriodCheck> checks) {
    notNull(checks, "checks");
    Table.Builder t = Table.builder("Deliveries against the purchase agreement").column("Month", Table.Align.LEFT)
        .column("Agreed", Table.Align.RIGHT).column("Delivered", Table.Align.RIGHT).column("Short", Table.Align.RIGHT)
        .column("Delivered %", Table.Align.RIGHT);
    for (ProductiveAlliance.PeriodCheck c : checks) {
      t.row(c.month().toString(), kg(c.agreed()), kg(c.delivered()), c.shortfall().isZero() ? "" : kg(c.shortfall()),
          c.percentDelivered().map(p -> p.toPlainString() + "%").orElse("–"));
    }
    return t.build();
  }

  private static String kg(org.agricluster.measure.Mass m) {
    return Table.number(m.toKilograms().setScale(0, RoundingMode.HALF_EVEN)) + " kg";
  }
}
