package org.agricluster.calendar;

import static org.agricluster.calendar.Weeks.w;
import static org.agricluster.ValueContracts.accessorsAnswer;
import static org.agricluster.ValueContracts.distinctValuesHashApart;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.agricluster.measure.Area;
import org.agricluster.measure.Mass;
import org.agricluster.measure.Share;
import org.agricluster.measure.YieldPerArea;
import org.junit.jupiter.api.Test;

/**
 * The contracts of the calendar types: bounds at exactly the limit, seasons across the year end,
 * accessors, text forms, equality and hashing.
 */
class CalendarContractsTest {
  private static final Horizon YEAR = PlannerTest.YEAR;

  @Test
  void seasons_containTheirFirstAndLastWeek_andWrapAcrossTheYearEnd() {
    Season wet = Season.of("wet", 27, 39);
    assertThat(wet.contains(IsoWeek.of(2024, 27))).isTrue();
    assertThat(wet.contains(IsoWeek.of(2024, 39))).isTrue();
    assertThat(wet.contains(IsoWeek.of(2024, 26))).isFalse();
    assertThat(wet.contains(IsoWeek.of(2024, 40))).isFalse();
    Season cold = Season.of("cold", 48, 8);
    assertThat(cold.contains(IsoWeek.of(2024, 48))).isTrue();
    assertThat(cold.contains(IsoWeek.of(2024, 8))).isTrue();
    assertThat(cold.contains(IsoWeek.of(2024, 1))).isTrue();
    assertThat(cold.contains(IsoWeek.of(2024, 47))).isFalse();
    assertThat(cold.contains(IsoWeek.of(2024, 9))).isFalse();
    assertThat(Season.of("one week", 10, 10).contains(IsoWeek.of(2024, 10))).isTrue();
    assertThat(Season.of("all", 1, 53).contains(IsoWeek.of(2020, 53))).isTrue();
    for (int[] bad : new int[][] {{0, 5}, {54, 5}, {5, 0}, {5, 54}}) {
      assertThatThrownBy(() -> Season.of("x", bad[0], bad[1])).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Weeks of season 'x' must be in 1..53 but was " + bad[0] + ".." + bad[1]);
    }
    assertThat(wet.name()).isEqualTo("wet");
    assertThat(wet).hasToString("wet: weeks 27–39");
    distinctValuesHashApart(wet, cold, Season.of("wet", 27, 40), Season.of("wet", 26, 39));
  }

  @Test
  void cropProfiles_acceptTheirBoundsExactly() {
    CropProfile.Builder b = CropProfile.builder("okra").yield(YieldPerArea.ofTonnesPerHectare(10));
    assertThat(b.weeksToFirstHarvest(1).harvestWeeks(1).nurseryWeeks(0).build().weeksOccupied()).isEqualTo(2);
    assertThat(b.weeksToFirstHarvest(104).harvestWeeks(52).nurseryWeeks(26).build().nurseryWeeks()).isEqualTo(26);
    assertThatThrownBy(() -> b.weeksToFirstHarvest(105).harvestWeeks(52).nurseryWeeks(0).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Weeks to first harvest of okra must be in 1..104 but was 105");
    assertThatThrownBy(() -> b.weeksToFirstHarvest(0).harvestWeeks(52).nurseryWeeks(0).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Weeks to first harvest of okra must be in 1..104 but was 0");
    assertThatThrownBy(() -> b.weeksToFirstHarvest(5).harvestWeeks(53).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Harvest weeks of okra must be in 1..52 but was 53");
    assertThatThrownBy(() -> b.weeksToFirstHarvest(5).harvestWeeks(0).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Harvest weeks of okra must be in 1..52 but was 0");
    assertThatThrownBy(() -> b.weeksToFirstHarvest(5).harvestWeeks(4).nurseryWeeks(27).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Nursery weeks of okra must be in 0..26 but was 27");
    CropProfile varied = CropProfile.builder("tomato").variety("cherry").nurseryWeeks(4).weeksToFirstHarvest(10)
        .harvestWeeks(6).yield(YieldPerArea.ofTonnesPerHectare(30)).build();
    assertThat(varied.variety()).isEqualTo("cherry");
    assertThat(varied).hasToString("tomato (cherry): 4 nursery weeks, first harvest 10 weeks after planting, 6 harvest weeks, 30 t/ha");
    assertThat(ExampleCrops.CUCUMBER).hasToString("cucumber: first harvest 5 weeks after planting, 4 harvest weeks, 25 t/ha");
    assertThat(ExampleCrops.TOMATO.toString()).contains(ExampleCrops.TOMATO.nurseryWeeks() + " nursery weeks");
    distinctValuesHashApart(ExampleCrops.CUCUMBER, ExampleCrops.TOMATO, varied);
    assertThat(ExampleCrops.all()).contains(ExampleCrops.CUCUMBER, ExampleCrops.SPRING_ONION);
  }

  @Test
  void backCalculation_toEveryHarvestWeek_andRefusalsAtTheEdges() {
    CropProfile cucumber = ExampleCrops.CUCUMBER;
    BackCalculation first = cucumber.toHarvest(Mass.ofKilograms(625), IsoWeek.of(2024, 10), 0);
    BackCalculation last = cucumber.toHarvest(Mass.ofKilograms(625), IsoWeek.of(2024, 10), 3);
    accessorsAnswer(first);
    assertThat(first.plantingWeek()).isEqualTo(IsoWeek.of(2024, 5));
    assertThat(last.plantingWeek()).isEqualTo(IsoWeek.of(2024, 2));
    assertThat(first.area()).isEqualTo(Area.ofSquareMetres(1_000));
    assertThat(first.harvestWeek()).isEqualTo(IsoWeek.of(2024, 10));
    assertThat(first.wanted()).isEqualTo(Mass.ofKilograms(625));
    assertThat(first.profile()).isEqualTo(cucumber);
    assertThatThrownBy(() -> cucumber.toHarvest(Mass.ofKilograms(1), IsoWeek.of(2024, 10), 4))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Harvest week of cucumber must be in 0..3 but was 4");
    assertThatThrownBy(() -> cucumber.toHarvest(Mass.ofKilograms(1), IsoWeek.of(2024, 10), -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Harvest week of cucumber must be in 0..3 but was -1");
  }

  @Test
  void horizons_fromOneTo520Weeks_andTheirWeeks() {
    Horizon one = Horizon.of(IsoWeek.of(2024, 1), 1);
    assertThat(one.weeks()).isEqualTo(1);
    assertThat(one.start()).isEqualTo(IsoWeek.of(2024, 1));
    assertThat(one.week(0)).isEqualTo(IsoWeek.of(2024, 1));
    assertThatThrownBy(() -> Horizon.of(IsoWeek.of(2024, 1), 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Length of a horizon from 2024-W01 must be in 1..520 weeks but was 0 weeks");
    assertThatThrownBy(() -> Horizon.of(IsoWeek.of(2024, 1), 521)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Horizon.of(IsoWeek.of(9_999, 40), 52)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Weeks to add to 9999-W40 must be in ");
    assertThat(Horizon.of(IsoWeek.of(9_999, 1), 52).week(51)).isEqualTo(IsoWeek.of(9_999, 52));
    assertThat(YEAR.indexOf(IsoWeek.of(2024, 1), () -> "Week")).isZero();
    assertThat(YEAR.indexOf(IsoWeek.of(2024, 52), () -> "Week")).isEqualTo(51);
    assertThatThrownBy(() -> YEAR.indexOf(IsoWeek.of(2025, 1), () -> "Week")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Week must be a week of the horizon 52 weeks from 2024-W01 (2024-W01..2024-W52) but was 2025-W01");
    assertThatThrownBy(() -> YEAR.indexOf(IsoWeek.of(2023, 52), () -> "Week")).isInstanceOf(IllegalArgumentException.class);
    assertThat(YEAR.end()).isEqualTo(IsoWeek.of(2024, 52));
    assertThat(YEAR.allWeeks()).hasSize(52).startsWith(IsoWeek.of(2024, 1)).endsWith(IsoWeek.of(2024, 52));
    assertThat(YEAR.contains(IsoWeek.of(2024, 52))).isTrue();
    assertThat(YEAR.contains(IsoWeek.of(2025, 1))).isFalse();
    assertThat(YEAR.contains(IsoWeek.of(2023, 52))).isFalse();
    assertThatThrownBy(() -> YEAR.week(52)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Week index of horizon 52 weeks from 2024-W01 must be in 0..51 but was 52");
    assertThatThrownBy(() -> YEAR.week(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThat(YEAR.contains(51)).isTrue();
    assertThat(YEAR.contains(52)).isFalse();
    assertThat(YEAR.contains(-1)).isFalse();
    assertThat(YEAR).hasToString("52 weeks from 2024-W01");
    distinctValuesHashApart(YEAR, one, Horizon.of(IsoWeek.of(2024, 2), 52));
  }

  @Test
  void isoWeeks_atTheEdgesOfTheSupportedYears() {
    IsoWeek first = IsoWeek.of(1, 1);
    IsoWeek last = IsoWeek.of(9_999, 52);   // 9999-12-31 is a Friday, in week 52
    assertThat(first.plusWeeks(0)).isSameAs(first);
    assertThat(first.plusWeeks(first.weeksUntil(last))).isEqualTo(last);
    assertThat(last.plusWeeks(-first.weeksUntil(last))).isEqualTo(first);
    assertThatThrownBy(() -> first.plusWeeks(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> last.plusWeeks(first.weeksUntil(last) + 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> last.plusWeeks(1)).isInstanceOf(IllegalArgumentException.class);
    assertThat(IsoWeek.from(LocalDate.of(1, 1, 1)).year()).isEqualTo(1);
    assertThatThrownBy(() -> IsoWeek.from(LocalDate.of(0, 6, 1))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Year of the ISO week of 0000-06-01 must be in 1..9999 but was 0");
    assertThatThrownBy(() -> IsoWeek.from(LocalDate.of(10_000, 1, 6))).isInstanceOf(IllegalArgumentException.class);
    assertThat(IsoWeek.of(2024, 14).monday()).isEqualTo(LocalDate.of(2024, 4, 1));
    assertThat(IsoWeek.of(2024, 14).compareTo(IsoWeek.of(2024, 15))).isNegative();
    assertThat(IsoWeek.of(2024, 15).compareTo(IsoWeek.of(2024, 14))).isPositive();
    distinctValuesHashApart(IsoWeek.of(2024, 14), IsoWeek.of(2024, 15), IsoWeek.of(2025, 14));
  }

  @Test
  void demandCalendarBuilders_includeTheirFirstAndLastWeek() {
    DemandCalendar d = DemandCalendar.builder(YEAR).weeks("beans", w(10), w(10), Mass.ofKilograms(5))
        .weeks("choy sum", w(0), w(51), Mass.ofKilograms(1)).week("okra", w(3), Mass.ofKilograms(2)).week("okra", w(3), Mass.ofKilograms(2))
        .perDay("leafy", Mass.ofKilograms(10), 1).perDay("herbs", Mass.ofKilograms(1), 7).build();
    assertThat(d.total("beans")).isEqualTo(Mass.ofKilograms(5));
    assertThat(d.week("beans", w(10))).isEqualTo(Mass.ofKilograms(5));
    assertThat(d.total("choy sum")).isEqualTo(Mass.ofKilograms(52));
    assertThat(d.week("okra", w(3))).isEqualTo(Mass.ofKilograms(4));
    assertThat(d.week("leafy", w(0))).isEqualTo(Mass.ofKilograms(10));
    assertThat(d.week("herbs", w(51))).isEqualTo(Mass.ofKilograms(7));
    assertThatThrownBy(() -> d.week("beans", w(52))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DemandCalendar.builder(YEAR).weeks("beans", w(10), w(9), Mass.ofKilograms(5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Last week of the beans demand must be not before the first, 2024-W11 but was 2024-W10");
    assertThatThrownBy(() -> DemandCalendar.builder(YEAR).perDay("leafy", Mass.ofKilograms(1), 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Delivery days per week of the leafy demand must be in 1..7 but was 0");
    assertThatThrownBy(() -> DemandCalendar.builder(YEAR).perDay("leafy", Mass.ofKilograms(1), 8))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DemandCalendar.builder(YEAR).week("okra", w(52), Mass.ofKilograms(2)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(d.toString()).startsWith("DemandCalendar{52 weeks from 2024-W01");
  }

  @Test
  void balances_worstWeeksAndGluts_atTheirEdges() {
    SupplyCalendar supply = SupplyCalendar.of(YEAR, List.of(Planting.of("sokha", ExampleCrops.CUCUMBER, w(0), Area.ofSquareMetres(1_000))));
    DemandCalendar demand = DemandCalendar.builder(YEAR).everyWeek("cucumber", Mass.ofKilograms(500)).build();
    Balance b = Balance.of(supply, demand);
    // 625 kg in weeks 5–8 against 500: +125; 500 short in the other 48 weeks
    assertThat(b.glutWeeks("cucumber", Share.ZERO)).containsExactly(w(5), w(6), w(7), w(8));
    assertThat(b.glutWeeks("cucumber", Share.ofPercent(25))).isEmpty();
    assertThat(b.glutWeeks("cucumber", Share.ofPercent(new BigDecimal("24.99")))).containsExactly(w(5), w(6), w(7), w(8));
    assertThat(b.worstWeeks("cucumber", 0)).isEmpty();
    assertThatThrownBy(() -> b.worstWeeks("cucumber", -1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Number of worst weeks of cucumber must be >= 0 but was -1");
    assertThat(b.worstWeeks("cucumber", 2)).containsExactly(w(0), w(1));
    assertThat(b.worstWeeks("cucumber", 100)).hasSize(48);
    assertThat(b.gap("cucumber", w(5)).toKilograms()).isEqualByComparingTo("125");
    assertThat(b.gap("cucumber", w(5)).surplus()).isEqualTo(Mass.ofKilograms(125));
    assertThat(b.gap("cucumber", w(5)).shortfall()).isEqualTo(Mass.ZERO);
    assertThat(b.gap("cucumber", w(5))).hasToString("cucumber in 2024-W06: supply 625 kg, demand 500 kg, surplus 125 kg");
    assertThat(b.gap("cucumber", w(0))).hasToString("cucumber in 2024-W01: supply 0 kg, demand 500 kg, shortfall 500 kg");
    assertThat(b.gap("cucumber", w(0)).absolute()).isEqualTo(Mass.ofKilograms(500));
    assertThat(Gap.of("okra", w(0), Mass.ofKilograms(5), Mass.ofKilograms(5))).hasToString(
        "okra in 2024-W01: supply 5 kg, demand 5 kg, balanced");
    assertThatThrownBy(() -> Gap.of(" ", w(0), Mass.ZERO, Mass.ZERO)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Crop of a gap must be not blank but was ''");
    assertThatThrownBy(() -> b.gap("cucumber", w(52))).isInstanceOf(IllegalArgumentException.class);
    assertThat(b.crops()).containsExactly("cucumber");
    assertThat(b).hasToString("Balance{52 weeks from 2024-W01, crops=[cucumber], Σ|gap|=24,500 kg}");
    assertThat(supply.plantings()).hasSize(1);
    assertThat(supply.toString()).isNotEmpty();
    assertThatThrownBy(() -> supply.week("cucumber", w(52))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void plantingsPlansAndMembers_answerAndEqualByValue() {
    Planting p = Planting.of("sokha", ExampleCrops.CUCUMBER, w(3), Area.ofSquareMetres(500));
    assertThat(p.freeFrom()).isEqualTo(w(3 + ExampleCrops.CUCUMBER.weeksOccupied()));
    assertThat(p.freeFrom()).isEqualTo(w(12));
    assertThat(p).hasToString("sokha: 500 m² cucumber in 2024-W04");
    distinctValuesHashApart(p, p.shiftedBy(7), Planting.of("dara", ExampleCrops.CUCUMBER, w(3), Area.ofSquareMetres(500)),
        Planting.of("sokha", ExampleCrops.CUCUMBER, w(3), Area.ofSquareMetres(501)));
    PlannerMember m = PlannerMember.of("sokha", Area.ofSquareMetres(1_000), List.of("cucumber"), Area.ofSquareMetres(100));
    accessorsAnswer(m);
    new EqualsTester().addEqualityGroup(m, PlannerMember.of(" sokha ", Area.ofSquareMetres(1_000), List.of("cucumber"), Area.ofSquareMetres(100)))
        .addEqualityGroup(PlannerMember.of("dara", Area.ofSquareMetres(1_000), List.of("cucumber"), Area.ofSquareMetres(100)))
        .addEqualityGroup(PlannerMember.of("sokha", Area.ofSquareMetres(1_001), List.of("cucumber"), Area.ofSquareMetres(100)))
        .addEqualityGroup(PlannerMember.of("sokha", Area.ofSquareMetres(1_000), List.of("okra"), Area.ofSquareMetres(100)))
        .addEqualityGroup(PlannerMember.of("sokha", Area.ofSquareMetres(1_000), List.of("cucumber"), Area.ofSquareMetres(101)))
        .testEquals();
    distinctValuesHashApart(m, PlannerMember.of("dara", Area.ofSquareMetres(1_000), List.of("cucumber"), Area.ofSquareMetres(100)));
    Plan plan = Planner.plan(List.of(m), List.of(ExampleCrops.CUCUMBER),
        DemandCalendar.builder(YEAR).everyWeek("cucumber", Mass.ofKilograms(100)).build());
    accessorsAnswer(plan);
    assertThat(plan.toString()).matches("Plan\\{\\d+ plantings, Σ\\|gap\\| [\\d,]+ kg against the baseline's [\\d,]+ kg\\}");
    Plan.PlannedPlanting first = plan.plantings().get(0);
    accessorsAnswer(first);
    assertThat(first.toString()).startsWith(first.planting() + " — ");
    new EqualsTester().addEqualityGroup(first, plan.plantings().get(0)).addEqualityGroup(plan.plantings().get(1)).testEquals();
    distinctValuesHashApart(plan.plantings().get(0), plan.plantings().get(1));
    assertThat(Plan.kg(Mass.ofKilograms(new BigDecimal("1234.5")))).isEqualTo("1,234");
    assertThat(Plan.kg(Mass.ofKilograms(new BigDecimal("1235.5")))).isEqualTo("1,236");
  }

  @Test
  void calendarsAndBalancesAreEqualByValue() {
    Planting p = Planting.of("sokha", ExampleCrops.CUCUMBER, w(0), Area.ofSquareMetres(1_000));
    Planting q = Planting.of("dara", ExampleCrops.CUCUMBER, w(0), Area.ofSquareMetres(1_000));
    SupplyCalendar supply = SupplyCalendar.of(YEAR, List.of(p));
    DemandCalendar demand = DemandCalendar.builder(YEAR).everyWeek("cucumber", Mass.ofKilograms(500)).build();
    DemandCalendar other = DemandCalendar.builder(YEAR).everyWeek("cucumber", Mass.ofKilograms(501)).build();
    new EqualsTester()
        .addEqualityGroup(supply, SupplyCalendar.of(YEAR, List.of(p)))
        .addEqualityGroup(SupplyCalendar.of(YEAR, List.of(q)))
        .addEqualityGroup(SupplyCalendar.of(Horizon.of(IsoWeek.of(2024, 1), 53), List.of(p)))
        .addEqualityGroup(demand, DemandCalendar.builder(YEAR).weeks("cucumber", w(0), w(51), Mass.ofKilograms(500)).build())
        .addEqualityGroup(other)
        .addEqualityGroup(DemandCalendar.builder(Horizon.of(IsoWeek.of(2024, 2), 52)).everyWeek("cucumber", Mass.ofKilograms(500))
            .build())
        .addEqualityGroup(Balance.of(supply, demand), Balance.of(SupplyCalendar.of(YEAR, List.of(p)), demand))
        .addEqualityGroup(Balance.of(supply, other))
        .addEqualityGroup(Balance.of(SupplyCalendar.of(YEAR, List.of(q)), demand))
        .testEquals();
    distinctValuesHashApart(supply, SupplyCalendar.of(YEAR, List.of(q)), SupplyCalendar.of(YEAR, List.of()));
    distinctValuesHashApart(demand, other);
    distinctValuesHashApart(Balance.of(supply, demand), Balance.of(supply, other));
  }
}
