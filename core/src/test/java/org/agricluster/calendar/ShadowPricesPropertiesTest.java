package org.agricluster.calendar;

import static org.agricluster.PropertyTests.qt;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.agricluster.calendar.PlannerFamilies.Family;
import org.agricluster.measure.Area;
import org.agricluster.measure.Mass;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Shadow prices on random clusters (examples in {@link ShadowPricesTest}). Shadow prices claim what a change of the cluster is worth at most (land, one crop more) or at
 * least (demand); each claim is checked by planning the changed cluster: its plan can never beat
 * the bound minus what the change is said to be worth at most (plus at least).
 */
class ShadowPricesPropertiesTest {
  /** Families small enough to plan twice per example; many crop sets make crops worth adding. */
  private static final Family[] FAMILIES = {Family.BENCHMARK, Family.LAND_SCARCE, Family.HETEROGENEOUS, Family.MANY_SETS,
      Family.SEASONAL};

  private static boolean keepsNoGlutRule(Plan plan) {
    return !plan.summary().startsWith("The baseline was kept");
  }

  @Test
  void moreLandForAMember_neverBringsAPlanBelowTheBoundMinusWhatTheLandIsSaidToBeWorth() {
    qt(12).forAll(Generate.pick(List.of(FAMILIES)), SourceDSL.integers().between(2, 8), SourceDSL.longs().between(0, 1_000))
        .checkAssert((family, size, seed) -> {
          PlannerFamilies.Instance instance = PlannerFamilies.of(family, size, seed);
          ShadowPrices prices = Planner.shadowPrices(instance.members(), instance.profiles(), instance.demand());
          assertThat(prices.bound()).isLessThanOrEqualTo(instance.plan().lowerBound().orElseThrow().gap());
          PlannerMember lucky = instance.members().get((int) (seed % size));
          BigDecimal extra = lucky.land().toSquareMetres().max(BigDecimal.valueOf(500));
          ShadowPrices.LandValue value = prices.land().stream().filter(v -> v.members().contains(lucky.id())).findFirst().orElseThrow();
          List<PlannerMember> more = new ArrayList<>(instance.members());
          more.set(more.indexOf(lucky), PlannerMember.of(lucky.id(), Area.ofSquareMetres(lucky.land().toSquareMetres().add(extra)),
              List.copyOf(lucky.crops()), lucky.minimumPlot()));
          Plan plan = Planner.plan(more, instance.profiles(), instance.demand());
          assertThatPlanRespects(plan, prices.bound().toKilograms().subtract(extra.multiply(value.kilogramsPerSquareMetre())),
              instance + ", " + extra + " m² more for " + lucky.id());
        });
  }

  @Test
  void oneCropMoreForAMember_neverBringsAPlanBelowTheBoundMinusWhatTheCropIsSaidToBeWorth() {
    qt(12).forAll(Generate.pick(List.of(Family.MANY_SETS, Family.SETS_5, Family.SETS_10)), SourceDSL.integers().between(2, 8),
        SourceDSL.longs().between(0, 1_000))
        .checkAssert((family, size, seed) -> {
          PlannerFamilies.Instance instance = PlannerFamilies.of(family, size, seed);
          ShadowPrices prices = Planner.shadowPrices(instance.members(), instance.profiles(), instance.demand());
          Random r = new Random(seed);
          PlannerMember lucky = instance.members().get(r.nextInt(size));
          List<String> others = instance.demand().crops().stream().filter(c -> !lucky.crops().contains(c)).toList();
          // members of these families grow 2 to 5 of the 12 crops
          assertThat(others).isNotEmpty();
          String crop = others.get(r.nextInt(others.size()));
          assertThat(prices.opening(lucky.id(), lucky.crops().iterator().next())).as("a crop it grows").isEqualTo(Mass.ofKilograms(0));
          Mass worth = prices.opening(lucky.id(), crop);
          List<String> wider = new ArrayList<>(lucky.crops());
          wider.add(crop);
          List<PlannerMember> more = new ArrayList<>(instance.members());
          more.set(more.indexOf(lucky), PlannerMember.of(lucky.id(), lucky.land(), wider, lucky.minimumPlot()));
          Plan plan = Planner.plan(more, instance.profiles(), instance.demand());
          assertThatPlanRespects(plan, prices.bound().toKilograms().subtract(worth.toKilograms()),
              instance + ", " + lucky.id() + " growing " + crop + " too");
        });
  }

  @Test
  void moreDemandInAWeek_neverBringsAPlanBelowTheBoundPlusWhatTheDemandIsSaidToCost() {
    qt(12).forAll(Generate.pick(List.of(FAMILIES)), SourceDSL.integers().between(2, 8), SourceDSL.longs().between(0, 1_000))
        .checkAssert((family, size, seed) -> {
          PlannerFamilies.Instance instance = PlannerFamilies.of(family, size, seed);
          ShadowPrices prices = Planner.shadowPrices(instance.members(), instance.profiles(), instance.demand());
          Random r = new Random(seed);
          List<String> crops = List.copyOf(instance.demand().crops());
          String crop = crops.get(r.nextInt(crops.size()));
          List<IsoWeek> weeks = instance.demand().weekly(crop).entrySet().stream().filter(e -> e.getValue().isGreaterThan(Mass.ofKilograms(0)))
              .map(java.util.Map.Entry::getKey).toList();
          IsoWeek week = weeks.get(r.nextInt(weeks.size()));
          // large beside a week's demand, so that a price said too high shows
          BigDecimal extra = BigDecimal.valueOf(10_000);
          DemandCalendar.Builder more = DemandCalendar.builder(instance.demand().horizon());
          for (String c : crops) {
            instance.demand().weekly(c).forEach((w, kg) -> more.week(c, w,
                c.equals(crop) && w.equals(week) ? Mass.ofKilograms(kg.toKilograms().add(extra)) : kg));
          }
          Plan plan = Planner.plan(instance.members(), instance.profiles(), more.build());
          assertThatPlanRespects(plan, prices.bound().toKilograms().add(extra.multiply(prices.perKilogramDemanded(crop, week))),
              instance + ", " + extra + " kg more " + crop + " in " + week);
        });
  }

  /** Examples a property could check (the plan of the changed cluster kept the no-glut rule), of all. */
  private final java.util.concurrent.atomic.AtomicInteger checked = new java.util.concurrent.atomic.AtomicInteger();
  private final java.util.concurrent.atomic.AtomicInteger examples = new java.util.concurrent.atomic.AtomicInteger();

  /**
   * The bound holds for plans without glut; a changed cluster whose plan is its baseline (which
   * makes gluts) says nothing, and {@link #mostExamplesWereChecked} makes sure that stays rare.
   */
  private void assertThatPlanRespects(Plan plan, BigDecimal floor, String what) {
    examples.incrementAndGet();
    if (keepsNoGlutRule(plan)) {
      checked.incrementAndGet();
      // a hair for the doubles the prices were computed in
      assertThat(plan.balance().totalAbsoluteGap().toKilograms()).as(what).isGreaterThanOrEqualTo(floor.subtract(new BigDecimal("0.001")));
    }
  }

  @org.junit.jupiter.api.AfterEach
  void mostExamplesWereChecked() {
    assertThat(checked.get()).as("examples checked of %s", examples.get()).isGreaterThanOrEqualTo(examples.get() * 3 / 4);
  }
}
