package org.agricluster.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.agricluster.PropertyTests.qt;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;
import org.quicktheories.generators.SourceDSL;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The hand-written packing simplex against ojAlgo's LP solver (test scope), on random packing programmes. */
class PackingSimplexTest {

  /** A random packing programme: up to 8 rows and 12 columns (40 and 60 with crumbs), about half the entries zero, one row bounding every column. */
  private record Programme(double[] objective, int[][] rows, double[][] values, double[] bound) {
    static Programme random(long seed) {
      return random(seed, false);
    }

    /**
     * With {@code crumbs}, some bounds are crumbs (10⁻¹³ to 10⁻¹², what subtracting a supply from a
     * demand leaves) and entries fractions such as 2/3, as in a re-plan against the demand the others leave.
     */
    static Programme random(long seed, boolean crumbs) {
      Random random = new Random(seed);
      int m = 1 + random.nextInt(crumbs ? 40 : 8);
      int n = 1 + random.nextInt(crumbs ? 60 : 12);
      double[] bound = new double[m];
      for (int i = 0; i < m; i++) {
        // some rows bound at zero: degenerate vertices are the simplex's hard case
        bound[i] = random.nextInt(4) == 0 ? 0 : random.nextInt(40);
        if (crumbs && random.nextInt(3) == 0) {
          bound[i] = (1 + random.nextInt(9)) * 1e-13;
        }
      }
      bound[0] = 10 + random.nextInt(40);
      double[] objective = new double[n];
      int[][] rows = new int[n][];
      double[][] values = new double[n][];
      for (int j = 0; j < n; j++) {
        objective[j] = random.nextInt(6);
        List<Integer> r = new ArrayList<>();
        List<Double> v = new ArrayList<>();
        r.add(0);
        v.add(1.0 + random.nextInt(3));
        for (int i = 1; i < m; i++) {
          if (random.nextBoolean()) {
            r.add(i);
            v.add(crumbs ? (1 + random.nextInt(4)) / 3.0 : random.nextInt(5) + random.nextInt(4) / 4.0);
          }
        }
        rows[j] = r.stream().mapToInt(Integer::intValue).toArray();
        values[j] = v.stream().mapToDouble(Double::doubleValue).toArray();
      }
      return new Programme(objective, rows, values, bound);
    }

    /** A programme from a JSON test resource: its {@code bound}s, and {@code columns} each with an {@code objective}, {@code rows} and {@code values}. */
    static Programme read(String resource) throws IOException {
      JsonNode document;
      try (InputStream in = PackingSimplexTest.class.getResourceAsStream(resource)) {
        document = JsonMapper.builder().build().readTree(in);
      }
      double[] bound = new double[document.get("bound").size()];
      for (int i = 0; i < bound.length; i++) {
        bound[i] = document.get("bound").get(i).asDouble();
      }
      JsonNode columns = document.get("columns");
      double[] objective = new double[columns.size()];
      int[][] rows = new int[columns.size()][];
      double[][] values = new double[columns.size()][];
      for (int j = 0; j < columns.size(); j++) {
        JsonNode column = columns.get(j);
        objective[j] = column.get("objective").asDouble();
        rows[j] = new int[column.get("rows").size()];
        values[j] = new double[rows[j].length];
        for (int e = 0; e < rows[j].length; e++) {
          rows[j][e] = column.get("rows").get(e).asInt();
          values[j][e] = column.get("values").get(e).asDouble();
        }
      }
      return new Programme(objective, rows, values, bound);
    }

    /** Solved with {@code deferred} pivots applied to the inverse together (1: one at a time). */
    PackingSimplex.Solution solve(int deferred) {
      PackingSimplex simplex = PackingSimplex.start(bound, deferred);
      simplex.addColumns(objective, rows, values);
      return simplex.solve(10_000);
    }

    /** The solution is optimal, its value ojAlgo's optimum, and it is within every bound with no negative value. */
    void assertOptimalAndFeasible(PackingSimplex.Solution s) {
      assertThat(s.optimal()).isTrue();
      assertThat(s.value()).isCloseTo(optimumByOjAlgo(), within(1e-6 * Math.max(1, s.value())));
      double[] used = new double[bound.length];
      for (int j = 0; j < s.x().length; j++) {
        assertThat(s.x()[j]).isGreaterThanOrEqualTo(0);
        for (int k = 0; k < rows[j].length; k++) {
          used[rows[j][k]] += values[j][k] * s.x()[j];
        }
      }
      for (int i = 0; i < used.length; i++) {
        assertThat(used[i]).as("row %d", i).isLessThanOrEqualTo(bound[i]);
      }
    }

    double optimumByOjAlgo() {
      ExpressionsBasedModel model = new ExpressionsBasedModel();
      Variable[] x = new Variable[objective.length];
      for (int j = 0; j < x.length; j++) {
        x[j] = model.addVariable("x" + j).lower(0).weight(objective[j]);
      }
      for (int i = 0; i < bound.length; i++) {
        Expression row = model.addExpression("row" + i).upper(bound[i]);
        for (int j = 0; j < x.length; j++) {
          for (int k = 0; k < rows[j].length; k++) {
            if (rows[j][k] == i) {
              row.set(x[j], values[j][k]);
            }
          }
        }
      }
      Optimisation.Result result = model.maximise();
      assertThat(result.getState().isOptimal()).as("ojAlgo solved it").isTrue();
      return result.getValue();
    }
  }

  @Test
  void theSimplexReachesTheOptimumOfAnIndependentSolver_andStaysFeasible() {
    qt(300).forAll(SourceDSL.longs().all()).checkAssert(seed -> {
      Programme p = Programme.random(seed);
      p.assertOptimalAndFeasible(PackingSimplex.maximise(p.objective(), p.rows(), p.values(), p.bound(), 10_000));
    });
  }

  @Test
  void boundsThatAreCrumbs_areKept_andTheOptimumReached() {
    // what drift puts over a crumb of a bound is taken back from the columns in that row only
    qt(300).forAll(SourceDSL.longs().all()).checkAssert(seed -> {
      Programme p = Programme.random(seed, true);
      p.assertOptimalAndFeasible(PackingSimplex.maximise(p.objective(), p.rows(), p.values(), p.bound(), 10_000));
    });
  }

  @Test
  void aReplanWhoseDemandLeftHasCrumbs_reachesTheOptimum() throws IOException {
    // found in a thorough plan: three weeks' demand left was 10⁻¹³ kg, drift put their rows 1.5 times
    // over that, and the whole answer was scaled by 2/3 to fit them: 13,446 kg instead of 16,143
    Programme p = Programme.read("replan-with-crumbs.json");
    PackingSimplex.Solution s = PackingSimplex.maximise(p.objective(), p.rows(), p.values(), p.bound(), 100_000);
    p.assertOptimalAndFeasible(s);
    assertThat(s.value()).isCloseTo(16_142.786, within(0.01));
  }

  @Test
  void aLongColumnGeneration_declaresOnlyOptimaItsDualsCertify() {
    // a master of 290 week rows and 10 land rows, ten schedule columns a round for 60 rounds (about
    // 3,400 pivots): the Devex weights, which only grow, once reached infinity there and stopped
    // pricing the columns they belonged to, and the simplex declared optima with columns of positive
    // reduced profit left (reduced profits up to 60, negative duals down to −13)
    qt(2).forAll(SourceDSL.longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      int weeks = 290;
      int classes = 10;
      double[] bound = new double[weeks + classes];
      for (int w = 0; w < weeks; w++) {
        bound[w] = 1_000 + random.nextInt(1_000);
      }
      for (int k = 0; k < classes; k++) {
        bound[weeks + k] = 10_000 + random.nextInt(10_000);
      }
      PackingSimplex simplex = PackingSimplex.start(bound);
      List<Double> objective = new ArrayList<>();
      List<int[]> rows = new ArrayList<>();
      List<double[]> values = new ArrayList<>();
      for (int round = 0; round < 60; round++) {
        int first = rows.size();
        for (int j = 0; j < 10; j++) {
          // a schedule: harvests of 3–6 weeks in sixths, apart, on one class's land
          TreeMap<Integer, Double> entries = new TreeMap<>();
          double total = 0;
          for (int w = random.nextInt(8); w < weeks; ) {
            int length = 3 + random.nextInt(4);
            for (int h = 0; h < length && w + h < weeks; h++) {
              double kg = (1 + random.nextInt(6)) / 6.0;
              entries.merge(w + h, kg, Double::sum);
              total += kg;
            }
            w += length + 4 + random.nextInt(10);
          }
          entries.put(weeks + random.nextInt(classes), 1.0);
          objective.add(total);
          rows.add(entries.keySet().stream().mapToInt(Integer::intValue).toArray());
          values.add(entries.values().stream().mapToDouble(Double::doubleValue).toArray());
        }
        simplex.addColumns(objective.subList(first, rows.size()).stream().mapToDouble(Double::doubleValue).toArray(),
            rows.subList(first, rows.size()).toArray(new int[0][]), values.subList(first, rows.size()).toArray(new double[0][]));
        PackingSimplex.Solution s = simplex.solve(1_000_000);
        assertThat(s.optimal()).isTrue();
        for (int i = 0; i < bound.length; i++) {
          assertThat(s.duals()[i]).as("dual of row %d in round %d", i, round).isGreaterThan(-1e-6);
        }
        for (int j = 0; j < rows.size(); j++) {
          double profit = objective.get(j);
          for (int k = 0; k < rows.get(j).length; k++) {
            profit -= s.duals()[rows.get(j)[k]] * values.get(j)[k];
          }
          assertThat(profit).as("reduced profit of column %d in round %d", j, round).isLessThan(1e-6);
        }
      }
    });
  }

  @Test
  void pivotsAppliedToTheInverseTogether_reachTheSameOptimum_asColumnsArrive() {
    // large programmes defer the inverse's updates; forced here on small ones, with columns added in
    // two batches (column generation) and pivot limits that stop with pivots still pending
    qt(300).forAll(SourceDSL.longs().all(), SourceDSL.integers().between(2, 7)).checkAssert((seed, deferred) -> {
      Programme p = Programme.random(seed);
      int half = p.objective().length / 2;
      PackingSimplex simplex = PackingSimplex.start(p.bound(), deferred);
      simplex.addColumns(Arrays.copyOf(p.objective(), half), Arrays.copyOf(p.rows(), half),
          Arrays.copyOf(p.values(), half));
      simplex.solve(deferred + 1);
      simplex.addColumns(Arrays.copyOfRange(p.objective(), half, p.objective().length),
          Arrays.copyOfRange(p.rows(), half, p.rows().length),
          Arrays.copyOfRange(p.values(), half, p.values().length));
      p.assertOptimalAndFeasible(simplex.solve(10_000));
    });
  }

  @Test
  void pivotsAppliedToTheInverseTogether_takeTheSamePath_asPivotsAppliedOneByOne() {
    // the pending pivots give each pivot the column and the pivot row the updated inverse would, up to
    // rounding: the same entering and leaving choices and the same answer — except where candidates
    // tie to their last bits, when rounding may pick another (below); so the answer always, the path
    // nearly always (about one programme in a hundred has such a tie)
    AtomicInteger programmes = new AtomicInteger();
    AtomicInteger samePath = new AtomicInteger();
    qt(300).forAll(SourceDSL.longs().all(), SourceDSL.integers().between(2, 7)).checkAssert((seed, deferred) -> {
      Programme p = Programme.random(seed);
      PackingSimplex.Solution a = p.solve(1);
      PackingSimplex.Solution b = p.solve(deferred);
      assertThat(b.value()).isCloseTo(a.value(), within(1e-9 * Math.max(1, a.value())));
      programmes.incrementAndGet();
      if (b.pivots() == a.pivots()) {
        samePath.incrementAndGet();
      }
    });
    assertThat(samePath.get()).as("programmes solved along the same path").isGreaterThanOrEqualTo(programmes.get() * 95 / 100);
  }

  /**
   * Found by the explore profile (seed 681922259015, 2 pivots pending): at the third pivot three
   * columns' Devex scores are 9 exactly, and the pending pivots' rounding makes one of them
   * 9.000000000000002, so that one enters instead of the first: 5 pivots instead of 4, to the same
   * optimum.
   */
  @Test
  void aTieInThePricing_mayTakeAnotherPath_toTheSameOptimum() {
    Programme p = Programme.random(681_922_259_015L);
    PackingSimplex.Solution a = p.solve(1);
    PackingSimplex.Solution b = p.solve(2);
    p.assertOptimalAndFeasible(a);
    p.assertOptimalAndFeasible(b);
    assertThat(a.pivots()).isEqualTo(4);
    assertThat(b.pivots()).isEqualTo(5);
  }

  @Test
  void aPivotLimitStopsWithAFeasibleAnswer() {
    // max x + y, x ≤ 4, y ≤ 3, x + y ≤ 6: optimum 6, but one pivot only reaches a vertex on the way
    double[] objective = {1, 1};
    int[][] rows = {{0, 2}, {1, 2}};
    double[][] values = {{1, 1}, {1, 1}};
    double[] bound = {4, 3, 6};
    PackingSimplex.Solution one = PackingSimplex.maximise(objective, rows, values, bound, 1);
    assertThat(one.optimal()).isFalse();
    assertThat(one.pivots()).isEqualTo(1);
    assertThat(one.x()[0] + one.x()[1]).isLessThanOrEqualTo(6);
    PackingSimplex.Solution all = PackingSimplex.maximise(objective, rows, values, bound, 100);
    assertThat(all.optimal()).isTrue();
    assertThat(all.value()).isCloseTo(6, within(1e-6));
  }

  @Test
  void badShapesAndNegativeEntries_areRefused() {
    assertThatThrownBy(() -> PackingSimplex.maximise(new double[] {1}, new int[][] {{0}}, new double[][] {{1}},
        new double[] {-1}, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Bound of row 0 must be finite and ≥ 0 but was -1.0");
    assertThatThrownBy(() -> PackingSimplex.maximise(new double[] {1}, new int[][] {{3}}, new double[][] {{1}},
        new double[] {1}, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Row of column 0 must be in 0..0 but was 3");
    assertThatThrownBy(() -> PackingSimplex.maximise(new double[] {1}, new int[][] {{0}}, new double[][] {{-2}},
        new double[] {1}, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Entry of column 0 must be finite and ≥ 0 but was -2.0");
    assertThatThrownBy(() -> PackingSimplex.maximise(new double[] {1, 1}, new int[][] {{0}}, new double[][] {{1}},
        new double[] {1}, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Columns of the packing programme must be one row list and one value list per objective entry (2)"
            + " but was 1 and 1");
  }
}
