package org.agricluster.calendar;

import static org.agricluster.PropertyTests.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.agricluster.measure.Area;
import org.agricluster.measure.Mass;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * The bound's model and the column generation on small clusters, cheap enough for mutation testing:
 * both relaxations reach the same optimum, the dual bound at the optimal prices is that optimum, and
 * the bound is below it at any other prices.
 */
class PlannerBoundModelTest {
  private static final List<CropProfile> CROPS = PlannerTest.CROPS;

  private static List<PlannerMember> members(List<Integer> land, List<Integer> sets) {
    List<PlannerMember> members = new ArrayList<>();
    for (int i = 0; i < land.size(); i++) {
      int mask = 1 + Math.floorMod(sets.get(i % sets.size()), 7);
      List<String> grows = new ArrayList<>();
      for (int c = 0; c < CROPS.size(); c++) {
        if ((mask >> c & 1) == 1) {
          grows.add(CROPS.get(c).crop());
        }
      }
      members.add(PlannerMember.of(String.format("m%02d", i), Area.ofSquareMetres(100L * land.get(i)), grows,
          Area.ofSquareMetres(100)));
    }
    return members;
  }

  /** The model's arrays, as the planner builds them. */
  private static PlanInProgress model(List<PlannerMember> members, DemandCalendar demand) {
    java.util.Map<String, CropProfile> byCrop = new java.util.TreeMap<>();
    CROPS.forEach(p -> byCrop.put(p.crop(), p));
    return new PlanInProgress(members, byCrop, demand);
  }

  @Test
  void columnGeneration_reachesTheLandRowRelaxationsOptimum_andTheBoundAtItsPricesIsThatOptimum() {
    qt(12).forAll(SourceDSL.lists().of(SourceDSL.integers().between(1, 20)).ofSizeBetween(1, 8),
        SourceDSL.lists().of(SourceDSL.integers().between(0, 6)).ofSizeBetween(1, 8),
        SourceDSL.lists().of(SourceDSL.integers().between(0, 600)).ofSize(3))
        .checkAssert((land, sets, wanted) -> {
          List<PlannerMember> members = members(land, sets);
          DemandCalendar demand = PlannerTest.demand(wanted.get(0), wanted.get(1), wanted.get(2) / 2);
          PlanInProgress model = model(members, demand);
          Relaxation.Result rows = model.relax();
          Relaxation.Result columns = model.relaxByColumns();
          double total = demand.crops().stream().flatMap(c -> demand.kilograms(c).stream())
              .mapToDouble(java.math.BigDecimal::doubleValue).sum();
          double tolerance = 1e-6 * Math.max(1, total);
          assertThat(rows.optimal()).isTrue();
          assertThat(columns.harvest()).as("column generation never beats the land-row relaxation's optimum")
              .isLessThanOrEqualTo(rows.harvest() + tolerance);
          if (columns.optimal()) {
            assertThat(columns.harvest()).as("column generation, when it says optimal").isCloseTo(rows.harvest(), within(tolerance));
            assertThat(model.dualBound(true).bound(columns.prices(), total - rows.harvest(), 0))
                .as("its prices certify it").isCloseTo(total - rows.harvest(), within(tolerance));
          }
          DualBound dual = model.dualBound(true);
          double optimum = total - rows.harvest();
          assertThat(dual.bound(rows.prices(), optimum, 0)).as("the bound at the relaxation's optimal prices")
              .isCloseTo(optimum, within(tolerance)).isLessThanOrEqualTo(optimum + tolerance);
          // the column generation's last prices are a valid start but do not always certify its optimum
          assertThat(dual.bound(columns.prices(), optimum, 0)).as("the bound at the column generation's prices")
              .isLessThanOrEqualTo(optimum + tolerance);
          assertThat(dual.bound(null, optimum, 0)).as("at zero prices").isLessThanOrEqualTo(optimum + tolerance);
          assertThat(dual.bound(null, optimum, 3_000)).as("the ascent from zero prices").isLessThanOrEqualTo(optimum + tolerance);
          // the columns share out into land per class and week that never exceeds the class's land
          List<CropProfile> inDemandOrder = demand.crops().stream()
              .map(name -> CROPS.stream().filter(p -> p.crop().equals(name)).findFirst().orElseThrow()).toList();
          for (int k = 0; k < columns.classes().size(); k++) {
            double classLand = columns.classes().get(k).stream().mapToDouble(i -> members.get(i).land().toSquareMetres().doubleValue()).sum();
            for (int w = 0; w < PlannerTest.YEAR.weeks(); w++) {
              double used = 0;
              for (int c = 0; c < inDemandOrder.size(); c++) {
                for (int t = Math.max(0, w - inDemandOrder.get(c).weeksOccupied() + 1); t <= w; t++) {
                  used += columns.areas()[k][c][t];
                }
              }
              assertThat(used).isLessThanOrEqualTo(classLand * (1 + 1e-9) + 1e-9);
            }
          }
        });
  }

  /**
   * Found by the explore profile (seed 3728862409740728633): the column generation stopped as optimal
   * with prices that bound only 7.9 kg of an 11 kg optimum, and the planner took them as final. (Since
   * the simplex's Devex weights are set back before they overflow, its pricing no longer stops short
   * here and the column generation's prices certify the optimum; the plan's bound is checked either way.)
   */
  @Test
  void aPlansBound_reachesTheRelaxationsOptimum_evenWhenTheColumnGenerationsPricesFallShort() {
    List<PlannerMember> members = members(List.of(1, 1), List.of(6));
    DemandCalendar demand = PlannerTest.demand(1, 1, 1);
    PlanInProgress model = model(members, demand);
    double optimum = 11;
    assertThat(model.relax().harvest()).isCloseTo(PlannerTest.YEAR.weeks() * 2.0 + 31 - optimum, within(1e-6));
    assertThat(model.dualBound(true).bound(model.relaxByColumns().prices(), optimum, 0)).isLessThanOrEqualTo(optimum + 1e-6);
    Plan plan = Planner.plan(members, CROPS, demand);
    assertThat(plan.lowerBound().orElseThrow().gap().toKilograms().doubleValue()).isCloseTo(optimum, within(1e-3));
  }

  /**
   * Found by the explore profile (seed 4628661333624256788): the column generation stopped with no
   * improving column 0.74 kg short of the optimum and called itself optimal; now only a bound that
   * meets its gap says so. (Since the simplex keeps its reduced profits between pivots it takes
   * another path here and reaches the optimum; the rule is checked either way.)
   */
  @Test
  void columnGeneration_callsItselfOptimalOnlyWhenItsBoundSaysSo() {
    List<PlannerMember> members = members(List.of(1, 1, 1, 1, 1, 4), List.of(1, 1, 2));
    DemandCalendar demand = PlannerTest.demand(1, 3, 0);
    PlanInProgress model = model(members, demand);
    Relaxation.Result rows = model.relax();
    Relaxation.Result columns = model.relaxByColumns();
    assertThat(columns.harvest()).as("the land-row optimum").isCloseTo(rows.harvest(), within(1e-3));
    assertThat(columns.optimal()).as("optimal, and its bound says so").isTrue();
    double total = demand.crops().stream().flatMap(c -> demand.kilograms(c).stream())
        .mapToDouble(java.math.BigDecimal::doubleValue).sum();
    Plan plan = Planner.plan(members, CROPS, demand);
    assertThat(plan.lowerBound().orElseThrow().gap().toKilograms().doubleValue()).isCloseTo(total - rows.harvest(), within(1e-3));
  }

  @Test
  void theDemandNoPlanCanMeet_isTheWeeksBeforeTheFirstHarvestAndTheCropsNobodyGrows() {
    List<PlannerMember> members = List.of(PlannerMember.of("a", Area.ofSquareMetres(1_000), List.of("choy sum"),
        Area.ofSquareMetres(100)));
    DemandCalendar demand = DemandCalendar.builder(PlannerTest.YEAR).everyWeek("choy sum", Mass.ofKilograms(10))
        .everyWeek("cucumber", Mass.ofKilograms(1)).build();
    PlanInProgress model = model(members, demand);
    // choy sum's first harvest is ExampleCrops' weeks to first harvest after week 0; nobody grows cucumber
    assertThat(model.dualBound(true).unmeetable())
        .isEqualTo(10.0 * ExampleCrops.CHOY_SUM.weeksToFirstHarvest() + 52);
    assertThat(model.dualBound(true).classes()).isEqualTo(1);
    Plan plan = Planner.plan(members, CROPS, demand);
    assertThat(plan.lowerBound().orElseThrow().unmeetable())
        .isEqualTo(Mass.ofKilograms(10L * ExampleCrops.CHOY_SUM.weeksToFirstHarvest() + 52));
  }
  /**
   * The dynamic programmes of all classes run together ({@link DualBound#schedules}) give each class
   * the value its own programme gives, and the plantings followed back through the table earn that
   * value, never overlap and are of the class's crops. Prices from a few levels make ties common,
   * where the plantings chosen depend on how ties are broken.
   */
  @Test
  void everyClassesSchedule_isTheBestOfItsCropsAlone_andItsPlantingsEarnIt() {
    qt(40).forAll(SourceDSL.lists().of(SourceDSL.integers().between(0, 6)).ofSizeBetween(1, 7),
        SourceDSL.lists().of(SourceDSL.integers().between(-2, 4)).ofSize(3 * 52),
        SourceDSL.integers().between(1, 600))
        .checkAssert((sets, levels, wanted) -> {
          List<PlannerMember> members = members(sets.stream().map(s -> 1).toList(), sets);
          DemandCalendar demand = PlannerTest.demand(wanted, wanted / 2 + 1, wanted / 3 + 1);
          DualBound dual = model(members, demand).dualBound(true);
          double[][] u = new double[3][52];
          for (int c = 0; c < 3; c++) {
            for (int w = 0; w < 52; w++) {
              u[c][w] = levels.get(c * 52 + w) / 4.0;
            }
          }
          dual.setPrices(u);
          double[] together = dual.schedules().clone();
          assertThat(together).hasSize(dual.classes());
          for (int k = 0; k < dual.classes(); k++) {
            boolean[] grows = new boolean[3];
            for (int c = 0; c < 3; c++) {
              grows[c] = dual.grows(k, c);
            }
            int[] pairs = dual.chosenPairs(k);
            assertThat(together[k]).as("class %d together and alone", k).isEqualTo(dual.schedule(grows));
            double earned = 0;
            int free = 0;
            for (int i = 0; i < pairs.length; i += 2) {
              int c = pairs[i];
              int t = pairs[i + 1];
              assertThat(grows[c]).as("class %d grows crop %d", k, c).isTrue();
              assertThat(t).as("planting of class %d starts when its land is free", k).isGreaterThanOrEqualTo(free);
              free = t + dual.occupied(c);
              double[] kg = new double[52];
              dual.harvest(c, t, kg);
              for (int w = 0; w < 52; w++) {
                earned += kg[w] * u[c][w];
              }
            }
            assertThat(earned).as("what class %d's plantings earn", k).isCloseTo(together[k], within(1e-9 * Math.max(1, together[k])));
          }
        });
  }
}
