package org.agricluster.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.agricluster.PropertyTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * 100,000 mutated documents of each kind (a million with {@code -Pexplore}, from a fresh seed):
 * reading any of them either gives a value or is refused with a {@link JsonFormatException}; no
 * other exception, no hang.
 */
@Timeout(300)
class JsonFuzzTest {
  private static final int DOCUMENTS = PropertyTests.EXPLORE ? 1_000_000 : 100_000;
  private static final String JUNK = "{}[]\":,\\ 0123456789-.eE+ntrufalsxyzé\u0000\u2028𝄞";

  private static String mutate(String doc, Random r) {
    StringBuilder s = new StringBuilder(doc);
    int edits = 1 + r.nextInt(3);
    for (int e = 0; e < edits && s.length() > 0; e++) {
      int at = r.nextInt(s.length());
      switch (r.nextInt(6)) {
        case 0 -> s.deleteCharAt(at);
        case 1 -> s.insert(at, JUNK.charAt(r.nextInt(JUNK.length())));
        case 2 -> s.setCharAt(at, JUNK.charAt(r.nextInt(JUNK.length())));
        case 3 -> {
          int end = Math.min(s.length(), at + 1 + r.nextInt(40));
          s.delete(at, end);
        }
        case 4 -> {
          int end = Math.min(s.length(), at + 1 + r.nextInt(80));
          s.insert(r.nextInt(s.length()), s.substring(at, end));
        }
        default -> {
          int digit = s.indexOf("\"", at);
          if (digit > 0) {
            s.insert(digit, r.nextBoolean() ? "-" : "9".repeat(1 + r.nextInt(400)));
          }
        }
      }
    }
    return s.toString();
  }

  private static void fuzz(JsonDocument<?> document, String doc, long seed) {
    Random r = new Random(seed);
    int read = 0;
    int refused = 0;
    for (int i = 0; i < DOCUMENTS; i++) {
      String mutated = mutate(doc, r);
      try {
        document.read(mutated);
        read++;
      } catch (JsonFormatException expected) {
        refused++;
      } catch (RuntimeException e) {
        throw new AssertionError("document " + i + " (seed " + seed + ") threw " + e + " instead of JsonFormatException:\n"
            + mutated, e);
      }
    }
    assertThat(read + refused).isEqualTo(DOCUMENTS);
    assertThat(refused).as("most mutations break something").isGreaterThan(DOCUMENTS / 2);
  }

  private static long seed() {
    return PropertyTests.EXPLORE ? new Random().nextLong() : PropertyTests.SEED;
  }

  @Test
  void mutatedClusterDocuments_areReadOrRefusedWithJsonFormatException() {
    fuzz(AgriJson.CLUSTER, AgriJson.CLUSTER.write(JsonSamples.sesan()), seed());
  }

  @Test
  void mutatedScorecards_areReadOrRefusedWithJsonFormatException() {
    fuzz(AgriJson.SCORECARD, AgriJson.SCORECARD.write(JsonSamples.villages()), seed());
  }

  @Test
  void mutatedCollectionDays_areReadOrRefusedWithJsonFormatException() {
    fuzz(AgriJson.COLLECTION_DAY, AgriJson.COLLECTION_DAY.write(JsonSamples.takeoDay()), seed());
  }

  @Test
  void mutatedCalendars_areReadOrRefusedWithJsonFormatException() {
    fuzz(AgriJson.CALENDAR, AgriJson.CALENDAR.write(JsonSamples.sesanCalendar()), seed());
  }

  @Test
  void mutatedPlans_areReadOrRefusedWithJsonFormatException() {
    fuzz(AgriJson.PLAN, AgriJson.PLAN.write(JsonSamples.sesanPlan()), seed());
  }

  @Test
  void mutatedStrategyFiles_areReadOrRefusedWithJsonFormatException() {
    fuzz(AgriJson.STRATEGY, AgriJson.STRATEGY.write(JsonSamples.sesanStrategy()), seed());
  }

  @Test
  void mutatedApexPlatformsAndChainFlows_areReadOrRefusedWithJsonFormatException() {
    fuzz(AgriJson.APEX, AgriJson.APEX.write(JsonSamples.apex()), seed());
    fuzz(AgriJson.CHAIN_FLOW, AgriJson.CHAIN_FLOW.write(JsonSamples.sesanChain()), seed());
  }

  @Test
  void mutatedCropBudgetSurveys_areReadOrRefusedWithJsonFormatException() {
    fuzz(AgriJson.CROP_BUDGETS, AgriJson.CROP_BUDGETS.write(JsonSamples.budgets()), seed());
  }
}
