package org.agricluster.calendar;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.agricluster.calendar.PlannerFamilies.Family;
import org.agricluster.measure.Area;

/**
 * The planner's model with minimum plots as a mixed-integer programme, solved by SCIP through
 * OR-tools (profile {@code mip-check} only): how good a plan exists beyond the planner's, on
 * clusters small enough for SCIP. Each member, crop and planting week has an area, either 0 or
 * between the member's minimum plot and its land; a member's plantings in use in a week fit its
 * land; no crop-week's supply exceeds its demand; the harvest within the horizon is maximised, which
 * minimises Σ|gap|. SCIP starts from the planner's plan, on one thread, for the time given.
 *
 * <p>SCIP's plan is not taken on trust: its areas are rounded down to whole hundredths of a m² (up
 * to the minimum plot where the solver's tolerance left one a hair below), made into {@link
 * Planting}s and checked with the library's own exact types — every area at least its member's
 * minimum plot, land in use never above the member's land in any week, and the gap and any glut
 * computed by {@link Balance}. SCIP's dual bound is quoted as SCIP reports it, not certified.
 *
 * <pre>{@code
 * mvn -Pmip-check -pl core test-compile exec:exec -Dmip.args="MANY_SETS 20 600"
 * }</pre>
 *
 * <p>Arguments: family ({@link Family}), members, seconds, and optionally the seed (1, as in the
 * quality table).
 */
public final class PlannerMipCheck {
  private PlannerMipCheck() {}

  public static void main(String[] args) {
    if (args.length < 3) {
      throw new IllegalArgumentException("Arguments: FAMILY MEMBERS SECONDS [SEED], such as MANY_SETS 20 600");
    }
    Family family = Family.valueOf(args[0]);
    int size = Integer.parseInt(args[1]);
    int seconds = Integer.parseInt(args[2]);
    long seed = args.length > 3 ? Long.parseLong(args[3]) : 1;
    Loader.loadNativeLibraries();
    PlannerFamilies.Instance instance = PlannerFamilies.of(family, size, seed);
    Plan plan = instance.plan();
    DemandCalendar demand = instance.demand();
    int weeks = demand.horizon().weeks();
    IsoWeek start = demand.horizon().start();

    MPSolver solver = MPSolver.createSolver("SCIP");
    double totalDemand = 0;
    Map<String, MPConstraint> demandRows = new HashMap<>();
    for (String crop : demand.crops()) {
      for (int w = 0; w < weeks; w++) {
        double d = demand.kilograms(crop).get(w).doubleValue();
        totalDemand += d;
        demandRows.put(crop + "/" + w, solver.makeConstraint(-MPSolver.infinity(), d));
      }
    }
    Map<String, CropProfile> byCrop = new HashMap<>();
    instance.profiles().forEach(p -> byCrop.put(p.crop(), p));
    MPObjective harvest = solver.objective();
    harvest.setMaximization();
    List<Candidate> candidates = new ArrayList<>();
    for (PlannerMember m : instance.members()) {
      double land = m.land().toSquareMetres().doubleValue();
      double plot = m.minimumPlot().toSquareMetres().doubleValue();
      List<List<MPVariable>> inUse = new ArrayList<>();
      for (int w = 0; w < weeks; w++) {
        inUse.add(new ArrayList<>());
      }
      for (String crop : m.crops()) {
        CropProfile p = byCrop.get(crop);
        if (p == null || !demand.crops().contains(crop)) {
          continue;
        }
        double perSquareMetre = p.yield().toKilogramsPerSquareMetre().doubleValue();
        // a planting harvested only after the horizon harvests nothing the gap counts
        for (int t = 0; t + p.weeksToFirstHarvest() < weeks; t++) {
          MPVariable area = solver.makeNumVar(0, land, "");
          MPVariable planted = solver.makeBoolVar("");
          MPConstraint atLeastPlot = solver.makeConstraint(0, MPSolver.infinity());
          atLeastPlot.setCoefficient(area, 1);
          atLeastPlot.setCoefficient(planted, -plot);
          MPConstraint onlyIfPlanted = solver.makeConstraint(-MPSolver.infinity(), 0);
          onlyIfPlanted.setCoefficient(area, 1);
          onlyIfPlanted.setCoefficient(planted, -land);
          double harvested = 0;
          for (int h = 0; h < p.harvestWeeks(); h++) {
            int w = t + p.weeksToFirstHarvest() + h;
            if (w < weeks) {
              double kg = perSquareMetre * p.harvestShares().get(h).toFraction().doubleValue();
              demandRows.get(crop + "/" + w).setCoefficient(area, kg);
              harvested += kg;
            }
          }
          harvest.setCoefficient(area, harvested);
          for (int w = t; w < Math.min(weeks, t + p.weeksOccupied()); w++) {
            inUse.get(w).add(area);
          }
          candidates.add(new Candidate(m, p, t, area, planted));
        }
      }
      for (int w = 0; w < weeks; w++) {
        MPConstraint landRow = solver.makeConstraint(-MPSolver.infinity(), land);
        for (MPVariable area : inUse.get(w)) {
          landRow.setCoefficient(area, 1);
        }
      }
    }

    // start from the planner's plan
    Map<String, Double> planned = new HashMap<>();
    for (Plan.PlannedPlanting p : plan.plantings()) {
      Planting planting = p.planting();
      planned.merge(key(planting.member(), planting.crop(), (int) start.weeksUntil(planting.week())),
          planting.area().toSquareMetres().doubleValue(), Double::sum);
    }
    MPVariable[] hinted = new MPVariable[2 * candidates.size()];
    double[] values = new double[hinted.length];
    for (int k = 0; k < candidates.size(); k++) {
      Candidate c = candidates.get(k);
      double area = planned.getOrDefault(key(c.member().id(), c.profile().crop(), c.week()), 0.0);
      hinted[2 * k] = c.area();
      values[2 * k] = area;
      hinted[2 * k + 1] = c.planted();
      values[2 * k + 1] = area > 0 ? 1 : 0;
    }
    solver.setHint(hinted, values);
    solver.setTimeLimit(seconds * 1000L);
    solver.setNumThreads(1);
    MPSolver.ResultStatus status = solver.solve();

    // SCIP's plan, checked with the library's own exact types
    List<Planting> plantings = new ArrayList<>();
    int belowPlot = 0;
    Map<String, BigDecimal[]> landInUse = new HashMap<>();
    for (Candidate c : candidates) {
      double value = c.area().solutionValue();
      if (value < 1e-6) {
        continue;
      }
      BigDecimal area = BigDecimal.valueOf(value).setScale(2, RoundingMode.FLOOR);
      BigDecimal plot = c.member().minimumPlot().toSquareMetres();
      if (area.compareTo(plot) < 0) {
        if (value < plot.doubleValue() - 1e-3) {
          belowPlot++;
        }
        area = plot;
      }
      plantings.add(Planting.of(c.member().id(), c.profile(), start.plusWeeks(c.week()), Area.ofSquareMetres(area)));
      BigDecimal[] use = landInUse.computeIfAbsent(c.member().id(), id -> new BigDecimal[weeks]);
      for (int w = c.week(); w < Math.min(weeks, c.week() + c.profile().weeksOccupied()); w++) {
        use[w] = use[w] == null ? area : use[w].add(area);
      }
    }
    int overLand = 0;
    for (PlannerMember m : instance.members()) {
      BigDecimal[] use = landInUse.get(m.id());
      for (int w = 0; use != null && w < weeks; w++) {
        if (use[w] != null && use[w].compareTo(m.land().toSquareMetres()) > 0) {
          overLand++;
        }
      }
    }
    Balance balance = Balance.of(SupplyCalendar.of(demand.horizon(), plantings), demand);
    BigDecimal glut = BigDecimal.ZERO;
    for (String crop : balance.crops()) {
      for (IsoWeek week : balance.horizon().allWeeks()) {
        glut = glut.add(balance.gap(crop, week).surplus().toKilograms());
      }
    }
    double planGap = plan.balance().totalAbsoluteGap().toKilograms().doubleValue();
    double bound = plan.lowerBound().orElseThrow().gap().toKilograms().doubleValue();
    double scipGap = balance.totalAbsoluteGap().toKilograms().doubleValue();
    double scipBound = totalDemand - harvest.bestBound();
    System.out.println("| family | members | planner's plan kg | SCIP's plan kg (checked) | planner's bound kg "
        + "| planner ÷ bound | SCIP ÷ bound | SCIP's dual bound kg | SCIP | plantings below a plot, member-weeks over land, glut kg |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---|---|");
    System.out.printf("| %s | %,d | %,.0f | %,.0f | %,.0f | %.4f | %.4f | %,.0f | %s after %d s | %d, %d, %s |%n", family, size,
        planGap, scipGap, bound, planGap / bound, scipGap / bound, scipBound, status, seconds, belowPlot, overLand,
        glut.setScale(3, RoundingMode.HALF_UP).toPlainString());
  }

  private static String key(String member, String crop, int week) {
    return member + "/" + crop + "/" + week;
  }

  /** One member, crop and planting week: its area and whether it is planted. */
  private record Candidate(PlannerMember member, CropProfile profile, int week, MPVariable area, MPVariable planted) {}
}
