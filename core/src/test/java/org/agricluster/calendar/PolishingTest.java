package org.agricluster.calendar;

import static org.agricluster.PropertyTests.qt;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.agricluster.calendar.PlannerFamilies.Family;
import org.agricluster.measure.Area;
import org.agricluster.measure.Mass;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Polishing a plan member by member ({@link PlanInProgress#replan}): the member's plantings are taken
 * out, its own relaxation against the demand the others leave is planted in whole plots, and the
 * greedy step fills in after it. The planner keeps a re-plan only when it lowers Σ|gap|, working on
 * a copy ({@link PlanInProgress#copy}).
 */
class PolishingTest {
  private static final Horizon YEAR = PlannerTest.YEAR;

  static Map<String, CropProfile> byCrop(List<CropProfile> profiles) {
    Map<String, CropProfile> byCrop = new TreeMap<>();
    profiles.forEach(p -> byCrop.put(p.crop(), p));
    return byCrop;
  }

  /** More cucumber every week than the two members of {@link #plantedOnceLate} can grow. */
  private static final DemandCalendar LOTS_OF_CUCUMBER =
      DemandCalendar.builder(YEAR).everyWeek("cucumber", Mass.ofKilograms(100_000)).build();

  /** a (1,000 m²) and b (500 m²) grow cucumber; only a plants, 100 m² in week 40. */
  private static Start plantedOnceLate() {
    List<PlannerMember> members = List.of(
        PlannerMember.of("a", Area.ofSquareMetres(1000), List.of("cucumber"), Area.ofSquareMetres(100)),
        PlannerMember.of("b", Area.ofSquareMetres(500), List.of("cucumber"), Area.ofSquareMetres(100)));
    PlanInProgress plan = new PlanInProgress(members, byCrop(List.of(ExampleCrops.CUCUMBER)), LOTS_OF_CUCUMBER);
    double[][][] areas = new double[1][1][YEAR.weeks()];
    areas[0][0][40] = 100;
    plan.seed(new Relaxation.Result(List.of(List.of(0)), areas, 0, 0, null, false), 0);
    return new Start(members, plan);
  }

  @Test
  void aMemberPlantedOnceLateInTheYear_isReplannedToUseItsLandAllYear_andTheGreedyStepFillsInAfterIt() {
    PlanInProgress plan = plantedOnceLate().plan();
    double before = plan.gap();
    PlanInProgress trial = plan.copy();

    assertThat(trial.replan(0)).isTrue();

    assertThat(trial.gap()).isLessThan(before);
    assertThat(plan.gap()).as("the copy is changed, not the plan").isEqualTo(before);
    assertThat(plan.plantings()).hasSize(1);
    List<Plan.PlannedPlanting> replanned = trial.plantings();
    assertThat(replanned.get(0).planting().week()).isEqualTo(YEAR.week(0));
    assertThat(replanned.get(0).planting().area()).isEqualTo(Area.ofSquareMetres(1000));
    assertThat(replanned.get(0).reason()).contains("planted when a was re-planned against the demand the others leave");
    assertThat(replanned).as("b, who had nothing, plants in the greedy step after a's re-plan")
        .anySatisfy(p -> assertThat(p.planting().member()).isEqualTo("b"));
  }

  @Test
  void aReplanThatCannotLowerTheGap_saysSo() {
    // nothing is wanted: nothing to plant, before or after
    List<PlannerMember> members = List.of(
        PlannerMember.of("a", Area.ofSquareMetres(1000), List.of("cucumber"), Area.ofSquareMetres(100)));
    DemandCalendar demand = DemandCalendar.builder(YEAR).everyWeek("cucumber", Mass.ofKilograms(0)).build();
    PlanInProgress plan = new PlanInProgress(members, byCrop(List.of(ExampleCrops.CUCUMBER)), demand);

    assertThat(plan.copy().replan(0)).isFalse();
  }

  @Test
  void aMemberWhoGrowsNoDemandedCrop_isReplannedToNothing() {
    // tomato has a profile but no demand: b grows nothing the buyer wants
    List<PlannerMember> members = List.of(
        PlannerMember.of("a", Area.ofSquareMetres(1000), List.of("cucumber"), Area.ofSquareMetres(100)),
        PlannerMember.of("b", Area.ofSquareMetres(1000), List.of("tomato"), Area.ofSquareMetres(100)));
    List<CropProfile> profiles = List.of(ExampleCrops.CUCUMBER, ExampleCrops.TOMATO);
    DemandCalendar demand = DemandCalendar.builder(YEAR).everyWeek("cucumber", Mass.ofKilograms(500)).build();
    PlanInProgress plan = new PlanInProgress(members, byCrop(profiles), demand);
    plan.run();

    assertThat(plan.copy().replan(1)).isFalse();
    Plan planned = Planner.plan(members, profiles, demand);
    assertThat(planned.plantings()).isNotEmpty().allSatisfy(p -> assertThat(p.planting().member()).isEqualTo("a"));
  }

  @Test
  void aPolishedPlanSaysHowManyReplansItKept() {
    PlannerFamilies.Instance instance = PlannerFamilies.of(Family.MANY_SETS, 40, 3);

    Plan plan = instance.plan();

    assertThat(plan.summary()).containsPattern(
        "; polished by re-planning members one at a time against the demand the others leave \\(\\d+ re-plans? kept\\)");
    assertThat(plan.plantings()).anySatisfy(p -> assertThat(p.reason()).contains(" was re-planned against the demand"));
    PlannerBoundTest.keepsTheRules(instance, plan);
  }

  /** A cluster's members in id order, as the planner takes them, and a plan in progress of them. */
  record Start(List<PlannerMember> members, PlanInProgress plan) {
    /** The greedy step's plan of the instance. */
    static Start greedy(PlannerFamilies.Instance instance) {
      List<PlannerMember> members = new ArrayList<>(instance.members());
      members.sort(java.util.Comparator.comparing(PlannerMember::id));
      PlanInProgress plan = new PlanInProgress(members, byCrop(instance.profiles()), instance.demand());
      plan.run();
      return new Start(members, plan);
    }
  }

  /**
   * A re-plan on a copy of the greedy plan: it says it lowered Σ|gap| exactly when it did, and keeps
   * the rules; the plan it copied is left as it was.
   */
  private static void replanOfACopy(Start greedy, DemandCalendar demand, String who,
      java.util.function.Predicate<PlanInProgress> replan) {
    double gap = greedy.plan().gap();
    List<Plan.PlannedPlanting> planted = greedy.plan().plantings();
    PlanInProgress trial = greedy.plan().copy();
    boolean lower = replan.test(trial);
    assertThat(lower).as(who).isEqualTo(trial.gap() < gap - PlanInProgress.TOLERANCE);
    keepsLandPlotsCropsAndNoGlut(greedy.members(), demand, trial.plantings());
    assertThat(greedy.plan().gap()).isEqualTo(gap);
    assertThat(greedy.plan().plantings()).isEqualTo(planted);
  }

  /** Each member's re-plan, on a copy of a greedy plan of every family: lower Σ|gap| when it says so, the rules kept. */
  @Test
  void aReplan_lowersTheGapWhenItSaysSo_keepsTheRules_andLeavesThePlanItCopied() {
    qt(12).forAll(Generate.enumValues(Family.class), SourceDSL.integers().between(2, 12), SourceDSL.longs().between(0, 1_000))
        .checkAssert((family, size, seed) -> {
          PlannerFamilies.Instance instance = PlannerFamilies.of(family, size, seed);
          Start greedy = Start.greedy(instance);
          for (int i = 0; i < size; i++) {
            int member = i;
            replanOfACopy(greedy, instance.demand(), "member " + i, trial -> trial.replan(member));
          }
        });
  }

  /** Pairs of members re-planned together, on a copy of a greedy plan of every family: as one member's re-plan. */
  @Test
  void aPairsReplan_lowersTheGapWhenItSaysSo_keepsTheRules_andLeavesThePlanItCopied() {
    qt(12).forAll(Generate.enumValues(Family.class), SourceDSL.integers().between(2, 8), SourceDSL.longs().between(0, 1_000))
        .checkAssert((family, size, seed) -> {
          PlannerFamilies.Instance instance = PlannerFamilies.of(family, size, seed);
          Start greedy = Start.greedy(instance);
          for (int i = 0; i < size; i++) {
            for (int j = i + 1; j < size; j++) {
              int first = i;
              int second = j;
              replanOfACopy(greedy, instance.demand(), "members " + i + " and " + j, trial -> trial.replan(first, second));
            }
          }
        });
  }

  @Test
  void twoMembersWhoGrowTheSameCrops_replannedAsAPair_shareTheirPooledLand() {
    // demand for more cucumber than both can grow: the pair's relaxation uses all 1,500 m² every week
    Start start = plantedOnceLate();
    List<PlannerMember> members = start.members();
    DemandCalendar demand = LOTS_OF_CUCUMBER;
    PlanInProgress plan = start.plan();
    assertThat(plan.shareACrop(0, 1)).isTrue();
    PlanInProgress trial = plan.copy();

    assertThat(trial.replan(0, 1)).isTrue();

    List<Plan.PlannedPlanting> replanned = trial.plantings();
    keepsLandPlotsCropsAndNoGlut(members, demand, replanned);
    assertThat(replanned).anySatisfy(p -> assertThat(p.planting().member()).isEqualTo("a"))
        .anySatisfy(p -> assertThat(p.planting().member()).isEqualTo("b"));
    // in week 1 every m² of both is planted
    BigDecimal inUse = replanned.stream().map(Plan.PlannedPlanting::planting)
        .filter(p -> YEAR.indexOf(p.week(), () -> "week") <= 1 && YEAR.indexOf(p.week(), () -> "week") + p.profile().weeksOccupied() > 1)
        .map(p -> p.area().toSquareMetres()).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(inUse).isEqualByComparingTo("1500");
  }

  /** The planner's rules on plantings not yet trimmed: land, plots, crops, and no week above demand but rounding's grams. */
  static void keepsLandPlotsCropsAndNoGlut(List<PlannerMember> members, DemandCalendar demand,
      List<Plan.PlannedPlanting> plantings) {
    PlannerBoundTest.keepsLandPlotsAndCrops(members, demand.horizon(), plantings);
    int weeks = demand.horizon().weeks();
    Balance balance = Balance.of(SupplyCalendar.of(demand.horizon(),
        plantings.stream().map(Plan.PlannedPlanting::planting).toList()), demand);
    for (String crop : balance.crops()) {
      for (int w = 0; w < weeks; w++) {
        // the search works in doubles: the planner's last exact pass trims these grams
        assertThat(balance.gap(crop, demand.horizon().week(w)).toKilograms()).as("%s in week %d", crop, w)
            .isLessThanOrEqualTo(new BigDecimal("0.01"));
      }
    }
  }
}
