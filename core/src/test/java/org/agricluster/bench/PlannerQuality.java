package org.agricluster.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.agricluster.calendar.Balance;
import org.agricluster.calendar.Effort;
import org.agricluster.calendar.IsoWeek;
import org.agricluster.calendar.Plan;
import org.agricluster.calendar.Planner;
import org.agricluster.calendar.PlannerFamilies;
import org.agricluster.calendar.PlannerFamilies.Family;
import org.agricluster.calendar.PlannerOptimum;
import org.agricluster.measure.Area;

/**
 * Prints the quality table of the README: for each family of generated clusters and each size, the
 * plan's Σ |supply − demand|, the certified lower bound the plan carries, their ratio, the ratio on
 * the avoidable gap (both less the demand no plan can meet), the weeks with any glut, and the time
 * to plan (one run, wall clock; the JMH benchmark is the timing to quote). Arguments: sizes
 * (default 100 1000 10000), optionally family names (default all); add "lp" to also solve the
 * no-glut LP with ojAlgo (test scope, minutes per size) and check the bound against it, and
 * "plot=N" to give every member a minimum plot of N m² (or its land, if smaller): what the plots
 * cost against the same bound, and "thorough" to plan with {@link Effort#THOROUGH}. "seeds=A-B"
 * plans the draws A to B of each family and size instead of the first ({@link PlannerFamilies#of}'s
 * seed 1) and prints each draw's ratio and the worst, since settings chosen on one draw may
 * flatter it.
 *
 * <pre>
 * mvn -q -o -pl core test-compile dependency:build-classpath -Dmdep.outputFile=target/test.classpath -Dmdep.includeScope=test
 * java -cp core/target/classes:core/target/test-classes:$(cat core/target/test.classpath) \
 *     org.agricluster.bench.PlannerQuality 100 1000 10000
 * </pre>
 */
public final class PlannerQuality {
  private PlannerQuality() {}

  public static void main(String[] args) {
    boolean lp = Arrays.asList(args).contains("lp");
    Effort effort = Arrays.asList(args).contains("thorough") ? Effort.THOROUGH : Effort.STANDARD;
    List<Integer> sizes = new ArrayList<>();
    List<Family> families = new ArrayList<>();
    Area plot = null;
    long firstSeed = 1;
    long lastSeed = 1;
    for (String a : args) {
      if (a.matches("[0-9]+")) {
        sizes.add(Integer.parseInt(a));
      } else if (a.matches("seeds=[0-9]+-[0-9]+")) {
        String[] range = a.substring("seeds=".length()).split("-");
        firstSeed = Long.parseLong(range[0]);
        lastSeed = Long.parseLong(range[1]);
        if (lastSeed < firstSeed) {
          throw new IllegalArgumentException("Seeds " + a + ": the last must not be below the first");
        }
      } else if (a.startsWith("plot=")) {
        plot = Area.ofSquareMetres(new BigDecimal(a.substring("plot=".length())));
      } else if (!a.equals("lp") && !a.equals("thorough")) {
        families.add(Family.valueOf(a));
      }
    }
    if (sizes.isEmpty()) {
      sizes = List.of(100, 1000, 10000);
    }
    if (families.isEmpty()) {
      families = List.of(Family.values());
    }
    if (lastSeed > firstSeed) {
      draws(families, sizes, firstSeed, lastSeed, effort);
      return;
    }
    System.out.println("| family | members | plan Σ|gap| kg | lower bound kg | ratio | avoidable ratio | glut weeks | ms |"
        + (lp ? " LP kg |" : ""));
    System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|" + (lp ? "---:|" : ""));
    for (Family family : families) {
      for (int n : sizes) {
        PlannerFamilies.Instance generated = PlannerFamilies.of(family, n, 1);
        PlannerFamilies.Instance instance = plot == null ? generated : generated.withMinimumPlot(plot);
        long start = System.nanoTime();
        Plan plan = Planner.plan(instance.members(), instance.profiles(), instance.demand(), effort);
        long millis = (System.nanoTime() - start) / 1_000_000;
        String line = String.format("| %s | %,d | %,d | %,d | %s | %s | %d | %,d |", family, n,
            Math.round(plan.balance().totalAbsoluteGap().toKilograms().doubleValue()),
            Math.round(plan.lowerBound().orElseThrow().gap().toKilograms().doubleValue()),
            plan.ratioToLowerBound().map(BigDecimal::toPlainString).orElse("–"),
            plan.avoidableRatioToLowerBound().map(BigDecimal::toPlainString).orElse("–"), glutWeeks(plan.balance()), millis);
        if (lp) {
          double optimum = PlannerOptimum.of(instance.members(), instance.profiles(), instance.demand(), true);
          line += String.format(" %,d |", Math.round(optimum));
        }
        System.out.println(line);
      }
    }
  }

  /** Each family and size drawn with seeds {@code first} to {@code last}: each draw's ratio, and the worst. */
  private static void draws(List<Family> families, List<Integer> sizes, long first, long last, Effort effort) {
    System.out.println("| family | members | ratio, seeds " + first + "–" + last + " | worst ratio | worst avoidable ratio |");
    System.out.println("|---|---:|---|---:|---:|");
    for (Family family : families) {
      for (int n : sizes) {
        List<String> ratios = new ArrayList<>();
        BigDecimal worst = null;
        BigDecimal worstAvoidable = null;
        for (long seed = first; seed <= last; seed++) {
          PlannerFamilies.Instance instance = PlannerFamilies.of(family, n, seed);
          Plan plan = Planner.plan(instance.members(), instance.profiles(), instance.demand(), effort);
          BigDecimal ratio = plan.ratioToLowerBound().orElseThrow();
          BigDecimal avoidable = plan.avoidableRatioToLowerBound().orElseThrow();
          ratios.add(ratio.toPlainString());
          worst = worst == null || ratio.compareTo(worst) > 0 ? ratio : worst;
          worstAvoidable = worstAvoidable == null || avoidable.compareTo(worstAvoidable) > 0 ? avoidable : worstAvoidable;
        }
        System.out.println(String.format("| %s | %,d | %s | %s | %s |", family, n, String.join(", ", ratios),
            worst.toPlainString(), worstAvoidable.toPlainString()));
      }
    }
  }

  static int glutWeeks(Balance balance) {
    int weeks = 0;
    for (String crop : balance.crops()) {
      for (IsoWeek week : balance.horizon().allWeeks()) {
        if (balance.gap(crop, week).surplus().toKilograms().signum() > 0) {
          weeks++;
        }
      }
    }
    return weeks;
  }
}
