package org.agricluster.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.agricluster.measure.Area;
import org.agricluster.measure.Mass;
import org.junit.jupiter.api.Test;

/**
 * Sharing out a relaxation given as whole-year schedules ({@link PlanInProgress#seedBySchedules}):
 * pieces of members' land, next-fit in id order, largest schedule first, never below a member's
 * minimum plot, each planting capped by the demand left.
 */
class ScheduleSharingTest {
  private static final Horizon YEAR = PlannerTest.YEAR;
  private static final CropProfile CUCUMBER = ExampleCrops.CUCUMBER;

  /** Two cucumber growers, 1,000 and 500 m², plots of 100 m²; demand of {@code kg} a week all year. */
  private static PlanInProgress cluster(long kg) {
    List<PlannerMember> members = List.of(
        PlannerMember.of("a", Area.ofSquareMetres(1000), List.of("cucumber"), Area.ofSquareMetres(100)),
        PlannerMember.of("b", Area.ofSquareMetres(500), List.of("cucumber"), Area.ofSquareMetres(100)));
    Map<String, CropProfile> byCrop = new TreeMap<>(Map.of("cucumber", CUCUMBER));
    return new PlanInProgress(members, byCrop, DemandCalendar.builder(YEAR).everyWeek("cucumber", Mass.ofKilograms(kg)).build());
  }

  /** One class of both members following two schedules: cucumber planted in week 0 on {@code early} m², in week 20 on {@code late} m². */
  private static Relaxation.Result twoSchedules(double early, double late) {
    double[][][] areas = new double[1][1][YEAR.weeks()];
    areas[0][0][0] = early;
    areas[0][0][20] = late;
    return new Relaxation.Result(List.of(List.of(0, 1)), areas, 0, 0, null, false,
        List.of(List.of(new Relaxation.Schedule(List.of(new int[] {0, 20}), late),
            new Relaxation.Schedule(List.of(new int[] {0, 0}), early))));
  }

  private static List<String> planted(PlanInProgress plan) {
    return plan.plantings().stream().map(p -> p.planting().member() + " " + p.planting().week() + " "
        + p.planting().area().toSquareMetres().stripTrailingZeros().toPlainString()).toList();
  }

  @Test
  void theLargestScheduleGoesFirst_andAScheduleContinuesOnTheNextMembersLand() {
    PlanInProgress plan = cluster(100_000);
    assertThat(CUCUMBER.weeksOccupied()).isLessThan(20);

    assertThat(plan.seedBySchedules(twoSchedules(900, 600))).isTrue();

    assertThat(planted(plan)).containsExactly("a 2024-W01 900", "a 2024-W21 100", "b 2024-W21 500");
  }

  @Test
  void aSharesReason_quotesTheSchedulesArea_notTheRelaxationsAreas() {
    // past the column master's size the volume's areas are its average, which its schedules' mix need not equal
    PlanInProgress plan = cluster(100_000);
    Relaxation.Result schedules = twoSchedules(900, 600);
    schedules.areas()[0][0][0] = 750;
    schedules.areas()[0][0][20] = 333;

    plan.seedBySchedules(schedules);

    assertThat(plan.plantings()).extracting(Plan.PlannedPlanting::reason)
        .allMatch(reason -> reason.endsWith("m² the cluster plan puts here"))
        .anyMatch(reason -> reason.contains("a share of the 900 m²"))
        .anyMatch(reason -> reason.contains("a share of the 600 m²"))
        .noneMatch(reason -> reason.contains("750 m²") || reason.contains("333 m²"));
  }

  @Test
  void freeLandBelowAPlotGoesWithThePiece_andALastPartBelowHalfAPlotIsLeftToTheGreedyStep() {
    PlanInProgress plan = cluster(100_000);

    plan.seedBySchedules(twoSchedules(950, 540));

    // a's last 50 m² would be below its plot: the first piece takes them; 40 m² of the second schedule find no member
    assertThat(planted(plan)).containsExactly("a 2024-W01 1000", "b 2024-W21 500");
  }

  @Test
  void aPartBetweenHalfAPlotAndAPlotBecomesAWholePlot() {
    PlanInProgress plan = cluster(100_000);

    plan.seedBySchedules(twoSchedules(400, 60));

    assertThat(planted(plan)).containsExactly("a 2024-W01 400", "a 2024-W21 100");
  }

  @Test
  void eachPlantingIsCappedByTheDemandLeft_andDroppedBelowAPlot() {
    // one m² of cucumber harvests a few kg a week: 300 kg a week leaves room for well under 900 m²
    PlanInProgress plan = cluster(300);

    plan.seedBySchedules(twoSchedules(900, 600));

    List<Planting> plantings = plan.plantings().stream().map(Plan.PlannedPlanting::planting).toList();
    assertThat(plantings).isNotEmpty();
    for (Planting p : plantings) {
      assertThat(p.area().isLessThan(Area.ofSquareMetres(100))).as("%s", p).isFalse();
      assertThat(p.area().isLessThan(Area.ofSquareMetres(900))).as("%s is capped", p).isTrue();
    }
    SupplyCalendar supply = SupplyCalendar.of(YEAR, plantings);
    for (java.math.BigDecimal kg : supply.kilograms("cucumber")) {
      assertThat(kg).isLessThanOrEqualTo(new java.math.BigDecimal("300.000001"));
    }
  }

  @Test
  void aRelaxationGivenAsAreasOnly_isNotSharedOutThisWay() {
    PlanInProgress plan = cluster(100_000);
    Relaxation.Result areasOnly = new Relaxation.Result(List.of(List.of(0, 1)), new double[1][1][YEAR.weeks()], 0, 0, null, false);

    assertThat(plan.seedBySchedules(areasOnly)).isFalse();
    assertThat(plan.seedBySchedules(null)).isFalse();
    assertThat(plan.plantings()).isEmpty();
  }
}
