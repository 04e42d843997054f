package org.agricluster.bench;

import java.util.concurrent.TimeUnit;
import org.agricluster.calendar.Plan;
import org.agricluster.calendar.PlannerFamilies;
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
 * Calendar issue: the planner on generated clusters of 100, 1,000 and 10,000 members × 52 weeks —
 * the benchmark family (8 crops, three crop sets) and the many-crop-sets family (12 crops, each
 * member a random 2–5 of them), with the certified lower bound every plan carries. The plans'
 * quality is printed by {@code PlannerQuality}.
 *
 * <pre>mvn -Pbench -pl core -am clean test-compile exec:exec -Djmh.args="PlannerBenchmark -f 1"</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class PlannerBenchmark {
  @Param({"100", "1000", "10000"})
  public int members;

  @Param({"BENCHMARK", "MANY_SETS"})
  public String family;

  private PlannerFamilies.Instance instance;

  @Setup(Level.Trial)
  public void setUp() {
    instance = PlannerFamilies.of(PlannerFamilies.Family.valueOf(family), members, 1);
  }

  @Benchmark
  public Plan plan() {
    return instance.plan();
  }
}
