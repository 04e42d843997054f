package org.agricluster.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.agricluster.calendar.DemandCalendar;
import org.agricluster.calendar.ExampleCrops;
import org.agricluster.calendar.Horizon;
import org.agricluster.calendar.IsoWeek;
import org.agricluster.calendar.Plan;
import org.agricluster.calendar.Planner;
import org.agricluster.calendar.PlannerMember;
import org.agricluster.measure.Area;
import org.agricluster.measure.Mass;
import org.junit.jupiter.api.Test;

class CalendarTablesTest {
  private final Horizon horizon = Horizon.of(IsoWeek.of(2024, 1), 20);
  private final Plan plan = Planner.plan(
      List.of(PlannerMember.of("sokha", Area.ofSquareMetres(2000), List.of("cucumber"), Area.ofSquareMetres(100)),
          PlannerMember.of("dara", Area.ofSquareMetres(1000), List.of("cucumber"), Area.ofSquareMetres(200))),
      List.of(ExampleCrops.CUCUMBER), DemandCalendar.builder(horizon).everyWeek("cucumber", Mass.ofKilograms(500)).build());

  @Test
  void balanceTable_hasOneRowPerWeekAndTheTotals() {
    Table t = CalendarTables.balance(plan.balance(), "cucumber");
    assertThat(t.rows()).hasSize(20);
    assertThat(t.toText()).contains("2024-W01", "2024-W20", "Σ|gap|", "Share of demand met");
  }

  @Test
  void planTable_namesEveryMemberWithAPlantingAndWhy() {
    String text = CalendarTables.plan(plan, 1000).toText();
    plan.plantings().forEach(p -> assertThat(text).contains(p.planting().member(), p.reason()));
  }

  @Test
  void svg_isAChartWithOneBarPerWeekDemandAndBaseline() {
    String svg = CalendarTables.svg(plan, "cucumber");
    assertThat(svg).startsWith("<svg").contains("<polyline", "stroke-dasharray", "<title>cucumber");
    assertThat(svg.split("<rect ").length - 2).isEqualTo(20);
  }
}
