package org.agricluster.calendar;

import static org.agricluster.PropertyTests.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.agricluster.calendar.PlannerFamilies.Family;
import org.agricluster.measure.Area;
import org.agricluster.measure.Mass;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Shadow prices claim what a change of the cluster is worth at most (land, one crop more) or at
 * least (demand); each claim is checked by planning the changed cluster: its plan can never beat
 * the bound minus what the change is said to be worth at most (plus at least).
 */
class ShadowPricesTest {
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

  @Test
  void aCropNobodyGrows_isWorthWhatAMemberGrowingItHarvests() {
    // one member grows cucumber, the buyer wants only yard-long bean, far more than the land gives
    Horizon year = PlannerFamilies.YEAR;
    DemandCalendar demand = DemandCalendar.builder(year).everyWeek("yard-long bean", Mass.ofKilograms(50_000)).build();
    List<CropProfile> profiles = List.of(ExampleCrops.CUCUMBER, ExampleCrops.YARD_LONG_BEAN);
    PlannerMember only = PlannerMember.of("F1", Area.ofSquareMetres(2_000), List.of("cucumber"), Area.ofSquareMetres(100));
    ShadowPrices prices = Planner.shadowPrices(List.of(only), profiles, demand);
    Mass worth = prices.opening("F1", "yard-long bean");
    assertThatThrownBy(() -> prices.opening("F1", "cucumber")).hasMessageContaining("Crop must be one of the demand's: [yard-long bean]");
    assertThat(prices.largestOpenings(5)).extracting(ShadowPrices.Opening::crop).containsExactly("yard-long bean");
    Plan before = Planner.plan(List.of(only), profiles, demand);
    Plan after = Planner.plan(List.of(PlannerMember.of("F1", only.land(), List.of("cucumber", "yard-long bean"), only.minimumPlot())),
        profiles, demand);
    BigDecimal gained = before.balance().totalAbsoluteGap().toKilograms().subtract(after.balance().totalAbsoluteGap().toKilograms());
    // at most what it is said to be worth, and (with demand to spare) nearly all of it
    assertThat(gained).isPositive().isLessThanOrEqualTo(worth.toKilograms().add(new BigDecimal("0.001")))
        .isGreaterThanOrEqualTo(worth.toKilograms().multiply(new BigDecimal("0.95")));
    assertThat(prices.explanation(3)).anyMatch(l -> l.startsWith("If F1 grew yard-long bean too: up to "));
  }

  @Test
  void takeoLikeCluster_explainsItsPricesInWords_andRefusesWhatItDoesNotKnow() {
    PlannerFamilies.Instance instance = PlannerFamilies.of(Family.MANY_SETS, 6, 3);
    ShadowPrices prices = Planner.shadowPrices(instance.members(), instance.profiles(), instance.demand());
    assertThat(prices).isEqualTo(Planner.shadowPrices(instance.members(), instance.profiles(), instance.demand()));
    assertThat(prices.toString()).startsWith("ShadowPrices{bound ").contains("6 members", "12 crops");
    List<String> lines = prices.explanation(2);
    assertThat(lines.get(0)).startsWith("At the prices that certify a lower bound of ");
    assertThat(lines).anyMatch(l -> l.startsWith("Each m² more land for the ") || l.startsWith("More land for the "));
    assertThat(prices.explanation(0)).hasSize(1 + (int) lines.stream().filter(l -> l.contains("every kg more demanded")).count());
    assertThat(prices.land()).isSortedAccordingTo((a, b) -> b.kilogramsPerSquareMetre().compareTo(a.kilogramsPerSquareMetre()));
    TreeSet<String> everyone = new TreeSet<>();
    prices.land().forEach(v -> everyone.addAll(v.members()));
    assertThat(everyone).hasSize(6);
    assertThat(prices.largestOpenings(100)).isSortedAccordingTo((a, b) -> b.lessGap().compareTo(a.lessGap()))
        .allSatisfy(o -> assertThat(prices.opening(o.member(), o.crop())).isEqualTo(o.lessGap()));
    IsoWeek first = instance.demand().horizon().start();
    String crop = instance.demand().crops().iterator().next();
    assertThat(prices.perKilogramDemanded(crop, first)).isLessThanOrEqualTo(BigDecimal.ONE);
    assertThatThrownBy(() -> prices.perKilogramDemanded("durian", first)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Crop must be one of the demand's").hasMessageContaining("'durian'");
    assertThatThrownBy(() -> prices.perKilogramDemanded(crop, first.plusWeeks(60))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Week must be a week of the horizon 52 weeks from 2024-W01");
    assertThatThrownBy(() -> prices.opening("nobody", crop)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Member must be one of the plan's 6 members").hasMessageContaining("'nobody'");
    assertThatThrownBy(() -> prices.largestOpenings(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Number of openings must be >= 0 but was -1");
  }
}
