package org.agricluster.calendar;

import static org.agricluster.PropertyTests.qt;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * The volume algorithm's pool of a class's latest distinct schedules keeps the latest, oldest
 * first, with their shares: the same as a plain list that moves a schedule taken again to its end
 * and drops its first past the capacity.
 */
class LatestSchedulesTest {

  @Test
  void keepsTheLatestDistinctSchedulesOldestFirst_withTheirShares_asAPlainList() {
    qt().forAll(SourceDSL.integers().between(1, 12), SourceDSL.integers().between(1, 40), SourceDSL.integers().between(1, 600),
            SourceDSL.longs().between(0, 1_000))
        .checkAssert((capacity, kinds, takes, seed) -> {
          Random random = new Random(seed);
          // a few kinds of schedule, of different lengths, so that schedules come back and arrays are reused
          List<int[]> universe = new ArrayList<>();
          for (int k = 0; k < kinds; k++) {
            int[] schedule = new int[2 * (1 + random.nextInt(4))];
            for (int i = 0; i < schedule.length; i++) {
              schedule[i] = random.nextInt(6);
            }
            universe.add(schedule);
          }
          VolumeRelaxation.Latest latest = new VolumeRelaxation.Latest(capacity);
          List<int[]> plain = new ArrayList<>();
          List<Double> plainWeights = new ArrayList<>();
          int[] buffer = new int[16];
          for (int take = 0; take < takes; take++) {
            int[] schedule = universe.get(random.nextInt(kinds));
            // the buffer holds leftovers past the schedule, as the planner's does
            Arrays.fill(buffer, random.nextInt(6));
            System.arraycopy(schedule, 0, buffer, 0, schedule.length);
            latest.add(buffer, schedule.length);
            int found = indexOf(plain, schedule);
            double weight = found >= 0 ? plainWeights.remove(found) : 0;
            if (found >= 0) {
              plain.remove(found);
            } else if (plain.size() == capacity) {
              plain.remove(0);
              plainWeights.remove(0);
            }
            plain.add(schedule);
            double mixed = random.nextInt(4);
            latest.mixIn(mixed);
            plainWeights.add(weight + mixed);
            if (random.nextInt(50) == 0) {
              latest.scale(0.5);
              plainWeights.replaceAll(w -> w * 0.5);
            }
          }
          int[][] kept = latest.schedules();
          assertThat(kept.length).isEqualTo(plain.size());
          for (int i = 0; i < kept.length; i++) {
            assertThat(kept[i]).as("schedule %s of %s", i, kept.length).containsExactly(plain.get(i));
          }
          double total = plainWeights.stream().mapToDouble(Double::doubleValue).sum();
          double[] shares = latest.shares(100);
          for (int i = 0; i < shares.length; i++) {
            assertThat(shares[i]).isCloseTo(total > 0 ? 100 * plainWeights.get(i) / total : 0, org.assertj.core.api.Assertions.within(1e-9));
          }
        });
  }

  private static int indexOf(List<int[]> schedules, int[] schedule) {
    for (int i = 0; i < schedules.size(); i++) {
      if (Arrays.equals(schedules.get(i), schedule)) {
        return i;
      }
    }
    return -1;
  }
}
