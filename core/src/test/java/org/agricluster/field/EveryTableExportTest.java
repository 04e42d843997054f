package org.agricluster.field;

import static org.agricluster.measure.CurrencyUnit.KHR;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.agricluster.actor.Actor;
import org.agricluster.actor.Farm;
import org.agricluster.actor.Gender;
import org.agricluster.actor.Role;
import org.agricluster.calendar.DemandCalendar;
import org.agricluster.calendar.ExampleCrops;
import org.agricluster.calendar.Horizon;
import org.agricluster.calendar.IsoWeek;
import org.agricluster.calendar.Plan;
import org.agricluster.calendar.Planner;
import org.agricluster.calendar.PlannerMember;
import org.agricluster.cluster.Cluster;
import org.agricluster.cluster.GroupStage;
import org.agricluster.cluster.InclusionReport;
import org.agricluster.cluster.InclusionThresholds;
import org.agricluster.cluster.ProducerGroup;
import org.agricluster.economics.ChainFlow;
import org.agricluster.economics.CollectionLedger;
import org.agricluster.economics.CostCategory;
import org.agricluster.economics.CostLine;
import org.agricluster.economics.CropBudget;
import org.agricluster.economics.Delivery;
import org.agricluster.economics.GradePrices;
import org.agricluster.economics.MarginPolicy;
import org.agricluster.economics.PaymentSplit;
import org.agricluster.economics.Scenario;
import org.agricluster.economics.ScenarioTable;
import org.agricluster.measure.Area;
import org.agricluster.measure.Mass;
import org.agricluster.measure.Money;
import org.agricluster.measure.PricePerMass;
import org.agricluster.measure.Share;
import org.agricluster.report.CalendarTables;
import org.agricluster.report.ClusterTables;
import org.agricluster.report.EconomicsTables;
import org.agricluster.report.ScoringTables;
import org.agricluster.report.Table;
import org.agricluster.scoring.CriteriaTemplates;
import org.agricluster.scoring.CutOff;
import org.agricluster.scoring.GradeScale;
import org.agricluster.scoring.Scorecard;
import org.agricluster.scoring.TotalsAudit;
import org.agricluster.scoring.WeightedAssessment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of report table goes to CSV and to XLSX and reads back as the same cells. */
class EveryTableExportTest {
  @TempDir
  Path dir;

  static List<Table> everyTable() {
    Scorecard card = Scorecard.builder().criteria(CriteriaTemplates.preAssessment()).scores("Kaphon", 3, 3, 2)
        .scores("Katout", 2, 3, 2).scores("Badeum", 0, 1, 1).build();
    CropBudget budget = CropBudget.builder("cucumber", Area.ofSquareMetres(500)).harvested(Mass.ofKilograms(1_000))
        .addSale("A", Share.WHOLE, PricePerMass.perKilogram(Money.of(KHR, 1_500)))
        .addCost(CostLine.of(CostCategory.SEED, "cucumber seed", new BigDecimal("0.1"), "kg", Money.of(KHR, 600_000))).build();
    GradePrices prices = GradePrices.builder().price("bean", "A", PricePerMass.perKilogram(Money.of(KHR, 2_000))).build();
    CollectionLedger ledger = CollectionLedger.of(prices, List.of(
        Delivery.of("Sokha", "bean", "A", Mass.ofKilograms(42), LocalDate.of(2024, 3, 4)),
        Delivery.of("Dara, Sok", "bean", "A", Mass.ofKilograms(new BigDecimal("17.5")), LocalDate.of(2024, 3, 4))));
    PaymentSplit split = ledger.splitInCash(ledger.expectedPayment());
    Horizon horizon = Horizon.of(IsoWeek.of(2024, 1), 20);
    Plan plan = Planner.plan(List.of(PlannerMember.of("sokha", Area.ofSquareMetres(2_000), List.of("cucumber"),
        Area.ofSquareMetres(100))), List.of(ExampleCrops.CUCUMBER),
        DemandCalendar.builder(horizon).everyWeek("cucumber", Mass.ofKilograms(500)).build());
    List<Actor> members = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      members.add(Actor.builder().id("m" + i).name("សុខា " + i).addRoles(Role.FARMER).gender(i % 2 == 0 ? Gender.FEMALE : Gender.MALE)
          .farm(Farm.of(Area.ofSquareMetres(500 + i))).build());
    }
    Cluster cluster = Cluster.builder("Sesan", "vegetables").addGroup(ProducerGroup.builder("PG", "Kaphon").members(members)
        .committee(members.subList(0, 5)).addStage(GroupStage.FORMING, LocalDate.of(2024, 1, 1)).build())
        .addDirectActor(Actor.of("panha", "Mr Panha", Role.COLLECTOR_TRADER)).build();
    return List.of(ScoringTables.scorecard(card.evaluate()), ScoringTables.ranking(card.ranking()),
        ScoringTables.selection(card.ranking(), card.ranking().top(2, CutOff.INCLUDE_TIES)),
        ScoringTables.assessment(WeightedAssessment.builder(GradeScale.OXFAM).area("x", 50, "Good").area("y", 50, "Average")
            .build(), 0, RoundingMode.HALF_UP),
        ScoringTables.audit(TotalsAudit.of(card.evaluate(), Map.of("Kaphon", BigDecimal.valueOf(9)))),
        EconomicsTables.budget(budget.margin()),
        EconomicsTables.scenarios(ScenarioTable.of(budget, MarginPolicy.SIMPLIFIED_GROSS_MARGIN,
            List.of(Scenario.pricePremium(PricePerMass.perKilogram(Money.of(KHR, 500)))))),
        EconomicsTables.chain(ChainFlow.of(ChainFlow.Stage.builder("farmers", "producer").bought(Mass.ofKilograms(500))
            .sellPrice(PricePerMass.perKilogram(Money.of(KHR, 1_500))).build())),
        EconomicsTables.ledger(ledger), EconomicsTables.split(ledger, split),
        EconomicsTables.statement(ledger.statement("Sokha", split)),
        CalendarTables.balance(plan.balance(), "cucumber"), CalendarTables.plan(plan, 100),
        ClusterTables.actorsByCategory(cluster), ClusterTables.inclusion(InclusionReport.of(cluster, InclusionThresholds.OXFAM)),
        FieldExport.members(List.of(Member.of(members.get(0), Optional.of("PG"), Optional.empty()))));
  }

  @Test
  void everyReportTable_goesToCsvAndXlsx_andReadsBackAsTheSameCells() {
    List<Table> tables = everyTable();
    Path workbook = dir.resolve("all.xlsx");
    TableExport.xlsx(tables, workbook);
    for (int i = 0; i < tables.size(); i++) {
      Table table = tables.get(i);
      Path csv = dir.resolve("t" + i + ".csv");
      TableExport.csv(table, csv);
      try (TabularFile back = TabularFile.open(csv, Optional.empty())) {
        assertThat(back.header()).as(table.title()).isEqualTo(table.headers().stream().map(String::strip).toList());
        for (List<String> row : table.rows()) {
          if (row.stream().allMatch(String::isBlank)) {
            continue;
          }
          assertThat(back.next().cells()).as(table.title()).isEqualTo(row);
        }
        assertThat(back.hasNext()).isFalse();
      }
    }
    java.util.Set<String> used = new java.util.HashSet<>();
    for (int i = 0; i < tables.size(); i++) {
      Table table = tables.get(i);
      try (TabularFile sheet = TabularFile.open(workbook, Optional.of(TableExport.sheetName(table.title(), i, used)))) {
        assertThat(sheet.header()).as(table.title()).isEqualTo(table.headers().stream().map(String::strip).toList());
        int rows = 0;
        while (sheet.hasNext()) {
          sheet.next();
          rows++;
        }
        long nonBlank = table.rows().stream().filter(r -> !r.stream().allMatch(String::isBlank)).count();
        assertThat(rows).as("%s: its rows and its notes", table.title()).isEqualTo(nonBlank + table.notes().size());
      }
    }
    assertThat(tables).hasSize(16);
  }
}
