package org.agricluster.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.agricluster.measure.Area;
import org.agricluster.measure.Mass;
import org.junit.jupiter.api.Test;

/** The planner's options together: the value, and plans that combine a sharing, weights and an effort. */
class PlanOptionsTest {

  @Test
  void standardIsThePlannersDefaults_andEachWitherChangesOnlyItsOption() {
    PlanOptions standard = PlanOptions.standard();
    assertThat(standard.sharing()).isEqualTo(Sharing.FEWEST_MEMBERS);
    assertThat(standard.weights()).isEqualTo(CropWeights.equal());
    assertThat(standard.effort()).isEqualTo(Effort.STANDARD);
    PlanOptions all = standard.withSharing(Sharing.EVERY_MEMBER).withWeights(CropWeights.of("yard-long bean", 4))
        .withEffort(Effort.THOROUGH);
    assertThat(all.sharing()).isEqualTo(Sharing.EVERY_MEMBER);
    assertThat(all.weights()).isEqualTo(CropWeights.of("yard-long bean", 4));
    assertThat(all.effort()).isEqualTo(Effort.THOROUGH);
    assertThat(standard.withEffort(Effort.THOROUGH).sharing()).isEqualTo(Sharing.FEWEST_MEMBERS);
    assertThat(all).hasToString(
        "PlanOptions{sharing=EVERY_MEMBER, weights=CropWeights{yard-long bean ×4}, effort=THOROUGH}");
    assertThat(standard).hasToString("PlanOptions{sharing=FEWEST_MEMBERS, weights=CropWeights{equal}, effort=STANDARD}");
  }

  @Test
  void optionsAreEqualWhenEveryOptionIs() {
    new EqualsTester()
        .addEqualityGroup(PlanOptions.standard(), PlanOptions.standard().withWeights(CropWeights.of("bean", 1)),
            PlanOptions.standard().withSharing(Sharing.EVERY_MEMBER).withSharing(Sharing.FEWEST_MEMBERS))
        .addEqualityGroup(PlanOptions.standard().withSharing(Sharing.EVERY_MEMBER))
        .addEqualityGroup(PlanOptions.standard().withWeights(CropWeights.of("bean", 2)),
            PlanOptions.standard().withWeights(CropWeights.equal().with("bean", new BigDecimal("2.00"))))
        .addEqualityGroup(PlanOptions.standard().withEffort(Effort.THOROUGH))
        .testEquals();
  }

  @Test
  void anAbsentOption_isRefusedNamingIt() {
    assertThatThrownBy(() -> PlanOptions.standard().withSharing(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("sharing");
    assertThatThrownBy(() -> PlanOptions.standard().withWeights(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("weights");
    assertThatThrownBy(() -> PlanOptions.standard().withEffort(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("effort");
    PlannerFamilies.Instance instance = PlannerFamilies.of(PlannerFamilies.Family.BENCHMARK, 3, 1);
    assertThatThrownBy(() -> Planner.plan(instance.members(), instance.profiles(), instance.demand(), (PlanOptions) null))
        .isInstanceOf(NullPointerException.class).hasMessage("options");
  }

  /**
   * 30 members of 2,000 m² who grow cucumber and yard-long bean, plots of 20 m², and a trader who
   * takes 400 kg of cucumber and 150 kg of bean a week: land to spare, as in Sesan.
   */
  private static List<PlannerMember> members() {
    List<PlannerMember> members = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      members.add(PlannerMember.of(String.format("F%02d", i + 1), Area.ofSquareMetres(2_000),
          List.of("cucumber", "yard-long bean"), Area.ofSquareMetres(20)));
    }
    return members;
  }

  private static final List<CropProfile> PROFILES = List.of(ExampleCrops.CUCUMBER, ExampleCrops.YARD_LONG_BEAN);
  private static final DemandCalendar DEMAND = DemandCalendar.builder(PlannerFamilies.YEAR)
      .everyWeek("cucumber", Mass.ofKilograms(400)).everyWeek("yard-long bean", Mass.ofKilograms(150)).build();

  private static long planting(Plan plan) {
    return plan.plantings().stream().map(p -> p.planting().member()).distinct().count();
  }

  @Test
  void weightsAndEveryMemberSharing_together_shareWithEveryMember_andTheSummaryPricesBoth() {
    CropWeights weights = CropWeights.of("yard-long bean", 4);
    Plan weightedFewest = Planner.plan(members(), PROFILES, DEMAND, weights);
    Plan both = Planner.plan(members(), PROFILES, DEMAND, PlanOptions.standard().withWeights(weights)
        .withSharing(Sharing.EVERY_MEMBER));

    PlannerBoundTest.keepsLandPlotsAndCrops(members(), PlannerFamilies.YEAR, both.plantings());
    assertThat(Plan.hasGlut(both.balance())).isFalse();
    assertThat(planting(weightedFewest)).isLessThan(30);
    assertThat(planting(both)).isEqualTo(30);
    assertThat(both.summary())
        .contains("; weighted (yard-long bean ×4): Σ weight × |gap| ")
        .contains("; share of demand met with the weights (without): ")
        .endsWith(" Shared with every member: 30 of the 30 who grow a demanded crop plant, against "
            + planting(weightedFewest) + " when shared among the fewest members; this "
            + priceOfFairness(both, weightedFewest) + ", both with the weights.");
    // the plan without the weights it is compared with is shared with every member too
    Plan everyMember = Planner.plan(members(), PROFILES, DEMAND, Sharing.EVERY_MEMBER);
    assertThat(both.summary()).contains("yard-long bean " + met(both, "yard-long bean") + " % ("
        + met(everyMember, "yard-long bean") + " %)");
    assertThat(both.lowerBound()).isEqualTo(everyMember.lowerBound());
    assertThat(both).isEqualTo(Planner.plan(members(), PROFILES, DEMAND, PlanOptions.standard()
        .withSharing(Sharing.EVERY_MEMBER).withWeights(weights)));
  }

  /** The summary's words for what sharing {@code shared} with every member costs against {@code fewest}. */
  private static String priceOfFairness(Plan shared, Plan fewest) {
    BigDecimal cost = shared.balance().totalAbsoluteGap().toKilograms().subtract(fewest.balance().totalAbsoluteGap().toKilograms());
    return cost.signum() > 0 ? "costs " + Plan.kg(Mass.ofKilograms(cost)) + " kg more Σ|gap|"
        : "costs nothing (" + Plan.kg(Mass.ofKilograms(cost.negate())) + " kg less Σ|gap|)";
  }

  private static String met(Plan plan, String crop) {
    return plan.balance().shareOfDemandMet(crop).orElseThrow().toPercent(0, java.math.RoundingMode.HALF_EVEN).toPlainString();
  }

  @Test
  void anEffortWithASharing_isTheSharedPlan_whereNoLimitStoppedTheSearch() {
    // at 30 members no work limit stops the standard search: the thorough plan is the standard one
    Plan shared = Planner.plan(members(), PROFILES, DEMAND, Sharing.EVERY_MEMBER);
    assertThat(Planner.plan(members(), PROFILES, DEMAND, PlanOptions.standard().withSharing(Sharing.EVERY_MEMBER)
        .withEffort(Effort.THOROUGH))).isEqualTo(shared);
    assertThat(shared.summary()).doesNotContain("Effort.THOROUGH");
  }

  @Test
  void theSingleOptionMethods_areTheOptionsWithThatOptionSet() {
    Plan plain = Planner.plan(members(), PROFILES, DEMAND);
    assertThat(Planner.plan(members(), PROFILES, DEMAND, PlanOptions.standard())).isEqualTo(plain);
    assertThat(Planner.plan(members(), PROFILES, DEMAND, Effort.THOROUGH)).isEqualTo(plain);
    assertThat(Planner.plan(members(), PROFILES, DEMAND, CropWeights.equal())).isEqualTo(plain);
    assertThat(Planner.plan(members(), PROFILES, DEMAND, Sharing.FEWEST_MEMBERS)).isEqualTo(plain);
  }

  @Test
  void aWeightedPlansSummary_keepsWhatTheWeightedSearchSaidOfItself() {
    assertThat(Planner.searchNotes("9 plantings by 3 of 3 members; Σ|supply − demand| 1 kg against 2 kg when everyone"
        + " plants in the same week; searched thoroughly; the relaxation stopped at the planner's work limits;"
        + " within 1 % of the best possible plan")).isEqualTo("; searched thoroughly; the relaxation stopped at the"
        + " planner's work limits");
    assertThat(Planner.searchNotes("…; the relaxation stopped at the planner's work limits (Effort.THOROUGH may search"
        + " further); within 2 %")).isEqualTo("; the relaxation stopped at the planner's work limits (Effort.THOROUGH"
        + " may search further)");
    assertThat(Planner.searchNotes("…; the relaxation stopped at the planner's work limits; a thorough search found no"
        + " better plan; within 2 %")).isEqualTo("; the relaxation stopped at the planner's work limits; a thorough"
        + " search found no better plan");
    assertThat(Planner.searchNotes("3 plantings by 1 of 2 members; within 0.1 %")).isEmpty();
    // where no limit stopped it, a thorough weighted plan is the standard one, and says nothing of its search
    CropWeights weights = CropWeights.of("yard-long bean", 4);
    Plan standard = Planner.plan(members(), PROFILES, DEMAND, weights);
    assertThat(Planner.plan(members(), PROFILES, DEMAND, PlanOptions.standard().withWeights(weights)
        .withEffort(Effort.THOROUGH))).isEqualTo(standard);
    assertThat(standard.summary()).doesNotContain("search").endsWith("for this cluster (no plan without glut goes below "
        + Plan.kg(standard.lowerBound().orElseThrow().gap()) + " kg).");
  }
}
