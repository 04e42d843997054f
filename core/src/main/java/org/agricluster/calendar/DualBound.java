package org.agricluster.calendar;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A certified lower bound on the Σ |supply − demand| of any plan of a cluster, for the
 * {@link Planner}: the Lagrangian dual of the planner's model with the demand rows relaxed.
 *
 * <p>Give every crop and week a price {@code u ≤ 1} per kg. For a plan with no glut (supply never
 * above demand), Σ |gap| = Σ (D − S) ≥ Σ u·(D − S) = Σ u·D − Σ u·S. Each planting's supply, valued
 * at these prices, is worth {@code v} per m² (the prices of the weeks it harvests in, times its kg
 * per m² in each); a member's plantings occupy its land over intervals of weeks, and the most a
 * member's land can earn is its land times the best value of a set of non-overlapping intervals
 * — interval matrices are totally unimodular, so the continuous optimum is such a set, found
 * exactly by a dynamic programme over the weeks. So
 *
 * <pre>  Σ |gap| ≥ Σ u·D − Σ<sub>members</sub> land × best(u)</pre>
 *
 * <p>for every {@code u ≤ 1}: the bound is valid whatever prices are used, and only its strength
 * depends on them. The best prices are the dual of the relaxation ({@link Relaxation}); where the
 * simplex gives them they are the start, and a projected subgradient ascent improves them. With
 * prices in [−1, 1] the same argument holds for every plan, gluts or not (|D − S| ≥ u·(D − S)), with
 * −1 in weeks without demand.
 *
 * <p>Members who grow the same crops share {@code best(u)}, so the work is per crop set, not per
 * member. Everything is in {@code double}s; the returned bound is lowered by a margin that covers
 * their rounding.
 */
final class DualBound {
  /** The most subgradient steps; each costs about crop sets × crops × weeks operations. */
  private static final int MAX_STEPS = 3_000;
  /** Work the ascent may do, in the units above: about a second on a laptop core at worst. */
  private static final long WORK_BUDGET = 600_000_000L;
  /** Steps without a better bound before the step length is halved. */
  private static final int PATIENCE = 20;

  private final int crops;
  private final int weeks;
  private final double[][] demand;
  /** kg per m² harvested in each harvest week, per crop. */
  private final double[][] kg;
  private final int[] first;
  private final int[] occupied;
  private final boolean[][] grows;
  /** The crops of each class in ascending order: the dynamic programme looks at these only. */
  private final int[][] cropsOf;
  private final double[] land;
  /** The members of each class, indices into the planner's member list. */
  private final List<List<Integer>> classMembers;
  /** Whether crop c planted in week t may be planted at all: no harvest in a week without demand. */
  private final boolean[][] allowed;
  private final double totalDemand;

  // scratch of one evaluation
  private final double[][] value;
  private final double[] best;
  private final int[] pairs;
  private final double[][] subgradient;
  /**
   * The dynamic programme of every class at once ({@link #schedules}): per week (and one past the
   * last), per class, the best value per m² from that week on. Classes are the inner index, so that
   * a week's update for a crop is one loop over them, which the JIT compiles to vector instructions.
   */
  private final double[][] table;
  /** Per crop and class: 0 when the class grows the crop, −∞ when not (added to a value, it rules the crop out). */
  private final double[][] reach;
  /** The classes' best values per m² from the last {@link #schedules}. */
  private final double[] classBest;

  /** Whether the bound is for plans without glut (prices unbounded below) or for every plan (prices in [−1, 1]). */
  private final boolean noGlut;
  /** The prices of the best bound the last {@link #bound} found (clamped into their range). */
  private double[][] bestPrices;

  /**
   * The bound's model.
   *
   * @param noGlut true for the bound on plans that keep the no-glut rule (plantings that would
   *     harvest in a week without demand are left out, prices are unbounded below); false for the
   *     bound on every plan (prices in [−1, 1], −1 in weeks without demand)
   */
  DualBound(List<PlannerMember> members, List<CropProfile> profiles, double[][] shares, double[] yield, double[][] demand,
      boolean noGlut) {
    this.noGlut = noGlut;
    this.crops = profiles.size();
    this.weeks = crops == 0 ? 0 : demand[0].length;
    this.demand = demand;
    this.kg = new double[crops][];
    this.first = new int[crops];
    this.occupied = new int[crops];
    for (int c = 0; c < crops; c++) {
      kg[c] = new double[shares[c].length];
      for (int h = 0; h < shares[c].length; h++) {
        kg[c][h] = yield[c] * shares[c][h];
      }
      first[c] = profiles.get(c).weeksToFirstHarvest();
      occupied[c] = profiles.get(c).weeksOccupied();
    }
    Map<BitSet, double[]> pools = new LinkedHashMap<>();
    Map<BitSet, List<Integer>> who = new LinkedHashMap<>();
    for (int i = 0; i < members.size(); i++) {
      PlannerMember m = members.get(i);
      BitSet set = new BitSet(crops);
      for (int c = 0; c < crops; c++) {
        if (m.crops().contains(profiles.get(c).crop())) {
          set.set(c);
        }
      }
      if (!set.isEmpty()) {
        pools.computeIfAbsent(set, s -> new double[1])[0] += m.land().toSquareMetres().doubleValue();
        who.computeIfAbsent(set, s -> new ArrayList<>()).add(i);
      }
    }
    List<BitSet> sets = new ArrayList<>(pools.keySet());
    this.classMembers = sets.stream().map(set -> List.copyOf(who.get(set))).toList();
    this.grows = new boolean[sets.size()][crops];
    this.cropsOf = new int[sets.size()][];
    this.land = new double[sets.size()];
    for (int k = 0; k < sets.size(); k++) {
      for (int c = 0; c < crops; c++) {
        grows[k][c] = sets.get(k).get(c);
      }
      cropsOf[k] = sets.get(k).stream().toArray();
      land[k] = pools.get(sets.get(k))[0];
    }
    this.allowed = new boolean[crops][weeks];
    double total = 0;
    for (int c = 0; c < crops; c++) {
      for (int t = 0; t < weeks; t++) {
        boolean ok = false;
        boolean glut = false;
        for (int h = 0; h < kg[c].length && t + first[c] + h < weeks; h++) {
          if (kg[c][h] > 0) {
            if (demand[c][t + first[c] + h] > 0) {
              ok = true;
            } else {
              glut = true;
            }
          }
        }
        allowed[c][t] = ok && !(noGlut && glut);
      }
      for (int w = 0; w < weeks; w++) {
        total += demand[c][w];
      }
    }
    this.totalDemand = total;
    this.value = new double[crops][weeks];
    this.best = new double[weeks + 1];
    this.pairs = new int[2 * weeks];
    this.subgradient = new double[crops][weeks];
    this.table = new double[weeks + 1][sets.size()];
    this.reach = new double[crops][sets.size()];
    for (int c = 0; c < crops; c++) {
      for (int k = 0; k < sets.size(); k++) {
        reach[c][k] = grows[k][c] ? 0 : Double.NEGATIVE_INFINITY;
      }
    }
    this.classBest = new double[sets.size()];
  }

  /** Whether this is the bound on plans without glut (true) or on every plan. */
  boolean forPlansWithoutGlut() {
    return noGlut;
  }

  /** How many classes of members (distinct crop sets) the bound works with. */
  int classes() {
    return land.length;
  }

  /**
   * The demand no plan can meet: in weeks of a crop that no allowed planting of any member harvests
   * in (before the first harvest, or a crop nobody grows), in kg.
   */
  double unmeetable() {
    // plantings that would make a glut still count here when the bound is for every plan
    boolean[][] covered = new boolean[crops][weeks];
    for (int c = 0; c < crops; c++) {
      boolean grown = false;
      for (boolean[] g : grows) {
        grown |= g[c];
      }
      if (!grown) {
        continue;
      }
      for (int t = 0; t < weeks; t++) {
        if (allowed[c][t]) {
          for (int h = 0; h < kg[c].length && t + first[c] + h < weeks; h++) {
            if (kg[c][h] > 0) {
              covered[c][t + first[c] + h] = true;
            }
          }
        }
      }
    }
    double sum = 0;
    for (int c = 0; c < crops; c++) {
      for (int w = 0; w < weeks; w++) {
        if (!covered[c][w]) {
          sum += demand[c][w];
        }
      }
    }
    return sum;
  }

  /**
   * The bound at prices {@code u} (clamped into [floor, 1]; in weeks without demand 0, or −1 for the
   * bound on every plan), filling {@link #subgradient} with D − S of the members' best schedules. Not
   * yet lowered by the rounding margin.
   */
  private double evaluate(double[][] u) {
    double bound = setPrices(u);
    double[] values = schedules();
    for (int k = 0; k < land.length; k++) {
      bound -= land[k] * values[k];
      int count = chosenPairsInto(k, pairs);
      for (int i = 0; i < count; i += 2) {
        harvest(pairs[i], pairs[i + 1], -land[k], subgradient[pairs[i]]);
      }
    }
    return bound;
  }

  /**
   * Clamps the prices into their range, values every planting at them and resets the subgradient to
   * the demand; returns Σ u·D.
   */
  double setPrices(double[][] u) {
    double floor = noGlut ? Double.NEGATIVE_INFINITY : -1;
    double sum = 0;
    for (int c = 0; c < crops; c++) {
      for (int w = 0; w < weeks; w++) {
        u[c][w] = demand[c][w] > 0 ? Math.max(floor, Math.min(1, u[c][w])) : noGlut ? 0 : -1;
        subgradient[c][w] = demand[c][w];
        sum += u[c][w] * demand[c][w];
      }
      for (int t = 0; t < weeks; t++) {
        double v = 0;
        if (allowed[c][t]) {
          for (int h = 0; h < kg[c].length && t + first[c] + h < weeks; h++) {
            v += kg[c][h] * u[c][t + first[c] + h];
          }
        }
        value[c][t] = allowed[c][t] ? v : Double.NEGATIVE_INFINITY;
      }
    }
    return sum;
  }

  /**
   * The best value per m² of land of every class at the prices last set: non-overlapping plantings
   * of its crops, by a dynamic programme over the weeks run for all classes together (a week's
   * update for one crop is one pass over the classes). The array is reused by the next call;
   * {@link #chosenPairs(int)} gives a class's plantings.
   */
  double[] schedules() {
    int classes = land.length;
    java.util.Arrays.fill(table[weeks], 0);
    for (int w = weeks - 1; w >= 0; w--) {
      double[] row = table[w];
      System.arraycopy(table[w + 1], 0, row, 0, classes);
      for (int c = 0; c < crops; c++) {
        double v = value[c][w];
        if (v > 0) {
          double[] from = table[Math.min(weeks, w + occupied[c])];
          double[] mask = reach[c];
          for (int k = 0; k < classes; k++) {
            row[k] = Math.max(row[k], v + from[k] + mask[k]);
          }
        }
      }
    }
    System.arraycopy(table[0], 0, classBest, 0, classes);
    return classBest;
  }

  /**
   * The plantings of class k's best schedule from the last {@link #schedules}, as crop, week, crop,
   * week, … in week order: followed back through the table, a week idle when that is as good, else
   * the first of its crops (in ascending order) that reaches the week's value — the choice a
   * dynamic programme for the class alone would make.
   */
  int[] chosenPairs(int k) {
    return Arrays.copyOf(pairs, chosenPairsInto(k, pairs));
  }

  /**
   * As {@link #chosenPairs(int)}, written into {@code into} (at least two entries per week), without
   * allocating: returns how many entries it wrote.
   */
  int chosenPairsInto(int k, int[] into) {
    int count = 0;
    for (int w = 0; w < weeks; ) {
      double b = table[w][k];
      if (b == table[w + 1][k]) {
        w++;
        continue;
      }
      int pick = -1;
      for (int c : cropsOf[k]) {
        double v = value[c][w];
        if (v > 0 && v + table[Math.min(weeks, w + occupied[c])][k] == b) {
          pick = c;
          break;
        }
      }
      if (pick < 0) {
        throw new IllegalStateException("No planting of class " + k + " reaches its value in week " + w);
      }
      into[count++] = pick;
      into[count++] = w;
      w = Math.min(weeks, w + occupied[pick]);
    }
    return count;
  }

  /** Class k's best schedule from the last {@link #schedules} as (crop, week) pairs in week order. */
  List<int[]> chosen(int k) {
    return plantings(chosenPairs(k));
  }

  /** The best value per m² of land growing any set of crops ({@code grows[c]}: crop c may be planted) at the prices last set. */
  double schedule(boolean[] grows) {
    int[] set = new int[crops];
    int size = 0;
    for (int c = 0; c < crops; c++) {
      if (grows[c]) {
        set[size++] = c;
      }
    }
    return schedule(Arrays.copyOf(set, size));
  }

  /** The best value per m² of land growing the crops {@code set} (ascending) at the prices last set. */
  private double schedule(int[] set) {
    best[weeks] = 0;
    for (int w = weeks - 1; w >= 0; w--) {
      double b = best[w + 1];
      for (int c : set) {
        if (value[c][w] > 0) {
          b = Math.max(b, value[c][w] + best[Math.min(weeks, w + occupied[c])]);
        }
      }
      best[w] = b;
    }
    return best[0];
  }

  /** Plantings given as crop, week, crop, week, … as (crop, week) pairs, in the same order. */
  static List<int[]> plantings(int[] pairs) {
    List<int[]> plantings = new ArrayList<>();
    for (int i = 0; i < pairs.length; i += 2) {
      plantings.add(new int[] {pairs[i], pairs[i + 1]});
    }
    return plantings;
  }

  /** Whether members of class k grow crop c. */
  boolean grows(int k, int c) {
    return grows[k][c];
  }

  /** kg wanted over all crops and weeks. */
  double totalDemand() {
    return totalDemand;
  }

  /** Weeks a planting of crop c occupies its land, from planting to the end of its harvest. */
  int occupied(int c) {
    return occupied[c];
  }

  /** How many crops the model has. */
  int crops() {
    return crops;
  }

  /** How many weeks the model has. */
  int weeks() {
    return weeks;
  }

  /** kg wanted of crop c in week w. */
  double demand(int c, int w) {
    return demand[c][w];
  }

  /**
   * The prices of the best bound the last {@link #bound} call found, clamped into their range (a
   * copy), or null before any call.
   */
  double[][] bestPrices() {
    if (bestPrices == null) {
      return null;
    }
    double[][] copy = new double[crops][];
    for (int c = 0; c < crops; c++) {
      copy[c] = bestPrices[c].clone();
    }
    return copy;
  }

  private void keepPrices(double[][] u) {
    bestPrices = new double[crops][];
    for (int c = 0; c < crops; c++) {
      bestPrices[c] = u[c].clone();
    }
  }

  /** The members of each class. */
  List<List<Integer>> classMembers() {
    return classMembers;
  }

  /** The pooled land of class k, m². */
  double land(int k) {
    return land[k];
  }

  /** kg per m² harvested by crop c planted in week t, per week of the horizon it harvests in (others 0). */
  void harvest(int c, int t, double[] into) {
    harvest(c, t, 1, into);
  }

  /** Adds the harvest of {@code area} m² of crop c planted in week t into {@code into}, kg per week of the horizon. */
  void harvest(int c, int t, double area, double[] into) {
    for (int h = 0; h < kg[c].length && t + first[c] + h < weeks; h++) {
      into[t + first[c] + h] += area * kg[c][h];
    }
  }

  /**
   * The harvest of one m² following a schedule, cell by cell: the cells (crop × weeks + week) it
   * harvests in, ascending, into {@code cells}, and the kg in each into {@code kgs}; returns how many.
   * A crop's plantings are added in the schedule's order, so the kg are the same to the last bit
   * wherever a schedule's harvest is computed.
   *
   * @param schedule (crop, week) pairs, one after another
   * @param row scratch, one value per week
   */
  int harvestCells(int[] schedule, double[] row, int[] cells, double[] kgs) {
    int n = 0;
    int done = -1;
    while (true) {
      int c = Integer.MAX_VALUE;
      for (int i = 0; i < schedule.length; i += 2) {
        if (schedule[i] > done && schedule[i] < c) {
          c = schedule[i];
        }
      }
      if (c == Integer.MAX_VALUE) {
        return n;
      }
      Arrays.fill(row, 0);
      for (int i = 0; i < schedule.length; i += 2) {
        if (schedule[i] == c) {
          harvest(c, schedule[i + 1], 1, row);
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
  }

  /** The rounding margin of a bound evaluated in doubles: generous, and negligible beside any gap in kg. */
  private double margin() {
    return 1e-9 * totalDemand + 1e-6;
  }

  /**
   * The best bound found from {@code start} prices (null for none) within the step and work limits,
   * stopping early once it is within {@code 10⁻⁵} of {@code target} (a plan's gap, which no bound
   * can pass).
   *
   * @param maxSteps the most ascent steps (0 evaluates {@code start} only)
   * @return the bound in kg, never negative, lowered by the rounding margin
   */
  double bound(double[][] start, double target, int maxSteps) {
    double floor = noGlut ? Double.NEGATIVE_INFINITY : -1;
    double[][] u = new double[crops][weeks];
    if (start != null) {
      for (int c = 0; c < crops; c++) {
        System.arraycopy(start[c], 0, u[c], 0, weeks);
      }
    }
    double bestBound = evaluate(u);
    keepPrices(u);
    double scale = 1;
    int sinceBetter = 0;
    long perStep = Math.max(1, (long) land.length * crops * weeks);
    int steps = (int) Math.min(Math.min(MAX_STEPS, maxSteps), WORK_BUDGET / perStep);
    double current = bestBound;
    for (int step = 0; step < steps && target - bestBound > 1e-5 * Math.max(1, target) && scale > 1e-6; step++) {
      double norm = 0;
      for (int c = 0; c < crops; c++) {
        for (int w = 0; w < weeks; w++) {
          double s = subgradient[c][w];
          // a price at its cap with a push beyond it does not move: leave it out of the norm
          if (demand[c][w] > 0 && !(u[c][w] >= 1 && s > 0) && !(u[c][w] <= floor && s < 0)) {
            norm += s * s;
          }
        }
      }
      if (norm <= 0) {
        break;
      }
      // Polyak's step towards the target, but never moving a price by more than the scale: far below
      // the target (a poor start) a plain Polyak step overshoots and the ascent stalls
      double largest = 0;
      for (int c = 0; c < crops; c++) {
        for (int w = 0; w < weeks; w++) {
          largest = Math.max(largest, Math.abs(subgradient[c][w]));
        }
      }
      double length = Math.min(scale * Math.max(target - current, 1e-3 * Math.max(1, target)) / norm, scale / largest);
      for (int c = 0; c < crops; c++) {
        for (int w = 0; w < weeks; w++) {
          u[c][w] += length * subgradient[c][w];
        }
      }
      current = evaluate(u);
      if (current > bestBound + 1e-9 * Math.max(1, Math.abs(bestBound))) {
        bestBound = current;
        keepPrices(u);
        sinceBetter = 0;
      } else if (++sinceBetter >= PATIENCE) {
        // shorter steps from where the ascent is: going back to the best prices would retrace the same steps
        scale /= 2;
        sinceBetter = 0;
      }
    }
    return Math.max(0, bestBound - margin());
  }
}
