package org.agricluster.calendar;

import static org.agricluster.PropertyTests.qt;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

  private static Map<String, CropProfile> byCrop(List<CropProfile> profiles) {
    Map<String, CropProfile> byCrop = new TreeMap<>();
    profiles.forEach(p -> byCrop.put(p.crop(), p));
    return byCrop;
  }

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

  @Test
  void theGreedysTenthsOfAPlotLeaveFiveSquareMetres_andFillingPlantsThem() {
    // 1,005 m² and a 100 m² plot: the greedy plants 100 m² and enlarges by 10 m² at a time, to 1,000
    List<PlannerMember> members = List.of(
        PlannerMember.of("a", Area.ofSquareMetres(1005), List.of("cucumber"), Area.ofSquareMetres(100)));
    DemandCalendar demand = DemandCalendar.builder(YEAR).everyWeek("cucumber", Mass.ofKilograms(100_000)).build();
    PlanInProgress plan = new PlanInProgress(members, byCrop(List.of(ExampleCrops.CUCUMBER)), demand);
    plan.run();
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
    // demand for exactly 1,003.5 m² of cucumber's harvest in its first harvest weeks, land for more
    List<PlannerMember> members = List.of(
        PlannerMember.of("a", Area.ofSquareMetres(2000), List.of("cucumber"), Area.ofSquareMetres(100)));
    DemandCalendar demand = DemandCalendar.builder(YEAR).everyWeek("cucumber", Mass.ofKilograms(627.1875)).build();
    PlanInProgress plan = new PlanInProgress(members, byCrop(List.of(ExampleCrops.CUCUMBER)), demand);
    plan.run();

    plan.fill();

    keepsTheRules(members, demand, plan.plantings());
  }

  /** On every family's greedy plan: filling never raises Σ|gap|, keeps the rules, and a second fill finds nothing. */
  @Test
  void filling_neverRaisesTheGap_keepsTheRules_andLeavesNothingToFill() {
    qt(12).forAll(Generate.enumValues(Family.class), SourceDSL.integers().between(2, 40), SourceDSL.longs().between(0, 1_000))
        .checkAssert((family, size, seed) -> {
          PlannerFamilies.Instance instance = PlannerFamilies.of(family, size, seed);
          List<PlannerMember> members = new ArrayList<>(instance.members());
          members.sort(java.util.Comparator.comparing(PlannerMember::id));
          PlanInProgress plan = new PlanInProgress(members, byCrop(instance.profiles()), instance.demand());
          plan.run();
          double greedy = plan.gap();

          plan.fill();
          double filled = plan.gap();
          List<Plan.PlannedPlanting> plantings = plan.plantings();
          plan.fill();

          assertThat(filled).isLessThanOrEqualTo(greedy);
          keepsTheRules(members, instance.demand(), plantings);
          assertThat(plan.gap()).isEqualTo(filled);
          assertThat(plan.plantings()).isEqualTo(plantings);
        });
  }

  private static void keepsTheRules(List<PlannerMember> members, DemandCalendar demand, List<Plan.PlannedPlanting> plantings) {
    PlannerBoundTest.keepsLandPlotsAndCrops(members, demand.horizon(), plantings);
    Balance balance = Balance.of(SupplyCalendar.of(demand.horizon(),
        plantings.stream().map(Plan.PlannedPlanting::planting).toList()), demand);
    for (String crop : balance.crops()) {
      for (int w = 0; w < demand.horizon().weeks(); w++) {
        // the search works in doubles: the planner's last exact pass trims these grams
        assertThat(balance.gap(crop, demand.horizon().week(w)).toKilograms()).as("%s in week %d", crop, w)
            .isLessThanOrEqualTo(new BigDecimal("0.01"));
      }
    }
  }
}
