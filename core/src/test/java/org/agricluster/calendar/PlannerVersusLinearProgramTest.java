package org.agricluster.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The planner against the optimum of the same model as a linear programme (ojAlgo, test scope). The
 * LP has no minimum plot and may overshoot demand; the planner has minimum plots and makes no glut,
 * so the LP optimum is a lower bound on the planner's Σ |supply − demand|.
 */
class PlannerVersusLinearProgramTest {
  @Test
  void theLinearProgrammeIsALowerBound_andThePlannerStaysWithinAQuarterOfIt() {
    List<PlannerMember> members = PlannerTest.members(List.of(5, 12, 8, 20, 3, 15, 9, 11, 6, 18));
    DemandCalendar demand = PlannerTest.demand(400, 300, 150);
    double planner = Planner.plan(members, PlannerTest.CROPS, demand).balance().totalAbsoluteGap().doubleValue();
    double optimum = PlannerOptimum.of(members, PlannerTest.CROPS, demand);
    assertThat(planner).isGreaterThanOrEqualTo(optimum - 1e-6 * Math.max(1, optimum));
    // measured 1.13 when written (4,126 kg against 3,650 kg); a regression past 1.25 fails
    assertThat(planner / optimum).isLessThan(1.25);
  }
}
