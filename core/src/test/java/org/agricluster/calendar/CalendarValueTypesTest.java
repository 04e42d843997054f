package org.agricluster.calendar;

import static org.agricluster.calendar.Weeks.w;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.util.List;
import org.agricluster.measure.Area;
import org.agricluster.measure.Mass;
import org.agricluster.measure.YieldPerArea;
import org.junit.jupiter.api.Test;

/** Guava testlib over the calendar types: nulls refused everywhere, equality by value. */
class CalendarValueTypesTest {
  private final Horizon horizon = Horizon.of(IsoWeek.of(2024, 1), 10);
  private final DemandCalendar demand = DemandCalendar.builder(horizon).everyWeek("cucumber", Mass.ofKilograms(10)).build();
  private final SupplyCalendar supply = SupplyCalendar.of(horizon,
      List.of(Planting.of("m", ExampleCrops.CUCUMBER, w(0), Area.ofSquareMetres(10))));

  @Test
  void nullsAreRefusedByEveryPublicMethod() {
    NullPointerTester t = new NullPointerTester().setDefault(Horizon.class, horizon).setDefault(String.class, "cucumber")
        .setDefault(IsoWeek.class, IsoWeek.of(2024, 3)).setDefault(Mass.class, Mass.ofKilograms(1))
        .setDefault(Area.class, Area.ofSquareMetres(1)).setDefault(BigDecimal.class, BigDecimal.ONE)
        .setDefault(SupplyCalendar.class, supply).setDefault(DemandCalendar.class, demand)
        .setDefault(YieldPerArea.class, YieldPerArea.ofTonnesPerHectare(10)).setDefault(CropProfile.class, ExampleCrops.CUCUMBER);
    t.testAllPublicInstanceMethods(supply);
    t.testAllPublicInstanceMethods(demand);
    t.testAllPublicInstanceMethods(DemandCalendar.builder(horizon));
    t.testAllPublicStaticMethods(Balance.class);
    t.testAllPublicInstanceMethods(Balance.of(supply, demand));
    t.testAllPublicStaticMethods(Season.class);
    t.testAllPublicInstanceMethods(Season.SESAN_HIGH_PRICES);
    t.testAllPublicStaticMethods(CropProfile.class);
    t.testAllPublicInstanceMethods(CropProfile.builder("okra"));
    t.testAllPublicInstanceMethods(IsoWeek.of(2024, 1));
    t.testAllPublicInstanceMethods(horizon);
  }

  @Test
  void equalValuesAreInterchangeable() {
    new EqualsTester().addEqualityGroup(horizon, Horizon.of(IsoWeek.parse("2024-W01"), 10))
        .addEqualityGroup(Horizon.of(IsoWeek.of(2024, 1), 11)).testEquals();
    new EqualsTester().addEqualityGroup(ExampleCrops.CUCUMBER, CropProfile.builder("cucumber").weeksToFirstHarvest(5)
            .harvestWeeks(4).yield(YieldPerArea.ofTonnesPerHectare(25)).build())
        .addEqualityGroup(ExampleCrops.CHOY_SUM).testEquals();
    new EqualsTester().addEqualityGroup(Planting.of("m", ExampleCrops.CUCUMBER, w(1), Area.ofSquareMetres(10)),
            Planting.of("m", ExampleCrops.CUCUMBER, w(0), Area.ofSquareMetres(10)).shiftedBy(1))
        .addEqualityGroup(Planting.of("m", ExampleCrops.CUCUMBER, w(2), Area.ofSquareMetres(10))).testEquals();
    new EqualsTester().addEqualityGroup(Season.of("wet", 27, 39), Season.of("wet", 27, 39))
        .addEqualityGroup(Season.of("wet", 27, 40)).testEquals();
  }
}
