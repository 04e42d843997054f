package org.agricluster.bench;

import org.agricluster.calendar.DemandCalendar;
import org.agricluster.calendar.Plan;
import org.agricluster.calendar.Planner;
import org.agricluster.calendar.PlannerOptimum;

/**
 * Prints the planner's Σ |supply − demand| on the benchmark clusters beside the LP optimum of the
 * same model (ojAlgo, test scope). Arguments: cluster sizes (default 100 1000 10000); add "lp" to
 * also solve the LP with ojAlgo (minutes per size).
 *
 * <pre>
 * mvn -q -pl core -am test-compile dependency:build-classpath -Dmdep.outputFile=target/test.classpath -Dmdep.includeScope=test
 * java -cp core/target/classes:core/target/test-classes:$(cat core/target/test.classpath) \
 *     org.agricluster.bench.PlannerQuality 100 1000 10000 lp
 * </pre>
 */
public final class PlannerQuality {
  private PlannerQuality() {}

  public static void main(String[] args) {
    boolean lp = java.util.Arrays.asList(args).contains("lp");
    int[] sizes = java.util.Arrays.stream(args).filter(a -> !a.equals("lp")).mapToInt(Integer::parseInt).toArray();
    if (sizes.length == 0) {
      sizes = new int[] {100, 1000, 10000};
    }
    for (int n : sizes) {
      DemandCalendar demand = PlannerScale.demand(n);
      long start = System.nanoTime();
      Plan plan = Planner.plan(PlannerScale.members(n), PlannerScale.CROPS, demand);
      long millis = (System.nanoTime() - start) / 1_000_000;
      double gap = plan.balance().totalAbsoluteGap().toKilograms().doubleValue();
      String line = n + " members: planner Σ|gap| " + Math.round(gap) + " kg in " + millis + " ms; baseline "
          + Math.round(plan.baselineBalance().totalAbsoluteGap().toKilograms().doubleValue()) + " kg";
      if (lp) {
        long s = System.nanoTime();
        double optimum = PlannerOptimum.of(PlannerScale.members(n), PlannerScale.CROPS, demand);
        line += String.format("; LP optimum %d kg (ojAlgo %d s); ratio %.4f", Math.round(optimum),
            (System.nanoTime() - s) / 1_000_000_000, gap / optimum);
      }
      System.out.println(line);
    }
  }
}
