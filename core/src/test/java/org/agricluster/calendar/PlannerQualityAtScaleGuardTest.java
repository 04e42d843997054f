package org.agricluster.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The planner never gets worse on clusters of thousands of members, as {@link
 * PlannerQualityGuardTest} for small ones. A class of its own so that mutation testing, which would
 * rerun its minute for every mutant it covers, can leave it out.
 */
class PlannerQualityAtScaleGuardTest {
  /**
   * Ten thousand members, each growing a random 2–5 of twelve crops: about 1,530 crop sets, past the
   * column master's size, so the volume algorithm's schedules are fitted to its average, their land
   * exchanged between them ({@link MixExchange}) and shared out (18,071,018 kg when this guard was
   * last moved, 1.017 × the plan's bound; 18,103,588 kg before plantings were enlarged into the greedy's
   * slivers of land, 18,370,840 kg before the exchange, 19,930,639 kg before the fit).
   */
  @Test
  void tenThousandMembersWithRandomCropSets_areNoWorseThanWhenMeasured_andKeepTheRules() {
    PlannerFamilies.Instance instance = PlannerFamilies.of(PlannerFamilies.Family.MANY_SETS, 10_000, 1);
    Plan plan = instance.plan();
    PlannerQualityGuardTest.keepsTheRules(plan, instance.members(), 18_071_100, "10,000 members with random crop sets");
    assertThat(plan.summary()).contains("; the relaxation stopped at the planner's work limits (Effort.THOROUGH may search"
        + " further); within 1.7 % of the best possible plan");
  }

  /**
   * Two thousand members with random crop sets: the column master (about 1,540 rows) stops at its
   * standard work budget (1.059 × the bound); with {@link Effort#THOROUGH} it runs twelve times as
   * far (3,570,928 kg when this guard was last moved, 1.003 × the plan's bound; 3,573,537 kg, 1.0037 ×, before
   * the simplex's Devex weights were set back short of overflowing; about 30 s for both plans).
   */
  @Test
  void twoThousandMembersWithRandomCropSets_plannedThoroughly_areNoWorseThanWhenMeasured_andKeepTheRules() {
    PlannerFamilies.Instance instance = PlannerFamilies.of(PlannerFamilies.Family.MANY_SETS, 2_000, 1);
    Plan plan = Planner.plan(instance.members(), instance.profiles(), instance.demand(), Effort.THOROUGH);
    PlannerBoundTest.keepsTheRules(instance, plan);
    PlannerQualityGuardTest.keepsTheRules(plan, instance.members(), 3_571_000, "2,000 members with random crop sets, thorough");
    assertThat(plan.summary()).contains("; searched thoroughly; within 0.3 % of the best possible plan");
  }
}
