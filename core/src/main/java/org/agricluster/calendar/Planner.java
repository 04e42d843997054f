package org.agricluster.calendar;

import static org.agricluster.internal.Check.notNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import org.agricluster.internal.Check;
import org.agricluster.measure.Area;

/**
 * Staggers planting across a cluster's members so that supply follows demand week by week,
 * minimising Σ |supply − demand| over crops and weeks — the "set schedule for planting to each
 * member" that lets the ASPIRE Takeo cluster ship vegetables all year (seed 000).
 *
 * <p>The planner is greedy and deterministic, with no solver at run time: it repeatedly adds the
 * plot that lowers Σ |supply − demand| the most per square metre and week of land it occupies — a
 * member's whole minimum plot for a new planting,
 * or a tenth of it to enlarge a planting the member already has — never letting a member's land in
 * use exceed the member's land (land is occupied from planting to the end of harvest), and never
 * adding a plot whose harvest would push any week's supply above that week's demand: a plan makes no
 * glut, the field's core problem. Ties go to the crop first by name, then the earlier week; members
 * take turns in id order. Each planting carries the reason it was chosen. The plan is
 * reported beside the baseline in which every member plants the same crops in the same week and
 * replants as soon as the plot is free; if the baseline were better, it is kept and the summary says
 * so, so a plan is never worse than its baseline.
 *
 * <pre>{@code
 * Plan plan = Planner.plan(members, List.of(cucumber, longBean), demand);
 * plan.summary();
 * }</pre>
 */
public final class Planner {
  private static final double EPSILON = 1e-9;

  private Planner() {}

  /**
   * Plans plantings for the members over the demand's horizon.
   *
   * @throws IllegalArgumentException if a demanded crop has no profile, two profiles share a crop,
   *     or two members share an id
   */
  public static Plan plan(List<PlannerMember> members, List<CropProfile> profiles, DemandCalendar demand) {
    notNull(members, "members");
    notNull(profiles, "profiles");
    notNull(demand, "demand");
    Map<String, CropProfile> byCrop = new TreeMap<>();
    for (CropProfile p : profiles) {
      if (byCrop.put(notNull(p, "profile").crop(), p) != null) {
        throw Check.refusal("Crop profiles", "one per crop", "two for '" + p.crop() + "'");
      }
    }
    for (String crop : demand.crops()) {
      if (!byCrop.containsKey(crop)) {
        throw Check.refusal("Crop of the demand", "one with a profile: " + byCrop.keySet(), "'" + crop + "'");
      }
    }
    List<PlannerMember> sorted = new ArrayList<>(members);
    sorted.sort(java.util.Comparator.comparing(PlannerMember::id));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).id().equals(sorted.get(i - 1).id())) {
        throw Check.refusal("Member ids", "distinct", "'" + sorted.get(i).id() + "' twice");
      }
    }
    Horizon horizon = demand.horizon();
    List<Planting> baselinePlantings = baseline(sorted, byCrop, demand);
    Balance baseline = Balance.of(SupplyCalendar.of(horizon, baselinePlantings), demand);
    Greedy greedy = new Greedy(sorted, byCrop, demand);
    greedy.run();
    List<Plan.PlannedPlanting> planned = greedy.plantings();
    Balance balance = Balance.of(SupplyCalendar.of(horizon,
        planned.stream().map(Plan.PlannedPlanting::planting).toList()), demand);
    if (balance.totalAbsoluteGap().compareTo(baseline.totalAbsoluteGap()) > 0) {
      List<Plan.PlannedPlanting> kept = baselinePlantings.stream()
          .map(p -> new Plan.PlannedPlanting(p, "baseline kept: no staggered plan found that beats it")).toList();
      return new Plan(ImmutableList.copyOf(kept), baseline, baseline,
          "The baseline was kept: the staggered plan's Σ|gap| " + Plan.kg(balance.totalAbsoluteGap())
              + " kg was not below the baseline's " + Plan.kg(baseline.totalAbsoluteGap()) + " kg.");
    }
    String summary = planned.size() + " plantings by " + planned.stream().map(p -> p.planting().member()).distinct().count()
        + " of " + members.size() + " members; Σ|supply − demand| " + Plan.kg(balance.totalAbsoluteGap())
        + " kg against " + Plan.kg(baseline.totalAbsoluteGap()) + " kg when everyone plants in the same week.";
    return new Plan(ImmutableList.copyOf(planned), balance, baseline, summary);
  }

  /** Every member plants all its demanded crops in week 0, land split equally, and replants each crop as soon as it is harvested. */
  static List<Planting> baseline(List<PlannerMember> members, Map<String, CropProfile> profiles, DemandCalendar demand) {
    List<Planting> plantings = new ArrayList<>();
    for (PlannerMember m : members) {
      List<String> crops = m.crops().stream().filter(demand.crops()::contains).toList();
      if (crops.isEmpty()) {
        continue;
      }
      // rounded down to the cm², so the crops' plots never add up to more than the member's land
      Area each = Area.ofSquareMetres(m.land().toSquareMetres().divide(BigDecimal.valueOf(crops.size()), 4,
          java.math.RoundingMode.DOWN));
      for (String crop : crops) {
        CropProfile profile = profiles.get(crop);
        for (int t = 0; t < demand.horizon().weeks(); t += profile.weeksOccupied()) {
          plantings.add(Planting.of(m.id(), profile, t, each));
        }
      }
    }
    return plantings;
  }

  /** The greedy search, in doubles for speed; the plan's balance is then computed exactly. */
  private static final class Greedy {
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
    /** Per slot (crop × weeks + week): the members who planted there, and how many of them can no longer grow it. */
    private final List<List<Integer>> plantedAt = new ArrayList<>();
    private final int[] extensionFull;
    /** Per slot: how many eligible members were found without room for a new plot there (land only shrinks). */
    private final int[] newFull;
    private final Map<Long, double[]> placed = new HashMap<>();
    private final Horizon horizon;

    Greedy(List<PlannerMember> members, Map<String, CropProfile> byCrop, DemandCalendar demandCalendar) {
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
      for (int slot = 0; slot < cropCount * weeks; slot++) {
        plantedAt.add(new ArrayList<>());
      }
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

    /** A crop and planting week, ranked by the gap closed per m²-week of land it would occupy. */
    private record Candidate(double gain, int crop, int week) {}

    /** Who plants, and how much: a member's whole minimum plot for a new planting, a tenth of it to enlarge one. */
    private record Choice(int member, double area) {}

    /** kg of gap closed per m² per week of occupation: land over time is what members have. */
    private double efficiency(int c, double gain, double area) {
      return gain / (area * profiles.get(c).weeksOccupied());
    }

    void run() {
      PriorityQueue<Candidate> queue = new PriorityQueue<>((a, b) -> {
        int byGain = Double.compare(b.gain(), a.gain());
        if (byGain != 0) {
          return byGain;
        }
        int byCrop = Integer.compare(a.crop(), b.crop());
        return byCrop != 0 ? byCrop : Integer.compare(a.week(), b.week());
      });
      for (int c = 0; c < crops.size(); c++) {
        for (int t = 0; t < weeks; t++) {
          Choice choice = memberFor(c, t);
          if (choice != null) {
            double g = gain(c, t, choice.area());
            if (g > EPSILON) {
              queue.add(new Candidate(efficiency(c, g, choice.area()), c, t));
            }
          }
        }
      }
      while (!queue.isEmpty()) {
        Candidate top = queue.poll();
        Choice choice = memberFor(top.crop(), top.week());
        if (choice == null) {
          continue;
        }
        double g = gain(top.crop(), top.week(), choice.area());
        if (g <= EPSILON) {
          continue;
        }
        double e = efficiency(top.crop(), g, choice.area());
        if (e < top.gain() - EPSILON && !queue.isEmpty() && queue.peek().gain() > e) {
          queue.add(new Candidate(e, top.crop(), top.week()));
          continue;
        }
        apply(choice.member(), top.crop(), top.week(), choice.area(), g);
        queue.add(new Candidate(e, top.crop(), top.week()));
      }
    }

    /**
     * The member to plant crop c in week t: first a member who already planted it that week and has
     * land to enlarge the plot by a tenth of the minimum; else the next eligible member with a minimum
     * plot's land free over the occupation, members taken in id order from a starting point that
     * differs from slot to slot, so that plantings spread over the members. A member once found
     * without room for a slot is not asked again: land in use only grows.
     */
    private Choice memberFor(int c, int t) {
      int slot = c * weeks + t;
      int last = Math.min(weeks, t + profiles.get(c).weeksOccupied());
      List<Integer> already = plantedAt.get(slot);
      while (extensionFull[slot] < already.size()) {
        int i = already.get(extensionFull[slot]);
        if (fits(i, t, last, step[i])) {
          return new Choice(i, step[i]);
        }
        extensionFull[slot]++;
      }
      int[] who = eligible[c];
      int offset = who.length == 0 ? 0 : (int) ((c * 7919L + t * 104729L) % who.length);
      while (newFull[slot] < who.length) {
        int i = who[(offset + newFull[slot]) % who.length];
        if (fits(i, t, last, plot[i])) {
          return new Choice(i, plot[i]);
        }
        newFull[slot]++;
      }
      return null;
    }

    private boolean fits(int member, int from, int to, double area) {
      double[] free = freeLand[member];
      for (int w = from; w < to; w++) {
        if (free[w] < area - EPSILON) {
          return false;
        }
      }
      return true;
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
        if (supply[c][w] + added > demand[c][w] + EPSILON * Math.max(1, demand[c][w])) {
          return 0;
        }
        gain += added;
      }
      return gain;
    }

    private void apply(int member, int c, int t, double area, double gain) {
      double total = area * yieldPerSquareMetre[c];
      int first = t + profiles.get(c).weeksToFirstHarvest();
      for (int k = 0; k < shares[c].length && first + k < weeks; k++) {
        supply[c][first + k] += total * shares[c][k];
      }
      int last = Math.min(weeks, t + profiles.get(c).weeksOccupied());
      for (int w = t; w < last; w++) {
        freeLand[member][w] -= area;
      }
      long key = ((long) member * crops.size() + c) * weeks + t;
      double[] record = placed.get(key);
      if (record == null) {
        record = new double[] {member, c, t, 0, 0};
        placed.put(key, record);
        plantedAt.get(c * weeks + t).add(member);
      }
      record[3] += area;
      record[4] += gain;
    }

    /** The plantings in order of week, crop and member id, each with its reason. */
    List<Plan.PlannedPlanting> plantings() {
      List<double[]> records = new ArrayList<>(placed.values());
      records.sort(java.util.Comparator.<double[]>comparingDouble(r -> r[2])
          .thenComparing(r -> crops.get((int) r[1])).thenComparing(r -> members.get((int) r[0]).id()));
      List<Plan.PlannedPlanting> result = new ArrayList<>(records.size());
      for (double[] r : records) {
        int member = (int) r[0];
        int c = (int) r[1];
        int t = (int) r[2];
        PlannerMember m = members.get(member);
        // the area is a whole number of tenths of the member's minimum plot, at least one whole plot
        Area area = m.minimumPlot().multipliedBy(Math.round(r[3] / step[member])).dividedBy(10);
        CropProfile profile = profiles.get(c);
        int first = t + profile.weeksToFirstHarvest();
        int last = Math.min(weeks - 1, first + profile.harvestWeeks() - 1);
        String when = first >= weeks ? "harvest after the horizon"
            : first == last ? "week " + horizon.week(first) : "weeks " + horizon.week(first) + "–" + horizon.week(last);
        String reason = "fills the " + crops.get(c) + " gap in " + when + ", lowering Σ|supply − demand| by "
            + Plan.kg(BigDecimal.valueOf(r[4])) + " kg";
        result.add(new Plan.PlannedPlanting(Planting.of(m.id(), profile, t, area), reason));
      }
      return result;
    }
  }
}
