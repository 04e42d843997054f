package org.agricluster.calendar;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.agricluster.measure.Area;

/**
 * One plan in the making, for the {@link Planner}: seeded by sharing out the relaxation's pooled areas
 * among members in whole plots, then filled greedily. It works in {@code double}s for speed; the
 * plan's balance is then computed exactly from its plantings.
 *
 * <p>The tolerances are named: {@link #TOLERANCE} for kilograms and square metres, a plot slack for
 * rounding below a minimum plot, a sliver below which free land is rounding, and a nudge before
 * rounding down to hundredths.
 */
final class PlanInProgress {
  /** Kilograms or square metres closer than this are equal. */
  static final double TOLERANCE = 1e-9;
  /** How far an area may fall below a minimum plot through floating-point rounding and still be a plot. */
  private static final double PLOT_SLACK = 1e-12;
  /** Free land below half a hundredth of a m² is rounding, not land that a sliver would waste. */
  private static final double SLIVER = 0.005;
  /** Added before rounding down to hundredths, so that 12.34 computed as 12.339999… stays 12.34. */
  private static final double ROUNDING_NUDGE = 1e-7;
  /** How many members ahead the seeding looks for one a last piece fits without leaving a sliver. */
  private static final int FIT_WINDOW = 32;
  /** The seeding plants whole hundredths of a m²; less is not worth a member's attention. */
  private static final double HUNDREDTH = 0.01 - TOLERANCE;

  private final List<PlannerMember> members;
  private final List<String> crops;
  private final List<CropProfile> profiles = new ArrayList<>();
  private final int weeks;
  private final double[][] supply;
  private final double[][] demand;
  private final double[][] shares;
  private final double[] yieldPerSquareMetre;
  private final double[][] freeLand;
  private final double[] plot;
  private final double[] step;
  private final int[][] eligible;
  /** Per slot (crop × weeks + week): the members who planted there, in order; {@link #plantedCount} of them. */
  private final int[][] plantedAt;
  private final int[] plantedCount;
  /** Per slot: how many of the members who planted there were found without room to enlarge their plot. */
  private final int[] extensionFull;
  /** Per slot: how many eligible members were found without room for a new plot there (land only shrinks). */
  private final int[] newFull;
  /**
   * Per member, crop and week planted: member, crop, week, seeded hundredths of a m², greedy tenths
   * of the minimum plot, kg gained, 1 if planted when the member was re-planned ({@link #replan}),
   * hundredths of a m² added by {@link #fill}.
   */
  private final Records placed;
  /** Scratch of {@link #share}: the members given a part of the area being shared. */
  private int[] holders = new int[8];
  private static final int MEMBER = 0;
  private static final int CROP = 1;
  private static final int WEEK = 2;
  private static final int HUNDREDTHS = 3;
  private static final int STEPS = 4;
  private static final int GAIN = 5;
  private static final int REPLANNED = 6;
  private static final int FILLED = 7;
  private final Horizon horizon;
  /** The relaxation's answer, kept to explain seeded plantings; null when it was not used. */
  private Relaxation.Result relaxation;
  /**
   * m² per class, crop and planting week that the seeded plantings are shares of, to explain them:
   * the relaxation's areas, or, shared out schedule by schedule, its schedules' (past the column
   * master's size the volume's areas are its average, not the mix of schedules shared out).
   */
  private double[][][] pooled;
  /** Per class, the smallest minimum plot of its members. */
  private double[] smallestPlot;
  /** Per member, its class in the relaxation (members who grow the same crops). */
  private int[] classOf;

  PlanInProgress(List<PlannerMember> members, Map<String, CropProfile> byCrop, DemandCalendar demandCalendar) {
    this.members = members;
    this.crops = new ArrayList<>(demandCalendar.crops());
    this.horizon = demandCalendar.horizon();
    this.weeks = horizon.weeks();
    int cropCount = crops.size();
    this.supply = new double[cropCount][weeks];
    this.demand = new double[cropCount][weeks];
    this.shares = new double[cropCount][];
    this.yieldPerSquareMetre = new double[cropCount];
    this.eligible = new int[cropCount][];
    for (int c = 0; c < cropCount; c++) {
      CropProfile p = byCrop.get(crops.get(c));
      profiles.add(p);
      for (int w = 0; w < weeks; w++) {
        demand[c][w] = demandCalendar.kilograms(crops.get(c)).get(w).doubleValue();
      }
      shares[c] = p.harvestShares().stream().mapToDouble(s -> s.toFraction().doubleValue()).toArray();
      yieldPerSquareMetre[c] = p.yield().toKilogramsPerSquareMetre().doubleValue();
      String crop = crops.get(c);
      eligible[c] = java.util.stream.IntStream.range(0, members.size())
          .filter(i -> members.get(i).crops().contains(crop)).toArray();
    }
    this.plantedAt = new int[cropCount * weeks][];
    this.plantedCount = new int[cropCount * weeks];
    java.util.Arrays.fill(plantedAt, new int[0]);
    // about 15 plantings a member at 10,000 members with random crop sets: room for half of them at first
    this.placed = new Records(8 * members.size());
    this.extensionFull = new int[cropCount * weeks];
    this.newFull = new int[cropCount * weeks];
    this.freeLand = new double[members.size()][weeks];
    this.plot = new double[members.size()];
    this.step = new double[members.size()];
    for (int i = 0; i < members.size(); i++) {
      java.util.Arrays.fill(freeLand[i], members.get(i).land().toSquareMetres().doubleValue());
      plot[i] = members.get(i).minimumPlot().toSquareMetres().doubleValue();
      step[i] = plot[i] / 10;
    }
  }

  /** A copy of {@code plan}, to change without changing it: what is planted is copied, the model shared. */
  private PlanInProgress(PlanInProgress plan) {
    this.members = plan.members;
    this.crops = plan.crops;
    this.profiles.addAll(plan.profiles);
    this.horizon = plan.horizon;
    this.weeks = plan.weeks;
    this.demand = plan.demand;
    this.shares = plan.shares;
    this.yieldPerSquareMetre = plan.yieldPerSquareMetre;
    this.eligible = plan.eligible;
    this.plot = plan.plot;
    this.step = plan.step;
    this.supply = deepCopy(plan.supply);
    this.freeLand = deepCopy(plan.freeLand);
    this.plantedAt = new int[plan.plantedAt.length][];
    for (int slot = 0; slot < plantedAt.length; slot++) {
      plantedAt[slot] = java.util.Arrays.copyOf(plan.plantedAt[slot], plan.plantedCount[slot]);
    }
    this.plantedCount = plan.plantedCount.clone();
    this.extensionFull = plan.extensionFull.clone();
    this.newFull = plan.newFull.clone();
    this.placed = new Records(plan.placed);
    this.relaxation = plan.relaxation;
    this.pooled = plan.pooled;
    this.smallestPlot = plan.smallestPlot;
    this.classOf = plan.classOf;
  }

  /** How many members the plan is for. */
  int members() {
    return members.size();
  }

  /** A copy of this plan so far, to try a change on. */
  PlanInProgress copy() {
    return new PlanInProgress(this);
  }

  private static double[][] deepCopy(double[][] array) {
    double[][] copy = new double[array.length][];
    for (int i = 0; i < array.length; i++) {
      copy[i] = array[i].clone();
    }
    return copy;
  }

  /** The relaxation of this planner's model, or null when it is too large ({@link Relaxation#solve}). */
  Relaxation.Result relax() {
    return relax(null);
  }

  Relaxation.Result relax(double[][] cut) {
    return Relaxation.solve(members, profiles, shares, yieldPerSquareMetre, demand, cut);
  }

  /** The relaxation by column generation ({@link ColumnRelaxation}), or null when even that is too large. */
  Relaxation.Result relaxByColumns() {
    return ColumnRelaxation.solve(dualBound(true), crops.size(), weeks, demand);
  }

  /**
   * The relaxation by the volume algorithm ({@link VolumeRelaxation}), its schedules then mixed
   * exactly by column generation from its prices while the master is small enough for the effort
   * ({@link ColumnRelaxation#maxRows}); else the volume's own answer, marked as stopped by that limit.
   *
   * @param target the gap of a plan without glut, which the optimum cannot exceed
   * @param effort the master's largest size and work
   */
  Relaxation.Result relaxByVolume(double target, Effort effort) {
    DualBound dual = dualBound(true);
    VolumeRelaxation.Volume volume = VolumeRelaxation.solve(dual, demand, target, effort);
    Relaxation.Result mixed = ColumnRelaxation.solve(dual, crops.size(), weeks, demand, volume, effort);
    if (mixed != null) {
      return mixed;
    }
    // no master: too large for this effort, or no class at all
    return ColumnRelaxation.rows(dual, demand) > ColumnRelaxation.maxRows(effort) ? volume.result().stoppedByLimit()
        : volume.result();
  }

  /** kg wanted per crop (in the demand's order) and week. */
  double[][] demandArray() {
    return demand;
  }

  /** The lower bound's model for these members and this demand ({@link DualBound}). */
  DualBound dualBound(boolean noGlut) {
    return new DualBound(members, profiles, shares, yieldPerSquareMetre, demand, noGlut);
  }

  /** Per class and week, the larger of {@code cut} and the free land of members with less than a plot free. */
  double[][] waste(Relaxation.Result relaxation, double[][] cut) {
    List<List<Integer>> classes = relaxation.classes();
    double[][] waste = new double[classes.size()][weeks];
    for (int k = 0; k < classes.size(); k++) {
      for (int i : classes.get(k)) {
        for (int w = 0; w < weeks; w++) {
          if (freeLand[i][w] < plot[i] - TOLERANCE) {
            waste[k][w] += Math.max(0, freeLand[i][w]);
          }
        }
      }
      if (cut != null) {
        for (int w = 0; w < weeks; w++) {
          waste[k][w] = Math.max(waste[k][w], cut[k][w]);
        }
      }
    }
    return waste;
  }

  /** Whether the relaxation seeded this plan (it is skipped when the crop sets are too varied). */
  boolean usedRelaxation() {
    return relaxation != null;
  }

  /** Σ |supply − demand| of the plan so far, in doubles. */
  double gap() {
    double gap = 0;
    for (int c = 0; c < crops.size(); c++) {
      for (int w = 0; w < weeks; w++) {
        gap += Math.abs(supply[c][w] - demand[c][w]);
      }
    }
    return gap;
  }

  /**
   * Plants the relaxation's areas: each class's area for a crop and week is shared out among the
   * class's members in order of planting week, see {@link #share}. Going in order of planting week
   * is what makes the pooled land suffice: land free in a week stays free for every later week
   * until a later planting takes it. What does not divide into plots is left to the greedy search
   * ({@link #run}). The {@code variant} picks the order within a week (0, 1: longer-cycle crops
   * first; 2, 3: shorter first) and where each class's turns start (0, 2: its first member by id;
   * 1, 3: halfway through).
   */
  void seed(Relaxation.Result relaxation, int variant) {
    seed(relaxation, variant, Sharing.FEWEST_MEMBERS);
  }

  /**
   * As {@link #seed(Relaxation.Result, int)}; with {@link Sharing#EVERY_MEMBER} each class's area is
   * first split among all its members in proportion to their land ({@link #shareByLand}), and only
   * what that leaves is shared out next-fit.
   */
  void seed(Relaxation.Result relaxation, int variant, Sharing sharing) {
    if (relaxation == null) {
      return;
    }
    adopt(relaxation);
    List<List<Integer>> classes = relaxation.classes();
    double[][][] areas = relaxation.areas();
    int cropCount = crops.size();
    List<int[]> order = new ArrayList<>();
    for (int k = 0; k < classes.size(); k++) {
      for (int c = 0; c < cropCount; c++) {
        for (int t = 0; t < weeks; t++) {
          if (areas[k][c][t] > TOLERANCE) {
            order.add(new int[] {k, c, t});
          }
        }
      }
    }
    int longerFirst = variant < 2 ? -1 : 1;
    order.sort(java.util.Comparator.<int[]>comparingInt(o -> o[2])
        .thenComparingInt(o -> longerFirst * profiles.get(o[1]).weeksOccupied()).thenComparingInt(o -> o[1])
        .thenComparingInt(o -> o[0]));
    int[] turn = new int[classes.size()];
    smallestPlot = new double[classes.size()];
    for (int k = 0; k < classes.size(); k++) {
      smallestPlot[k] = classes.get(k).stream().mapToDouble(i -> plot[i]).min().orElse(0);
      turn[k] = variant % 2 == 0 ? 0 : classes.get(k).size() / 2;
    }
    for (int[] o : order) {
      double area = areas[o[0]][o[1]][o[2]];
      if (sharing == Sharing.EVERY_MEMBER) {
        area = shareByLand(classes.get(o[0]), o[1], o[2], area);
      }
      share(classes.get(o[0]), turn, o[0], o[1], o[2], area);
    }
  }

  /** Keeps the relaxation that seeds this plan, to explain its plantings, and each member's class in it. */
  private void adopt(Relaxation.Result relaxation) {
    this.relaxation = relaxation;
    this.pooled = relaxation.areas();
    this.classOf = new int[members.size()];
    for (int k = 0; k < relaxation.classes().size(); k++) {
      for (int i : relaxation.classes().get(k)) {
        classOf[i] = k;
      }
    }
  }

  /**
   * Plants a relaxation given as whole-year schedules ({@link Relaxation.Result#schedules}): each
   * class's schedules, largest first, are cut into pieces of its members' land, next-fit in id order.
   * A piece follows its schedule all year, so its plantings never overlap on it and a member's land
   * holds all its pieces in every week; and a member's land is split into few pieces, where sharing
   * out week by week ({@link #seed}) leaves free land in pieces too small for a plot. A piece is at
   * least the member's minimum plot: a schedule's last part below a plot becomes a whole plot if it is
   * at least half of one (else it is left to the greedy step), and free land a piece would leave below
   * a plot goes with the piece. Each planting is capped by the demand left, and dropped if that leaves
   * less than a plot. Returns false, planting nothing, when the relaxation has no schedules.
   */
  boolean seedBySchedules(Relaxation.Result relaxation) {
    if (relaxation == null || relaxation.schedules().isEmpty()) {
      return false;
    }
    adopt(relaxation);
    List<List<Integer>> classes = relaxation.classes();
    pooled = new double[classes.size()][crops.size()][weeks];
    for (int k = 0; k < classes.size(); k++) {
      for (Relaxation.Schedule schedule : relaxation.schedules().get(k)) {
        for (int[] p : schedule.plantings()) {
          pooled[k][p[0]][p[1]] += schedule.area();
        }
      }
    }
    double[] left = new double[members.size()];
    for (int i = 0; i < members.size(); i++) {
      left[i] = hundredths(members.get(i).land().toSquareMetres().doubleValue());
    }
    // the parts of the relaxation's areas are planted first, and what rounding adds only after them: an
    // addition planted early would take demand left that whole parts need, and each part is cut to the
    // tightest week of its harvest
    List<Piece> pieces = new ArrayList<>();
    for (int k = 0; k < classes.size(); k++) {
      List<Integer> who = classes.get(k);
      List<Relaxation.Schedule> mix = new ArrayList<>(relaxation.schedules().get(k));
      // largest first; a stable sort keeps the master's order among equals
      mix.sort(java.util.Comparator.comparingDouble(s -> -s.area()));
      int at = 0;
      for (Relaxation.Schedule schedule : mix) {
        double remaining = nearestHundredth(schedule.area());
        while (remaining >= HUNDREDTH && at < who.size()) {
          int i = who.get(at);
          if (left[i] < plot[i] - PLOT_SLACK) {
            at++;
            continue;
          }
          double part = hundredths(Math.min(remaining, left[i]));
          double added = 0;
          if (part < plot[i] - PLOT_SLACK) {
            if (remaining < plot[i] / 2) {
              break;
            }
            added = plot[i];
            part = 0;
          } else if (left[i] - part > SLIVER && left[i] - part < plot[i] - PLOT_SLACK) {
            added = hundredths(left[i] - part);
          }
          pieces.add(new Piece(i, schedule.plantings(), part, added));
          left[i] -= part + added;
          remaining -= part + added;
        }
      }
    }
    for (Piece piece : pieces) {
      if (piece.part() > 0) {
        plantPiece(piece.member(), piece.plantings(), piece.part(), false);
      }
    }
    for (Piece piece : pieces) {
      if (piece.added() > 0) {
        plantPiece(piece.member(), piece.plantings(), piece.added(), piece.part() > 0);
      }
    }
    return true;
  }

  /**
   * A piece of a member's land following a schedule: {@code part} m² of the relaxation's area and
   * {@code added} m² that rounding to plots adds (a whole plot when the part was below one, or free
   * land that would be left below a plot).
   */
  private record Piece(int member, List<int[]> plantings, double part, double added) {}

  /**
   * Plants {@code piece} m² of member i by the schedule, each planting capped by the demand left and
   * dropped below the member's minimum plot; with {@code enlarging}, only enlarges the member's
   * plantings of the schedule already there (by any area).
   */
  private void plantPiece(int i, List<int[]> plantings, double piece, boolean enlarging) {
    for (int[] p : plantings) {
      int c = p[0];
      int t = p[1];
      double area = capped(i, c, t, piece);
      boolean fits = enlarging ? placed.find(key(i, c, t)) >= 0 : area >= plot[i] - PLOT_SLACK;
      if (fits && area >= HUNDREDTH) {
        applySeed(i, c, t, Math.round(area * 100));
      }
    }
  }

  /**
   * Gives each member of a class its part of {@code area} of crop c planted in week t in proportion
   * to its land, in whole hundredths of a m², where that part is at least the member's minimum plot
   * and fits its free land and the demand; returns the area not given. The relaxation keeps a
   * class's land in use within the class's land in every week, so each member's part of every
   * planting keeps within the member's land too, whatever the order.
   */
  private double shareByLand(List<Integer> who, int c, int t, double area) {
    int last = Math.min(weeks, t + profiles.get(c).weeksOccupied());
    double pooled = 0;
    for (int i : who) {
      pooled += members.get(i).land().toSquareMetres().doubleValue();
    }
    double remaining = nearestHundredth(area);
    if (pooled <= 0) {
      return remaining;
    }
    for (int i : who) {
      double part = hundredths(Math.min(Math.min(area * members.get(i).land().toSquareMetres().doubleValue() / pooled, remaining),
          Math.min(freeOver(i, t, last), room(c, t))));
      if (part >= plot[i] - PLOT_SLACK && part >= HUNDREDTH) {
        applySeed(i, c, t, Math.round(part * 100));
        remaining -= part;
      }
    }
    return Math.max(0, remaining);
  }

  /**
   * Shares {@code area} of crop c planted in week t among a class's members, next-fit: the member
   * whose turn it is gives all its free land (or what is left of the area) and keeps the turn while
   * it still has room for a plot. A last piece that would leave a member a sliver too small for any
   * plot goes to a nearby member it fits cleanly, if there is one. Returns the area not placed.
   */
  private double share(List<Integer> who, int[] turn, int k, int c, int t, double area) {
    int last = Math.min(weeks, t + profiles.get(c).weeksOccupied());
    double remaining = nearestHundredth(area);
    if (remaining < smallestPlot[k] - PLOT_SLACK) {
      // below every member's plot nothing is planted: the loop below would only pass the turn round the class
      // once (a volume average has hundreds of thousands of such areas at 10,000 members)
      turn[k] += who.size();
      return remaining;
    }
    int held = 0;
    for (int asked = 0; asked < who.size() && remaining >= HUNDREDTH; ) {
      int own = who.get(turn[k] % who.size());
      int i = own;
      // the room for the crop-week's demand changes only when something is planted
      double roomNow = room(c, t);
      double chunk = hundredths(Math.min(Math.min(remaining, freeOver(i, t, last)), roomNow));
      if (chunk >= remaining - HUNDREDTH / 2 && leavesSliver(i, t, last, chunk)) {
        int better = cleanFit(who, turn[k], t, last, chunk);
        if (better >= 0) {
          i = better;
        }
      } else if (chunk < remaining - HUNDREDTH / 2 && remaining - chunk < smallestPlot[k] - PLOT_SLACK
          && roomNow >= remaining - HUNDREDTH / 2) {
        // filling member i would leave less of the area than any member's plot: a member that avoids it
        int better = fitFor(who, turn[k], k, t, last, remaining);
        if (better >= 0) {
          i = better;
          chunk = hundredths(Math.min(remaining, freeOver(i, t, last)));
        }
      }
      if (chunk >= plot[i] - PLOT_SLACK && chunk >= HUNDREDTH) {
        applySeed(i, c, t, Math.round(chunk * 100));
        if (held == holders.length) {
          holders = java.util.Arrays.copyOf(holders, 2 * held);
        }
        holders[held++] = i;
        remaining -= chunk;
        // a member standing in for the one whose turn it is leaves the turn where it was: that one's
        // land is still free, for what is left
        if (i != own || freeOver(i, t, last) >= plot[i] - TOLERANCE) {
          continue;
        }
      } else if (roomNow < smallestPlot[k] - TOLERANCE && remaining >= smallestPlot[k]) {
        // the demand left has no room for any member's plot
        break;
      }
      turn[k]++;
      asked++;
    }
    for (int h = 0; h < held; h++) {
      int i = holders[h];
      if (remaining < HUNDREDTH) {
        break;
      }
      double chunk = hundredths(Math.min(Math.min(remaining, freeOver(i, t, last)), room(c, t)));
      if (chunk > 0) {
        applySeed(i, c, t, Math.round(chunk * 100));
        remaining -= chunk;
      }
    }
    return remaining;
  }

  /** Whether member i, given {@code chunk} more over [from, to), would keep free land, but less than its minimum plot. */
  private boolean leavesSliver(int i, int from, int to, double chunk) {
    double left = freeOver(i, from, to) - chunk;
    return left > SLIVER && left < plot[i] - PLOT_SLACK;
  }

  /**
   * Among the next few members of the class, the first who can take all of {@code remaining}
   * cleanly, or whose whole free land leaves at least the class's smallest plot of it; −1 if none.
   */
  private int fitFor(List<Integer> who, int from, int k, int t, int last, double remaining) {
    for (int a = 1; a <= FIT_WINDOW && a < who.size(); a++) {
      int j = who.get((from + a) % who.size());
      double free = hundredths(freeOver(j, t, last));
      if (free < plot[j] - PLOT_SLACK) {
        continue;
      }
      if (free >= remaining - HUNDREDTH / 2 ? remaining >= plot[j] - PLOT_SLACK && !leavesSliver(j, t, last, remaining)
          : remaining - free >= smallestPlot[k] - PLOT_SLACK) {
        return j;
      }
    }
    return -1;
  }

  /** Among the next few members of the class, the first with room for {@code chunk} that leaves no sliver, or −1. */
  private int cleanFit(List<Integer> who, int from, int t, int last, double chunk) {
    for (int a = 1; a <= FIT_WINDOW && a < who.size(); a++) {
      int j = who.get((from + a) % who.size());
      if (chunk >= plot[j] - PLOT_SLACK && freeOver(j, t, last) >= chunk && !leavesSliver(j, t, last, chunk)) {
        return j;
      }
    }
    return -1;
  }

  /**
   * {@code area} rounded down to whole hundredths of a m²; a value within 10⁻⁹ m² below a hundredth
   * (floating-point residue, the same tolerance as the land check) counts as that hundredth.
   */
  private static double hundredths(double area) {
    return Math.floor(area * 100 + ROUNDING_NUDGE) / 100;
  }

  /** Whether member i grows crop c. */
  private boolean grows(int i, int c) {
    return members.get(i).crops().contains(crops.get(c));
  }

  /**
   * {@code area} to the nearest hundredth of a m²: a relaxation's areas carry floating-point residue
   * (874.9999988 m²); a hair too much is harmless, as every planting is capped by free land and demand.
   */
  private static double nearestHundredth(double area) {
    return Math.round(area * 100) / 100.0;
  }

  /**
   * {@code area} of crop c planted in week t by member i, capped by the member's free land over the
   * planting's occupation and by the demand left, in whole hundredths of a m².
   */
  private double capped(int i, int c, int t, double area) {
    int last = Math.min(weeks, t + profiles.get(c).weeksOccupied());
    return hundredths(Math.min(Math.min(area, room(c, t)), freeOver(i, t, last)));
  }

  /** The least free land of member i over weeks [from, to). */
  private double freeOver(int i, int from, int to) {
    double least = Double.POSITIVE_INFINITY;
    for (int w = from; w < to; w++) {
      least = Math.min(least, freeLand[i][w]);
    }
    return least;
  }

  /** kg harvested within the horizon per m² of crop c planted in week t. */
  private double harvested(int c, int t) {
    int first = t + profiles.get(c).weeksToFirstHarvest();
    double kg = 0;
    for (int k = 0; k < shares[c].length && first + k < weeks; k++) {
      kg += yieldPerSquareMetre[c] * shares[c][k];
    }
    return kg;
  }

  /** The most m² of crop c planted in week t can add before some week's supply would exceed demand. */
  private double room(int c, int t) {
    int first = t + profiles.get(c).weeksToFirstHarvest();
    double most = Double.POSITIVE_INFINITY;
    for (int k = 0; k < shares[c].length && first + k < weeks; k++) {
      double perSquareMetre = yieldPerSquareMetre[c] * shares[c][k];
      if (perSquareMetre > 0) {
        most = Math.min(most, Math.max(0, demand[c][first + k] - supply[c][first + k]) / perSquareMetre);
      }
    }
    return most;
  }

  /**
   * The greedy's queue of slots (crop × weeks + planting week), each ranked by the gap it would close
   * per m²-week of land: the highest rank first, then the lowest slot (the lower crop, then the
   * earlier week); a slot is in it at most once. Kept in primitive arrays: at 10,000 members the
   * greedy puts slots back millions of times.
   */
  static final class SlotQueue {
    private final int[] heap;
    private final double[] rank;
    private int size;

    SlotQueue(int slots) {
      this.heap = new int[slots];
      this.rank = new double[slots];
    }

    boolean isEmpty() {
      return size == 0;
    }

    /** The first slot's rank; only when not empty. */
    double firstRank() {
      return rank[heap[0]];
    }

    /** Whether the first slot goes before {@code slot} ranked {@code r} (not in the queue). */
    boolean firstBefore(int slot, double r) {
      return before(heap[0], rank[heap[0]], slot, r);
    }

    /** Puts in {@code slot}, not in the queue, ranked {@code r}. */
    void add(int slot, double r) {
      rank[slot] = r;
      int at = size++;
      while (at > 0) {
        int parent = (at - 1) / 2;
        if (!before(slot, heap[parent])) {
          break;
        }
        heap[at] = heap[parent];
        at = parent;
      }
      heap[at] = slot;
    }

    /** Takes out the first slot; only when not empty. */
    int poll() {
      int first = heap[0];
      int last = heap[--size];
      int at = 0;
      while (true) {
        int child = 2 * at + 1;
        if (child >= size) {
          break;
        }
        if (child + 1 < size && before(heap[child + 1], heap[child])) {
          child++;
        }
        if (!before(heap[child], last)) {
          break;
        }
        heap[at] = heap[child];
        at = child;
      }
      if (size > 0) {
        heap[at] = last;
      }
      return first;
    }

    /** The rank of a slot polled last or still in the queue. */
    double rank(int slot) {
      return rank[slot];
    }

    private boolean before(int a, int b) {
      return before(a, rank[a], b, rank[b]);
    }

    /** The queue's order: slot a ranked ra goes before slot b ranked rb. */
    private static boolean before(int a, double ra, int b, double rb) {
      int byRank = Double.compare(ra, rb);
      return byRank > 0 || byRank == 0 && a < b;
    }
  }

  /** kg of gap closed per m² per week of occupation: land over time is what members have. */
  private double efficiency(int c, double gain, double area) {
    return gain / (area * profiles.get(c).weeksOccupied());
  }

  void run() {
    SlotQueue queue = new SlotQueue(crops.size() * weeks);
    for (int c = 0; c < crops.size(); c++) {
      for (int t = 0; t < weeks; t++) {
        int choice = memberFor(c, t);
        if (choice != NO_ONE) {
          double area = area(choice);
          double g = gain(c, t, area);
          if (g > TOLERANCE) {
            queue.add(c * weeks + t, efficiency(c, g, area));
          }
        }
      }
    }
    while (!queue.isEmpty()) {
      int slot = queue.poll();
      int c = slot / weeks;
      int t = slot % weeks;
      double ranked = queue.rank(slot);
      int member = -1;
      int planting = -1;
      // the slot planted, and planted again for as long as it would be the queue's next: the same
      // steps as putting it back and taking it out again, without the queue or looking its record up
      while (true) {
        int choice = memberFor(c, t);
        if (choice == NO_ONE) {
          break;
        }
        double area = area(choice);
        double g = gain(c, t, area);
        if (g <= TOLERANCE) {
          break;
        }
        double e = efficiency(c, g, area);
        if (e < ranked - TOLERANCE && !queue.isEmpty() && queue.firstRank() > e) {
          queue.add(slot, e);
          break;
        }
        if (member(choice) != member) {
          member = member(choice);
          planting = record(member, c, t, area, g);
        } else {
          occupy(member, c, t, area);
          placed.add(planting, GAIN, g);
        }
        // the greedy plants whole tenths of the member's minimum plot
        placed.add(planting, STEPS, Math.round(area / step[member]));
        if (!queue.isEmpty() && queue.firstBefore(slot, e)) {
          queue.add(slot, e);
          break;
        }
        ranked = e;
      }
    }
  }

  /**
   * Enlarges each planting by the whole hundredths of a m² its member's free land over its
   * occupation and its weeks' unmet demand still allow: the greedy's tenths of a plot leave slivers.
   */
  void fill() {
    int n = placed.count();
    for (int r = 0; r < n; r++) {
      if (!placed.live(r)) {
        continue;
      }
      int i = (int) placed.get(r, MEMBER);
      int c = (int) placed.get(r, CROP);
      int t = (int) placed.get(r, WEEK);
      double kg = harvested(c, t);
      long hundredths = kg <= 0 ? 0 : Math.round(capped(i, c, t, Double.POSITIVE_INFINITY) * 100);
      if (hundredths > 0) {
        double area = hundredths / 100.0;
        occupy(i, c, t, area);
        placed.add(r, FILLED, hundredths);
        placed.add(r, GAIN, area * kg);
      }
    }
  }

  /** {@link #memberFor}'s answer when no member can plant the slot. */
  private static final int NO_ONE = -1;

  /**
   * The member to plant crop c in week t, and how much: first a member who already planted it that
   * week and has land to enlarge the plot by a tenth of the minimum; else the next eligible member with
   * a minimum plot's land free over the occupation, members taken in id order from a starting point
   * that differs from slot to slot, so that plantings spread over the members. A member once found
   * without room for a slot is not asked again: land in use only grows. Returns {@link #NO_ONE}, the
   * member's index for a new plot, or −2 − the index to enlarge one (an int, not an object: the greedy
   * asks millions of times); {@link #member} and {@link #area} read it.
   */
  private int memberFor(int c, int t) {
    int slot = c * weeks + t;
    int last = Math.min(weeks, t + profiles.get(c).weeksOccupied());
    int[] already = plantedAt[slot];
    while (extensionFull[slot] < plantedCount[slot]) {
      int i = already[extensionFull[slot]];
      if (freeOver(i, t, last) >= step[i] - TOLERANCE) {
        return -2 - i;
      }
      extensionFull[slot]++;
    }
    int[] who = eligible[c];
    int offset = who.length == 0 ? 0 : (int) ((c * 7919L + t * 104729L) % who.length);
    while (newFull[slot] < who.length) {
      int i = who[(offset + newFull[slot]) % who.length];
      if (freeOver(i, t, last) >= plot[i] - TOLERANCE) {
        return i;
      }
      newFull[slot]++;
    }
    return NO_ONE;
  }

  /** The member of a {@link #memberFor} answer. */
  private static int member(int choice) {
    return choice >= 0 ? choice : -2 - choice;
  }

  /** The m² of a {@link #memberFor} answer: a whole minimum plot, or a tenth of one to enlarge a plot. */
  private double area(int choice) {
    return choice >= 0 ? plot[choice] : step[-2 - choice];
  }

  /**
   * How much adding {@code area} of crop c planted in week t lowers Σ |supply − demand|; zero when
   * the harvest would push any week's supply above its demand (a plan never makes a glut).
   */
  private double gain(int c, int t, double area) {
    double total = area * yieldPerSquareMetre[c];
    int first = t + profiles.get(c).weeksToFirstHarvest();
    double gain = 0;
    for (int k = 0; k < shares[c].length; k++) {
      int w = first + k;
      if (w >= weeks) {
        break;
      }
      double added = total * shares[c][k];
      if (supply[c][w] + added > demand[c][w] + TOLERANCE * Math.max(1, demand[c][w])) {
        return 0;
      }
      gain += added;
    }
    return gain;
  }

  /** As {@link #apply}, for a seeded area of a whole number of hundredths of a m². */
  private void applySeed(int member, int c, int t, long hundredths) {
    double area = hundredths / 100.0;
    placed.add(record(member, c, t, area, area * harvested(c, t)), HUNDREDTHS, hundredths);
  }

  /** Plants {@code area} of crop c in week t for member, gaining {@code gain} kg; returns the planting's record. */
  private int record(int member, int c, int t, double area, double gain) {
    occupy(member, c, t, area);
    long key = key(member, c, t);
    int record = placed.find(key);
    if (record < 0) {
      record = placed.add(key, member, c, t);
      int slot = c * weeks + t;
      if (plantedCount[slot] == plantedAt[slot].length) {
        plantedAt[slot] = java.util.Arrays.copyOf(plantedAt[slot], Math.max(4, 2 * plantedCount[slot]));
      }
      plantedAt[slot][plantedCount[slot]++] = member;
    }
    placed.add(record, GAIN, gain);
    return record;
  }

  /** Adds {@code area} m² (taken away when negative) of crop c planted in week t to member's land in use and to the supply. */
  private void occupy(int member, int c, int t, double area) {
    double total = area * yieldPerSquareMetre[c];
    int first = t + profiles.get(c).weeksToFirstHarvest();
    for (int k = 0; k < shares[c].length && first + k < weeks; k++) {
      supply[c][first + k] += total * shares[c][k];
    }
    int last = Math.min(weeks, t + profiles.get(c).weeksOccupied());
    for (int w = t; w < last; w++) {
      freeLand[member][w] -= area;
    }
  }

  /**
   * Removes member i's plantings, giving back their land and demand. The greedy's counters of members
   * found without room are reset for the slots the member may plant: its land is free again.
   */
  private void clear(int i) {
    for (int c = 0; c < crops.size(); c++) {
      if (!grows(i, c)) {
        continue;
      }
      for (int t = 0; t < weeks; t++) {
        int slot = c * weeks + t;
        newFull[slot] = 0;
        int r = placed.remove(key(i, c, t));
        if (r < 0) {
          continue;
        }
        occupy(i, c, t, -((placed.get(r, HUNDREDTHS) + placed.get(r, FILLED)) / 100 + placed.get(r, STEPS) * step[i]));
        int[] who = plantedAt[slot];
        int at = 0;
        while (who[at] != i) {
          at++;
        }
        System.arraycopy(who, at + 1, who, at, --plantedCount[slot] - at);
        extensionFull[slot] = 0;
      }
    }
  }

  /**
   * Re-plans member i: its plantings are taken out, its own relaxation against the demand the others
   * leave is planted (each area in whole hundredths, at least its minimum plot), and the greedy step
   * fills in after it, with every member. Returns whether Σ |gap| fell; the caller keeps a copy to go
   * back to when it did not ({@link #copy}).
   */
  boolean replan(int i) {
    return replan(new int[] {i});
  }

  /**
   * Re-plans members i and j together, as {@link #replan(int)} one member: their plantings are taken
   * out and their joint relaxation against the demand the others leave is planted, each member's
   * areas on its own land; when they grow the same crops the relaxation pools their land, and each
   * crop-week's area goes to i as far as it fits, the rest to j.
   */
  boolean replan(int i, int j) {
    return replan(new int[] {i, j});
  }

  private boolean replan(int[] who) {
    double before = gap();
    List<PlannerMember> replanned = new ArrayList<>(who.length);
    double[][] residual = new double[crops.size()][weeks];
    for (int i : who) {
      clear(i);
      replanned.add(members.get(i));
    }
    for (int c = 0; c < crops.size(); c++) {
      // the other crops' rows stay empty: the programme has a row only where one of them could harvest
      for (int i : who) {
        if (grows(i, c)) {
          for (int w = 0; w < weeks; w++) {
            residual[c][w] = Math.max(0, demand[c][w] - supply[c][w]);
          }
          break;
        }
      }
    }
    Relaxation.Result own = Relaxation.solve(replanned, profiles, shares, yieldPerSquareMetre, residual);
    // by planting week, as the seeding shares out: a class of two members (the same crops) gives each
    // crop-week's area to its first member as far as it fits, the rest to the second; none for a member
    // who grows no demanded crop
    List<List<Integer>> classes = own == null ? List.of() : own.classes();
    for (int t = 0; t < weeks; t++) {
      for (int c = 0; c < crops.size(); c++) {
        for (int k = 0; k < classes.size(); k++) {
          double left = own.areas()[k][c][t];
          for (int m = 0; m < classes.get(k).size() && left > TOLERANCE; m++) {
            int i = who[classes.get(k).get(m)];
            double area = capped(i, c, t, nearestHundredth(left));
            if (area >= plot[i] - PLOT_SLACK) {
              applySeed(i, c, t, Math.round(area * 100));
              placed.set(placed.find(key(i, c, t)), REPLANNED, 1);
              left -= area;
            }
          }
        }
      }
    }
    run();
    fill();
    return gap() < before - TOLERANCE;
  }

  /** Whether members i and j both grow a demanded crop: re-planned together, they may trade its weeks. */
  boolean shareACrop(int i, int j) {
    for (int c = 0; c < crops.size(); c++) {
      if (grows(i, c) && grows(j, c)) {
        return true;
      }
    }
    return false;
  }

  /** The key of member's planting of crop c in week t in {@link #placed}. */
  private long key(int member, int c, int t) {
    return ((long) member * crops.size() + c) * weeks + t;
  }

  /**
   * The plantings' records: per key ({@link #key}), {@link #FIELDS} numbers, kept in one flat array
   * and found through an open-addressing table. A record keeps its number for good (a removed one is
   * only marked), so callers may hold it. At 10,000 members a plan has about 150,000 records, in
   * several plans in progress at once; a hash map of boxed keys to arrays made a tenth of a plan's
   * garbage and much of what each collection had to copy.
   */
  static final class Records {
    static final int FIELDS = 8;
    /** A removed key's mark in the table; an empty slot holds 0, a key k holds k + 1. */
    private static final long REMOVED = -1;
    private long[] keys;
    private int[] numbers;
    private double[] values;
    private int count;
    /** Table slots that are not empty: keys and removed marks. */
    private int used;

    /** Room for {@code expected} records before the first growth. */
    Records(int expected) {
      int size = Integer.highestOneBit(Math.max(32, 2 * expected - 1)) << 1;
      this.keys = new long[size];
      this.numbers = new int[size];
      this.values = new double[Math.max(16, expected) * FIELDS];
    }

    Records(Records other) {
      this.keys = other.keys.clone();
      this.numbers = other.numbers.clone();
      this.values = java.util.Arrays.copyOf(other.values, other.count * FIELDS);
      this.count = other.count;
      this.used = other.used;
    }

    /** The record of {@code key}, or −1. */
    int find(long key) {
      int mask = keys.length - 1;
      for (int slot = home(key, mask); keys[slot] != 0; slot = (slot + 1) & mask) {
        if (keys[slot] == key + 1) {
          return numbers[slot];
        }
      }
      return -1;
    }

    /** A new record for {@code key}, not yet in: member, crop, week and zeros. */
    int add(long key, int member, int c, int t) {
      if (2 * (used + 1) > keys.length) {
        rehash();
      }
      int mask = keys.length - 1;
      int slot = home(key, mask);
      while (keys[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = key + 1;
      numbers[slot] = count;
      used++;
      if ((count + 1) * FIELDS > values.length) {
        // a copy's array is as long as its records, which may be none
        values = java.util.Arrays.copyOf(values, Math.max(2 * values.length, 16 * FIELDS));
      }
      int at = count * FIELDS;
      values[at + MEMBER] = member;
      values[at + CROP] = c;
      values[at + WEEK] = t;
      return count++;
    }

    /** Removes {@code key}; returns its record, still readable, or −1. */
    int remove(long key) {
      int mask = keys.length - 1;
      for (int slot = home(key, mask); keys[slot] != 0; slot = (slot + 1) & mask) {
        if (keys[slot] == key + 1) {
          keys[slot] = REMOVED;
          values[numbers[slot] * FIELDS + MEMBER] = -1;
          return numbers[slot];
        }
      }
      return -1;
    }

    /** Whether a record is still in (not removed). */
    boolean live(int record) {
      return values[record * FIELDS + MEMBER] >= 0;
    }

    /** How many records were made, removed ones too: they are numbered 0 to this. */
    int count() {
      return count;
    }

    double get(int record, int field) {
      return values[record * FIELDS + field];
    }

    void set(int record, int field, double value) {
      values[record * FIELDS + field] = value;
    }

    void add(int record, int field, double amount) {
      values[record * FIELDS + field] += amount;
    }

    /** The table twice as large when the keys in it fill half of it, else as large; removed marks dropped. */
    private void rehash() {
      long[] oldKeys = keys;
      int[] oldNumbers = numbers;
      int live = 0;
      for (long k : oldKeys) {
        if (k > 0) {
          live++;
        }
      }
      int size = 2 * (live + 1) > oldKeys.length / 2 ? 2 * oldKeys.length : oldKeys.length;
      keys = new long[size];
      numbers = new int[size];
      used = 0;
      int mask = size - 1;
      for (int old = 0; old < oldKeys.length; old++) {
        if (oldKeys[old] > 0) {
          int slot = home(oldKeys[old] - 1, mask);
          while (keys[slot] != 0) {
            slot = (slot + 1) & mask;
          }
          keys[slot] = oldKeys[old];
          numbers[slot] = oldNumbers[old];
          used++;
        }
      }
    }

    /** Fibonacci hashing: keys of neighbouring members, crops and weeks spread over the table. */
    private static int home(long key, int mask) {
      return (int) ((key * 0x9E3779B97F4A7C15L) >>> 32) & mask;
    }
  }

  /** Each of {@code count} indices' place when they are sorted by {@code order}. */
  private static int[] rank(int count, java.util.Comparator<Integer> order) {
    List<Integer> sorted = new ArrayList<>(java.util.stream.IntStream.range(0, count).boxed().toList());
    sorted.sort(order);
    int[] rank = new int[count];
    for (int place = 0; place < count; place++) {
      rank[sorted.get(place)] = place;
    }
    return rank;
  }

  /** The plantings in order of week, crop and member id, each with its reason. */
  List<Plan.PlannedPlanting> plantings() {
    int[] live = new int[placed.count()];
    int n = 0;
    for (int r = 0; r < placed.count(); r++) {
      if (placed.live(r)) {
        live[n++] = r;
      }
    }
    live = java.util.Arrays.copyOf(live, n);
    // by week, then crop name, then member id: names and ids ranked once, each record's place a number
    // (unique: a member plants a crop in a week once), sorted as primitives with the record's index
    // when that fits in a long (always, but for clusters far beyond memory)
    int[] cropRank = rank(crops.size(), java.util.Comparator.comparing(crops::get));
    int[] memberRank = rank(members.size(), java.util.Comparator.comparing(i -> members.get(i).id()));
    long cropCount = crops.size();
    long memberCount = members.size();
    long count = Math.max(1, n);
    java.util.function.IntToLongFunction place = r -> ((long) placed.get(r, WEEK) * cropCount
        + cropRank[(int) placed.get(r, CROP)]) * memberCount + memberRank[(int) placed.get(r, MEMBER)];
    int[] records;
    if ((double) weeks * cropCount * memberCount * count < Long.MAX_VALUE / 2.0) {
      long[] order = new long[n];
      for (int k = 0; k < n; k++) {
        order[k] = place.applyAsLong(live[k]) * count + k;
      }
      java.util.Arrays.sort(order);
      records = new int[n];
      for (int k = 0; k < n; k++) {
        records[k] = live[(int) (order[k] % count)];
      }
    } else {
      records = java.util.stream.IntStream.of(live).boxed().sorted(java.util.Comparator.comparingLong(place::applyAsLong))
          .mapToInt(Integer::intValue).toArray();
    }
    List<Plan.PlannedPlanting> result = new ArrayList<>(records.length);
    String[] when = new String[crops.size() * weeks];
    for (int r : records) {
      int member = (int) placed.get(r, MEMBER);
      int c = (int) placed.get(r, CROP);
      int t = (int) placed.get(r, WEEK);
      double hundredths = placed.get(r, HUNDREDTHS);
      double steps = placed.get(r, STEPS);
      double gain = placed.get(r, GAIN);
      PlannerMember m = members.get(member);
      // exact: seeded and filled hundredths of a m² plus the greedy's tenths of the member's minimum plot
      Area area = Area.ofSquareMetres(BigDecimal.valueOf((long) (hundredths + placed.get(r, FILLED)), 2));
      if (steps > 0) {
        area = area.plus(m.minimumPlot().multipliedBy((long) steps).dividedBy(10));
      }
      CropProfile profile = profiles.get(c);
      if (when[c * weeks + t] == null) {
        int first = t + profile.weeksToFirstHarvest();
        int last = Math.min(weeks - 1, first + profile.harvestWeeks() - 1);
        when[c * weeks + t] = "fills the " + crops.get(c) + " gap in " + (first >= weeks ? "harvest after the horizon"
            : first == last ? "week " + horizon.week(first) : "weeks " + horizon.week(first) + "–" + horizon.week(last))
            + ", lowering Σ|supply − demand| by ";
      }
      // one concatenation: the week's text is long, and tens of thousands of plantings copy it
      String reason = placed.get(r, REPLANNED) > 0
          ? when[c * weeks + t] + Math.round(gain) + " kg; planted when " + m.id()
              + " was re-planned against the demand the others leave"
          : hundredths > 0
              ? when[c * weeks + t] + Math.round(gain) + " kg; a share of the "
                  + Math.round(pooled[classOf[member]][c][t]) + " m² the cluster plan puts here"
              : when[c * weeks + t] + Math.round(gain) + " kg";
      result.add(Plan.PlannedPlanting.of(Planting.of(m.id(), profile, horizon.week(t), area), reason));
    }
    return result;
  }
}
