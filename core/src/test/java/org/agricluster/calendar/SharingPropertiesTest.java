package org.agricluster.calendar;

import static org.agricluster.PropertyTests.qt;
import static org.assertj.core.api.Assertions.assertThat;

import org.agricluster.calendar.PlannerFamilies.Family;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** Sharing a crop set's area with every member keeps every rule of the plan and reports its price, on every family. */
class SharingPropertiesTest {

  private static long planting(Plan plan) {
    return plan.plantings().stream().map(p -> p.planting().member()).distinct().count();
  }

  @Test
  void sharingWithEveryMember_keepsTheRules_isDeterministic_andSaysWhatItCosts() {
    qt(10).forAll(Generate.enumValues(Family.class), SourceDSL.integers().between(2, 10), SourceDSL.longs().between(0, 1_000))
        .checkAssert((family, size, seed) -> {
          PlannerFamilies.Instance instance = PlannerFamilies.of(family, size, seed);
          Plan shared = Planner.plan(instance.members(), instance.profiles(), instance.demand(), Sharing.EVERY_MEMBER);
          assertThat(Planner.plan(instance.members(), instance.profiles(), instance.demand(), Sharing.EVERY_MEMBER))
              .as("the same plan twice").isEqualTo(shared);
          PlannerBoundTest.keepsTheRules(instance, shared);
          assertThat(shared.lowerBound().orElseThrow().gap()).isLessThanOrEqualTo(shared.balance().totalAbsoluteGap());
          assertThat(shared.summary()).contains(" Shared with every member: " + planting(shared) + " of the ")
              .containsPattern("this costs (\\d[\\d,]* kg more|nothing \\()");
          assertThat(Planner.plan(instance.members(), instance.profiles(), instance.demand(), Sharing.FEWEST_MEMBERS))
              .isEqualTo(instance.plan());
        });
  }
}
