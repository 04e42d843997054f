package org.agricluster.calendar;

import java.util.ArrayList;
import java.util.List;
import org.agricluster.internal.PackingSimplex;

/**
 * The {@link Relaxation} solved by column generation, for clusters whose members grow so many
 * different crop sets that the relaxation's land rows (one per class and week) would be too many.
 *
 * <p>Here a column is a whole schedule for one m² of a class's land — non-overlapping plantings of
 * its crops over the year — and a class's land is one row. The master programme (the most harvest
 * with no week's supply above its demand and each class's schedules within its land) has a row per
 * crop-week with demand and a row per class. Its dual prices say what a kg is worth in each week;
 * the best new schedule of each class at those prices is found exactly by the {@link DualBound}'s
 * dynamic programme, and added while it would improve the master. When no class has such a
 * schedule the generation stops; at every round the prices also give a certified lower bound on
 * Σ |gap| (Lagrangian), and the answer is called optimal only when that bound meets the master's
 * gap — pricing alone has been seen to stop 0.4 % short of the optimum.
 *
 * <p>The simplex continues from its last basis as columns are added; work is counted in pivots ×
 * rows², within {@link #WORK_BUDGET}, so the answer is deterministic. If the budget runs
 * out the master's answer is still feasible (a valid, possibly sub-optimal relaxation).
 */
final class ColumnRelaxation {
  /**
   * Work the master may do, in pivots × rows². Started from the volume algorithm's schedules, the
   * master of 1,000 members with random crop sets (about 1,240 rows and 19,000 columns) needs about
   * 3,700 pivots to reach its optimum over them, 5.7 × 10⁹: with the land-row simplex's
   * {@link Relaxation#WORK_BUDGET} it stopped at a third of that, and the plan was 1.10 × its bound
   * instead of 1.01 ×.
   */
  static final long WORK_BUDGET = 8_000_000_000L;
  /**
   * Rows (crop-weeks with demand + classes) beyond which the master is not attempted: its inverse is
   * rows² doubles, and near this size it stops at its work budget short of its optimum. Past it the
   * volume algorithm's schedules, fitted to its average, are shared out instead. Random crop sets of
   * 12 crops, plan ÷ bound (master, fitted volume): 2,000 members, 1,540 rows: 1.059, 1.168; 3,000
   * members, 1,756 rows: 1.082, 1.105; 4,000 members, 1,878 rows: 1.106, 1.085; 5,000 members, 1,949
   * rows: 1.129, 1.063. With land then exchanged between the fitted schedules ({@link MixExchange}):
   * 2,000 members 1.144, 3,000 1.091, 4,000 1.076, 5,000 1.054 — the limit still takes the better.
   */
  static final int MAX_ROWS = 1_800;
  /**
   * {@link #WORK_BUDGET} for {@link Effort#THOROUGH}: twelve times as much. 10,000 members with
   * random crop sets (2,109 rows: about 21,600 pivots): 1.003 × the bound; with 1.9 × 10¹¹ (42,000
   * pivots, 4 minutes with the inverse's earlier update) the master ends its pricing and the plan is
   * 1.001 ×.
   */
  static final long THOROUGH_WORK_BUDGET = 12 * WORK_BUDGET;
  /** {@link #MAX_ROWS} for {@link Effort#THOROUGH}: an inverse of 3,000² doubles is 72 MB. */
  static final int THOROUGH_MAX_ROWS = 3_000;
  /** Rounds of pricing at most. */
  private static final int MAX_ROUNDS = 400;
  /** Weight of the best-bound prices in the smoothed prices (Wentges). */
  private static final double SMOOTHING = 0.8;
  /** The master's gap and the bound this close (relative to all demand) is the optimum. */
  private static final double CONVERGED = 1e-7;

  private ColumnRelaxation() {}

  /** The most rows of a master at this effort. */
  static int maxRows(Effort effort) {
    return effort == Effort.THOROUGH ? THOROUGH_MAX_ROWS : MAX_ROWS;
  }

  /** The master's work budget at this effort, in pivots × rows². */
  static long workBudget(Effort effort) {
    return effort == Effort.THOROUGH ? THOROUGH_WORK_BUDGET : WORK_BUDGET;
  }

  /** The master's rows for this bound's classes and this demand: a row per crop-week with demand and per class. */
  static int rows(DualBound dual, double[][] demand) {
    int weeks = demand.length == 0 ? 0 : demand[0].length;
    return Relaxation.balanceRows(demand, new int[demand.length * weeks]) + dual.classes();
  }

  /**
   * The relaxation by column generation, or {@code null} when the master would have more than
   * {@link #MAX_ROWS} rows.
   */
  static Relaxation.Result solve(DualBound dual, int crops, int weeks, double[][] demand) {
    return solve(dual, crops, weeks, demand, null, Effort.STANDARD);
  }

  /**
   * As {@link #solve(DualBound, int, int, double[][])}, starting from the volume algorithm's answer:
   * its schedules are the first columns, its best prices the centre of the smoothing and its bound
   * the best so far. Started so, the master is near its optimum after the first round. The effort
   * sets the master's largest size and its work ({@link #maxRows}, {@link #workBudget}).
   */
  static Relaxation.Result solve(DualBound dual, int crops, int weeks, double[][] demand, VolumeRelaxation.Volume start,
      Effort effort) {
    List<List<Integer>> classes = dual.classMembers();
    int[] balanceRow = new int[crops * weeks];
    int rows = Relaxation.balanceRows(demand, balanceRow);
    int classRow = rows;
    rows += classes.size();
    if (rows > maxRows(effort) || classes.isEmpty()) {
      return null;
    }
    double[] bound = Relaxation.demandBounds(demand, balanceRow, rows);
    for (int k = 0; k < classes.size(); k++) {
      bound[classRow + k] = dual.land(k);
    }
    PackingSimplex masterSolver = PackingSimplex.start(bound);
    List<List<int[]>> schedules = new ArrayList<>();
    List<Integer> owner = new ArrayList<>();
    double totalDemand = dual.totalDemand();
    double[][] master = new double[crops][weeks];
    for (double[] row : master) {
      java.util.Arrays.fill(row, 1);
    }
    long work = 0;
    long perPivot = (long) rows * rows;
    PackingSimplex.Solution solution = null;
    double[][] center = null;
    double bestBound = Double.NEGATIVE_INFINITY;
    boolean optimal = false;
    boolean pure = true;
    List<List<int[]>> initial = new ArrayList<>();
    List<Integer> initialOwner = new ArrayList<>();
    if (start != null) {
      bestBound = start.bound();
      center = start.result().prices();
      pure = false;
      for (int k = 0; k < classes.size(); k++) {
        for (Relaxation.Schedule schedule : start.result().schedules().get(k)) {
          initial.add(schedule.plantings());
          initialOwner.add(k);
        }
      }
    }
    double[] harvest = new double[weeks];
    int[] cells = new int[crops * weeks];
    double[] kgs = new double[crops * weeks];
    for (int round = 0; round < MAX_ROUNDS; round++) {
      // Wentges smoothing: price between the best-bound prices and the master's, against the zig-zag of plain pricing
      double[][] u = new double[crops][weeks];
      for (int c = 0; c < crops; c++) {
        for (int w = 0; w < weeks; w++) {
          u[c][w] = pure || center == null ? master[c][w] : solution == null ? center[c][w]
              : SMOOTHING * center[c][w] + (1 - SMOOTHING) * master[c][w];
        }
      }
      double lagrangian = dual.setPrices(u);
      List<double[]> objective = new ArrayList<>();
      List<int[]> columnRows = new ArrayList<>();
      List<double[]> columnValues = new ArrayList<>();
      // each class's best schedule at these prices; in the first round also the schedules the volume algorithm took
      int candidates = round == 0 ? classes.size() + initial.size() : classes.size();
      double[] values = dual.schedules();
      for (int j = 0; j < candidates; j++) {
        boolean pooled = j >= classes.size();
        int k = pooled ? initialOwner.get(j - classes.size()) : j;
        List<int[]> plantings;
        if (pooled) {
          plantings = initial.get(j - classes.size());
        } else {
          double best = values[k];
          lagrangian -= dual.land(k) * best;
          if (best <= 0) {
            continue;
          }
          plantings = dual.chosen(k);
        }
        // the column: kg per crop-week for one m², and the class's land; worth adding if it pays at the master's prices
        int[] pairs = new int[2 * plantings.size()];
        for (int i = 0; i < plantings.size(); i++) {
          pairs[2 * i] = plantings.get(i)[0];
          pairs[2 * i + 1] = plantings.get(i)[1];
        }
        int cellCount = dual.harvestCells(pairs, harvest, cells, kgs);
        double total = 0;
        double atMaster = 0;
        for (int i = 0; i < cellCount; i++) {
          total += kgs[i];
          atMaster += kgs[i] * master[cells[i] / weeks][cells[i] % weeks];
        }
        double landPrice = solution == null ? 0 : solution.duals()[classRow + k];
        if (atMaster <= landPrice + 1e-9 * Math.max(1, total)) {
          continue;
        }
        int[] r = new int[cellCount + 1];
        double[] v = new double[cellCount + 1];
        for (int i = 0; i < cellCount; i++) {
          r[i] = balanceRow[cells[i]];
          v[i] = kgs[i];
        }
        r[cellCount] = classRow + k;
        v[cellCount] = 1.0;
        objective.add(new double[] {total});
        columnRows.add(r);
        columnValues.add(v);
        schedules.add(plantings);
        owner.add(k);
      }
      if (lagrangian > bestBound) {
        bestBound = lagrangian;
        center = u;
      }
      double masterGap = solution == null ? Double.POSITIVE_INFINITY : totalDemand - solution.value();
      if (masterGap - bestBound <= CONVERGED * Math.max(1, totalDemand)) {
        optimal = solution.optimal();
        break;
      }
      if (objective.isEmpty() && solution == null) {
        // no schedule harvests anything against demand: nothing to plant is the optimum
        return new Relaxation.Result(classes, new double[classes.size()][crops][weeks], 0, Relaxation.WORK_BUDGET, u, true);
      }
      if (objective.isEmpty()) {
        if (!pure) {
          pure = true;   // smoothed prices found nothing the master wants: price at the master's own
          continue;
        }
        // no improving column at the master's prices, yet those prices need not certify the optimum
        // (the explore profile found cases 0.4 % short): only the bound meeting the master says optimal
        break;
      }
      pure = false;
      masterSolver.addColumns(objective.stream().mapToDouble(o -> o[0]).toArray(), columnRows.toArray(new int[0][]),
          columnValues.toArray(new double[0][]));
      long left = workBudget(effort) - work;
      if (left < perPivot) {
        break;
      }
      int pivotsBefore = solution == null ? 0 : solution.pivots();
      solution = masterSolver.solve((int) Math.min(Integer.MAX_VALUE, left / perPivot));
      work += (long) (solution.pivots() - pivotsBefore) * perPivot;
      for (int c = 0; c < crops; c++) {
        for (int w = 0; w < weeks; w++) {
          int row = balanceRow[c * weeks + w];
          master[c][w] = row >= 0 ? 1 - solution.duals()[row] : 0;
        }
      }
    }
    if (solution == null) {
      return null;
    }
    double[][][] areas = new double[classes.size()][crops][weeks];
    List<List<Relaxation.Schedule>> mix = new ArrayList<>();
    for (int k = 0; k < classes.size(); k++) {
      mix.add(new ArrayList<>());
    }
    double[] x = solution.x();
    for (int j = 0; j < x.length; j++) {
      if (x[j] > 0) {
        for (int[] p : schedules.get(j)) {
          areas[owner.get(j)][p[0]][p[1]] += x[j];
        }
        mix.get(owner.get(j)).add(new Relaxation.Schedule(schedules.get(j), x[j]));
      }
    }
    // the prices of the best bound found; short of the optimum with no work left for another pivot, the budget stopped it
    double[][] prices = center;
    boolean limited = !optimal && workBudget(effort) - work < perPivot;
    return new Relaxation.Result(classes, areas, solution.value(), Relaxation.WORK_BUDGET, prices, optimal,
        mix.stream().map(List::copyOf).toList(), limited);
  }
}
