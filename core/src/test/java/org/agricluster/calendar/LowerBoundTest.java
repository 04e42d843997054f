package org.agricluster.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.agricluster.calendar.PlannerFamilies.Family;
import org.agricluster.measure.Area;
import org.agricluster.measure.Mass;
import org.junit.jupiter.api.Test;

/** The lower bound as a value, a plan's words about it, and the exact no-glut pass, on small cases. */
class LowerBoundTest {
  @Test
  void aLowerBound_isAValueThatRefusesWhatCannotBe_andAPlanSaysHowCloseItIs() {
    LowerBound bound = LowerBound.of(Mass.ofKilograms(1_000), Mass.ofKilograms(400), false);
    assertThat(bound).hasToString("LowerBound{Σ|gap| ≥ 1,000 kg for plans without glut, 400 kg of it unmeetable}")
        .isEqualTo(LowerBound.of(Mass.ofKilograms(1_000), Mass.ofKilograms(400), false))
        .isNotEqualTo(LowerBound.of(Mass.ofKilograms(1_000), Mass.ofKilograms(400), true));
    assertThatThrownBy(() -> LowerBound.of(Mass.ofKilograms(10), Mass.ofKilograms(11), true))
        .hasMessage("Unmeetable demand of a lower bound must be in 0..10 kg but was 11 kg");

    PlannerFamilies.Instance instance = PlannerFamilies.of(Family.BENCHMARK, 6, 1);
    Plan plan = instance.plan();
    Plan written = Plan.of(instance.demand(), plan.baselineBalance().supply().plantings(), plan.plantings(), plan.summary());
    assertThat(written.lowerBound()).isEmpty();
    assertThat(written.ratioToLowerBound()).isEmpty();
    assertThat(written.quality()).isEmpty();
    assertThat(written.withLowerBound(plan.lowerBound().get())).isEqualTo(plan);
    Mass above = plan.balance().totalAbsoluteGap().plus(Mass.ofKilograms(1));
    assertThatThrownBy(() -> written.withLowerBound(LowerBound.of(above, Mass.ZERO, false)))
        .hasMessageStartingWith("Lower bound of a plan must be at most the plan's Σ|gap| ");
    BigDecimal ratio = plan.ratioToLowerBound().orElseThrow();
    assertThat(ratio).isEqualByComparingTo(plan.balance().totalAbsoluteGap().toKilograms()
        .divide(plan.lowerBound().get().gap().toKilograms(), 4, java.math.RoundingMode.UP));
    assertThat(plan.quality().orElseThrow()).endsWith("kg)").contains("of the best possible plan for this cluster")
        .contains("no plan without glut goes below");
    assertThat(plan.summary()).endsWith(plan.quality().get() + ".");
    assertThat(plan.avoidableRatioToLowerBound().orElseThrow()).isGreaterThanOrEqualTo(ratio);
  }

  @Test
  void theNoGlutPass_trimsAPlantingByTheSurplusAreaRoundedUp_orDropsOneThatWouldFallBelowItsPlot() {
    // choy sum: 1.2 kg per m² in one week, 5 weeks after planting; 10 kg wanted in week 5
    List<PlannerMember> members = List.of(PlannerMember.of("a", Area.ofSquareMetres(100), List.of("choy sum"), Area.ofSquareMetres(5)),
        PlannerMember.of("b", Area.ofSquareMetres(100), List.of("choy sum"), Area.ofSquareMetres(5)));
    DemandCalendar demand = DemandCalendar.builder(PlannerTest.YEAR).week("choy sum", PlannerTest.YEAR.week(5), Mass.ofKilograms(10)).build();
    Planting big = Planting.of("a", ExampleCrops.CHOY_SUM, PlannerTest.YEAR.week(0), Area.ofSquareMetres(8));      // 9.6 kg
    Planting small = Planting.of("b", ExampleCrops.CHOY_SUM, PlannerTest.YEAR.week(0), Area.ofSquareMetres(5));    // 6 kg
    Planner.Trimmed trimmed = Planner.withoutGlut(List.of(Plan.PlannedPlanting.of(big, "x"), Plan.PlannedPlanting.of(small, "y")),
        members, demand);
    // 5.6 kg too much: 4.67 m² off the larger planting would leave 3.33 m², below its 5 m² plot, so the
    // smallest planting harvesting that week (b's 5 m²) is dropped, and then a's 8 m² make 9.6 kg ≤ 10
    assertThat(trimmed.plantings()).extracting(p -> p.planting().member() + " " + p.planting().area())
        .containsExactly("a 8 m²");
    Balance balance = Balance.of(trimmed.supply(), demand);
    assertThat(Plan.hasGlut(balance)).isFalse();

    Planting wide = Planting.of("a", ExampleCrops.CHOY_SUM, PlannerTest.YEAR.week(0), Area.ofSquareMetres(20));    // 24 kg
    Planner.Trimmed cut = Planner.withoutGlut(List.of(Plan.PlannedPlanting.of(wide, "z")), members, demand);
    // 14 kg too much = 11.666… m², rounded up to 11.67: 8.33 m² left, 9.996 kg
    assertThat(cut.plantings()).extracting(p -> p.planting().area()).containsExactly(Area.ofSquareMetres(new BigDecimal("8.33")));
    assertThat(cut.plantings().get(0).reason()).isEqualTo("z");
    assertThat(Plan.hasGlut(Balance.of(cut.supply(), demand))).isFalse();
    assertThat(Balance.of(cut.supply(), demand).totalAbsoluteGap()).isEqualTo(Mass.ofKilograms(new BigDecimal("0.004")));
    assertThat(Planner.withoutGlut(List.of(), members, demand).plantings()).isEmpty();
  }
}
