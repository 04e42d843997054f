package org.agricluster.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.agricluster.measure.Area;
import org.agricluster.measure.Mass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The planner never gets worse on four fixed clusters: its Σ |supply − demand| stays at or below what
 * it reached when this guard was written (measured, in kg), and every plan keeps the rules. A change
 * that improves the planner lowers these figures; one that degrades it fails here.
 */
class PlannerQualityGuardTest {
  enum Cluster {
    /** Ten members, three crop sets, the LP comparison's case: demand the land can meet but for start-up weeks. */
    TEN_MEMBERS(3_650.19),
    /** The same ten members against ten times the demand: land is short all year. */
    LAND_SCARCE(275_300.00),
    /** Forty members, each growing a random 2–5 of the twelve example crops, land 500–5,000 m². */
    MANY_CROP_SETS(15_000.00),
    /** Thirty members with uneven land (200–20,000 m²) and minimum plots (50–2,000 m²). */
    UNEVEN_FARMS(8_300.00);

    final double measured;

    Cluster(double measured) {
      this.measured = measured;
    }
  }

  static List<PlannerMember> members(Cluster cluster) {
    Random random = new Random(cluster.ordinal() + 1);
    List<PlannerMember> members = new ArrayList<>();
    switch (cluster) {
      case TEN_MEMBERS, LAND_SCARCE -> members.addAll(PlannerTest.members(List.of(5, 12, 8, 20, 3, 15, 9, 11, 6, 18)));
      case MANY_CROP_SETS -> {
        List<String> all = ExampleCrops.all().stream().map(CropProfile::crop).toList();
        for (int i = 0; i < 40; i++) {
          List<String> crops = new ArrayList<>(all);
          java.util.Collections.shuffle(crops, random);
          members.add(PlannerMember.of(String.format("m%02d", i), Area.ofSquareMetres(500 + random.nextInt(4_501)),
              crops.subList(0, 2 + random.nextInt(4)), Area.ofSquareMetres(100)));
        }
      }
      case UNEVEN_FARMS -> {
        for (int i = 0; i < 30; i++) {
          long land = Math.round(200 * Math.pow(100, random.nextDouble()));
          long plot = Math.min(land, Math.round(50 * Math.pow(40, random.nextDouble())));
          members.add(PlannerMember.of(String.format("m%02d", i), Area.ofSquareMetres(land),
              List.of("cucumber", "choy sum", "yard-long bean"), Area.ofSquareMetres(plot)));
        }
      }
    }
    return members;
  }

  static DemandCalendar demand(Cluster cluster) {
    return switch (cluster) {
      case TEN_MEMBERS -> PlannerTest.demand(400, 300, 150);
      case LAND_SCARCE -> PlannerTest.demand(4_000, 3_000, 1_500);
      case MANY_CROP_SETS -> {
        DemandCalendar.Builder b = DemandCalendar.builder(PlannerTest.YEAR);
        ExampleCrops.all().forEach(p -> b.everyWeek(p.crop(), Mass.ofKilograms(150)));
        yield b.build();
      }
      case UNEVEN_FARMS -> PlannerTest.demand(900, 700, 300);
    };
  }

  static List<CropProfile> profiles(Cluster cluster) {
    return cluster == Cluster.MANY_CROP_SETS ? ExampleCrops.all() : PlannerTest.CROPS;
  }

  @ParameterizedTest
  @EnumSource(Cluster.class)
  void thePlanIsNoWorseThanWhenMeasured_andKeepsTheRules(Cluster cluster) {
    List<PlannerMember> members = members(cluster);
    Plan plan = Planner.plan(members, profiles(cluster), demand(cluster));
    keepsTheRules(plan, members, cluster.measured, cluster.toString());
  }

  static void keepsTheRules(Plan plan, List<PlannerMember> members, double measured, String cluster) {
    double gap = plan.balance().totalAbsoluteGap().toKilograms().doubleValue();
    assertThat(gap).as("Σ|gap| of %s", cluster).isLessThanOrEqualTo(measured + 0.01);
    assertThat(plan.balance().totalAbsoluteGap()).isLessThanOrEqualTo(plan.baselineBalance().totalAbsoluteGap());
    java.util.Map<String, PlannerMember> byId = new java.util.HashMap<>();
    members.forEach(m -> byId.put(m.id(), m));
    for (Plan.PlannedPlanting p : plan.plantings()) {
      PlannerMember m = byId.get(p.planting().member());
      assertThat(m.crops()).contains(p.planting().crop());
      assertThat(p.planting().area().isLessThan(m.minimumPlot())).as("%s", p).isFalse();
    }
    for (String crop : plan.balance().crops()) {
      for (int w = 0; w < PlannerTest.YEAR.weeks(); w++) {
        assertThat(plan.balance().gap(crop, plan.balance().horizon().week(w)).toKilograms()).as("no glut of %s in week %d", crop, w)
            .isLessThanOrEqualTo(new BigDecimal("0.01"));
      }
    }
  }
}
