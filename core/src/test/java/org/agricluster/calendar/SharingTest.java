package org.agricluster.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.agricluster.calendar.PlannerFamilies.Family;
import org.junit.jupiter.api.Test;

/** Sharing a crop set's area with every member, on examples ({@link SharingPropertiesTest}: on random clusters). */
class SharingTest {

  private static long planting(Plan plan) {
    return plan.plantings().stream().map(p -> p.planting().member()).distinct().count();
  }

  @Test
  void aClusterWithLandToSpare_hasMoreMembersPlantingWhenSharedWithEveryMember() {
    // 30 members with 2,000 m² each and a trader who takes 400 kg of cucumber a week: land to spare, as in Sesan
    List<PlannerMember> members = new java.util.ArrayList<>();
    for (int i = 0; i < 30; i++) {
      members.add(PlannerMember.of(String.format("F%02d", i + 1), org.agricluster.measure.Area.ofSquareMetres(2_000),
          List.of("cucumber"), org.agricluster.measure.Area.ofSquareMetres(20)));
    }
    DemandCalendar demand = DemandCalendar.builder(PlannerFamilies.YEAR)
        .everyWeek("cucumber", org.agricluster.measure.Mass.ofKilograms(400)).build();
    // and one who grows only what the trader does not want
    members.add(PlannerMember.of("F31", org.agricluster.measure.Area.ofSquareMetres(2_000), List.of("eggplant"),
        org.agricluster.measure.Area.ofSquareMetres(20)));
    List<CropProfile> profiles = List.of(ExampleCrops.CUCUMBER, ExampleCrops.EGGPLANT);
    Plan fewest = Planner.plan(members, profiles, demand);
    Plan shared = Planner.plan(members, profiles, demand, Sharing.EVERY_MEMBER);
    assertThat(planting(fewest)).isLessThan(30);
    assertThat(planting(shared)).isEqualTo(30);
    assertThat(shared.summary()).contains("Shared with every member: 30 of the 30 who grow a demanded crop plant, against "
        + planting(fewest) + " when shared among the fewest members; this costs ");
    // equal land, equal parts: in each week every member plants the same area
    java.util.Map<IsoWeek, java.util.Set<java.math.BigDecimal>> areas = new java.util.TreeMap<>();
    for (Plan.PlannedPlanting p : shared.plantings()) {
      if (p.reason().contains("; a share of the ")) {
        areas.computeIfAbsent(p.planting().week(), w -> new java.util.TreeSet<>()).add(p.planting().area().toSquareMetres());
      }
    }
    assertThat(areas).isNotEmpty().allSatisfy((week, sizes) -> assertThat(sizes).as("areas planted in %s", week).hasSize(1));
  }

  @Test
  void sharingIsRequired() {
    PlannerFamilies.Instance instance = PlannerFamilies.of(Family.BENCHMARK, 3, 1);
    assertThatThrownBy(() -> Planner.plan(instance.members(), instance.profiles(), instance.demand(), (Sharing) null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("sharing");
    assertThat(List.of(Sharing.values())).containsExactly(Sharing.FEWEST_MEMBERS, Sharing.EVERY_MEMBER);
  }
}
