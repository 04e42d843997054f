package org.agricluster.calendar;

import java.util.Arrays;

/**
 * Improves a relaxation's mix of whole-year schedules by moving land between the schedules of one
 * class at a time: a coordinate ascent on the demand met, Σ min(supply, demand) over crops and
 * weeks, over the mix's weights, each class's land held fixed (its unused land is one more schedule,
 * harvesting nothing).
 *
 * <p>For a class, the schedule that gains most harvest where supply is short, per m² added, takes
 * land from the one that loses least where supply is not above demand, per m² taken, as far as the
 * exchange keeps paying: an exact line search over the weeks where the supply crosses the demand. The
 * demand met never falls. A kilogram above demand counts for nothing, as in the volume algorithm's
 * average (sharing out caps every planting by the demand left); counting it against the gap as well
 * left the plan below at 1.027 × its bound instead of 1.020. Each class is visited in turn,
 * {@link #MOVES_PER_VISIT} moves at most, for {@link #PASSES} passes, so the work is bounded and the
 * result deterministic.
 *
 * <p>It is what the planner does with the volume algorithm's schedules when the column master that
 * would mix them exactly is too large ({@link ColumnRelaxation#MAX_ROWS}): 12 crops, each member a
 * random 2–5, 10,000 members: the fitted mix's gap of 20.49 million kg falls to 17.98 million against a
 * bound of 17.77 million, and the plan shared out from it from 1.034 to 1.020 × its bound. Coordinate
 * moves stall where a pivot of the master would move several classes at once, which is why it does
 * not replace the master where the master can run. Adding each class's best schedule for the weeks
 * still short as a new column between passes made the plan worse (1.021–1.024).
 */
final class MixExchange {
  /**
   * Passes over the classes. 12 crops, each member a random 2–5, 10,000 members, plan ÷ bound: 1.034
   * without the exchange; 3 passes 1.022, 10 passes 1.0199, 20 passes 1.0194.
   */
  static final int PASSES = 10;
  /** Moves at most per class and pass (4, 16 or 64 at 10 to 20 passes: 1.019–1.021 × the bound, as above). */
  static final int MOVES_PER_VISIT = 16;

  private MixExchange() {}

  /**
   * Moves land between each class's schedules (changing {@code shares}, m² per schedule, in place).
   *
   * @param dual the classes' land and the crops' harvests
   * @param demand kg per crop and week
   * @param schedules per class, its schedules, each as crop, week, crop, week, …
   * @param shares per class, the m² of its land on each schedule (their sum at most its land)
   */
  static void improve(DualBound dual, double[][] demand, int[][][] schedules, double[][] shares) {
    int crops = dual.crops();
    int weeks = dual.weeks();
    int cells = crops * weeks;
    double[] s = new double[cells];
    double[] d = new double[cells];
    for (int c = 0; c < crops; c++) {
      System.arraycopy(demand[c], 0, d, c * weeks, weeks);
    }
    int classes = schedules.length;
    // each schedule's harvest per m², sparse and sorted: cell (crop × weeks + week), kg
    int[][][] at = new int[classes][][];
    double[][][] kg = new double[classes][][];
    double[] row = new double[weeks];
    for (int k = 0; k < classes; k++) {
      at[k] = new int[schedules[k].length][];
      kg[k] = new double[schedules[k].length][];
      for (int j = 0; j < schedules[k].length; j++) {
        sparse(dual, schedules[k][j], row, at[k], kg[k], j);
        for (int i = 0; i < at[k][j].length; i++) {
          s[at[k][j][i]] += shares[k][j] * kg[k][j][i];
        }
      }
    }
    double eps = 1e-9 * Math.max(1, dual.totalDemand() / Math.max(1, cells));
    Visit visit = new Visit(s, d, cells, eps);
    for (int pass = 0; pass < PASSES; pass++) {
      for (int k = 0; k < classes; k++) {
        if (at[k].length > 0) {
          visit.run(at[k], kg[k], shares[k], dual.land(k));
        }
      }
    }
  }

  /** Schedule j's harvest per m² into {@code at[j]} and {@code kg[j]}, by cell, duplicates added. */
  private static void sparse(DualBound dual, int[] schedule, double[] row, int[][] at, double[][] kg, int j) {
    int weeks = row.length;
    int n = 0;
    int[] cells = new int[schedule.length / 2 * weeks];
    double[] kgs = new double[cells.length];
    // crop by crop, in increasing order, so the cells come sorted
    int done = -1;
    while (true) {
      int c = Integer.MAX_VALUE;
      for (int i = 0; i < schedule.length; i += 2) {
        if (schedule[i] > done && schedule[i] < c) {
          c = schedule[i];
        }
      }
      if (c == Integer.MAX_VALUE) {
        break;
      }
      Arrays.fill(row, 0);
      for (int i = 0; i < schedule.length; i += 2) {
        if (schedule[i] == c) {
          dual.harvest(c, schedule[i + 1], 1, row);
        }
      }
      for (int w = 0; w < weeks; w++) {
        if (row[w] != 0) {
          cells[n] = c * weeks + w;
          kgs[n++] = row[w];
        }
      }
      done = c;
    }
    at[j] = Arrays.copyOf(cells, n);
    kg[j] = Arrays.copyOf(kgs, n);
  }

  /** One class's moves, with its schedules' gains and losses kept up to date cell by cell. */
  private static final class Visit {
    private final double[] s;
    private final double[] d;
    private final double eps;
    /** The class's local number of each cell it harvests, -1 elsewhere (reset after each visit). */
    private final int[] local;
    private int[] cellOf = new int[64];
    /** Per local cell, the schedules harvesting it and their kg per m² (CSR). */
    private int[] start = new int[65];
    private int[] who = new int[256];
    private double[] howMuch = new double[256];
    private double[] key = new double[256];
    private double[] weight = new double[256];

    Visit(double[] s, double[] d, int cells, double eps) {
      this.s = s;
      this.d = d;
      this.eps = eps;
      this.local = new int[cells];
      Arrays.fill(local, -1);
    }

    /** What one more m² harvests of the demand in a cell, per kg of its harvest there: all of it while supply is short. */
    private double gainAt(int q) {
      return s[q] < d[q] - eps ? 1 : 0;
    }

    /** What one m² less loses of the demand met in a cell, per kg: all of it while supply is not above demand. */
    private double lossAt(int q) {
      return s[q] <= d[q] + eps ? 1 : 0;
    }

    void run(int[][] at, double[][] kg, double[] share, double land) {
      int count = at.length;
      int cells = 0;
      int entries = 0;
      for (int[] schedule : at) {
        for (int q : schedule) {
          if (local[q] < 0) {
            if (cells == cellOf.length) {
              cellOf = Arrays.copyOf(cellOf, 2 * cells);
            }
            local[q] = cells;
            cellOf[cells++] = q;
          }
        }
        entries += schedule.length;
      }
      if (start.length < cells + 1) {
        start = new int[2 * cells + 1];
      }
      if (who.length < entries) {
        who = new int[2 * entries];
        howMuch = new double[2 * entries];
      }
      Arrays.fill(start, 0, cells + 1, 0);
      for (int[] schedule : at) {
        for (int q : schedule) {
          start[local[q] + 1]++;
        }
      }
      for (int i = 0; i < cells; i++) {
        start[i + 1] += start[i];
      }
      int[] fill = Arrays.copyOf(start, cells);
      double[] gain = new double[count];
      double[] loss = new double[count];
      for (int j = 0; j < count; j++) {
        for (int i = 0; i < at[j].length; i++) {
          int q = at[j][i];
          int slot = fill[local[q]]++;
          who[slot] = j;
          howMuch[slot] = kg[j][i];
          gain[j] += kg[j][i] * gainAt(q);
          loss[j] += kg[j][i] * lossAt(q);
        }
      }
      for (int move = 0; move < MOVES_PER_VISIT; move++) {
        double unused = land;
        for (double x : share) {
          unused -= x;
        }
        // -1 is the unused land: it gains and loses nothing
        int to = -1;
        double most = 0;
        int from = -1;
        double least = unused > 1e-9 * Math.max(1, land) ? 0 : Double.POSITIVE_INFINITY;
        for (int j = 0; j < count; j++) {
          if (gain[j] > most) {
            most = gain[j];
            to = j;
          }
          if (share[j] > 1e-9 * Math.max(1, land) && loss[j] < least) {
            least = loss[j];
            from = j;
          }
        }
        if (to == from || most - least <= 1e-12 || least == Double.POSITIVE_INFINITY) {
          break;
        }
        double available = from < 0 ? unused : share[from];
        double delta = lineSearch(at, kg, to, from, available);
        if (delta <= 0) {
          break;
        }
        if (to >= 0) {
          share[to] += delta;
          shift(at[to], kg[to], delta, gain, loss);
        }
        if (from >= 0) {
          share[from] = delta >= available ? 0 : share[from] - delta;
          shift(at[from], kg[from], -delta, gain, loss);
        }
      }
      for (int i = 0; i < cells; i++) {
        local[cellOf[i]] = -1;
      }
    }

    /** Adds {@code delta} m² of a schedule's harvest to the supply, updating the gains and losses of the cells that change state. */
    private void shift(int[] cells, double[] kgs, double delta, double[] gain, double[] loss) {
      for (int i = 0; i < cells.length; i++) {
        int q = cells[i];
        double g = gainAt(q);
        double l = lossAt(q);
        s[q] += delta * kgs[i];
        double dg = gainAt(q) - g;
        double dl = lossAt(q) - l;
        if (dg != 0 || dl != 0) {
          int c = local[q];
          for (int e = start[c]; e < start[c + 1]; e++) {
            gain[who[e]] += howMuch[e] * dg;
            loss[who[e]] += howMuch[e] * dl;
          }
        }
      }
    }

    /** The m² to move from schedule {@code from} to {@code to} (-1: the unused land), at most {@code most}: where the gain ends. */
    private double lineSearch(int[][] at, double[][] kg, int to, int from, double most) {
      int[] a = to >= 0 ? at[to] : new int[0];
      double[] av = to >= 0 ? kg[to] : new double[0];
      int[] b = from >= 0 ? at[from] : new int[0];
      double[] bv = from >= 0 ? kg[from] : new double[0];
      if (key.length < a.length + b.length) {
        key = new double[2 * (a.length + b.length)];
        weight = new double[key.length];
      }
      double slope = 0;
      int n = 0;
      int i = 0;
      int j = 0;
      while (i < a.length || j < b.length) {
        int q;
        double v;
        if (j >= b.length || i < a.length && a[i] < b[j]) {
          q = a[i];
          v = av[i++];
        } else if (i >= a.length || b[j] < a[i]) {
          q = b[j];
          v = -bv[j++];
        } else {
          q = a[i];
          v = av[i++] - bv[j++];
        }
        // the slope of the demand met, per m² moved, falls by |v| where the supply meets the demand
        if (v > 0 && s[q] < d[q] - eps) {
          slope += v;
          key[n] = (d[q] - s[q]) / v;
          weight[n++] = v;
        } else if (v < 0 && s[q] <= d[q] + eps) {
          slope += v;
        } else if (v < 0) {
          key[n] = (s[q] - d[q]) / -v;
          weight[n++] = -v;
        }
      }
      if (slope <= 0) {
        return 0;
      }
      long[] order = new long[n];
      for (int t = 0; t < n; t++) {
        // positive keys order as their bits; the low 16 bits carry the breakpoint's number
        order[t] = Double.doubleToRawLongBits(key[t]) & ~0xFFFFL | t;
      }
      Arrays.sort(order);
      for (long o : order) {
        int t = (int) (o & 0xFFFF);
        if (key[t] >= most) {
          return most;
        }
        slope -= weight[t];
        if (slope <= 0) {
          return key[t];
        }
      }
      return most;
    }
  }
}
