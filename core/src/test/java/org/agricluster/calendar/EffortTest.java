package org.agricluster.calendar;

import static org.agricluster.PropertyTests.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.agricluster.calendar.PlannerFamilies.Family;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Planning with {@link Effort#THOROUGH} on small clusters: where no work limit stops the standard
 * search the thorough plan is the standard plan; where polishing left pairs of members to it, it
 * re-plans them two at a time. ({@link PlannerQualityAtScaleGuardTest}: a large cluster where the
 * column master's limit stops the standard search.)
 */
class EffortTest {

  /**
   * The instance with each member growing one demanded crop no other member grows (the instance has
   * at most as many members as crops): no two members share a crop, so no pair of them to re-plan.
   */
  private static PlannerFamilies.Instance cropEach(PlannerFamilies.Instance instance) {
    List<String> crops = List.copyOf(instance.demand().crops());
    List<PlannerMember> members = new java.util.ArrayList<>();
    for (int i = 0; i < instance.members().size(); i++) {
      PlannerMember m = instance.members().get(i);
      members.add(PlannerMember.of(m.id(), m.land(), List.of(crops.get(i)), m.minimumPlot()));
    }
    return new PlannerFamilies.Instance(instance.family(), instance.size(), instance.seed(), members, instance.profiles(),
        instance.demand());
  }

  @Test
  void whenNoLimitStopsTheStandardSearch_aThoroughPlanIsTheStandardPlan() {
    qt(12).forAll(Generate.enumValues(Family.class), SourceDSL.integers().between(1, 8), SourceDSL.longs().between(0, 1_000))
        .checkAssert((family, size, seed) -> {
          PlannerFamilies.Instance instance = cropEach(PlannerFamilies.of(family, size, seed));
          Plan standard = instance.plan();
          assertThat(standard.summary()).as("summary of %s", instance).doesNotContain("work limits").doesNotContain("Effort.");
          assertThat(Planner.plan(instance.members(), instance.profiles(), instance.demand(), Effort.THOROUGH))
              .isEqualTo(standard);
          assertThat(Planner.plan(instance.members(), instance.profiles(), instance.demand(), Effort.STANDARD))
              .isEqualTo(standard);
        });
  }

  /**
   * Where the standard plan leaves pairs of members to a thorough search, the thorough plan is never
   * worse, keeps the planner's rules, and says what it did: re-planned pairs, or found no better plan.
   */
  @Test
  void whenPolishingLeavesPairsToIt_aThoroughPlanIsNeverWorse_andSaysWhatItDid() {
    qt(12).forAll(Generate.enumValues(Family.class), SourceDSL.integers().between(2, 12), SourceDSL.longs().between(0, 1_000))
        .assuming((family, size, seed) -> PlannerFamilies.of(family, size, seed).plan().summary()
            .contains("; re-planning members two at a time is left to Effort.THOROUGH"))
        .checkAssert((family, size, seed) -> {
          PlannerFamilies.Instance instance = PlannerFamilies.of(family, size, seed);
          Plan standard = instance.plan();
          Plan thorough = Planner.plan(instance.members(), instance.profiles(), instance.demand(), Effort.THOROUGH);

          PlannerBoundTest.keepsTheRules(instance, thorough);
          assertThat(thorough.balance().totalAbsoluteGap()).isLessThanOrEqualTo(standard.balance().totalAbsoluteGap());
          assertThat(thorough.summary()).doesNotContain("is left to Effort.THOROUGH").satisfiesAnyOf(
              s -> assertThat(s).contains(", then two at a time, against the demand the others leave (").contains("; searched thoroughly"),
              s -> assertThat(s).contains("; a thorough search found no better plan"));
        });
  }

  @Test
  void twentyFourMembersWithTenCropSets_areReplannedTwoAtATime_withAThoroughEffort() {
    PlannerFamilies.Instance instance = PlannerFamilies.of(Family.SETS_10, 24, 1);
    Plan standard = instance.plan();
    Plan thorough = Planner.plan(instance.members(), instance.profiles(), instance.demand(), Effort.THOROUGH);

    assertThat(standard.summary()).contains("; polished by re-planning members one at a time against the demand the"
        + " others leave (25 re-plans kept); re-planning members two at a time is left to Effort.THOROUGH; within 12.84 %");
    // 47,962 kg → 45,960 kg, 1.128 → 1.081 × the bound (46,120 kg and 1.085 before a pair's re-plan
    // that leaves Σ|gap| as it was was taken too)
    assertThat(thorough.summary()).contains("; polished by re-planning members one at a time, then two at a time, against"
        + " the demand the others leave (25 re-plans of one member and 107 of two kept); searched thoroughly; within 8.14 %");
    PlannerBoundTest.keepsTheRules(instance, thorough);
  }

  @Test
  void effortIsRequired() {
    PlannerFamilies.Instance instance = PlannerFamilies.of(Family.BENCHMARK, 3, 1);
    assertThatThrownBy(() -> Planner.plan(instance.members(), instance.profiles(), instance.demand(), (Effort) null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("effort");
    assertThat(List.of(Effort.values())).containsExactly(Effort.STANDARD, Effort.THOROUGH);
  }
}
