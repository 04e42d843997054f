package org.agricluster.calendar;

import static org.agricluster.calendar.Weeks.w;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.agricluster.PropertyTests.qt;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.agricluster.measure.Area;
import org.agricluster.measure.Mass;
import org.agricluster.measure.Share;
import org.agricluster.measure.YieldPerArea;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

class CalendarTest {
  static final Horizon YEAR = Horizon.of(IsoWeek.of(2024, 1), 52);
  static final List<CropProfile> CROPS = List.of(ExampleCrops.CUCUMBER, ExampleCrops.CHOY_SUM, ExampleCrops.TOMATO,
      ExampleCrops.YARD_LONG_BEAN);

  static Gen<List<Planting>> plantings() {
    Gen<Planting> one = Generate.pick(CROPS).zip(SourceDSL.integers().between(0, 51), SourceDSL.integers().between(1, 50),
        SourceDSL.integers().between(0, 9), (crop, week, hundreds, member) ->
            Planting.of("m" + member, crop, w(week), Area.ofSquareMetres(hundreds * 100L)));
    return SourceDSL.lists().of(one).ofSizeBetween(0, 30);
  }

  @Test
  void theTotalHarvestOverTheHorizonEqualsTheSumOfEachPlantingsAreaTimesYield() {
    qt().forAll(plantings()).checkAssert(plantings -> {
      SupplyCalendar supply = SupplyCalendar.of(YEAR, plantings);
      assertThat(supply.crops()).containsExactlyInAnyOrderElementsOf(
          plantings.stream().map(Planting::crop).distinct().toList());
      for (CropProfile crop : CROPS.stream().filter(c -> supply.crops().contains(c.crop())).toList()) {
        Mass expected = Mass.total(plantings.stream().filter(p -> p.profile().equals(crop))
            .map(p -> crop.harvestOf(p.area())).toList());
        assertThat(supply.total(crop.crop()).plus(supply.beyondHorizon(crop.crop())).toKilograms())
            .isEqualByComparingTo(expected.toKilograms());
      }
    });
  }

  @Test
  void shiftingEveryPlantingByKWeeksShiftsTheSupplyByKWeeks() {
    qt().forAll(plantings(), SourceDSL.integers().between(1, 10)).checkAssert((plantings, k) -> {
      Horizon wide = Horizon.of(IsoWeek.of(2024, 1), 120);
      SupplyCalendar before = SupplyCalendar.of(wide, plantings);
      SupplyCalendar after = SupplyCalendar.of(wide, plantings.stream().map(p -> p.shiftedBy(k)).toList());
      assertThat(after.crops()).isEqualTo(before.crops());
      for (CropProfile crop : CROPS.stream().filter(c -> before.crops().contains(c.crop())).toList()) {
        for (int w = 0; w + k < 120; w++) {
          assertThat(after.kilograms(crop.crop()).get(w + k)).isEqualByComparingTo(before.kilograms(crop.crop()).get(w));
        }
        for (int w = 0; w < k; w++) {
          assertThat(after.kilograms(crop.crop()).get(w)).isEqualByComparingTo(BigDecimal.ZERO);
        }
      }
    });
  }

  @Test
  void supply_weekByWeek_byHand() {
    // 1,000 m² of cucumber at 25 t/ha = 2,500 kg over 4 weeks from week 5
    SupplyCalendar s = SupplyCalendar.of(YEAR, List.of(Planting.of("sokha", ExampleCrops.CUCUMBER, w(0), Area.ofSquareMetres(1000))));
    assertThat(s.week("cucumber", w(4))).isEqualTo(Mass.ZERO);
    assertThat(s.week("cucumber", w(5))).isEqualTo(Mass.ofKilograms(625));
    assertThat(s.week("cucumber", w(8))).isEqualTo(Mass.ofKilograms(625));
    assertThat(s.week("cucumber", w(9))).isEqualTo(Mass.ZERO);
    SupplyCalendar late = SupplyCalendar.of(YEAR, List.of(Planting.of("sokha", ExampleCrops.CUCUMBER, w(49), Area.ofSquareMetres(1000))));
    assertThat(late.total("cucumber")).isEqualTo(Mass.ZERO);
    assertThat(late.beyondHorizon("cucumber")).isEqualTo(Mass.ofKilograms(2500));
    assertThat(s.contribution(List.of("sokha"))).containsEntry("cucumber", Mass.ofKilograms(2500));
  }

  @Test
  void isoWeeks_wrapAcrossTheYearEnd_andRoundTripThroughText() {
    assertThat(IsoWeek.of(2024, 52).plusWeeks(2)).hasToString("2025-W02");
    assertThat(IsoWeek.from(LocalDate.of(2024, 12, 30))).hasToString("2025-W01");
    assertThat(IsoWeek.of(2020, 53).plusWeeks(1)).isEqualTo(IsoWeek.of(2021, 1));
    qt().forAll(SourceDSL.integers().between(0, 2000)).checkAssert(d -> {
      IsoWeek w = IsoWeek.from(LocalDate.of(2020, 1, 1).plusDays(d));
      assertThat(IsoWeek.parse(w.toString())).isEqualTo(w);
      assertThat(w.plusWeeks(7).plusWeeks(-7)).isEqualTo(w);
      assertThat(w.weeksUntil(w.plusWeeks(60))).isEqualTo(60);
    });
    assertThatThrownBy(() -> IsoWeek.of(2024, 53)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Week of 2024 must be in 1..52 but was 53");
    new EqualsTester().addEqualityGroup(IsoWeek.of(2024, 14), IsoWeek.parse("2024-W14"), IsoWeek.from(LocalDate.of(2024, 4, 4)))
        .addEqualityGroup(IsoWeek.of(2024, 15)).testEquals();
  }

  @Test
  void seasons_wrapAcrossTheYearEnd() {
    assertThat(Season.SESAN_WET_SEASON_DROP.contains(IsoWeek.of(2024, 30))).isTrue();
    assertThat(Season.SESAN_WET_SEASON_DROP.contains(IsoWeek.of(2024, 20))).isFalse();
    Season dry = Season.of("dry", 48, 8);
    assertThat(dry.contains(IsoWeek.of(2024, 50))).isTrue();
    assertThat(dry.contains(IsoWeek.of(2025, 3))).isTrue();
    assertThat(dry.contains(IsoWeek.of(2025, 20))).isFalse();
  }

  @Test
  void demand_perDayBecomesPerWeekExplicitly() {
    // CHAIN Annex 3: a trader needs 150 kg a day
    DemandCalendar d = DemandCalendar.builder(YEAR).perDay("choy sum", Mass.ofKilograms(150), 7).build();
    assertThat(d.week("choy sum", w(10))).isEqualTo(Mass.ofKilograms(1050));
    assertThat(d.total("choy sum")).isEqualTo(Mass.ofKilograms(54_600));
    assertThatThrownBy(() -> DemandCalendar.builder(YEAR).perDay("choy sum", Mass.ofKilograms(150), 8))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Delivery days per week of the choy sum demand must be in 1..7 but was 8");
  }

  @Test
  void balance_shortfallSurplusShareMetAndGluts() {
    // farmers supply about 100 kg a day against the trader's 150 (Annex 3): 700 against 1,050 a week
    List<Planting> plantings = new ArrayList<>();
    for (int w = 0; w < 47; w++) {
      plantings.add(Planting.of("farmers", ExampleCrops.CHOY_SUM, w(w), Area.ofSquareMetres(new BigDecimal("583.3333"))));
    }
    DemandCalendar demand = DemandCalendar.builder(YEAR).perDay("choy sum", Mass.ofKilograms(150), 7).build();
    Balance b = Balance.of(SupplyCalendar.of(YEAR, plantings), demand);
    assertThat(b.gap("choy sum", w(10)).toKilograms().setScale(0, java.math.RoundingMode.HALF_EVEN)).isEqualByComparingTo("-350");
    assertThat(b.shareOfDemandMet("choy sum").orElseThrow().toPercent(0, java.math.RoundingMode.HALF_EVEN))
        .isEqualByComparingTo("60");
    assertThat(b.worstWeeks("choy sum", 3)).containsExactly(w(0), w(1), w(2));
    assertThat(b.glutWeeks("choy sum", Share.ofPercent(20))).isEmpty();
    assertThat(b.supply().crops()).containsExactly("choy sum");
  }

  @Test
  void anUnknownCrop_isRefusedByEveryQuery_namingTheCropsKnown() {
    SupplyCalendar supply = SupplyCalendar.of(YEAR, List.of(Planting.of("sokha", ExampleCrops.CUCUMBER, w(0), Area.ofSquareMetres(1000))));
    DemandCalendar demand = DemandCalendar.builder(YEAR).everyWeek("choy sum", Mass.ofKilograms(100)).build();
    Balance balance = Balance.of(supply, demand);
    String refusal = "Crop must be one of [choy sum, cucumber] but was 'Cucumber'";
    List<org.assertj.core.api.ThrowableAssert.ThrowingCallable> queries = List.of(
        () -> balance.gap("Cucumber", w(6)), () -> balance.shortfall("Cucumber"), () -> balance.surplus("Cucumber"),
        () -> balance.totalAbsoluteGap("Cucumber"), () -> balance.shareOfDemandMet("Cucumber"),
        () -> balance.worstWeeks("Cucumber", 3), () -> balance.glutWeeks("Cucumber", Share.ZERO),
        () -> balance.supply().week("Cucumber", w(6)), () -> balance.demand().week("Cucumber", w(6)));
    for (var query : queries) {
      assertThatThrownBy(query).isInstanceOf(IllegalArgumentException.class).hasMessage(refusal);
    }
    assertThatThrownBy(() -> supply.week("Cucumber", w(6))).hasMessage("Crop must be one of [cucumber] but was 'Cucumber'");
    assertThatThrownBy(() -> supply.beyondHorizon("eggplant")).hasMessage("Crop must be one of [cucumber] but was 'eggplant'");
    assertThatThrownBy(() -> demand.total("Choy sum")).hasMessage("Crop must be one of [choy sum] but was 'Choy sum'");
    PlannerMember misspelt = PlannerMember.of("sokha", Area.ofSquareMetres(1_000), List.of("Cucumber"), Area.ofSquareMetres(100));
    assertThatThrownBy(() -> Planner.plan(List.of(misspelt), List.of(ExampleCrops.CUCUMBER), DemandCalendar.builder(YEAR)
        .everyWeek("cucumber", Mass.ofKilograms(100)).build())).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Crop of member sokha must be one with a profile: [cucumber] but was 'Cucumber'");
    assertThat(balance.supply().week("choy sum", w(6))).isEqualTo(Mass.ZERO);
    assertThat(balance.demand().week("cucumber", w(6))).isEqualTo(Mass.ZERO);
  }

  @Test
  void aCropSpeltTwoWays_isRefused_soNoQueryAnswersForHalfOfIt() {
    SupplyCalendar supply = SupplyCalendar.of(YEAR, List.of(Planting.of("sokha", ExampleCrops.CUCUMBER, w(0), Area.ofSquareMetres(1000))));
    DemandCalendar demand = DemandCalendar.builder(YEAR).everyWeek("Cucumber", Mass.ofKilograms(100)).build();
    assertThatThrownBy(() -> Balance.of(supply, demand)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Crops of a balance of supply and demand must be each spelt one way but was 'cucumber' and 'Cucumber', "
            + "which differ only in case or spacing");
    assertThatThrownBy(() -> DemandCalendar.builder(YEAR).everyWeek("choy sum", Mass.ofKilograms(1))
        .everyWeek("Choy  Sum", Mass.ofKilograms(1)).build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Crops of a demand calendar must be each spelt one way");
  }

  @Test
  void anyCropACalendarDoesNotKnow_isRefusedByEveryQuery() {
    SupplyCalendar supply = SupplyCalendar.of(YEAR, List.of(Planting.of("sokha", ExampleCrops.CUCUMBER, w(0), Area.ofSquareMetres(1000))));
    Balance balance = Balance.of(supply, DemandCalendar.builder(YEAR).everyWeek("choy sum", Mass.ofKilograms(100)).build());
    qt().forAll(SourceDSL.strings().basicLatinAlphabet().ofLengthBetween(0, 12)).assuming(name -> !balance.crops().contains(name))
        .checkAssert(name -> {
      List<org.assertj.core.api.ThrowableAssert.ThrowingCallable> queries = List.of(
          () -> balance.gap(name, w(6)), () -> balance.shortfall(name), () -> balance.surplus(name),
          () -> balance.totalAbsoluteGap(name), () -> balance.shareOfDemandMet(name), () -> balance.worstWeeks(name, 3),
          () -> balance.glutWeeks(name, Share.ZERO), () -> balance.supply().week(name, w(6)),
          () -> balance.demand().week(name, w(6)), () -> balance.supply().weekly(name), () -> balance.demand().total(name),
          () -> supply.beyondHorizon(name), () -> supply.total(name));
      for (var query : queries) {
        assertThatThrownBy(query).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Crop must be one of [");
      }
    });
  }

  @Test
  void badInput_isRefusedNamingTheRule() {
    assertThatThrownBy(() -> SupplyCalendar.of(YEAR, List.of(Planting.of("m", ExampleCrops.CUCUMBER, w(52), Area.ofSquareMetres(1)))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Week of the planting m: 1 m² cucumber in 2025-W01 must be a week of the horizon 52 weeks from 2024-W01 "
            + "(2024-W01..2024-W52) but was 2025-W01");
    assertThatThrownBy(() -> Planting.of("m", ExampleCrops.CUCUMBER, w(1), Area.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Area of m's cucumber planting must be > 0 m² but was 0 m²");
    assertThatThrownBy(() -> CropProfile.builder("okra").weeksToFirstHarvest(6)
        .harvestShares(List.of(Share.ofPercent(50), Share.ofPercent(40))).yield(YieldPerArea.ofTonnesPerHectare(10)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Harvest shares of okra must be 100% in total but was 90% [50%, 40%]");
  }

  @Test
  void backCalculation_whenToPlantAndHowMuch() {
    // 1,050 kg of choy sum wanted in 2024-W30: 5 weeks to harvest, one harvest week at 12 t/ha = 1.2 kg/m²
    BackCalculation b = ExampleCrops.CHOY_SUM.toHarvest(Mass.ofKilograms(1050), IsoWeek.of(2024, 30));
    assertThat(b.plantingWeek()).isEqualTo(IsoWeek.of(2024, 25));
    assertThat(b.area()).isEqualTo(Area.ofSquareMetres(875));
    BackCalculation tomato = ExampleCrops.TOMATO.toHarvest(Mass.ofKilograms(500), IsoWeek.of(2024, 30), 2);
    assertThat(tomato.plantingWeek()).isEqualTo(IsoWeek.of(2024, 18));
    assertThat(tomato.sowingWeek()).isEqualTo(IsoWeek.of(2024, 14));
  }

  @Test
  void nulls() {
    NullPointerTester t = new NullPointerTester().setDefault(Horizon.class, YEAR).setDefault(IsoWeek.class, IsoWeek.of(2024, 1))
        .setDefault(CropProfile.class, ExampleCrops.CUCUMBER).setDefault(Area.class, Area.ofSquareMetres(1))
        .setDefault(Mass.class, Mass.ofKilograms(1)).setDefault(String.class, "cucumber")
        .setDefault(DemandCalendar.class, DemandCalendar.builder(YEAR).build())
        .setDefault(CropWeights.class, CropWeights.of("cucumber", 2)).setDefault(java.math.BigDecimal.class, java.math.BigDecimal.ONE)
        .setDefault(PlanOptions.class, PlanOptions.standard());
    t.testAllPublicStaticMethods(IsoWeek.class);
    t.testAllPublicStaticMethods(Horizon.class);
    t.testAllPublicStaticMethods(Planting.class);
    t.testAllPublicStaticMethods(SupplyCalendar.class);
    t.testAllPublicInstanceMethods(ExampleCrops.CUCUMBER);
    t.testAllPublicStaticMethods(PlannerMember.class);
    t.testAllPublicStaticMethods(Planner.class);
    t.testAllPublicStaticMethods(CropWeights.class);
    t.testAllPublicInstanceMethods(CropWeights.of("cucumber", 2));
    t.testAllPublicStaticMethods(PlanOptions.class);
    t.testAllPublicInstanceMethods(PlanOptions.standard());
  }
}
