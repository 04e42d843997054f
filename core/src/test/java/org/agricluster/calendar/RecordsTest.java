package org.agricluster.calendar;

import static org.agricluster.PropertyTests.qt;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * The plan in progress's table of plantings' records behaves as the map of keys to arrays it
 * replaced: a record is found by its key until removed, keeps its number and its numbers, survives
 * the table's growth and removals, and a copy is independent of the original.
 */
class RecordsTest {

  @Test
  void findsAddsAndRemovesAsAMap_throughGrowthRemovalsAndCopies() {
    qt().forAll(SourceDSL.integers().between(1, 3_000), SourceDSL.integers().between(1, 6_000), SourceDSL.longs().between(0, 1_000))
        .checkAssert((keys, operations, seed) -> {
          Random random = new Random(seed);
          PlanInProgress.Records records = new PlanInProgress.Records(random.nextInt(50));
          Map<Long, Integer> reference = new HashMap<>();
          Map<Integer, Double> gains = new HashMap<>();
          PlanInProgress.Records copy = null;
          Map<Long, Integer> copied = null;
          for (int o = 0; o < operations; o++) {
            // keys far apart too, as (member × crops + crop) × weeks + week are at 10,000 members
            long key = random.nextInt(keys) * (random.nextBoolean() ? 1L : 624L);
            int choice = random.nextInt(10);
            if (choice < 6) {
              int found = records.find(key);
              assertThat(found).isEqualTo(reference.getOrDefault(key, -1));
              if (found < 0) {
                int made = records.add(key, (int) (key % 1000), (int) (key % 12), (int) (key % 52));
                assertThat(made).isEqualTo(records.count() - 1);
                reference.put(key, made);
                found = made;
              }
              double gain = random.nextInt(100);
              records.add(found, 5, gain);
              gains.merge(found, gain, Double::sum);
            } else if (choice < 9) {
              Integer expected = reference.remove(key);
              int removed = records.remove(key);
              assertThat(removed).isEqualTo(expected == null ? -1 : expected);
              if (expected != null) {
                assertThat(records.live(removed)).isFalse();
                // still readable after its removal: the plan gives back the land it took
                assertThat(records.get(removed, 5)).isEqualTo(gains.get(removed));
              }
            } else if (copy == null) {
              copy = new PlanInProgress.Records(records);
              copied = new HashMap<>(reference);
            }
          }
          for (Map.Entry<Long, Integer> e : reference.entrySet()) {
            int r = e.getValue();
            assertThat(records.find(e.getKey())).isEqualTo(r);
            assertThat(records.live(r)).isTrue();
            assertThat(records.get(r, 0)).isEqualTo(e.getKey() % 1000);
            assertThat(records.get(r, 1)).isEqualTo(e.getKey() % 12);
            assertThat(records.get(r, 2)).isEqualTo(e.getKey() % 52);
            assertThat(records.get(r, 5)).isEqualTo(gains.get(r));
          }
          int live = 0;
          for (int r = 0; r < records.count(); r++) {
            live += records.live(r) ? 1 : 0;
          }
          assertThat(live).isEqualTo(reference.size());
          if (copy != null) {
            // the copy keeps what was in when it was made, whatever the original did since
            for (Map.Entry<Long, Integer> e : copied.entrySet()) {
              assertThat(copy.find(e.getKey())).isEqualTo(e.getValue());
            }
            int copiedLive = 0;
            for (int r = 0; r < copy.count(); r++) {
              copiedLive += copy.live(r) ? 1 : 0;
            }
            assertThat(copiedLive).isEqualTo(copied.size());
          }
        });
  }

  @Test
  void aCopyOfAnEmptyTableTakesRecords() {
    // a plan in progress with nothing planted is copied for a member's re-plan, which then plants
    PlanInProgress.Records empty = new PlanInProgress.Records(0);
    PlanInProgress.Records copy = new PlanInProgress.Records(empty);
    for (int k = 0; k < 100; k++) {
      assertThat(copy.add(k * 624L, k, 3, 7)).isEqualTo(k);
    }
    for (int k = 0; k < 100; k++) {
      assertThat(copy.find(k * 624L)).isEqualTo(k);
      assertThat(copy.get(k, 0)).isEqualTo(k);
    }
    assertThat(empty.find(0)).isEqualTo(-1);
    assertThat(empty.count()).isZero();
  }

  @Test
  void aCopyTakesRecordsOfItsOwn_andTheOriginalDoesNotSeeThem() {
    PlanInProgress.Records original = new PlanInProgress.Records(4);
    for (int k = 0; k < 10; k++) {
      original.add(k, k, 0, 0);
    }
    PlanInProgress.Records copy = new PlanInProgress.Records(original);
    for (int k = 10; k < 50; k++) {
      assertThat(copy.add(k, k, 0, 0)).isEqualTo(k);
    }
    copy.add(3, 5, 2.5);
    assertThat(copy.remove(4)).isEqualTo(4);
    assertThat(original.find(30)).isEqualTo(-1);
    assertThat(original.count()).isEqualTo(10);
    assertThat(original.get(3, 5)).isZero();
    assertThat(original.live(4)).isTrue();
    assertThat(copy.get(3, 5)).isEqualTo(2.5);
    assertThat(copy.find(30)).isEqualTo(30);
  }
}
