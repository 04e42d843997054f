package org.agricluster.calendar;

import static org.agricluster.PropertyTests.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.agricluster.calendar.PlannerFamilies.Family;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * The volume algorithm's relaxation (the planner's route when members grow many crop sets) keeps each
 * crop set's land, its bound is a bound, and the column master it starts reaches the land-row
 * relaxation's optimum without passing it.
 */
class VolumeRelaxationTest {

  private static double total(double[][] demand) {
    double total = 0;
    for (double[] row : demand) {
      for (double d : row) {
        total += d;
      }
    }
    return total;
  }

  @Test
  void theVolumesAverage_keepsEachCropSetsLand_itsBoundIsNeverAboveAPlanWithoutGlut_andItIsDeterministic() {
    qt(10).forAll(Generate.enumValues(Family.class), SourceDSL.integers().between(2, 12), SourceDSL.longs().between(0, 1_000))
        .checkAssert((family, size, seed) -> {
          PlannerFamilies.Instance instance = PlannerFamilies.of(family, size, seed);
          PlanInProgress model = PlannerFamilies.model(instance);
          double total = total(model.demandArray());
          DualBound dual = model.dualBound(true);
          VolumeRelaxation.Volume volume = VolumeRelaxation.solve(dual, model.demandArray(), total);
          Plan plan = instance.plan();
          assertThat(Plan.hasGlut(plan.balance())).isFalse();
          assertThat(volume.bound()).as("the volume's bound, against a plan without glut")
              .isLessThanOrEqualTo(plan.balance().totalAbsoluteGap().toKilograms().doubleValue() + 1e-6 * Math.max(1, total));
          assertThat(dual.bound(volume.result().prices(), total, 0)).as("the bound at its prices, recomputed")
              .isCloseTo(Math.max(0, volume.bound()), within(1e-6 * Math.max(1, total)));
          double[][][] areas = volume.result().areas();
          int weeks = model.demandArray()[0].length;
          for (int k = 0; k < areas.length; k++) {
            double[] inUse = new double[weeks];
            for (int c = 0; c < areas[k].length; c++) {
              for (int t = 0; t < weeks; t++) {
                if (areas[k][c][t] > 0) {
                  assertThat(dual.grows(k, c)).as("class %d plants only its crops", k).isTrue();
                  for (int w = t; w < Math.min(weeks, t + dual.occupied(c)); w++) {
                    inUse[w] += areas[k][c][t];
                  }
                }
              }
            }
            for (double used : inUse) {
              assertThat(used).as("land in use by class %d", k).isLessThanOrEqualTo(dual.land(k) * (1 + 1e-9));
            }
          }
          assertThat(java.util.Arrays.deepEquals(areas,
              VolumeRelaxation.solve(model.dualBound(true), model.demandArray(), total).result().areas())).as("deterministic").isTrue();
        });
  }

  @Test
  void theColumnMasterStartedFromTheVolume_neverBeatsTheOptimum_andReachesItWhenItSaysSo() {
    qt(8).forAll(Generate.enumValues(Family.class), SourceDSL.integers().between(2, 6), SourceDSL.longs().between(0, 1_000))
        .assuming((family, size, seed) -> {
          Relaxation.Result rows = PlannerFamilies.model(PlannerFamilies.of(family, size, seed)).relax();
          return rows != null && rows.optimal();
        })
        .checkAssert((family, size, seed) -> {
          PlanInProgress model = PlannerFamilies.model(PlannerFamilies.of(family, size, seed));
          Relaxation.Result rows = model.relax();
          double total = total(model.demandArray());
          double tolerance = 1e-6 * Math.max(1, total);
          DualBound dual = model.dualBound(true);
          VolumeRelaxation.Volume volume = VolumeRelaxation.solve(dual, model.demandArray(), total);
          assertThat(volume.bound()).as("the volume's bound").isLessThanOrEqualTo(total - rows.harvest() + tolerance);
          Relaxation.Result mixed = ColumnRelaxation.solve(dual, dual.crops(), dual.weeks(), model.demandArray(), volume, Effort.STANDARD);
          assertThat(mixed.harvest()).as("never beats the land-row optimum").isLessThanOrEqualTo(rows.harvest() + tolerance);
          if (mixed.optimal()) {
            assertThat(mixed.harvest()).as("reaches it when it says so").isCloseTo(rows.harvest(), within(tolerance));
          }
        });
  }

  @Test
  void theSchedulesOfTheVolumeCoverEachCropSetsLand_andTheMastersAreExactlyItsAreas() {
    qt(10).forAll(Generate.enumValues(Family.class), SourceDSL.integers().between(2, 12), SourceDSL.longs().between(0, 1_000),
        SourceDSL.booleans().all())
        .checkAssert((family, size, seed, mastered) -> {
          PlanInProgress model = PlannerFamilies.model(PlannerFamilies.of(family, size, seed));
          double total = total(model.demandArray());
          DualBound dual = model.dualBound(true);
          // mastered: the master's first columns; else (past the master's size) fitted to the average and shared out
          VolumeRelaxation.Volume volume = VolumeRelaxation.solve(dual, model.demandArray(), total, mastered);
          assertThat(volume.result().schedules()).as("deterministic")
              .usingRecursiveComparison().isEqualTo(VolumeRelaxation.solve(model.dualBound(true), model.demandArray(), total,
                  mastered).result().schedules());
          List<List<Relaxation.Schedule>> latest = volume.result().schedules();
          assertThat(latest).hasSize(dual.classes());
          for (int k = 0; k < latest.size(); k++) {
            double covered = 0;
            for (Relaxation.Schedule schedule : latest.get(k)) {
              assertThat(schedule.area()).as("a schedule's m²").isPositive();
              covered += schedule.area();
              int free = 0;
              for (int[] p : schedule.plantings()) {
                assertThat(dual.grows(k, p[0])).as("class %d plants only its crops", k).isTrue();
                assertThat(p[1]).as("plantings in week order, none overlapping").isGreaterThanOrEqualTo(free);
                free = p[1] + dual.occupied(p[0]);
              }
            }
            // the latest schedules stand in for the whole average: the crop set's land, or none when nothing pays
            assertThat(Math.min(covered, Math.abs(covered - dual.land(k)))).as("m² of class %d's schedules (%s) from its land (%s) or none",
                k, covered, dual.land(k)).isLessThanOrEqualTo(1e-9 * dual.land(k));
          }
          Relaxation.Result mixed = ColumnRelaxation.solve(dual, dual.crops(), dual.weeks(), model.demandArray(), volume, Effort.STANDARD);
          assertThat(mixed).isNotNull();
          double[][][] areas = new double[dual.classes()][dual.crops()][dual.weeks()];
          for (int k = 0; k < mixed.schedules().size(); k++) {
            for (Relaxation.Schedule schedule : mixed.schedules().get(k)) {
              for (int[] p : schedule.plantings()) {
                areas[k][p[0]][p[1]] += schedule.area();
              }
            }
          }
          for (int k = 0; k < areas.length; k++) {
            for (int c = 0; c < areas[k].length; c++) {
              for (int t = 0; t < areas[k][c].length; t++) {
                assertThat(areas[k][c][t]).as("the master's m² of class %d, crop %d, week %d", k, c, t)
                    .isCloseTo(mixed.areas()[k][c][t], within(1e-9 * Math.max(1, dual.land(k))));
              }
            }
          }
        });
  }
  /**
   * Past the column master's size a crop set's latest schedules are weighted to plant what the
   * volume's average plants (least squares, weights never negative), then scaled to its whole land.
   */
  @Test
  void theLatestSchedules_areFittedToTheAverage_andScaledToTheLand() {
    double[][] average = new double[2][52];
    average[0][0] = 30;
    average[1][10] = 30;
    average[0][20] = 10;
    int[][] schedules = {{0, 0, 1, 10}, {0, 20}, {0, 30}};
    double[] share = {5, 5, 5};
    VolumeRelaxation.fit(schedules, share, average, 80);
    // 30 and 10 m² reproduce the average exactly; the third schedule plants where the average does not
    assertThat(share).containsExactly(new double[] {60, 20, 0}, within(1e-9));

    // overlapping schedules: the one that covers both weeks takes the whole average
    double[][] both = new double[1][52];
    both[0][0] = 10;
    both[0][10] = 10;
    double[] overlapping = {5, 5};
    VolumeRelaxation.fit(new int[][] {{0, 0}, {0, 0, 0, 10}}, overlapping, both, 10);
    assertThat(overlapping).containsExactly(new double[] {0, 10}, within(1e-4));

    // an average that plants nothing leaves every weight at none, not at a division by zero
    double[] none = {5};
    VolumeRelaxation.fit(new int[][] {{0, 0}}, none, new double[1][52], 100);
    assertThat(none).containsExactly(0.0);
  }
}
