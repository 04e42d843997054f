package org.agricluster.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.agricluster.calendar.PlannerFamilies;
import org.agricluster.calendar.Planting;
import org.agricluster.calendar.SupplyCalendar;
import org.agricluster.measure.Area;
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
 * Calendar issue: N plantings of 8 crops aggregated into a weekly supply calendar, exactly. Compare
 * N = 10⁵ and N = 10⁶ for the growth (linear expected).
 *
 * <pre>mvn -Pbench -pl core -am clean test-compile exec:exec -Djmh.args="CalendarBenchmark -f 1"</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx6g"})
public class CalendarBenchmark {
  @Param({"100000", "1000000"})
  public int plantings;

  private List<Planting> list;

  @Setup(Level.Trial)
  public void setUp() {
    Random random = new Random(11);
    list = new ArrayList<>(plantings);
    for (int i = 0; i < plantings; i++) {
      list.add(Planting.of("m" + (i % 10_000), PlannerFamilies.EIGHT.get(random.nextInt(PlannerFamilies.EIGHT.size())),
          PlannerFamilies.YEAR.start().plusWeeks(random.nextInt(52)), Area.ofSquareMetres(100 + random.nextInt(1900))));
    }
  }

  @Benchmark
  public SupplyCalendar aggregate() {
    return SupplyCalendar.of(PlannerFamilies.YEAR, list);
  }
}
