package org.agricluster.bench;

import java.util.ArrayList;
import java.util.List;
import org.agricluster.calendar.CropProfile;
import org.agricluster.calendar.DemandCalendar;
import org.agricluster.calendar.ExampleCrops;
import org.agricluster.calendar.Horizon;
import org.agricluster.calendar.IsoWeek;
import org.agricluster.calendar.PlannerMember;
import org.agricluster.measure.Area;
import org.agricluster.measure.Mass;

/** Generated clusters for the planner benchmark: N members × 52 weeks × 8 crops, demand scaled to N. */
final class PlannerScale {
  static final Horizon YEAR = Horizon.of(IsoWeek.of(2024, 1), 52);
  static final List<CropProfile> CROPS = List.of(ExampleCrops.CUCUMBER, ExampleCrops.YARD_LONG_BEAN, ExampleCrops.TOMATO,
      ExampleCrops.EGGPLANT, ExampleCrops.CHINESE_MUSTARD, ExampleCrops.CHOY_SUM, ExampleCrops.LETTUCE,
      ExampleCrops.BITTER_GOURD);

  private PlannerScale() {}

  static List<PlannerMember> members(int n) {
    List<PlannerMember> members = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      List<String> crops = new ArrayList<>();
      for (int c = 0; c < CROPS.size(); c++) {
        if ((i + c) % 3 != 0) {
          crops.add(CROPS.get(c).crop());
        }
      }
      members.add(PlannerMember.of(String.format("m%05d", i), Area.ofSquareMetres(1000 + (i * 263) % 1001), crops,
          Area.ofSquareMetres(100 + (i % 3) * 50)));
    }
    return members;
  }

  /** Demand about what N members' land can supply: 30 kg per member per week per crop, in season. */
  static DemandCalendar demand(int n) {
    DemandCalendar.Builder b = DemandCalendar.builder(YEAR);
    for (int c = 0; c < CROPS.size(); c++) {
      b.weeks(CROPS.get(c).crop(), YEAR.start().plusWeeks(4 * (c % 3)), YEAR.end(), Mass.ofKilograms(30L * n));
    }
    return b.build();
  }
}
