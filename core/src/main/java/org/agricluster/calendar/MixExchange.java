package org.agricluster.calendar;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Improves a relaxation's mix of whole-year schedules by moving land between the schedules of one
 * class at a time: a coordinate ascent on the demand met, Σ min(supply, demand) over crops and
 * weeks, over the mix's weights, each class's land held fixed (its unused land is one more schedule,
 * harvesting nothing).
 *
 * <p>For a class, the schedule that gains most harvest where supply is short, per m² added, takes
 * land from the one that loses least where supply is not above demand, per m² taken, as far as the
 * exchange keeps paying: an exact line search over the weeks where the supply crosses the demand.
 * The demand met never falls. A kilogram above demand counts for nothing, as in the volume
 * algorithm's average (sharing out caps every planting by the demand left); counting it against the
 * gap as well left the plan below at 1.027 × its bound instead of 1.020 (in a first version of these
 * moves). Each class is visited in turn, {@link #MOVES_PER_VISIT} moves at most, for {@link #PASSES}
 * passes, so the work is bounded and the result deterministic.
 *
 * <p>The move is chosen by each schedule's gain and loss on its own. Where two schedules harvest the
 * same crop in the same week and that week's supply is at its demand, moving land from one to the
 * other loses less there than the loss counts (the two harvests offset), so a move between them may
 * pay although none is chosen: the exchange can stop there (the explore profile found a 3-member
 * land-scarce cluster where 0.42 m² moved so would meet 0.25 kg more). Looking at every pair exactly
 * would cost a merge of two schedules per pair and move; looking, where no move is chosen, at every
 * schedule against the one that gains most moved 10,000 members with random crop sets from 1.0189
 * to 1.0187 × the bound, and was not kept.
 *
 * <p>It is what the planner does with the volume algorithm's schedules when the column master that
 * would mix them exactly is too large ({@link ColumnRelaxation#MAX_ROWS}): 12 crops, each member a
 * random 2–5, 10,000 members: the fitted mix's gap of 20.49 million kg falls to 17.98 million against a
 * bound of 17.77 million, and the plan shared out from it from 1.034 to 1.019 × its bound. Coordinate
 * moves stall where a pivot of the master would move several classes at once, which is why it does
 * not replace the master where the master can run. Adding each class's best schedule for the weeks
 * still short as a new column between passes made the plan worse (1.021–1.024).
 */
final class MixExchange {
  /**
   * Passes over the classes. 12 crops, each member a random 2–5, 10,000 members, plan ÷ bound: 1.034
   * without the exchange, 1.019 with it; in a first version of these moves, 3 passes 1.022, 10
   * passes 1.0199, 20 passes 1.0194 (the moves are the same, their rounding differs).
   */
  static final int PASSES = 10;
  /** Moves at most per class and pass (4, 16 or 64 at 10 to 20 passes: 1.019–1.021 × the bound, as above, first version). */
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
    improve(dual, demand, schedules, shares, PASSES);
  }

  /** As {@link #improve(DualBound, double[][], int[][][], double[][])}, for this many passes. */
  static void improve(DualBound dual, double[][] demand, int[][][] schedules, double[][] shares, int passes) {
    int crops = dual.crops();
    int weeks = dual.weeks();
    int cells = crops * weeks;
    double[] supply = new double[cells];
    double[] wanted = new double[cells];
    for (int c = 0; c < crops; c++) {
      System.arraycopy(demand[c], 0, wanted, c * weeks, weeks);
    }
    Scratch scratch = new Scratch(weeks, cells);
    List<ClassMix> mixes = new ArrayList<>();
    for (int k = 0; k < schedules.length; k++) {
      if (schedules[k].length > 0) {
        ClassMix mix = new ClassMix(dual, schedules[k], shares[k], dual.land(k), scratch);
        mix.addSupply(supply);
        mixes.add(mix);
      }
    }
    double eps = 1e-9 * Math.max(1, dual.totalDemand() / Math.max(1, cells));
    Moves moves = new Moves(supply, wanted, eps);
    for (int pass = 0; pass < passes; pass++) {
      for (ClassMix mix : mixes) {
        moves.run(mix);
      }
    }
  }

  /** Buffers for building a class's schedules: a week's row, a schedule's cells and kg, and each cell's number within the class (-1 between classes). */
  private record Scratch(double[] row, int[] cells, double[] kgs, int[] local) {
    Scratch(int weeks, int cells) {
      this(new double[weeks], new int[cells], new double[cells], filled(cells));
    }

    private static int[] filled(int cells) {
      int[] local = new int[cells];
      Arrays.fill(local, -1);
      return local;
    }
  }

  /**
   * One class's schedules: each one's harvest per m² by cell (crop × weeks + week, sorted) and, per
   * cell the class harvests, which schedules harvest it and how much (so a cell's change of state
   * updates only theirs).
   */
  private static final class ClassMix {
    final double[] share;
    final double land;
    /** Per schedule, its cells, kg per m² in each, and each cell's number within the class. */
    final int[][] at;
    final double[][] kg;
    final int[][] local;
    /** Per local cell, the schedules harvesting it and their kg per m² (compressed rows). */
    final int[] start;
    final int[] who;
    final double[] howMuch;

    ClassMix(DualBound dual, int[][] schedules, double[] share, double land, Scratch scratch) {
      this.share = share;
      this.land = land;
      int count = schedules.length;
      at = new int[count][];
      kg = new double[count][];
      local = new int[count][];
      int cells = 0;
      int entries = 0;
      int[] cellOf = new int[64];
      for (int j = 0; j < count; j++) {
        harvest(dual, schedules[j], scratch, j);
        local[j] = new int[at[j].length];
        for (int i = 0; i < at[j].length; i++) {
          int q = at[j][i];
          if (scratch.local()[q] < 0) {
            if (cells == cellOf.length) {
              cellOf = Arrays.copyOf(cellOf, 2 * cells);
            }
            scratch.local()[q] = cells;
            cellOf[cells++] = q;
          }
          local[j][i] = scratch.local()[q];
        }
        entries += at[j].length;
      }
      for (int i = 0; i < cells; i++) {
        scratch.local()[cellOf[i]] = -1;
      }
      start = new int[cells + 1];
      for (int[] row : local) {
        for (int c : row) {
          start[c + 1]++;
        }
      }
      for (int i = 0; i < cells; i++) {
        start[i + 1] += start[i];
      }
      int[] fill = Arrays.copyOf(start, cells);
      who = new int[entries];
      howMuch = new double[entries];
      for (int j = 0; j < count; j++) {
        for (int i = 0; i < at[j].length; i++) {
          int slot = fill[local[j][i]]++;
          who[slot] = j;
          howMuch[slot] = kg[j][i];
        }
      }
    }

    /** Schedule j's harvest per m² into {@code at[j]} and {@code kg[j]}, its cells sorted. */
    private void harvest(DualBound dual, int[] schedule, Scratch scratch, int j) {
      int n = dual.harvestCells(schedule, scratch.row(), scratch.cells(), scratch.kgs());
      at[j] = Arrays.copyOf(scratch.cells(), n);
      kg[j] = Arrays.copyOf(scratch.kgs(), n);
    }

    void addSupply(double[] supply) {
      for (int j = 0; j < at.length; j++) {
        for (int i = 0; i < at[j].length; i++) {
          supply[at[j][i]] += share[j] * kg[j][i];
        }
      }
    }
  }

  /** The moves within one class at a time, against the supply of all. */
  private static final class Moves {
    private final double[] s;
    private final double[] d;
    private final double eps;
    private double[] gain = new double[64];
    private double[] loss = new double[64];
    private double[] key = new double[256];
    private double[] weight = new double[256];
    private long[] order = new long[256];

    Moves(double[] s, double[] d, double eps) {
      this.s = s;
      this.d = d;
      this.eps = eps;
    }

    /** What one more m² harvests of the demand in a cell, per kg of its harvest there: all of it while supply is short. */
    private double gainAt(int q) {
      return s[q] < d[q] - eps ? 1 : 0;
    }

    /** What one m² less loses of the demand met in a cell, per kg: all of it while supply is not above demand. */
    private double lossAt(int q) {
      return s[q] <= d[q] + eps ? 1 : 0;
    }

    /** Up to {@link #MOVES_PER_VISIT} moves within the class, each as far as it pays. */
    void run(ClassMix mix) {
      int count = mix.at.length;
      if (gain.length < count) {
        gain = new double[2 * count];
        loss = new double[2 * count];
      }
      double[] share = mix.share;
      double unused = mix.land;
      for (int j = 0; j < count; j++) {
        unused -= share[j];
        double g = 0;
        double l = 0;
        int[] cells = mix.at[j];
        double[] kgs = mix.kg[j];
        for (int i = 0; i < cells.length; i++) {
          g += kgs[i] * gainAt(cells[i]);
          l += kgs[i] * lossAt(cells[i]);
        }
        gain[j] = g;
        loss[j] = l;
      }
      double tiny = 1e-9 * Math.max(1, mix.land);
      for (int move = 0; move < MOVES_PER_VISIT; move++) {
        // -1 is the unused land: it gains and loses nothing
        int to = -1;
        double most = 0;
        int from = -1;
        double least = unused > tiny ? 0 : Double.POSITIVE_INFINITY;
        for (int j = 0; j < count; j++) {
          if (gain[j] > most) {
            most = gain[j];
            to = j;
          }
          if (share[j] > tiny && loss[j] < least) {
            least = loss[j];
            from = j;
          }
        }
        // (a schedule never gains more than it loses, and unused land neither, so a move pays only between two)
        if (most - least <= 1e-12) {
          return;
        }
        double available = from < 0 ? unused : share[from];
        double delta = lineSearch(mix, to, from, available);
        if (delta <= 0) {
          return;
        }
        if (to >= 0) {
          share[to] += delta;
          shift(mix, to, delta);
        } else {
          unused += delta;
        }
        if (from >= 0) {
          share[from] = delta >= available ? 0 : share[from] - delta;
          shift(mix, from, -delta);
        } else {
          unused -= delta;
        }
      }
    }

    /**
     * Adds {@code delta} m² of schedule j's harvest to the supply, and where a cell's supply crosses
     * its demand updates the gain and loss of the class's schedules that harvest it.
     */
    private void shift(ClassMix mix, int j, double delta) {
      int[] cells = mix.at[j];
      double[] kgs = mix.kg[j];
      for (int i = 0; i < cells.length; i++) {
        int q = cells[i];
        double g = gainAt(q);
        double l = lossAt(q);
        s[q] += delta * kgs[i];
        double dg = gainAt(q) - g;
        double dl = lossAt(q) - l;
        if (dg != 0 || dl != 0) {
          int c = mix.local[j][i];
          for (int e = mix.start[c]; e < mix.start[c + 1]; e++) {
            gain[mix.who[e]] += mix.howMuch[e] * dg;
            loss[mix.who[e]] += mix.howMuch[e] * dl;
          }
        }
      }
    }

    /**
     * The m² to move from schedule {@code from} to {@code to} (-1: the unused land), at most
     * {@code most}: where the demand met stops rising, found by walking the cells where supply
     * crosses demand in the order the move reaches them.
     */
    private double lineSearch(ClassMix mix, int to, int from, double most) {
      int[] a = to >= 0 ? mix.at[to] : NONE;
      double[] av = to >= 0 ? mix.kg[to] : NO_KG;
      int[] b = from >= 0 ? mix.at[from] : NONE;
      double[] bv = from >= 0 ? mix.kg[from] : NO_KG;
      if (key.length < a.length + b.length) {
        key = new double[2 * (a.length + b.length)];
        weight = new double[key.length];
        order = new long[key.length];
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
      for (int t = 0; t < n; t++) {
        // positive keys order as their bits; the low 24 bits carry the breakpoint's number (keys that close are
        // equal to 10⁻⁸ of their size, and their order does not matter)
        order[t] = Double.doubleToRawLongBits(key[t]) & ~0xFFFFFFL | t;
      }
      Arrays.sort(order, 0, n);
      for (int t = 0; t < n; t++) {
        int at = (int) (order[t] & 0xFFFFFF);
        if (key[at] >= most) {
          return most;
        }
        slope -= weight[at];
        if (slope <= 0) {
          return key[at];
        }
      }
      return most;
    }
  }

  private static final int[] NONE = new int[0];
  private static final double[] NO_KG = new double[0];
}
