package org.agricluster.report;

import static org.agricluster.internal.Check.notNull;

import java.math.RoundingMode;
import org.agricluster.economics.ChainFlow;
import org.agricluster.economics.CollectionLedger;
import org.agricluster.economics.CostLine;
import org.agricluster.economics.CropBudget;
import org.agricluster.economics.Delivery;
import org.agricluster.economics.GradeSale;
import org.agricluster.economics.GrossMargin;
import org.agricluster.economics.MemberStatement;
import org.agricluster.economics.PaymentSplit;
import org.agricluster.economics.ScenarioTable;
import org.agricluster.measure.Mass;
import org.agricluster.measure.Money;
import org.agricluster.measure.PricePerMass;

/**
 * Tables of farm economics, ready for {@link Table#toText()} or {@link Table#toMarkdown()}: a crop
 * budget with its margin, a scenario table, a chain-margin table, a collection-point day and a
 * member statement. Money is shown rounded half-even to the currency's practical scale; the
 * computations behind it stay exact.
 */
public final class EconomicsTables {
  private EconomicsTables() {}

  private static String money(Money m) {
    return m.rounded(RoundingMode.HALF_EVEN).toString();
  }

  private static String price(PricePerMass p) {
    return p.rounded(RoundingMode.HALF_EVEN).toString();
  }

  private static String mass(Mass m) {
    return Table.number(m.toKilograms()) + " kg";
  }

  /** The budget's lines, revenue, cost and margin with its companions and the policy. */
  public static Table budget(GrossMargin margin) {
    notNull(margin, "margin");
    CropBudget b = margin.budget();
    Table.Builder t = Table.builder("Crop budget: " + b.crop() + " on " + b.area() + " (" + Table.number(b.area().toHectares()) + " ha)")
        .column("Line", Table.Align.LEFT).column("Quantity", Table.Align.RIGHT).column("Price", Table.Align.RIGHT)
        .column("Amount", Table.Align.RIGHT);
    t.row("harvested", mass(b.harvested()), "", "");
    t.row("lost (" + b.lossShare() + ")", mass(b.lost()), "", "");
    t.row("own use (" + b.ownUseShare() + ")", mass(b.ownUse()), "", "");
    t.row("marketable", mass(b.marketable()), "", "");
    for (GradeSale s : b.sales()) {
      Mass sold = Mass.ofKilograms(s.share().applyTo(b.marketable().toKilograms()));
      t.row("sale " + s.grade() + " (" + s.share() + ")", mass(sold), price(s.price()), money(s.price().multipliedBy(sold)));
    }
    t.row("Revenue", "", "", money(margin.revenue()));
    for (CostLine line : b.costs()) {
      boolean counted = margin.policy().counts(line.category());
      t.row(line.category().label() + ": " + line.item() + (counted ? "" : " (not counted)"),
          Table.number(line.quantity()) + " " + line.unit(), money(line.unitPrice()), money(line.amount()));
    }
    t.row("Variable cost", "", "", money(margin.variableCost()));
    t.row("Simplified gross margin", "", "", money(margin.sgm()));
    t.row("  per 1,000 m²", "", "", money(margin.perArea().amountPerThousandSquareMetres()));
    t.row("  per ha", "", "", money(margin.perArea().amountPerHectare()));
    margin.grossMarginRatio().ifPresent(r -> t.note("Gross-margin ratio: " + Table.number(r.movePointRight(2)) + "%."));
    margin.returnOnVariableCost().ifPresent(r -> t.note("Return on variable cost: " + Table.number(r.movePointRight(2)) + "%."));
    margin.breakEvenPrice().ifPresent(p -> t.note("Break-even price: " + price(p) + "."));
    margin.breakEvenYield().ifPresent(y -> t.note("Break-even marketable quantity: " + mass(y) + "."));
    margin.returnPerDay().ifPresent(d -> t.note("Return per day of land occupation: " + money(d) + "."));
    return t.note("Policy: " + margin.policy() + ".").build();
  }

  /** Each scenario's SGM, SGM per ha and change per ha against the baseline. */
  public static Table scenarios(ScenarioTable table) {
    notNull(table, "table");
    Table.Builder t = Table.builder("Scenarios: " + table.baseline().budget().crop()).column("Scenario", Table.Align.LEFT)
        .column("SGM", Table.Align.RIGHT).column("SGM per ha", Table.Align.RIGHT).column("Change per ha", Table.Align.RIGHT);
    for (ScenarioTable.Row row : table.rows()) {
      t.row(row.scenario().name(), money(row.margin().sgm()), money(row.margin().perArea().amountPerHectare()),
          money(row.changePerHectare()));
    }
    table.rows().stream().skip(1).forEach(r -> t.note(r.scenario().toString()));
    return t.note("Policy: " + table.baseline().policy() + ".").build();
  }

  /** Each actor's volumes, prices, margin, margin per kg and share of the final price. */
  public static Table chain(ChainFlow flow) {
    notNull(flow, "flow");
    Table.Builder t = Table.builder("Margins along the chain").column("Actor", Table.Align.LEFT)
        .column("Bought", Table.Align.RIGHT).column("Sold", Table.Align.RIGHT).column("Buy price", Table.Align.RIGHT)
        .column("Sell price", Table.Align.RIGHT).column("Own costs", Table.Align.RIGHT).column("Margin", Table.Align.RIGHT)
        .column("Per kg sold", Table.Align.RIGHT).column("Share of final price", Table.Align.RIGHT);
    for (ChainFlow.Stage s : flow.stages()) {
      t.row(s.actor() + " (" + s.role() + ")", mass(s.bought()), mass(s.sold()), price(s.buyPrice()), price(s.sellPrice()),
          price(s.costsPerKg()), money(s.margin()), s.marginPerKilogram().map(EconomicsTables::price).orElse("–"),
          flow.shareOfFinalPrice(s).map(p -> Table.number(p) + "%").orElse("–"));
    }
    return t.note("Share of the final price: (sell price − buy price) ÷ " + price(flow.finalPrice()) + ".").build();
  }

  /** A collection-point day: each delivery valued, each member's total and the expected payment. */
  public static Table ledger(CollectionLedger ledger) {
    notNull(ledger, "ledger");
    Table.Builder t = Table.builder("Collection point").column("Date", Table.Align.LEFT).column("Member", Table.Align.LEFT)
        .column("Crop", Table.Align.LEFT).column("Grade", Table.Align.LEFT).column("Mass", Table.Align.RIGHT)
        .column("Value", Table.Align.RIGHT);
    for (Delivery d : ledger.deliveries()) {
      t.row(d.date().toString(), d.member(), d.crop(), d.grade(), mass(d.mass()), money(ledger.valueOf(d)));
    }
    t.row("", "Expected payment", "", "", "", money(ledger.expectedPayment()));
    return t.build();
  }

  /** Each member's delivered value and part of a split, and the remainder. */
  public static Table split(CollectionLedger ledger, PaymentSplit split) {
    notNull(ledger, "ledger");
    notNull(split, "split");
    Table.Builder t = Table.builder("Payment of " + split.received() + " split by delivered value")
        .column("Member", Table.Align.LEFT).column("Delivered value", Table.Align.RIGHT)
        .column("Paid (multiples of " + split.unit() + ")", Table.Align.RIGHT);
    split.parts().forEach((member, part) -> t.row(member, money(ledger.valueByMember().get(member)), part.toString()));
    Money paid = Money.total(split.received().currency(), split.parts().values());
    t.row("total", money(ledger.expectedPayment()), paid.toString());
    return t.note("Remainder kept by the cluster: " + split.remainder() + "; parts + remainder = " + paid.plus(split.remainder())
        + " = the amount received.").build();
  }

  /** One member's statement: deliveries, values and payout. */
  public static Table statement(MemberStatement statement) {
    notNull(statement, "statement");
    Table.Builder t = Table.builder("Statement for " + statement.member()).column("Date", Table.Align.LEFT)
        .column("Crop", Table.Align.LEFT).column("Grade", Table.Align.LEFT).column("Mass", Table.Align.RIGHT)
        .column("Value", Table.Align.RIGHT);
    for (Delivery d : statement.deliveries()) {
      t.row(d.date().toString(), d.crop(), d.grade(), mass(d.mass()), money(statement.valueOf(d)));
    }
    t.row("", "", "Total", "", money(statement.value()));
    t.note("Share of the delivered value: " + statement.shareOfValue() + "; paid " + statement.payout() + ".");
    for (org.agricluster.economics.Deduction d : statement.deductions()) {
      t.note("Less " + d + ".");
    }
    if (!statement.deductions().isEmpty()) {
      t.note("Net payout " + statement.netPayout() + (statement.carriedOver().isZero() ? "."
          : "; " + statement.carriedOver() + " of the deductions carried over to the next payment."));
    }
    return t.build();
  }

  /** A seed supply system's flows: seller, buyer, product, quantity, price, value; totals per product in the notes. */
  public static Table seedFlows(org.agricluster.economics.SeedSupplySystem system) {
    notNull(system, "system");
    Table.Builder t = Table.builder("Seed flows in the system led by " + system.lead().name()).column("Seller", Table.Align.LEFT)
        .column("Buyer", Table.Align.LEFT).column("Product", Table.Align.LEFT).column("Quantity", Table.Align.RIGHT)
        .column("Price", Table.Align.RIGHT).column("Value", Table.Align.RIGHT);
    for (org.agricluster.economics.SeedFlow f : system.flows()) {
      t.row(f.seller().name(), f.buyer().name(), f.product().name(), mass(f.mass()), price(f.price()), money(f.value()));
    }
    for (org.agricluster.economics.SeedProduct p : system.products()) {
      if (!system.sold(p).isZero()) {
        t.note(p.name() + ": " + mass(system.sold(p)) + " sold in all flows, worth " + money(system.value(p)) + ".");
      }
    }
    return t.build();
  }

  /** A seed supply system's products, whether each is registered (by whom, when), and the farmers who depend on each. */
  public static Table seedRegistration(org.agricluster.economics.SeedSupplySystem system) {
    notNull(system, "system");
    Table.Builder t = Table.builder("Seed registration").column("Product", Table.Align.LEFT).column("Producer", Table.Align.LEFT)
        .column("Registration", Table.Align.LEFT).column("Farmers who depend on it", Table.Align.RIGHT);
    for (org.agricluster.economics.SeedProduct p : system.products()) {
      t.row(p.name(), p.producer().name(), p.registration().map(Object::toString).orElse("UNREGISTERED"),
          Integer.toString(system.dependents(p).size()));
    }
    int exposed = system.unregisteredDependents().values().stream().mapToInt(java.util.List::size).sum();
    return t.note(system.unregistered().size() + " of " + system.products().size() + " products unregistered; " + exposed
        + " farmers depend on them.").build();
  }

  /**
   * A survey summary per crop or group and overall: plots, mean SGM per hectare (the mean of the
   * plots' margins) and its spread — lowest, lower quartile, median, upper quartile, highest.
   */
  public static Table survey(org.agricluster.economics.BudgetSummary summary) {
    notNull(summary, "summary");
    Table.Builder t = Table.builder("Survey: SGM per hectare (" + summary.currency() + ")").column("Group", Table.Align.LEFT)
        .column("Plots", Table.Align.RIGHT).column("Mean", Table.Align.RIGHT).column("Lowest", Table.Align.RIGHT)
        .column("Q1", Table.Align.RIGHT).column("Median", Table.Align.RIGHT).column("Q3", Table.Align.RIGHT)
        .column("Highest", Table.Align.RIGHT);
    java.util.List<org.agricluster.economics.BudgetSummary.Group> rows = new java.util.ArrayList<>(summary.groups());
    rows.add(summary.overall());
    for (org.agricluster.economics.BudgetSummary.Group g : rows) {
      org.agricluster.economics.Spread s = g.sgmPerHectareSpread();
      t.row(g.name(), Integer.toString(g.count()), Table.number(g.meanSgmPerHectare().rounded(RoundingMode.HALF_EVEN).amount()),
          whole(s.min()), whole(s.lowerQuartile()), whole(s.median()), whole(s.upperQuartile()), whole(s.max()));
    }
    return t.note("Means are of the plots' own margins, never the margin of mean yield × mean price; " + summary.policy() + ".")
        .build();
  }

  private static String whole(java.math.BigDecimal value) {
    return Table.number(value.setScale(0, RoundingMode.HALF_EVEN));
  }
}
