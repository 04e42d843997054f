package org.agricluster.calendar;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The {@link Relaxation} solved approximately by the volume algorithm (Barahona and Anbil, 2000),
 * for clusters whose members grow so many different crop sets that no simplex reaches the optimum
 * in reasonable work.
 *
 * <p>It is a subgradient ascent on the {@link DualBound}'s prices that also builds a plan: at each
 * step every class takes its best schedule at the prices (the dynamic programme over the weeks),
 * and the relaxation's answer is a running average of those schedules, each class's land in use
 * staying within its land because each schedule's does. The ascent moves the prices along the
 * average's shortfall and surplus rather than the last schedule's, which is what lets the average
 * approach an optimal plan while the prices approach optimal prices. The average may still harvest
 * a little above demand in some weeks; sharing it out caps every planting by the demand left
 * ({@link PlanInProgress}), and the greedy step fills what remains.
 *
 * <p>Each step costs about classes × crops × weeks operations (the classes' dynamic programmes run
 * together, {@link DualBound#schedules}), so the work grows with the number of
 * distinct crop sets (at most about 1,600 for 12 crops), not with the members; it is deterministic.
 */
final class VolumeRelaxation {
  /** Steps at most. */
  private static final int MAX_STEPS = 3_000;
  /** Work at most, in classes × crops × weeks per step. */
  private static final long WORK_BUDGET = 1_500_000_000L;
  /** Steps without a better bound before the step factor and the largest mix shrink. */
  private static final int PATIENCE = 20;
  /**
   * The smallest largest mix of a step's schedules into the average. Kept well above zero so the
   * average keeps following the prices to the end; on the families measured, 0.01 reached within
   * 0.1 % of the optimum where 10⁻⁴ froze the average 6 % short.
   */
  private static final double MIN_ALPHA = 0.01;

  private VolumeRelaxation() {}

  /**
   * The answer (its prices those of the best bound found; its schedules the distinct ones each class
   * took in the last steps, the column master's first columns) and that bound, not lowered by a
   * rounding margin.
   */
  record Volume(Relaxation.Result result, double bound) {}

  /**
   * Distinct schedules kept per class, the latest: the column master's first columns. Fewer cost
   * quality (10 instead of 30: 20 fixed crop sets at 1,000 members 1.004 → 1.074 × the bound).
   */
  private static final int COLUMNS_PER_CLASS = 30;
  /**
   * Distinct schedules kept per class when the master is too large to run
   * ({@link ColumnRelaxation#MAX_ROWS}) and the average is shared out as a mix of them (10,000
   * members with random crop sets: 30 give 1.064 × the bound, 60 1.034, 120 1.061 — more schedules
   * split a class's land into more pieces; with {@link MixExchange} after the fit, 60 give 1.019,
   * and with its first version 30 gave 1.045, 120 1.062).
   */
  private static final int SCHEDULES_WITHOUT_MASTER = 60;
  /** Sweeps of the least-squares fit of a class's average by its latest schedules (10 and 40 within 0.1 %). */
  private static final int FIT_SWEEPS = 20;

  /**
   * The relaxation's approximate answer, never called optimal.
   *
   * @param target the gap of a plan known to be feasible (an upper bound on the optimum), for the
   *     step length
   */
  static Volume solve(DualBound dual, double[][] demand, double target) {
    return solve(dual, demand, target, Effort.STANDARD);
  }

  /**
   * As {@link #solve(DualBound, double[][], double)}, for the column master of this effort: its
   * first columns when it will run ({@link ColumnRelaxation#maxRows}), else the fitted schedules.
   */
  static Volume solve(DualBound dual, double[][] demand, double target, Effort effort) {
    return solve(dual, demand, target, ColumnRelaxation.rows(dual, demand) <= ColumnRelaxation.maxRows(effort));
  }

  /**
   * As {@link #solve(DualBound, double[][], double)}, for a column master that will run
   * ({@code mastered}: the latest {@link #COLUMNS_PER_CLASS} schedules are its first columns) or not
   * (the latest {@link #SCHEDULES_WITHOUT_MASTER}, their weights fitted to the average, are what is
   * shared out).
   */
  static Volume solve(DualBound dual, double[][] demand, double target, boolean mastered) {
    int crops = dual.crops();
    int weeks = dual.weeks();
    List<List<Integer>> classes = dual.classMembers();
    int classCount = classes.size();
    double totalDemand = dual.totalDemand();
    // the running average of the schedules, m² per class, crop and planting week, is scale × areas: mixing
    // a step in then touches only the step's plantings, not every class, crop and week
    double[][][] areas = new double[classCount][crops][weeks];
    double scale = 1;
    double[][] supply = new double[crops][weeks];
    // this step's schedules (per class, its plantings as crop, week, crop, week, …) and their supply
    int[][] step = new int[classCount][];
    double[][] stepSupply = new double[crops][weeks];

    // the ascent starts at zero prices, where the bound is 0 and every schedule is empty: at the cap (1), where
    // every schedule fills its land, the bound is far below zero and the first hundreds of steps only climb back
    // (12 crops, random 2–5 per member, 1,000 members: 1.12 → 1.09 × the bound for the same steps)
    double[][] u = new double[crops][weeks];
    double[][] centre = new double[crops][weeks];
    List<Latest> pool = new ArrayList<>();
    int kept = mastered ? COLUMNS_PER_CLASS : SCHEDULES_WITHOUT_MASTER;
    for (int k = 0; k < classCount; k++) {
      pool.add(new Latest(kept));
    }
    double bestBound = schedules(dual, u, step, stepSupply, pool);
    copy(u, centre);
    for (int k = 0; k < classCount; k++) {
      for (int i = 0; i < step[k].length; i += 2) {
        areas[k][step[k][i]][step[k][i + 1]] += dual.land(k);
      }
    }
    copy(stepSupply, supply);
    double lambda = 0.1;
    double alphaMax = 0.1;
    int sinceBetter = 0;
    long perStep = Math.max(1, (long) classCount * crops * weeks);
    int steps = (int) Math.min(MAX_STEPS, WORK_BUDGET / perStep);
    double[][] direction = new double[crops][weeks];
    for (int s = 0; s < steps; s++) {
      // the average's subgradient, without prices at their cap (1) pushed further up
      double norm = 0;
      for (int c = 0; c < crops; c++) {
        for (int w = 0; w < weeks; w++) {
          double g = demand[c][w] > 0 ? demand[c][w] - supply[c][w] : 0;
          if (centre[c][w] >= 1 && g > 0) {
            g = 0;
          }
          direction[c][w] = g;
          norm += g * g;
        }
      }
      if (norm <= 1e-18 * Math.max(1, totalDemand * totalDemand)) {
        break;
      }
      double length = lambda * Math.max(target - bestBound, 1e-6 * Math.max(1, totalDemand)) / norm;
      for (int c = 0; c < crops; c++) {
        for (int w = 0; w < weeks; w++) {
          u[c][w] = Math.min(1, centre[c][w] + length * direction[c][w]);
        }
      }
      double bound = schedules(dual, u, step, stepSupply, pool);
      // alpha: the mix of this step's schedules into the average that leaves the smallest violation
      double ab = 0;
      double bb = 0;
      for (int c = 0; c < crops; c++) {
        for (int w = 0; w < weeks; w++) {
          if (demand[c][w] > 0) {
            double a = demand[c][w] - supply[c][w];
            double b = stepSupply[c][w] - supply[c][w];
            ab += a * b;
            bb += b * b;
          }
        }
      }
      double alpha = bb > 0 ? ab / bb : alphaMax;
      alpha = Math.max(alphaMax / 10, Math.min(alphaMax, alpha));
      scale *= 1 - alpha;
      if (scale < 1e-100) {
        for (double[][] byCrop : areas) {
          for (double[] row : byCrop) {
            for (int t = 0; t < weeks; t++) {
              row[t] *= scale;
            }
          }
        }
        for (Latest p : pool) {
          p.scale(scale);
        }
        scale = 1;
      }
      for (int k = 0; k < classCount; k++) {
        double mixed = alpha * dual.land(k) / scale;
        for (int i = 0; i < step[k].length; i += 2) {
          areas[k][step[k][i]][step[k][i + 1]] += mixed;
        }
        if (step[k].length > 0) {
          // this step's schedule is the newest in the class's pool
          pool.get(k).mixIn(alpha / scale);
        }
      }
      for (int c = 0; c < crops; c++) {
        for (int w = 0; w < weeks; w++) {
          supply[c][w] += alpha * (stepSupply[c][w] - supply[c][w]);
        }
      }
      if (bound > bestBound + 1e-9 * Math.max(1, Math.abs(bestBound))) {
        bestBound = bound;
        copy(u, centre);
        sinceBetter = 0;
        lambda = Math.min(2, lambda * 1.1);
      } else if (++sinceBetter >= PATIENCE) {
        lambda *= 0.66;
        alphaMax = Math.max(MIN_ALPHA, alphaMax / 2);
        sinceBetter = 0;
      }
      if (lambda < 1e-6) {
        break;
      }
    }
    double harvested = 0;
    for (int c = 0; c < crops; c++) {
      for (int w = 0; w < weeks; w++) {
        harvested += Math.min(demand[c][w], supply[c][w]);
      }
    }
    for (double[][] byCrop : areas) {
      for (double[] row : byCrop) {
        for (int t = 0; t < weeks; t++) {
          row[t] *= scale;
        }
      }
    }
    // the pool's schedules as a mix of each class's land: the column master's first columns, which it mixes
    // exactly; past the master's size the mix is shared out, its weights fitted to reproduce the class's average,
    // then land exchanged between them where that meets more demand
    List<List<Relaxation.Schedule>> mix = new ArrayList<>();
    int[][][] latest = new int[classCount][][];
    double[][] shares = new double[classCount][];
    for (int k = 0; k < classCount; k++) {
      Latest p = pool.get(k);
      latest[k] = p.schedules();
      shares[k] = p.shares(dual.land(k));
      if (!mastered) {
        fit(latest[k], shares[k], areas[k], dual.land(k));
      }
    }
    if (!mastered) {
      MixExchange.improve(dual, demand, latest, shares);
    }
    for (int k = 0; k < classCount; k++) {
      double[] share = shares[k];
      List<Relaxation.Schedule> weighted = new ArrayList<>();
      for (int i = 0; i < share.length; i++) {
        if (share[i] > 0) {
          weighted.add(new Relaxation.Schedule(DualBound.plantings(latest[k][i]), share[i]));
        }
      }
      mix.add(List.copyOf(weighted));
    }
    return new Volume(new Relaxation.Result(classes, areas, harvested, Relaxation.WORK_BUDGET, centre, false, mix), bestBound);
  }

  /**
   * Weights a class's latest schedules (each as crop, week, crop, week, …, none empty; {@code share}
   * their m², from their shares of the average, changed in place) so that together they plant as
   * nearly as they can what its average plants, m² per crop and week (least squares, non-negative
   * weights, by coordinate descent), then scales them to the class's whole land, as the average uses
   * it. The pool carries only part of the average (a fifth, for 10,000 members with random crop
   * sets: the average has seen many more schedules than the pool keeps, the older ones taken at
   * prices far from the best); weighted by their own shares scaled up, the latest schedules over- and
   * under-plant weeks the average balances (10,000 members with random crop sets: 1.12 × the bound
   * so, 1.034 × fitted, 1.019 × fitted and then exchanged by {@link MixExchange}).
   */
  static void fit(int[][] schedules, double[] share, double[][] average, double land) {
    int crops = average.length;
    int weeks = crops == 0 ? 0 : average[0].length;
    // the residual: what the weighted schedules plant less the average
    double[][] residual = new double[crops][weeks];
    for (int c = 0; c < crops; c++) {
      for (int t = 0; t < weeks; t++) {
        residual[c][t] = -average[c][t];
      }
    }
    for (int i = 0; i < schedules.length; i++) {
      int[] schedule = schedules[i];
      for (int j = 0; j < schedule.length; j += 2) {
        residual[schedule[j]][schedule[j + 1]] += share[i];
      }
    }
    for (int sweep = 0; sweep < FIT_SWEEPS; sweep++) {
      for (int i = 0; i < schedules.length; i++) {
        int[] schedule = schedules[i];
        double gradient = 0;
        for (int j = 0; j < schedule.length; j += 2) {
          gradient += residual[schedule[j]][schedule[j + 1]];
        }
        // the exact minimum along this weight: its schedule's plantings each count once
        double next = Math.max(0, share[i] - gradient / (schedule.length / 2));
        double change = next - share[i];
        if (change != 0) {
          for (int j = 0; j < schedule.length; j += 2) {
            residual[schedule[j]][schedule[j + 1]] += change;
          }
          share[i] = next;
        }
      }
    }
    double sum = 0;
    for (double a : share) {
      sum += a;
    }
    for (int i = 0; sum > 0 && i < share.length; i++) {
      share[i] *= land / sum;
    }
  }

  /**
   * Every class's best schedule at prices {@code u}: its plantings (crop, week) per class into
   * {@code step}, each on the class's whole land, their supply into {@code supply}, and each new
   * schedule into the class's pool; returns the Lagrangian bound at {@code u} (not lowered by a
   * rounding margin).
   */
  private static double schedules(DualBound dual, double[][] u, int[][] step, double[][] supply,
      List<Latest> pool) {
    double bound = dual.setPrices(u);
    for (double[] row : supply) {
      Arrays.fill(row, 0);
    }
    double[] values = dual.schedules();
    int[] buffer = new int[2 * dual.weeks()];
    for (int k = 0; k < step.length; k++) {
      double land = dual.land(k);
      bound -= land * values[k];
      int count = dual.chosenPairsInto(k, buffer);
      // the same schedule as the last step's is already the newest in the pool
      if (step[k] == null || !Arrays.equals(buffer, 0, count, step[k], 0, step[k].length)) {
        step[k] = count > 0 ? pool.get(k).add(buffer, count) : new int[0];
      }
      int[] chosen = step[k];
      for (int i = 0; i < chosen.length; i += 2) {
        dual.harvest(chosen[i], chosen[i + 1], land, supply[chosen[i]]);
      }
    }
    return bound;
  }

  /**
   * The latest distinct schedules of a class, oldest first, each as crop, week, crop, week, …: taking
   * one already there makes it the newest, and past the capacity the oldest goes. At 10,000 members
   * with random crop sets the classes take 2.3 million schedules, three in four of them new; keeping
   * each in a slot of its own (reusing the oldest's array), found by a hash table and ordered by a
   * linked list, allocated 90 MB less a plan but ran the volume algorithm 10 % slower than this plain
   * array moved along, each new schedule in a fresh array.
   */
  static final class Latest {
    private final long[] hashes;
    private final int[][] items;
    /** Each schedule's share of the class's land in the average, in the average's scaled units. */
    private final double[] weights;
    private int size;

    Latest(int capacity) {
      this.hashes = new long[capacity];
      this.items = new int[capacity][];
      this.weights = new double[capacity];
    }

    /** Multiplies every share by {@code factor} (the average's scale, folded in). */
    void scale(double factor) {
      for (int i = 0; i < size; i++) {
        weights[i] *= factor;
      }
    }

    /** Adds {@code weight} to the newest schedule's share (the last one {@link #add}ed). */
    void mixIn(double weight) {
      weights[size - 1] += weight;
    }

    /**
     * Takes the schedule in {@code buffer[0, count)}; returns the pool's copy of it (the one already
     * there, or a new one).
     */
    int[] add(int[] buffer, int count) {
      long hash = hash(buffer, count);
      int at = size;
      for (int i = 0; i < size; i++) {
        if (hashes[i] == hash && Arrays.equals(items[i], 0, items[i].length, buffer, 0, count)) {
          at = i;
          break;
        }
      }
      int[] schedule = at < size ? items[at] : Arrays.copyOf(buffer, count);
      // a schedule taken again keeps its share; a new one starts at none
      double weight = at < size ? weights[at] : 0;
      if (at == size && size == items.length) {
        at = 0;
      }
      // shift the newer ones down over the one taken (or the oldest) and put it last
      int last = at == size ? size : size - 1;
      System.arraycopy(hashes, at + 1, hashes, at, last - at);
      System.arraycopy(items, at + 1, items, at, last - at);
      System.arraycopy(weights, at + 1, weights, at, last - at);
      hashes[last] = hash;
      items[last] = schedule;
      weights[last] = weight;
      size = last + 1;
      return schedule;
    }

    /** The schedules, oldest first. */
    int[][] schedules() {
      return Arrays.copyOf(items, size);
    }

    /** The schedules' shares of the class's average, oldest first, scaled up to its whole {@code land}. */
    double[] shares(double land) {
      double total = 0;
      for (int i = 0; i < size; i++) {
        total += weights[i];
      }
      double[] share = new double[size];
      for (int i = 0; i < size; i++) {
        share[i] = total > 0 ? land * weights[i] / total : 0;
      }
      return share;
    }

    private static long hash(int[] schedule, int count) {
      long h = 0x9E3779B97F4A7C15L;
      for (int i = 0; i < count; i++) {
        h = (h ^ schedule[i]) * 0xBF58476D1CE4E5B9L;
        h ^= h >>> 31;
      }
      return h;
    }
  }

  private static void copy(double[][] from, double[][] to) {
    for (int i = 0; i < from.length; i++) {
      System.arraycopy(from[i], 0, to[i], 0, from[i].length);
    }
  }
}
