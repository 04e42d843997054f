package org.agricluster.calendar;

import static org.agricluster.PropertyTests.qt;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.agricluster.calendar.PlannerFamilies.Family;
import org.agricluster.measure.Area;
import org.agricluster.measure.Mass;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Filling ({@link PlanInProgress#fill}): the greedy step enlarges plots by tenths of the member's
 * minimum plot, which leaves slivers of land; filling enlarges each planting by the whole hundredths
 * of a m² its member's free land and its weeks' unmet demand still allow.
 */
class FillingTest {
  private static final Horizon YEAR = PlannerTest.YEAR;

  private static BigDecimal landInUse(List<Plan.PlannedPlanting> plantings, int week) {
    BigDecimal total = BigDecimal.ZERO;
    for (Plan.PlannedPlanting p : plantings) {
      int from = YEAR.indexOf(p.planting().week(), () -> "week");
      if (week >= from && week < from + p.planting().profile().weeksOccupied()) {
        total = total.add(p.planting().area().toSquareMetres());
      }
    }
    return total;
  }

  private static DemandCalendar cucumberEveryWeek(String kg) {
    return DemandCalendar.builder(YEAR).everyWeek("cucumber", Mass.ofKilograms(new BigDecimal(kg))).build();
  }

  /** One member growing cucumber with a 100 m² minimum plot, planted by the greedy step alone. */
  private static PolishingTest.Start greedyCucumber(long land, DemandCalendar demand) {
    List<PlannerMember> members = List.of(
        PlannerMember.of("a", Area.ofSquareMetres(land), List.of("cucumber"), Area.ofSquareMetres(100)));
    PlanInProgress plan = new PlanInProgress(members, PolishingTest.byCrop(List.of(ExampleCrops.CUCUMBER)), demand);
    plan.run();
    return new PolishingTest.Start(members, plan);
  }

  @Test
  void theGreedysTenthsOfAPlotLeaveFiveSquareMetres_andFillingPlantsThem() {
    // 1,005 m² and a 100 m² plot: the greedy plants 100 m² and enlarges by 10 m² at a time, to 1,000
    PlanInProgress plan = greedyCucumber(1005, cucumberEveryWeek("100000")).plan();
    double greedy = plan.gap();
    assertThat(landInUse(plan.plantings(), 0)).isEqualByComparingTo("1000");

    plan.fill();

    assertThat(landInUse(plan.plantings(), 0)).isEqualByComparingTo("1005");
    // 5 m² of cucumber at 2.5 kg/m² harvested within the year
    assertThat(greedy - plan.gap()).isGreaterThanOrEqualTo(12.5 - 1e-6);
    assertThat(plan.plantings().get(0).planting().area()).isEqualTo(Area.ofSquareMetres(1005));
  }

  @Test
  void fillingNeverPlantsAboveDemand() {
    // a weekly demand that no whole number of tenths of a plot meets exactly, and land for more
    DemandCalendar demand = cucumberEveryWeek("627.1875");
    PolishingTest.Start greedy = greedyCucumber(2000, demand);

    greedy.plan().fill();

    PolishingTest.keepsLandPlotsCropsAndNoGlut(greedy.members(), demand, greedy.plan().plantings());
  }

  /** On every family's greedy plan: filling never raises Σ|gap|, keeps the rules, and a second fill finds nothing. */
  @Test
  void filling_neverRaisesTheGap_keepsTheRules_andLeavesNothingToFill() {
    qt(12).forAll(Generate.enumValues(Family.class), SourceDSL.integers().between(2, 40), SourceDSL.longs().between(0, 1_000))
        .checkAssert((family, size, seed) -> {
          PlannerFamilies.Instance instance = PlannerFamilies.of(family, size, seed);
          PolishingTest.Start greedy = PolishingTest.Start.greedy(instance);
          PlanInProgress plan = greedy.plan();
          double before = plan.gap();

          plan.fill();
          double filled = plan.gap();
          List<Plan.PlannedPlanting> plantings = plan.plantings();
          plan.fill();

          assertThat(filled).isLessThanOrEqualTo(before);
          PolishingTest.keepsLandPlotsCropsAndNoGlut(greedy.members(), instance.demand(), plantings);
          assertThat(plan.gap()).isEqualTo(filled);
          assertThat(plan.plantings()).isEqualTo(plantings);
        });
  }
}
