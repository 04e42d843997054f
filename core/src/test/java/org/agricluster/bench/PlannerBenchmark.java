package org.agricluster.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.agricluster.calendar.DemandCalendar;
import org.agricluster.calendar.Plan;
import org.agricluster.calendar.Planner;
import org.agricluster.calendar.PlannerMember;
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
 * Calendar issue: the planner on generated clusters of 100, 1,000 and 10,000 members × 52 weeks × 8
 * crops. The plan's quality against the LP optimum is printed by {@code PlannerQuality}.
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

  private List<PlannerMember> cluster;
  private DemandCalendar demand;

  @Setup(Level.Trial)
  public void setUp() {
    cluster = PlannerScale.members(members);
    demand = PlannerScale.demand(members);
  }

  @Benchmark
  public Plan plan() {
    return Planner.plan(cluster, PlannerScale.CROPS, demand);
  }
}
