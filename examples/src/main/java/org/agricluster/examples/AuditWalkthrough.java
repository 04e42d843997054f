package org.agricluster.examples;

import static org.agricluster.measure.CurrencyUnit.KHR;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agricluster.audit.Audit;
import org.agricluster.audit.PrintedRanking;
import org.agricluster.audit.PublishedTable;
import org.agricluster.economics.CostCategory;
import org.agricluster.economics.CostLine;
import org.agricluster.economics.CropBudget;
import org.agricluster.economics.GrossMargin;
import org.agricluster.measure.Area;
import org.agricluster.measure.Change;
import org.agricluster.measure.Mass;
import org.agricluster.measure.Money;
import org.agricluster.measure.PricePerMass;
import org.agricluster.measure.Share;
import org.agricluster.report.AuditTables;
import org.agricluster.report.Document;
import org.agricluster.scoring.CriteriaTemplates;
import org.agricluster.scoring.Evaluation;
import org.agricluster.scoring.GradeScale;
import org.agricluster.scoring.Scorecard;
import org.agricluster.scoring.TotalsAudit;
import org.agricluster.scoring.WeightedAssessment;

/**
 * Checking published figures the way a monitoring officer reads a partner's report: a crop budget
 * whose materials subtotal is misprinted and carried into the total cost, the margin, a share and a
 * per-area figure; a price-change statement; a prioritisation list with an order anomaly; and the
 * CHAIN guide §5.2 selection table and the Oxfam Khatlon paper's Table 1, all as one findings
 * report. The budget, the prices and the priority list are example publications; the CHAIN and
 * Oxfam figures are the documents' own.
 */
final class AuditWalkthrough implements Walkthrough {

  @Override
  public String name() {
    return "audit";
  }

  @Override
  public String title() {
    return "Published figures checked: a budget's misprinted subtotal and its consequences, a price change, a ranking, CHAIN and Oxfam";
  }

  /** An example cucumber budget on 2,000 m². */
  static CropBudget budget() {
    return CropBudget.builder("cucumber", Area.ofSquareMetres(2_000)).harvested(Mass.ofKilograms(5_000))
        .addSale("all grades", Share.WHOLE, PricePerMass.perKilogram(Money.of(KHR, 1_000)))
        .addCost(CostLine.of(CostCategory.SEED, "seed", new BigDecimal("0.25"), "kg", Money.of(KHR, 600_000)))
        .addCost(CostLine.of(CostCategory.FERTILISER, "NPK", new BigDecimal("160"), "kg", Money.of(KHR, 3_000)))
        .addCost(CostLine.of(CostCategory.HIRED_LABOUR, "harvest labour", new BigDecimal("12"), "day", Money.of(KHR, 25_000)))
        .addCost(CostLine.of(CostCategory.WATER_AND_FUEL, "pump fuel", new BigDecimal("40"), "l", Money.of(KHR, 4_500)))
        .build();
  }

  static List<Audit> audits() {
    CropBudget b = budget();
    GrossMargin m = b.margin();
    // The publication adds seed and fertiliser to 640,000 (they make 630,000) and carries it on.
    Audit cropBudget = PublishedTable.builder("Cucumber budget on 2,000 m² (example publication)")
        .given("seed", "Seed", b.cost(CostCategory.SEED), "150,000")
        .given("fert", "Fertiliser", b.cost(CostCategory.FERTILISER), "480,000")
        .sum("materials", "Total materials", "640,000", "seed", "fert")
        .given("labour", "Hired labour", b.cost(CostCategory.HIRED_LABOUR), "300,000")
        .given("fuel", "Water and fuel", b.cost(CostCategory.WATER_AND_FUEL), "180,000")
        .sum("cost", "Total variable cost", "1,120,000", "materials", "labour", "fuel")
        .given("revenue", "Revenue", m.revenue(), "5,000,000")
        .difference("margin", "Simplified gross margin", "3,880,000", "revenue", "cost")
        .percentOf("materialShare", "Materials, % of variable cost", "57 %", "materials", "cost")
        .ratio("rvc", "Return on variable cost", "3.46", "margin", "cost")
        .input("area", "Area (m²)", b.area().toSquareMetres())
        .per("per1000", "Margin per 1,000 m²", "1,940,000", "margin", "area", BigDecimal.valueOf(1_000))
        .build().audit();
    Audit price = PublishedTable.builder("A price statement: \"the cucumber price rose 23.5 %, from 2.60 to 3.00\"")
        .input("p1", "Price before", new BigDecimal("2.60")).input("p2", "Price after", new BigDecimal("3.00"))
        .change("change", "Price change", "+23.5 %", "p1", "p2").build().audit();
    Map<String, BigDecimal> totals = new LinkedHashMap<>();
    Map<String, Integer> ranks = new LinkedHashMap<>();
    String[] items = {"Kaphon", "Katout", "Hang Savath", "Samkhuoy", "Badeum"};
    String[] means = {"4.2", "3.4", "3.4", "3.6", "2.8"};
    int[] printed = {1, 2, 3, 4, 5};
    for (int i = 0; i < items.length; i++) {
      totals.put(items[i], new BigDecimal(means[i]));
      ranks.put(items[i], printed[i]);
    }
    Audit priority = PrintedRanking.check("A priority list printed with its mean scores (1–5; example publication)", totals, ranks);
    Evaluation chain = Scorecard.builder().criteria(CriteriaTemplates.clusterSelection())
        .scores("Area 1", 3, 2, 2, 1, 4).scores("Area 2", 2, 5, 1, 1, 3).scores("Area 3", 5, 5, 5, 4, 4)
        .scores("Area 4", 1, 2, 2, 3, 2).scores("Area 5", 4, 3, 3, 4, 4).build().evaluate();
    Map<String, BigDecimal> chainPrinted = new LinkedHashMap<>();
    int[] chainTotals = {12, 12, 23, 10, 46};
    for (int i = 0; i < chainTotals.length; i++) {
      chainPrinted.put("Area " + (i + 1), BigDecimal.valueOf(chainTotals[i]));
    }
    Audit chainTable = TotalsAudit.of(chain, chainPrinted).toAudit("CHAIN guide §5.2, cluster selection totals");
    WeightedAssessment table1 = WeightedAssessment.builder(GradeScale.OXFAM)
        .area("Relevance and appropriateness", 25, "Excellent").area("Efficiency in implementation", 15, "Good")
        .area("Process quality and delivery of outputs", 10, "Excellent").area("Outcomes and impact", 20, "Good")
        .area("Sustainability of benefits", 20, "Average").area("Organisational capacity", 10, "Average").build();
    Audit oxfam = PublishedTable.builder("Oxfam Khatlon paper, Table 1, overall grade")
        .given("overall", "Overall weighted grade (%)", table1.overall(), "76 %").build().audit();
    return List.of(cropBudget, price, priority, chainTable, oxfam);
  }

  @Override
  public void run(PrintStream out) {
    Document.Builder report = Document.builder("Findings on published figures");
    for (Audit a : audits()) {
      out.println(AuditTables.findings(a).toText());
      report.table(AuditTables.findings(a));
    }
    out.println("The price statement, as a typed change: " + Change.between(PricePerMass.perKilogram(Money.of(KHR, 2_600)),
        PricePerMass.perKilogram(Money.of(KHR, 3_000))) + " (" + Change.between(new BigDecimal("2.60"), new BigDecimal("3.00"))
        .toPercent(1, RoundingMode.HALF_EVEN) + " % to one decimal).");
    Walkthroughs.writeDocument(out, report.build(), "audit-findings");
  }
}
