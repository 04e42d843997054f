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
 * Planning with {@link Effort#THOROUGH} on small clusters, where no work limit stops the standard
 * search ({@link PlannerQualityAtScaleGuardTest}: a cluster where one does).
 */
class EffortTest {

  @Test
  void whenNoLimitStopsTheStandardSearch_aThoroughPlanIsTheStandardPlan() {
    qt(12).forAll(Generate.enumValues(Family.class), SourceDSL.integers().between(2, 24), SourceDSL.longs().between(0, 1_000))
        .checkAssert((family, size, seed) -> {
          PlannerFamilies.Instance instance = PlannerFamilies.of(family, size, seed);
          Plan standard = instance.plan();
          assertThat(standard.summary()).as("summary of %s", instance).doesNotContain("work limits").doesNotContain("Effort.");
          assertThat(Planner.plan(instance.members(), instance.profiles(), instance.demand(), Effort.THOROUGH))
              .isEqualTo(standard);
          assertThat(Planner.plan(instance.members(), instance.profiles(), instance.demand(), Effort.STANDARD))
              .isEqualTo(standard);
        });
  }

  @Test
  void effortIsRequired() {
    PlannerFamilies.Instance instance = PlannerFamilies.of(Family.BENCHMARK, 3, 1);
    assertThatThrownBy(() -> Planner.plan(instance.members(), instance.profiles(), instance.demand(), (Effort) null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("effort");
    assertThat(List.of(Effort.values())).containsExactly(Effort.STANDARD, Effort.THOROUGH);
  }
}
