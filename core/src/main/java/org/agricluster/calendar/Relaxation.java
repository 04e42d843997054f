package org.agricluster.calendar;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agricluster.internal.PackingSimplex;

/**
 * The planner's model with its two hard parts relaxed, solved exactly: areas are continuous (no
 * minimum plot) and the members who grow the same crops pool their land into one class. What stays is
 * the rest of the model: no week's supply of a crop above its demand, and land in use per class and
 * week at most the class's land. Maximising the harvest under these bounds minimises
 * Σ |supply − demand| among plans that make no glut. The answer says, per class, crop and planting
 * week, how many m² to plant; the planner then shares each area out among the class's members in
 * whole plots ({@link Planner}).
 *
 * <p>Pooling loses nothing for continuous areas (split any answer in proportion to land), so this is
 * the optimum of the relaxed model; the solver is {@link PackingSimplex}, written for this shape, with
 * no run-time dependency.
 */
final class Relaxation {
  /**
   * Rows beyond which the relaxation is not attempted (its memory grows with the square of the
   * rows): a land row per crop set and week makes this about five crop sets. Beyond them the volume
   * algorithm and the column master, which has a row per crop set instead, reach the same plans in
   * less time (on the quality families: 15 fixed crop sets at 100 members, 2.6 s → 1.0 s).
   */
  static final int MAX_ROWS = 900;

  /**
   * The work the simplex may do, counted as updates of entries of the basis inverse (rows² a
   * pivot): about a second on a laptop core. Programmes of the benchmark's size (a few crop sets)
   * finish far below it; with many distinct crop sets the simplex stops at the best vertex reached,
   * which is feasible, and the greedy step fills in after it. Counted in pivots, not time, so the
   * plan stays deterministic.
   */
  static final long WORK_BUDGET = 2_000_000_000L;

  private Relaxation() {}

  /**
   * Numbers the demand rows: one per crop and week with demand, in crop then week order; weeks
   * without demand get −1 (a harvest there would be a glut).
   *
   * @param balanceRow receives the row of crop c in week w at {@code c × weeks + w}
   * @return how many rows
   */
  static int balanceRows(double[][] demand, int[] balanceRow) {
    int weeks = demand.length == 0 ? 0 : demand[0].length;
    int rows = 0;
    for (int c = 0; c < demand.length; c++) {
      for (int w = 0; w < weeks; w++) {
        balanceRow[c * weeks + w] = demand[c][w] > 0 ? rows++ : -1;
      }
    }
    return rows;
  }

  /** Bounds for {@code rows} rows, the demand rows ({@link #balanceRows}) holding their demand, the others 0. */
  static double[] demandBounds(double[][] demand, int[] balanceRow, int rows) {
    double[] bound = new double[rows];
    int weeks = demand.length == 0 ? 0 : demand[0].length;
    for (int c = 0; c < demand.length; c++) {
      for (int w = 0; w < weeks; w++) {
        if (balanceRow[c * weeks + w] >= 0) {
          bound[balanceRow[c * weeks + w]] = demand[c][w];
        }
      }
    }
    return bound;
  }

  /** Pivots allowed: ample for the programme's size, within {@link #WORK_BUDGET}. */
  static int pivotLimit(int rows, int columns) {
    long ample = 50L * (rows + columns) + 1000;
    long affordable = Math.max(100, WORK_BUDGET / Math.max(1, (long) rows * rows));
    return (int) Math.min(ample, affordable);
  }

  /**
   * The relaxation's answer.
   *
   * @param classes the members of each class (indices into the planner's member list, in id order)
   * @param areas m² per class, crop and planting week
   * @param harvest the kg the areas harvest within the horizon, all of it against demand
   * @param work the land-row simplex's work, in the units of {@link #WORK_BUDGET}; the column master
   *     and the volume algorithm, which work to budgets of their own, give the whole of
   *     {@link #WORK_BUDGET}: the planner follows a cheap land-row relaxation with a second one, and
   *     never theirs
   * @param prices per crop and week, 1 − the simplex's dual of the week's demand row (what a kg of
   *     unmet demand there costs at the optimum), 0 in weeks without demand: the start of the
   *     {@link DualBound}
   * @param optimal whether the simplex reached the optimum (then the prices give the best bound)
   * @param schedules per class, whole-year schedules, each with its m² of the class's land: for
   *     column generation ({@link ColumnRelaxation}) the mix the areas are; for the volume algorithm
   *     ({@link VolumeRelaxation}) its latest schedules, their shares of its average scaled up to the
   *     whole land (close to the areas, not equal); empty for the land-row simplex
   * @param limited whether a limit that {@link Effort#THOROUGH} raises stopped it short of its
   *     optimum: the column master's work, or its size (the volume's fitted schedules used instead)
   */
  record Result(List<List<Integer>> classes, double[][][] areas, double harvest, long work, double[][] prices,
      boolean optimal, List<List<Schedule>> schedules, boolean limited) {
    /** An answer no {@link Effort} limit stopped. */
    Result(List<List<Integer>> classes, double[][][] areas, double harvest, long work, double[][] prices,
        boolean optimal, List<List<Schedule>> schedules) {
      this(classes, areas, harvest, work, prices, optimal, schedules, false);
    }

    /** An answer of the land-row simplex: areas only. */
    Result(List<List<Integer>> classes, double[][][] areas, double harvest, long work, double[][] prices,
        boolean optimal) {
      this(classes, areas, harvest, work, prices, optimal, List.of());
    }

    /** This answer, said to have been stopped by a limit that more effort raises. */
    Result stoppedByLimit() {
      return new Result(classes, areas, harvest, work, prices, optimal, schedules, true);
    }
  }

  /**
   * One whole-year schedule of a class in a relaxation's answer: its plantings as (crop, week) pairs
   * in week order, none overlapping, and the m² of the class's land that follows it.
   */
  record Schedule(List<int[]> plantings, double area) {}

  /**
   * Pools the members who grow the same demanded crops and solves the relaxation; {@code null} when
   * the programme would have more than {@link #MAX_ROWS} rows (many distinct crop sets), and the
   * planner then plans greedily alone.
   *
   * @param members the members, in id order
   * @param profiles the profile of each demanded crop, in the demand's crop order
   * @param shares the harvest's share per harvest week, per crop
   * @param yield kg per m², per crop
   * @param demand kg per crop and week
   */
  static Result solve(List<PlannerMember> members, List<CropProfile> profiles, double[][] shares, double[] yield,
      double[][] demand) {
    return solve(members, profiles, shares, yield, demand, null);
  }

  /**
   * As {@link #solve(List, List, double[][], double[], double[][])}, with {@code cut[k][w]} m² less
   * land for class k in week w.
   */
  static Result solve(List<PlannerMember> members, List<CropProfile> profiles, double[][] shares, double[] yield,
      double[][] demand, double[][] cut) {
    int crops = profiles.size();
    Map<BitSet, List<Integer>> pools = new LinkedHashMap<>();
    for (int i = 0; i < members.size(); i++) {
      BitSet grows = new BitSet(crops);
      for (int c = 0; c < crops; c++) {
        if (members.get(i).crops().contains(profiles.get(c).crop())) {
          grows.set(c);
        }
      }
      if (!grows.isEmpty()) {
        pools.computeIfAbsent(grows, g -> new ArrayList<>()).add(i);
      }
    }
    List<BitSet> keys = new ArrayList<>(pools.keySet());
    double[] classLand = new double[keys.size()];
    boolean[][] grows = new boolean[keys.size()][crops];
    for (int k = 0; k < keys.size(); k++) {
      for (int i : pools.get(keys.get(k))) {
        classLand[k] += members.get(i).land().toSquareMetres().doubleValue();
      }
      for (int c = 0; c < crops; c++) {
        grows[k][c] = keys.get(k).get(c);
      }
    }
    int[] firstHarvest = new int[crops];
    int[] occupied = new int[crops];
    for (int c = 0; c < crops; c++) {
      firstHarvest[c] = profiles.get(c).weeksToFirstHarvest();
      occupied[c] = profiles.get(c).weeksOccupied();
    }
    long[] work = new long[2];
    int weeksOf = crops == 0 ? 0 : demand[0].length;
    double[][] prices = new double[crops][weeksOf];
    double[][][] areas = areas(classLand, cut, grows, firstHarvest, occupied, shares, yield, demand, work, prices);
    if (areas == null) {
      return null;
    }
    double harvest = 0;
    int weeks = crops == 0 ? 0 : demand[0].length;
    for (double[][] byCrop : areas) {
      for (int c = 0; c < crops; c++) {
        for (int t = 0; t < weeks; t++) {
          if (byCrop[c][t] > 0) {
            for (int h = 0; h < shares[c].length && t + firstHarvest[c] + h < weeks; h++) {
              harvest += byCrop[c][t] * yield[c] * shares[c][h];
            }
          }
        }
      }
    }
    return new Result(pools.values().stream().map(List::copyOf).toList(), areas, harvest, work[0], prices, work[1] == 1);
  }

  /**
   * Areas in m² per class, crop and planting week, or {@code null} when the programme would have more
   * than {@link #MAX_ROWS} rows.
   *
   * @param classLand the pooled land of each class, m²
   * @param cut m² of land to leave unplanned per class and week, or null for none
   * @param grows whether class k grows crop c
   * @param firstHarvest weeks from planting to first harvest, per crop
   * @param occupied weeks a planting occupies its land, per crop
   * @param shares the harvest's share per harvest week, per crop
   * @param yield kg per m², per crop
   * @param demand kg per crop and week
   * @param work receives, in its first element, the simplex's work (pivots × rows²), in its second 1
   *     if the simplex reached the optimum
   * @param prices receives 1 − the dual of each crop-week's demand row (see {@link Result#prices})
   */
  static double[][][] areas(double[] classLand, double[][] cut, boolean[][] grows, int[] firstHarvest, int[] occupied,
      double[][] shares, double[] yield, double[][] demand, long[] work, double[][] prices) {
    int classes = classLand.length;
    int crops = demand.length;
    int weeks = crops == 0 ? 0 : demand[0].length;
    int[] balanceRow = new int[crops * weeks];
    int rows = balanceRows(demand, balanceRow);
    int landRows = rows;
    rows += classes * weeks;
    if (rows > MAX_ROWS) {
      return null;
    }
    double[] bound = Relaxation.demandBounds(demand, balanceRow, rows);
    for (int k = 0; k < classes; k++) {
      for (int w = 0; w < weeks; w++) {
        bound[landRows + k * weeks + w] = Math.max(0, classLand[k] - (cut == null ? 0 : cut[k][w]));
      }
    }
    List<int[]> keys = new ArrayList<>();
    List<Double> objective = new ArrayList<>();
    List<int[]> columnRows = new ArrayList<>();
    List<double[]> columnValues = new ArrayList<>();
    for (int k = 0; k < classes; k++) {
      for (int c = 0; c < crops; c++) {
        if (!grows[k][c]) {
          continue;
        }
        for (int t = 0; t < weeks; t++) {
          int last = Math.min(weeks, t + occupied[c]);
          int[] rowsOf = new int[(last - t) + shares[c].length];
          double[] valuesOf = new double[rowsOf.length];
          int nnz = 0;
          double value = 0;
          boolean feasible = true;
          for (int h = 0; h < shares[c].length && firstHarvest[c] + t + h < weeks; h++) {
            double kg = yield[c] * shares[c][h];
            if (kg <= 0) {
              continue;
            }
            int row = balanceRow[c * weeks + firstHarvest[c] + t + h];
            if (row < 0) {
              // harvest in a week without demand: any area would make a glut
              feasible = false;
              break;
            }
            rowsOf[nnz] = row;
            valuesOf[nnz++] = kg;
            value += kg;
          }
          if (!feasible || value <= 0) {
            continue;
          }
          for (int w = t; w < last; w++) {
            rowsOf[nnz] = landRows + k * weeks + w;
            valuesOf[nnz++] = 1;
          }
          keys.add(new int[] {k, c, t});
          objective.add(value);
          columnRows.add(java.util.Arrays.copyOf(rowsOf, nnz));
          columnValues.add(java.util.Arrays.copyOf(valuesOf, nnz));
        }
      }
    }
    int n = keys.size();
    PackingSimplex.Solution solution = PackingSimplex.maximise(objective.stream().mapToDouble(Double::doubleValue).toArray(),
        columnRows.toArray(new int[n][]), columnValues.toArray(new double[n][]), bound, pivotLimit(rows, n));
    double[][][] areas = new double[classes][crops][weeks];
    for (int j = 0; j < n; j++) {
      int[] key = keys.get(j);
      areas[key[0]][key[1]][key[2]] = solution.x()[j];
    }
    work[0] = (long) solution.pivots() * rows * rows;
    work[1] = solution.optimal() ? 1 : 0;
    for (int c = 0; c < crops; c++) {
      for (int w = 0; w < weeks; w++) {
        int row = balanceRow[c * weeks + w];
        prices[c][w] = row >= 0 ? 1 - solution.duals()[row] : 0;
      }
    }
    return areas;
  }
}
