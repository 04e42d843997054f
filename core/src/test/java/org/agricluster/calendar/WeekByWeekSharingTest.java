package org.agricluster.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.agricluster.measure.Area;
import org.agricluster.measure.Mass;
import org.junit.jupiter.api.Test;

/**
 * Sharing out a relaxation week by week ({@link PlanInProgress#seed}): each class's area for a crop
 * and week goes to its members next-fit, a member's whole free land at a time, never below its
 * minimum plot.
 */
class WeekByWeekSharingTest {
  private static final Horizon YEAR = PlannerTest.YEAR;

  private static PlanInProgress cluster(List<PlannerMember> members) {
    Map<String, CropProfile> byCrop = new TreeMap<>(Map.of("cucumber", ExampleCrops.CUCUMBER));
    return new PlanInProgress(members, byCrop,
        DemandCalendar.builder(YEAR).everyWeek("cucumber", Mass.ofKilograms(100_000)).build());
  }

  private static PlannerMember grower(String id, long land) {
    return PlannerMember.of(id, Area.ofSquareMetres(land), List.of("cucumber"), Area.ofSquareMetres(100));
  }

  /** One class of all the members, with {@code area} m² of cucumber planted in week 0. */
  private static Relaxation.Result inWeekZero(int members, double area) {
    double[][][] areas = new double[1][1][YEAR.weeks()];
    areas[0][0][0] = area;
    return new Relaxation.Result(List.of(java.util.stream.IntStream.range(0, members).boxed().toList()), areas, 0, 0,
        null, false);
  }

  private static List<String> planted(PlanInProgress plan) {
    return plan.plantings().stream().map(p -> p.planting().member() + " "
        + p.planting().area().toSquareMetres().stripTrailingZeros().toPlainString()).toList();
  }

  @Test
  void aMemberWhoseTurnIsTakenByAnother_stillPlantsWhatIsLeft() {
    // a's 950 m² would leave 50 m² of the 1,000, below any plot: b stands in with its 200 m², and a
    // then takes the 800 left (it once lost its turn, and 700 m² went unplanted)
    PlanInProgress plan = cluster(List.of(grower("a", 950), grower("b", 200), grower("c", 100)));

    plan.seed(inWeekZero(3, 1000), 0);

    assertThat(planted(plan)).containsExactlyInAnyOrder("a 800", "b 200");
  }

  @Test
  void aMemberWithAPlotTooLargeForTheDemandLeft_passesTheTurnToOneWithASmallerPlot() {
    // a m² of cucumber harvests 0.625 kg a week for 4 weeks: 150 kg a week leaves room for 240 m², below
    // a's plot of 1,000 m² but not b's of 100 m² (the sharing once stopped at a)
    Map<String, CropProfile> byCrop = new TreeMap<>(Map.of("cucumber", ExampleCrops.CUCUMBER));
    PlanInProgress plan = new PlanInProgress(
        List.of(PlannerMember.of("a", Area.ofSquareMetres(2000), List.of("cucumber"), Area.ofSquareMetres(1000)),
            grower("b", 2000)),
        byCrop, DemandCalendar.builder(YEAR).everyWeek("cucumber", Mass.ofKilograms(150)).build());

    plan.seed(inWeekZero(2, 1200), 0);

    assertThat(planted(plan)).containsExactly("b 240");
  }
}
