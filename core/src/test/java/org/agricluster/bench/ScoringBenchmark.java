package org.agricluster.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.agricluster.scoring.Aggregation;
import org.agricluster.scoring.Candidate;
import org.agricluster.scoring.Criterion;
import org.agricluster.scoring.Ranking;
import org.agricluster.scoring.Scale;
import org.agricluster.scoring.Scorecard;
import org.agricluster.scoring.Scorer;
import org.agricluster.scoring.ScoringMethod;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Scoring issue: N candidates × 20 criteria × 30 scorers (10 stakeholder categories) aggregated and
 * ranked. Compare N = 1,000 and N = 10,000 for the growth (about linear expected; n log n at worst).
 *
 * <pre>mvn -Pbench -pl core -am clean test-compile exec:exec -Djmh.args="ScoringBenchmark -f 1"</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class ScoringBenchmark {
  @Param({"1000", "10000"})
  public int candidates;

  @Param({"MEAN", "CATEGORY_MEAN"})
  public Aggregation aggregation;

  private Scorecard card;
  private ScoringMethod method;

  @Setup(Level.Trial)
  public void setUp() {
    Random random = new Random(42);
    List<Criterion> criteria = new ArrayList<>();
    for (int k = 0; k < 20; k++) {
      criteria.add(Criterion.of("criterion " + k, Scale.SELECTION));
    }
    List<Scorer> scorers = new ArrayList<>();
    for (int s = 0; s < 30; s++) {
      scorers.add(Scorer.of("scorer " + s, "category " + (s % 10)));
    }
    Scorecard.Builder builder = Scorecard.builder().criteria(criteria);
    for (int c = 0; c < candidates; c++) {
      Candidate candidate = Candidate.of("area " + c);
      for (Scorer scorer : scorers) {
        int[] values = new int[criteria.size()];
        for (int k = 0; k < values.length; k++) {
          values[k] = 1 + random.nextInt(5);
        }
        builder.scores(scorer, candidate, values);
      }
    }
    card = builder.build();
    method = ScoringMethod.defaults().withAggregation(aggregation);
  }

  @Benchmark
  public Ranking aggregateAndRank() {
    return card.ranking(method);
  }
}
