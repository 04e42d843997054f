package org.agricluster.calendar;

import static org.agricluster.PropertyTests.qt;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.agricluster.calendar.PlannerFamilies.Family;
import org.agricluster.measure.Area;
import org.agricluster.measure.Mass;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * The planner's rules and its certified lower bound on random clusters of every family: land,
 * minimum plot, crops, no glut (exactly), never worse than the baseline, deterministic, and the bound
 * never above the plan — nor above any other plan without glut.
 */
class PlannerBoundTest {

  @Test
  void onEveryFamily_thePlanKeepsTheRules_isDeterministic_andItsBoundIsNeverAboveIt() {
    qt(24).forAll(Generate.enumValues(Family.class), SourceDSL.integers().between(2, 24), SourceDSL.longs().between(0, 1_000))
        .checkAssert((family, size, seed) -> {
          PlannerFamilies.Instance instance = PlannerFamilies.of(family, size, seed);
          Plan plan = instance.plan();
          assertThat(instance.plan()).as("the same plan twice").isEqualTo(plan);
          keepsTheRules(instance, plan);
          LowerBound bound = plan.lowerBound().orElseThrow();
          assertThat(bound.gap()).as("bound of %s", instance).isLessThanOrEqualTo(plan.balance().totalAbsoluteGap());
          assertThat(bound.unmeetable()).isLessThanOrEqualTo(bound.gap());
          assertThat(bound.forEveryPlan()).as("the planner's own plans make no glut").isEqualTo(plan.summary().startsWith("The baseline was kept"));
          assertThat(plan.ratioToLowerBound()).hasValueSatisfying(r -> assertThat(r).isGreaterThanOrEqualTo(BigDecimal.ONE));
        });
  }

  /** Land in use within each member's land in every week, plots at least the minimum, the member's crops, no glut, baseline beaten. */
  static void keepsTheRules(PlannerFamilies.Instance instance, Plan plan) {
    keepsLandPlotsCropsAndNoGlut(instance, plan);
    assertThat(plan.balance().totalAbsoluteGap()).isLessThanOrEqualTo(plan.baselineBalance().totalAbsoluteGap());
  }

  /** The rules of {@link #keepsTheRules} but the baseline's, which a weighted plan keeps in its weighted sum. */
  static void keepsLandPlotsCropsAndNoGlut(PlannerFamilies.Instance instance, Plan plan) {
    keepsLandPlotsAndCrops(instance.members(), PlannerFamilies.YEAR, plan.plantings());
    if (!plan.summary().startsWith("The baseline was kept")) {
      assertThat(Plan.hasGlut(plan.balance())).as("a glut in the plan of %s", instance).isFalse();
    }
  }

  /** Each planting of its member's crops and at least its minimum plot; each member's land in use within its land every week. */
  static void keepsLandPlotsAndCrops(List<PlannerMember> members, Horizon horizon, List<Plan.PlannedPlanting> plantings) {
    java.util.Map<String, PlannerMember> byId = new java.util.HashMap<>();
    members.forEach(m -> byId.put(m.id(), m));
    java.util.Map<String, BigDecimal[]> inUse = new java.util.HashMap<>();
    int weeks = horizon.weeks();
    for (Plan.PlannedPlanting p : plantings) {
      PlannerMember m = byId.get(p.planting().member());
      assertThat(m.crops()).as("%s", p).contains(p.planting().crop());
      assertThat(p.planting().area().isLessThan(m.minimumPlot())).as("%s below the minimum plot", p).isFalse();
      BigDecimal[] use = inUse.computeIfAbsent(m.id(), id -> {
        BigDecimal[] zeros = new BigDecimal[weeks];
        java.util.Arrays.fill(zeros, BigDecimal.ZERO);
        return zeros;
      });
      int t = horizon.indexOf(p.planting().week(), () -> "week");
      for (int w = t; w < Math.min(weeks, t + p.planting().profile().weeksOccupied()); w++) {
        use[w] = use[w].add(p.planting().area().toSquareMetres());
      }
    }
    inUse.forEach((id, use) -> {
      for (BigDecimal u : use) {
        assertThat(u).as("land in use by %s", id).isLessThanOrEqualTo(byId.get(id).land().toSquareMetres());
      }
    });
  }

  /** The bound is on every plan without glut, so a random plan of the same members, trimmed of its gluts, never goes below it. */
  @Test
  void theBoundIsNeverAboveARandomPlanWithoutGlut() {
    qt(40).forAll(Generate.enumValues(Family.class), SourceDSL.integers().between(2, 12), SourceDSL.longs().between(0, 1_000))
        .checkAssert((family, size, seed) -> {
          PlannerFamilies.Instance instance = PlannerFamilies.of(family, size, seed);
          LowerBound bound = instance.plan().lowerBound().orElseThrow();
          Random r = new Random(seed);
          List<Plan.PlannedPlanting> random = new ArrayList<>();
          for (PlannerMember m : instance.members()) {
            List<CropProfile> mine = instance.profiles().stream().filter(p -> m.crops().contains(p.crop())).toList();
            for (int t = r.nextInt(4); t < PlannerFamilies.YEAR.weeks() && !mine.isEmpty(); ) {
              CropProfile crop = mine.get(r.nextInt(mine.size()));
              // the whole land, or a random part of at least the minimum plot
              Area area = r.nextBoolean() ? m.land()
                  : m.minimumPlot().plus(m.land().minus(m.minimumPlot()).multipliedBy(r.nextInt(100)).dividedBy(100));
              random.add(Plan.PlannedPlanting.of(Planting.of(m.id(), crop, PlannerFamilies.YEAR.week(t), area), "random"));
              t += crop.weeksOccupied() + r.nextInt(3);
            }
          }
          Planner.Trimmed trimmed = Planner.withoutGlut(random, instance.members(), instance.demand());
          Balance balance = Balance.of(SupplyCalendar.of(PlannerFamilies.YEAR,
              trimmed.plantings().stream().map(Plan.PlannedPlanting::planting).toList()), instance.demand());
          assertThat(Balance.of(trimmed.supply(), instance.demand())).isEqualTo(balance);
          assertThat(Plan.hasGlut(balance)).isFalse();
          assertThat(balance.totalAbsoluteGap()).as("a random plan of %s", instance).isGreaterThanOrEqualTo(bound.gap());
        });
  }

  @Test
  void overAThousandDistinctCropSets_arePlannedFromTheVolumeAlgorithmsAverage_withinTwoPercentOfTheBound() {
    // 1,400 distinct sets of 12 crops: even the column master would need 12 × 52 + 1,400 rows, over its 1,800,
    // so the volume algorithm's average is shared out (this cluster was planned greedily alone before it)
    List<CropProfile> crops = ExampleCrops.all();
    List<PlannerMember> members = PlannerTest.distinctCropSets(1_400, crops);
    DemandCalendar.Builder demand = DemandCalendar.builder(PlannerFamilies.YEAR);
    crops.forEach(p -> demand.everyWeek(p.crop(), Mass.ofKilograms(10_000)));
    Plan plan = Planner.plan(members, crops, demand.build());
    assertThat(plan.summary()).doesNotContain("greedily alone").containsPattern("; within 0\\.0[0-9] % of the best possible plan");
    assertThat(plan.ratioToLowerBound().orElseThrow()).isLessThanOrEqualTo(new java.math.BigDecimal("1.02"));
    assertThat(plan.lowerBound().orElseThrow().gap()).isLessThanOrEqualTo(plan.balance().totalAbsoluteGap());
    assertThat(plan.lowerBound().orElseThrow().forEveryPlan()).isFalse();
  }
}
