package org.agricluster.calendar;

import static org.agricluster.PropertyTests.qt;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * The greedy step's primitive queue of crop-weeks takes them out in the order the planner's rule
 * gives: the highest rank first, then the lowest slot — the order of a {@link PriorityQueue} with
 * that comparator, which it replaced.
 */
class SlotQueueTest {

  /** The rule, as the comparator the greedy step used before: a slot and its rank. */
  private static final Comparator<double[]> RULE =
      Comparator.<double[]>comparingDouble(e -> -e[1]).thenComparingDouble(e -> e[0]);

  @Test
  void takesSlotsOutInTheRulesOrder_asAPriorityQueueWithTheRule() {
    qt().forAll(SourceDSL.integers().between(1, 60), SourceDSL.integers().between(1, 400), SourceDSL.longs().between(0, 1_000))
        .checkAssert((slots, operations, seed) -> {
          Random random = new Random(seed);
          PlanInProgress.SlotQueue queue = new PlanInProgress.SlotQueue(slots);
          PriorityQueue<double[]> reference = new PriorityQueue<>(RULE);
          boolean[] in = new boolean[slots];
          List<Integer> polled = new ArrayList<>();
          List<Integer> expected = new ArrayList<>();
          for (int o = 0; o < operations; o++) {
            int slot = random.nextInt(slots);
            if (!in[slot] && random.nextInt(3) > 0) {
              // few distinct ranks, so that ties between slots are common
              double rank = random.nextInt(5) / 4.0;
              queue.add(slot, rank);
              reference.add(new double[] {slot, rank});
              in[slot] = true;
            } else if (!reference.isEmpty()) {
              double[] first = reference.peek();
              assertThat(queue.firstRank()).isEqualTo(first[1]);
              assertThat(queue.firstBefore(slot, first[1])).isEqualTo(first[0] < slot);
              int taken = queue.poll();
              expected.add((int) reference.poll()[0]);
              polled.add(taken);
              assertThat(queue.rank(taken)).isEqualTo(first[1]);
              in[taken] = false;
            }
            assertThat(queue.isEmpty()).isEqualTo(reference.isEmpty());
          }
          while (!reference.isEmpty()) {
            expected.add((int) reference.poll()[0]);
            polled.add(queue.poll());
          }
          assertThat(polled).isEqualTo(expected);
          assertThat(queue.isEmpty()).isTrue();
        });
  }

  @Test
  void aHigherRankGoesFirst_andAmongEqualRanksTheLowerSlot() {
    PlanInProgress.SlotQueue queue = new PlanInProgress.SlotQueue(4);
    queue.add(3, 2.0);
    queue.add(1, 1.0);
    queue.add(0, 1.0);
    queue.add(2, 2.0);
    assertThat(queue.firstBefore(3, 2.0)).isTrue();
    assertThat(queue.firstBefore(1, 2.5)).isFalse();
    List<Integer> order = new ArrayList<>();
    while (!queue.isEmpty()) {
      order.add(queue.poll());
    }
    assertThat(order).containsExactly(2, 3, 0, 1);
  }
}
