package org.agricluster.calendar;

import org.junit.jupiter.api.Test;

/**
 * The planner never gets worse on a cluster of ten thousand members, as {@link
 * PlannerQualityGuardTest} for small ones. A class of its own so that mutation testing, which would
 * rerun its ten seconds for every mutant it covers, can leave it out.
 */
class PlannerQualityAtScaleGuardTest {
  /**
   * Ten thousand members, each growing a random 2–5 of twelve crops: about 1,530 crop sets, past the
   * column master's size, so the volume algorithm's schedules are fitted to its average and shared out
   * (18,370,840 kg when this guard was written, 1.034 × the plan's bound; 19,930,639 kg before the fit).
   */
  @Test
  void tenThousandMembersWithRandomCropSets_areNoWorseThanWhenMeasured_andKeepTheRules() {
    PlannerFamilies.Instance instance = PlannerFamilies.of(PlannerFamilies.Family.MANY_SETS, 10_000, 1);
    PlannerQualityGuardTest.keepsTheRules(instance.plan(), instance.members(), 18_371_000, "10,000 members with random crop sets");
  }
}
