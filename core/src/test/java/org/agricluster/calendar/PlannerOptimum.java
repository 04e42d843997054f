package org.agricluster.calendar;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The planner's model as a linear programme, solved with ojAlgo (test scope only): continuous
 * areas x[k][c][t] planted by each class k of members with the same crops, land in use per class and
 * week at most the class's land, and Σ |supply − demand| minimised through surplus − shortfall = supply − demand.
 * Members with the same crops are merged, which for continuous areas loses nothing (split any
 * solution in proportion to land). With no minimum plot, its optimum is a lower bound on any plan.
 */
public final class PlannerOptimum {
  private PlannerOptimum() {}

  /** The LP optimum of Σ |supply − demand|, in kg. */
  public static double of(List<PlannerMember> members, List<CropProfile> profiles, DemandCalendar demand) {
    return of(members, profiles, demand, false);
  }

  /**
   * The LP optimum of Σ |supply − demand|, in kg; with {@code noGlut}, supply may not exceed demand in
   * any week (the planner's own rule, and the model its relaxation solves).
   */
  public static double of(List<PlannerMember> members, List<CropProfile> profiles, DemandCalendar demand, boolean noGlut) {
    int weeks = demand.horizon().weeks();
    Map<Set<String>, Double> classes = new TreeMap<>((a, b) -> a.toString().compareTo(b.toString()));
    for (PlannerMember m : members) {
      classes.merge(m.crops(), m.land().toSquareMetres().doubleValue(), Double::sum);
    }
    ExpressionsBasedModel model = new ExpressionsBasedModel();
    Map<String, Expression> balance = new TreeMap<>();
    for (String crop : demand.crops()) {
      for (int w = 0; w < weeks; w++) {
        double d = demand.kilograms(crop).get(w).doubleValue();
        Expression e = model.addExpression("balance " + crop + " " + w).level(d);
        // supply − surplus + shortfall = demand; without a glut there is no surplus variable at all
        Variable shortfall = model.addVariable("shortfall " + crop + " " + w).lower(0).weight(1);
        e.set(shortfall, 1);
        if (!noGlut) {
          Variable surplus = model.addVariable("surplus " + crop + " " + w).lower(0).weight(1);
          e.set(surplus, -1);
        }
        balance.put(crop + "/" + w, e);
      }
    }
    int k = 0;
    for (Map.Entry<Set<String>, Double> cls : classes.entrySet()) {
      List<List<Variable>> byWeekInUse = new ArrayList<>();
      for (int w = 0; w < weeks; w++) {
        byWeekInUse.add(new ArrayList<>());
      }
      for (CropProfile p : profiles) {
        if (!cls.getKey().contains(p.crop()) || !demand.crops().contains(p.crop())) {
          continue;
        }
        double perSquareMetre = p.yield().toKilogramsPerSquareMetre().doubleValue();
        for (int t = 0; t < weeks; t++) {
          Variable x = model.addVariable("x " + k + " " + p.crop() + " " + t).lower(0);
          for (int w = t; w < Math.min(weeks, t + p.weeksOccupied()); w++) {
            byWeekInUse.get(w).add(x);
          }
          for (int h = 0; h < p.harvestWeeks(); h++) {
            int w = t + p.weeksToFirstHarvest() + h;
            if (w < weeks) {
              balance.get(p.crop() + "/" + w).set(x, perSquareMetre * p.harvestShares().get(h).toFraction().doubleValue());
            }
          }
        }
      }
      for (int w = 0; w < weeks; w++) {
        Expression land = model.addExpression("land " + k + " " + w).upper(cls.getValue());
        for (Variable x : byWeekInUse.get(w)) {
          land.set(x, 1);
        }
      }
      k++;
    }
    Optimisation.Result result = model.minimise();
    if (!result.getState().isOptimal()) {
      throw new IllegalStateException("LP not solved to optimality: " + result.getState());
    }
    return result.getValue();
  }
}
