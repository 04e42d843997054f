package org.agricluster.bench;

import static org.agricluster.measure.CurrencyUnit.KHR;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.agricluster.economics.BudgetSummary;
import org.agricluster.economics.CostCategory;
import org.agricluster.economics.CostLine;
import org.agricluster.economics.CropBudget;
import org.agricluster.economics.MarginPolicy;
import org.agricluster.measure.Area;
import org.agricluster.measure.Mass;
import org.agricluster.measure.Money;
import org.agricluster.measure.PricePerMass;
import org.agricluster.measure.Share;
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
 * Economics issue: N crop budgets (2 grades, 5 cost lines each, 8 crops) computed and aggregated
 * into a survey summary. Compare N = 10⁵ and N = 10⁶ for the growth (linear expected).
 *
 * <pre>mvn -Pbench -pl core -am clean test-compile exec:exec -Djmh.args="EconomicsBenchmark -f 1"</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx6g"})
public class EconomicsBenchmark {
  @Param({"100000", "1000000"})
  public int budgets;

  private List<CropBudget> list;

  @Setup(Level.Trial)
  public void setUp() {
    Random random = new Random(7);
    list = new ArrayList<>(budgets);
    for (int i = 0; i < budgets; i++) {
      list.add(CropBudget.builder("crop " + (i % 8), Area.ofSquareMetres(200 + random.nextInt(1800)))
          .harvested(Mass.ofKilograms(random.nextInt(5000))).lossShare(Share.ofPercent(random.nextInt(20)))
          .addSale("A", Share.ofPercent(70), PricePerMass.perKilogram(Money.of(KHR, 1000 + random.nextInt(1000))))
          .addSale("B", Share.ofPercent(30), PricePerMass.perKilogram(Money.of(KHR, 500 + random.nextInt(500))))
          .addCost(CostLine.of(CostCategory.SEED, "seed", BigDecimal.valueOf(random.nextInt(100), 2), "kg", Money.of(KHR, 400_000)))
          .addCost(CostLine.of(CostCategory.FERTILISER, "NPK", BigDecimal.valueOf(random.nextInt(60)), "kg", Money.of(KHR, 3_000)))
          .addCost(CostLine.of(CostCategory.PESTICIDES, "pesticide", BigDecimal.valueOf(random.nextInt(4)), "bottle", Money.of(KHR, 35_000)))
          .addCost(CostLine.of(CostCategory.HIRED_LABOUR, "labour", BigDecimal.valueOf(random.nextInt(10)), "day", Money.of(KHR, 25_000)))
          .addCost(CostLine.of(CostCategory.TRANSPORT, "transport", BigDecimal.valueOf(random.nextInt(20)), "trip", Money.of(KHR, 10_000)))
          .build());
    }
  }

  @Benchmark
  public BudgetSummary computeAndAggregate() {
    return BudgetSummary.of(list, MarginPolicy.SIMPLIFIED_GROSS_MARGIN);
  }
}
