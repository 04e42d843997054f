package org.agricluster.calendar;

import static org.agricluster.PropertyTests.qt;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.agricluster.calendar.PlannerFamilies.Family;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * A weighted plan keeps every rule of a plan, on every family, alone and with a sharing
 * ({@link CropWeightsTest}, {@link PlanOptionsTest}: on examples).
 */
class CropWeightsPropertiesTest {

  private static BigDecimal weighted(Balance balance, CropWeights weights) {
    BigDecimal sum = BigDecimal.ZERO;
    for (String crop : balance.crops()) {
      sum = sum.add(balance.totalAbsoluteGap(crop).toKilograms().multiply(weights.weight(crop)));
    }
    return sum;
  }

  @Test
  void aWeightedPlan_keepsLandPlotsCropsAndNoGlut_isNeverWorseThanItsBaselineInTheWeightedSum_andIsDeterministic() {
    qt(10).forAll(Generate.enumValues(Family.class), SourceDSL.integers().between(2, 10), SourceDSL.longs().between(0, 1_000),
            SourceDSL.integers().between(1, 40))
        .checkAssert((family, size, seed, tenths) -> {
          PlannerFamilies.Instance instance = PlannerFamilies.of(family, size, seed);
          // a demanded crop, weighted 0.1 to 4
          java.util.List<String> demanded = instance.demand().crops().asList();
          String crop = demanded.get((int) (seed % demanded.size()));
          CropWeights weights = CropWeights.equal().with(crop, BigDecimal.valueOf(tenths, 1));
          Plan plan = Planner.plan(instance.members(), instance.profiles(), instance.demand(), weights);
          assertThat(Planner.plan(instance.members(), instance.profiles(), instance.demand(), weights))
              .as("the same plan twice").isEqualTo(plan);
          PlannerBoundTest.keepsLandPlotsCropsAndNoGlut(instance, plan);
          assertThat(weighted(plan.balance(), weights)).isLessThanOrEqualTo(weighted(plan.baselineBalance(), weights));
          assertThat(plan.lowerBound().orElseThrow().gap()).isLessThanOrEqualTo(plan.balance().totalAbsoluteGap());
          assertThat(plan.lowerBound()).isEqualTo(instance.plan().lowerBound());
        });
  }

  @Test
  void aWeightedPlanWithASharing_keepsLandPlotsCropsAndNoGlut_isNeverWorseThanItsBaselineInTheWeightedSum_andIsDeterministic() {
    qt(10).forAll(Generate.enumValues(Family.class), SourceDSL.integers().between(2, 10), SourceDSL.longs().between(0, 1_000),
            SourceDSL.integers().between(1, 80))
        .checkAssert((family, size, seed, code) -> {
          PlannerFamilies.Instance instance = PlannerFamilies.of(family, size, seed);
          // a weight of 0.1 to 4 and a sharing, from one number (QuickTheories takes at most four sources)
          int tenths = (code + 1) / 2;
          Sharing sharing = code % 2 == 0 ? Sharing.EVERY_MEMBER : Sharing.FEWEST_MEMBERS;
          java.util.List<String> demanded = instance.demand().crops().asList();
          String crop = demanded.get((int) (seed % demanded.size()));
          PlanOptions options = PlanOptions.standard().withSharing(sharing)
              .withWeights(CropWeights.equal().with(crop, BigDecimal.valueOf(tenths, 1)));
          Plan plan = Planner.plan(instance.members(), instance.profiles(), instance.demand(), options);
          assertThat(Planner.plan(instance.members(), instance.profiles(), instance.demand(), options))
              .as("the same plan twice").isEqualTo(plan);
          PlannerBoundTest.keepsLandPlotsCropsAndNoGlut(instance, plan);
          assertThat(weighted(plan.balance(), options.weights()))
              .isLessThanOrEqualTo(weighted(plan.baselineBalance(), options.weights()));
          assertThat(plan.lowerBound().orElseThrow().gap()).isLessThanOrEqualTo(plan.balance().totalAbsoluteGap());
          assertThat(plan.summary().contains(" Shared with every member: ")).isEqualTo(sharing == Sharing.EVERY_MEMBER);
        });
  }
}
