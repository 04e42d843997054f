package org.agricluster.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import static org.agricluster.PropertyTests.qt;
import org.quicktheories.generators.SourceDSL;

/**
 * The planner against the optimum of the same model as a linear programme (ojAlgo, test scope). The
 * LP has no minimum plot and may overshoot demand; the planner has minimum plots and makes no glut,
 * so the LP optimum is a lower bound on the planner's Σ |supply − demand|.
 */
class PlannerVersusLinearProgramTest {
  private static final List<PlannerMember> TEN = PlannerTest.members(List.of(5, 12, 8, 20, 3, 15, 9, 11, 6, 18));

  @Test
  void theLinearProgrammeIsALowerBound_andThePlannerStaysClose() {
    DemandCalendar demand = PlannerTest.demand(400, 300, 150);
    double planner = Planner.plan(TEN, PlannerTest.CROPS, demand).balance().totalAbsoluteGap().toKilograms().doubleValue();
    double optimum = PlannerOptimum.of(TEN, PlannerTest.CROPS, demand);
    assertThat(planner).isGreaterThanOrEqualTo(optimum - 1e-6 * Math.max(1, optimum));
    // measured 1.0001 (3,650.19 kg against 3,650 kg, of which 3,500 kg are the weeks before any
    // harvest); the greedy planner alone was 1.12–1.13; a regression past 1.05 fails
    assertThat(planner / optimum).isLessThan(1.05);
  }

  @Test
  void theRelaxationReachesTheOptimumOfTheNoGlutLinearProgramme() {
    qt(15).forAll(SourceDSL.integers().between(0, 600), SourceDSL.integers().between(0, 600),
        SourceDSL.integers().between(0, 300)).checkAssert((choy, cucumber, bean) -> {
          DemandCalendar demand = PlannerTest.demand(choy, cucumber, bean);
          double total = demand.crops().stream().flatMap(c -> demand.kilograms(c).stream())
              .mapToDouble(java.math.BigDecimal::doubleValue).sum();
          double relaxed = total - Relaxation.solve(TEN, profilesOf(demand), sharesOf(demand), yieldsOf(demand),
              demandOf(demand)).harvest();
          double optimum = PlannerOptimum.of(TEN, PlannerTest.CROPS, demand, true);
          assertThat(relaxed).isCloseTo(optimum, within(1e-6 * Math.max(1, total)));
        });
  }

  @Test
  void thePlansLowerBound_neverExceedsTheLinearProgrammesOptimum_andMeetsItWhenTheRelaxationIsExact() {
    qt(15).forAll(SourceDSL.integers().between(0, 600), SourceDSL.integers().between(0, 600),
        SourceDSL.integers().between(0, 300)).checkAssert((choy, cucumber, bean) -> {
          DemandCalendar demand = PlannerTest.demand(choy, cucumber, bean);
          Plan plan = Planner.plan(TEN, PlannerTest.CROPS, demand);
          LowerBound bound = plan.lowerBound().orElseThrow();
          double total = demand.crops().stream().flatMap(c -> demand.kilograms(c).stream())
              .mapToDouble(java.math.BigDecimal::doubleValue).sum();
          double optimum = PlannerOptimum.of(TEN, PlannerTest.CROPS, demand, !bound.forEveryPlan());
          double b = bound.gap().toKilograms().doubleValue();
          // ojAlgo's optimum is itself only accurate to its tolerance
          assertThat(b).as("bound against the LP optimum %s", optimum).isLessThanOrEqualTo(optimum + 1e-6 * Math.max(1, total));
          assertThat(b).as("the relaxation's exact dual gives the LP optimum").isCloseTo(optimum, within(1e-4 * Math.max(1, total)));
        });
  }

  private static List<CropProfile> profilesOf(DemandCalendar demand) {
    return demand.crops().stream()
        .map(c -> PlannerTest.CROPS.stream().filter(p -> p.crop().equals(c)).findFirst().orElseThrow()).toList();
  }

  private static double[][] sharesOf(DemandCalendar demand) {
    return profilesOf(demand).stream()
        .map(p -> p.harvestShares().stream().mapToDouble(s -> s.toFraction().doubleValue()).toArray()).toArray(double[][]::new);
  }

  private static double[] yieldsOf(DemandCalendar demand) {
    return profilesOf(demand).stream().mapToDouble(p -> p.yield().toKilogramsPerSquareMetre().doubleValue()).toArray();
  }

  private static double[][] demandOf(DemandCalendar demand) {
    return demand.crops().stream().map(c -> demand.kilograms(c).stream().mapToDouble(java.math.BigDecimal::doubleValue).toArray())
        .toArray(double[][]::new);
  }
}
