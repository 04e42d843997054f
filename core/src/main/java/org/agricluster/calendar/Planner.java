package org.agricluster.calendar;

import static org.agricluster.internal.Check.notNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.agricluster.internal.Check;
import org.agricluster.internal.Decimals;
import org.agricluster.internal.Words;
import org.agricluster.measure.Area;
import org.agricluster.measure.Mass;
import org.agricluster.measure.YieldPerArea;

/**
 * Staggers planting across a cluster's members so that supply follows demand week by week,
 * minimising Σ |supply − demand| over crops and weeks — the "set schedule for planting to each
 * member" that lets the ASPIRE Takeo cluster ship vegetables all year (ASPIRE Takeo story).
 *
 * <p>The planner is deterministic, with no solver library at run time, and works in two steps,
 * then polishes small clusters.
 *
 * <ol>
 *   <li><b>Relaxation.</b> Members who grow the same crops pool their land, areas are continuous,
 *       and the model is solved exactly as a linear programme by a small simplex written for its
 *       shape: the most harvest such that no crop's supply exceeds its demand in any week and land
 *       in use per pool and week stays within the pool's land. This decides how much of each crop to
 *       plant in which week — the part a greedy rule gets wrong, because long-cycle crops need land
 *       over many weeks and short ones crowd them out.
 *   <li><b>Sharing out.</b> Each pool's area per crop and week goes to the pool's members in order of
 *       planting week, a member's whole free land at a time in whole hundredths of a m² and never
 *       below the member's minimum plot, members taking turns in id order. In order of planting week
 *       the pooled land suffices: land free in a week stays free for later weeks until a later
 *       planting takes it. What does not divide into plots is then filled greedily: the plot that
 *       lowers Σ |supply − demand| the most per m² and week of land it occupies — a member's minimum
 *       plot for a new planting, a tenth of it to enlarge one — while it fits; then, unless shared with
 *       every member, each planting is enlarged into what land and demand still allow, in hundredths
 *       of a m². When the relaxation is a mix of whole-year schedules (below), it is also shared out
 *       schedule by schedule: each crop set's schedules, largest first, cut into pieces of its
 *       members' land no smaller than a plot, which keeps a member's land in few pieces; the better of
 *       the two plans is kept.
 *   <li><b>Polishing</b> (clusters of at most 300 members). Each member in turn is re-planned alone:
 *       its plantings are taken out, its own relaxation against the demand the others leave is
 *       planted in whole plots, and the greedy step fills in after it, with every member. A re-plan
 *       is kept when it lowers Σ |supply − demand|; passes over the members stop when one keeps
 *       nothing, or after three. With few members whole plots are coarse against the demand, and this
 *       recovers part of what sharing out in plots lost. With {@link Effort#THOROUGH}, pairs of members
 *       who share a crop are then re-planned together, which lets them trade land and weeks that
 *       neither can alone (a pair's re-plan that leaves Σ |supply − demand| as it was is taken too, so
 *       the search goes on from another arrangement); a standard plan's summary says when it left
 *       pairs to that effort.
 * </ol>
 *
 * <p>Throughout, a member's land in use never exceeds the member's land (land is occupied from
 * planting to the end of harvest), a member plants only its crops and never below its minimum plot,
 * and no planting pushes any week's supply above that week's demand, in exact arithmetic: a plan
 * makes no glut, the field's core problem (the search works in doubles; a last exact pass trims
 * the grams rounding would put above demand).
 *
 * <p>When the members' crop sets are so varied that the relaxation would exceed 900 rows (a land
 * row per crop set and week: more than about five crop sets), or its simplex stops short of the
 * optimum, it is solved another way:
 * the volume algorithm ({@link VolumeRelaxation}) ascends the bound's prices while averaging the
 * year-long schedules each crop set would take at them, and column generation
 * ({@link ColumnRelaxation}: a row per crop set, a column per schedule) then mixes the schedules it
 * found exactly, starting from its prices; past 1,800 rows the volume's latest schedules, weighted
 * to reproduce its average, are shared out. The better of that and the greedy step alone is kept.
 * Every step stops at a fixed amount of work, so the plan stays deterministic; a relaxation stopped
 * short is still feasible. Where the column master's work or size limit stopped it, the summary says
 * so, and {@link Effort#THOROUGH} lets it run much further (clusters of thousands of members with
 * random crop sets: half a minute to a minute, for a plan within 0.1–0.4 % of its bound instead of several
 * percent).
 *
 * <p><b>Every plan carries its own proof.</b> {@link Plan#lowerBound()} is a certified lower bound
 * on Σ |supply − demand| for these members and this demand — a Lagrangian dual bound computed from
 * the relaxation's prices per crop and week ({@link LowerBound}) — and {@link Plan#quality()} says
 * how far the plan is from it: "within 0.34 % of the best possible plan for this cluster".
 * Each planting carries the reason it was chosen. The plan is reported beside the baseline in which
 * every member plants the same crops in the same week and replants as soon as the plot is free; if
 * the baseline were better, it is kept and the summary says so, so a plan is never worse than its
 * baseline.
 *
 * <p><b>Who plants.</b> By default a crop set's area goes to its members a whole free plot at a
 * time, which loses least land to pieces too small for a plot; {@link Sharing#EVERY_MEMBER} gives
 * every member who grows the crops a part in proportion to its land and reports what that costs.
 * <b>What would help.</b> {@link #shadowPrices} reads the prices that certify the bound as what more
 * land, one crop more per member or more demand is worth ({@link ShadowPrices}).
 *
 * <pre>{@code
 * Plan plan = Planner.plan(members, List.of(cucumber, longBean), demand);
 * plan.summary();
 * Planner.plan(members, List.of(cucumber, longBean), demand, Sharing.EVERY_MEMBER).summary();
 * Planner.shadowPrices(members, List.of(cucumber, longBean), demand).explanation(3);
 * }</pre>
 */
public final class Planner {
  /**
   * Clusters up to this many members try {@link #ORDERS} orders of sharing out, then solve the
   * relaxation once more without the land the first sharing-out could not use (free land smaller
   * than a plot), try the orders again, and keep the best plan of all.
   */
  private static final int SMALL_CLUSTER = 1_000;
  /**
   * How many orders of sharing out a small cluster tries: with few members, which member takes which
   * piece decides how much land is lost to pieces smaller than a plot, and one order is not reliably
   * best. Large clusters lose well under 1 % to this and try one.
   */
  private static final int ORDERS = 4;
  /**
   * Members per crop set from which a large cluster whose relaxation stopped at a limit is shared out
   * schedule by schedule only ({@link #search}).
   */
  private static final int MEMBERS_A_SET_BY_SCHEDULES_ONLY = 3;
  /**
   * Clusters up to this many members are polished: each member in turn is re-planned alone against
   * the demand the others leave, and the greedy step fills in after it; a change is kept when it
   * lowers Σ|gap|. With few members a crop set's land is in few, coarse pieces, and this recovers
   * part of what sharing out in whole plots lost (12 crops, random 2–5 per member, 100 members: 1.07
   * → 1.04 × the bound). Each re-plan solves a small programme and copies the plan, so the work
   * grows with the square of the members; at 1,000 members the plans are within 1 % of their bound
   * already and polishing would take seconds.
   */
  private static final int POLISHED_CLUSTER = 300;
  /** Passes of polishing over the members, each in id order; it stops early after a pass that keeps nothing. */
  private static final int POLISH_PASSES = 3;
  /**
   * With {@link Effort#THOROUGH}, polishing then re-plans pairs of members together, at most this
   * many divided by the members (5,000 pairs at 100 members, 1,666 at 300): each pair's re-plan
   * solves a programme of two members and copies the plan, so the work per pair grows with the
   * members. Pairs trade land and weeks that one member alone cannot (12 crops, random 2–5 per
   * member, 100 members: 1.034 → 1.014 × the bound).
   */
  private static final long PAIR_WORK = 500_000;

  /**
   * The most demand the planner takes for one crop in one week, and the most land of one member:
   * 10<sup>12</sup> kg and 10<sup>12</sup> m². The planner searches in {@code double}s; within these
   * bounds they carry every kilogram and hundredth of a m² exactly enough.
   */
  public static final BigDecimal MAX_QUANTITY = BigDecimal.TEN.pow(12);

  /** What a standard plan's summary adds when a limit that {@link Effort#THOROUGH} raises stopped its relaxation. */
  private static final String MAY_SEARCH_FURTHER = " (Effort.THOROUGH may search further)";
  /** What a plan's summary says of its search, in this order where it says it. */
  private static final String SEARCHED_THOROUGHLY = "; searched thoroughly";
  private static final String STOPPED_AT_LIMITS = "; the relaxation stopped at the planner's work limits";
  private static final String NO_BETTER_PLAN = "; a thorough search found no better plan";
  /** What a standard polished plan's summary adds: pairs of members are re-planned only with {@link Effort#THOROUGH}. */
  private static final String PAIRS_LEFT = "; re-planning members two at a time is left to Effort.THOROUGH";
  /** What a thorough polished plan's summary adds when {@link #PAIR_WORK} stopped its pairs. */
  private static final String PAIRS_STOPPED = "; re-planning members two at a time stopped at its work limit";

  private Planner() {}

  /**
   * Plans plantings for the members over the demand's horizon.
   *
   * @throws IllegalArgumentException if a demanded crop or a member's crop has no profile (names are
   *     exact: "Cucumber" is not "cucumber"), two profiles share a crop,
   *     two members share an id, a week's demand for a crop exceeds 10<sup>12</sup> kg or a member's
   *     land exceeds 10<sup>12</sup> m² ({@link #MAX_QUANTITY})
   */
  public static Plan plan(List<PlannerMember> members, List<CropProfile> profiles, DemandCalendar demand) {
    return planned(members, profiles, demand, Sharing.FEWEST_MEMBERS, Effort.STANDARD).plan();
  }

  /**
   * As {@link #plan(List, List, DemandCalendar)}, with the work the search may spend
   * ({@link Effort}). With {@link Effort#THOROUGH}, if a work limit stopped the standard search (its
   * summary says so), the plan is made a second time with the column master's larger limits
   * and the better of the two is kept (the thorough one on a tie), so it is never worse than the
   * standard plan; its summary says it was searched thoroughly, or that a thorough search found no
   * better plan. On clusters of thousands of members with many crop sets this takes half a minute
   * to a minute.
   *
   * @throws IllegalArgumentException as {@link #plan(List, List, DemandCalendar)}
   */
  public static Plan plan(List<PlannerMember> members, List<CropProfile> profiles, DemandCalendar demand, Effort effort) {
    return plan(members, profiles, demand, PlanOptions.standard().withEffort(notNull(effort, "effort")));
  }

  /**
   * Plans with every option asked ({@link PlanOptions}): each crop set's area shared as asked, the
   * weighted Σ |supply − demand| minimised when crops are weighted, with the effort asked. The
   * summary says what each option did, as the methods with that one option do: with weights, each
   * crop's share of demand met with and without them and what they cost; with every member sharing,
   * how many members plant each way and what it costs (with weights, both plans weighted); with
   * {@link Effort#THOROUGH}, whether a thorough search found a better plan. Every plan made for a
   * comparison is made with the same sharing and effort, so that only the option compared differs;
   * each option that compares makes a second plan, so weights and every member sharing together take
   * about four times as long as a plan with neither.
   *
   * @throws IllegalArgumentException as {@link #plan(List, List, DemandCalendar)}, or, with weights,
   *     as {@link #plan(List, List, DemandCalendar, CropWeights)}
   */
  public static Plan plan(List<PlannerMember> members, List<CropProfile> profiles, DemandCalendar demand,
      PlanOptions options) {
    notNull(options, "options");
    if (options.weights().isEqual()) {
      Shared shared = shared(members, profiles, demand, options.sharing(), options.effort());
      return shared.withPriceOfFairness(members, demand);
    }
    return weighted(members, profiles, demand, options);
  }

  /**
   * The plan with an effort: the standard plan, and where a limit that {@link Effort#THOROUGH}
   * raises stopped it, the thorough one too, the better kept (the thorough one on a tie).
   */
  private static Planned withEffort(List<PlannerMember> members, List<CropProfile> profiles, DemandCalendar demand,
      Sharing sharing, Effort effort) {
    Planned standard = planned(members, profiles, demand, sharing, Effort.STANDARD);
    if (effort == Effort.STANDARD || !standard.limited()) {
      return standard;
    }
    Planned thorough = planned(members, profiles, demand, sharing, Effort.THOROUGH);
    Plan kept = standard.plan();
    if (!kept.balance().totalAbsoluteGap().isLessThan(thorough.plan().balance().totalAbsoluteGap())) {
      return thorough;
    }
    String summary = kept.summary().contains(MAY_SEARCH_FURTHER)
        ? kept.summary().replace(MAY_SEARCH_FURTHER, NO_BETTER_PLAN).replace(PAIRS_LEFT, "")
        : kept.summary().replace(PAIRS_LEFT, NO_BETTER_PLAN);
    return new Planned(new Plan(kept.plantings(), kept.balance(), kept.baselineBalance(), summary, kept.lowerBound()),
        standard.members(), standard.bound(), standard.limited());
  }

  /**
   * The plan shared as asked, and the plan shared among the fewest members (the same plan when that
   * is what was asked), each with the effort asked.
   */
  private static Shared shared(List<PlannerMember> members, List<CropProfile> profiles, DemandCalendar demand,
      Sharing sharing, Effort effort) {
    Plan fewest = withEffort(members, profiles, demand, Sharing.FEWEST_MEMBERS, effort).plan();
    if (sharing == Sharing.FEWEST_MEMBERS) {
      return new Shared(fewest, fewest, false);
    }
    return new Shared(withEffort(members, profiles, demand, sharing, effort).plan(), fewest, true);
  }

  /**
   * A plan shared as asked, and the plan shared among the fewest members to compare it with (itself
   * when that was asked); {@code everyMember} says which was asked.
   */
  private record Shared(Plan plan, Plan fewest, boolean everyMember) {

    /** The plan, its summary ending with the price of fairness when it is shared with every member. */
    Plan withPriceOfFairness(List<PlannerMember> members, DemandCalendar demand) {
      if (!everyMember()) {
        return plan;
      }
      return new Plan(plan.plantings(), plan.balance(), plan.baselineBalance(),
          plan.summary() + priceOfFairness(members, demand, plan.balance(), planting(plan.plantings()),
              fewest.balance().totalAbsoluteGap(), planting(fewest.plantings()), ""),
          plan.lowerBound());
    }
  }

  /**
   * What sharing with every member costs, for a summary: how many members plant each way and the
   * kg of Σ |supply − demand| the shared plan ({@code shared}, its plantings by {@code sharedPlanting}
   * members) adds to {@code fewestGap}, the gap of the plan shared among the fewest members, who
   * number {@code fewestPlanting}; {@code note} ends the sentence.
   */
  private static String priceOfFairness(List<PlannerMember> members, DemandCalendar demand, Balance shared,
      long sharedPlanting, Mass fewestGap, long fewestPlanting, String note) {
    long willing = members.stream().filter(m -> m.crops().stream().anyMatch(demand.crops()::contains)).count();
    BigDecimal cost = shared.totalAbsoluteGap().toKilograms().subtract(fewestGap.toKilograms());
    String price = cost.signum() > 0
        ? "costs " + Plan.kg(Mass.ofKilograms(cost)) + " kg more Σ|gap|"
        : "costs nothing (" + Plan.kg(Mass.ofKilograms(cost.negate())) + " kg less Σ|gap|)";
    return " Shared with every member: " + sharedPlanting + " of the " + willing
        + " who grow a demanded crop plant, against " + fewestPlanting + " when shared among the fewest members; this "
        + price + note + ".";
  }

  /**
   * As {@link #plan(List, List, DemandCalendar)}, sharing each crop set's area among its members as
   * asked. With {@link Sharing#EVERY_MEMBER} the plan is made both ways, and its summary ends with how
   * many members plant each way and what sharing with every member costs in kg of Σ |supply −
   * demand| (the price of fairness); it takes twice as long. Both plans are made with
   * {@link Effort#STANDARD}; {@link #plan(List, List, DemandCalendar, PlanOptions)} combines a
   * sharing with an effort and weights.
   *
   * @throws IllegalArgumentException as {@link #plan(List, List, DemandCalendar)}
   */
  public static Plan plan(List<PlannerMember> members, List<CropProfile> profiles, DemandCalendar demand, Sharing sharing) {
    return plan(members, profiles, demand, PlanOptions.standard().withSharing(notNull(sharing, "sharing")));
  }

  /**
   * As {@link #plan(List, List, DemandCalendar)}, minimising Σ weight × |supply − demand| over crops
   * and weeks: a crop of weight 4 counts each kilogram of its gap as four of a crop of weight 1, so
   * scarce land goes to it sooner ({@link CropWeights}). Every rule of a plan holds as without
   * weights (land, minimum plots, crops, no glut in exact arithmetic), and the plan is never worse
   * than its baseline in the weighted sum.
   *
   * <p>The plan's {@linkplain Plan#lowerBound() lower bound} is still on Σ |supply − demand|, for
   * every plan of these members; the summary adds the weighted sum with its own certified bound,
   * each crop's share of demand met with and without the weights, and what the weights cost in kg
   * of Σ |supply − demand| against the plan without them. It plans both ways, so it takes twice as
   * long; equal weights plan once.
   *
   * <p>A weight w on a crop is the same as planning for w × its demand with w × its yield (the
   * same land, weeks and plots, each kilogram counted w times), which is how it is planned: the
   * planner's relaxation, sharing out and bound work unchanged on the weighted quantities. Both
   * plans are made with {@link Effort#STANDARD} and shared among the fewest members;
   * {@link #plan(List, List, DemandCalendar, PlanOptions)} combines weights with a sharing and an
   * effort.
   *
   * @throws IllegalArgumentException as {@link #plan(List, List, DemandCalendar)}, or if a weighted
   *     crop is not in the demand, or a week's demand times its crop's weight exceeds
   *     10<sup>12</sup> kg ({@link #MAX_QUANTITY})
   */
  public static Plan plan(List<PlannerMember> members, List<CropProfile> profiles, DemandCalendar demand,
      CropWeights weights) {
    return plan(members, profiles, demand, PlanOptions.standard().withWeights(notNull(weights, "weights")));
  }

  /** The weighted plan of {@link #plan(List, List, DemandCalendar, PlanOptions)}, its weights not all equal. */
  private static Plan weighted(List<PlannerMember> members, List<CropProfile> profiles, DemandCalendar demand,
      PlanOptions options) {
    CropWeights weights = options.weights();
    // the plan to compare with: the same sharing and effort, without the weights
    Plan unweighted = shared(members, profiles, demand, options.sharing(), options.effort()).plan();
    for (String crop : weights.asMap().keySet()) {
      if (!demand.crops().contains(crop)) {
        throw Check.refusal("Crop of the weights", "one of the demand's crops " + demand.crops(), Check.quoted(crop));
      }
    }
    Horizon horizon = demand.horizon();
    DemandCalendar.Builder weightedDemand = DemandCalendar.builder(horizon);
    for (String crop : demand.crops()) {
      BigDecimal w = weights.weight(crop);
      List<BigDecimal> weekly = demand.kilograms(crop);
      for (int t = 0; t < weekly.size(); t++) {
        BigDecimal kg = weekly.get(t).multiply(w);
        if (kg.compareTo(MAX_QUANTITY) > 0) {
          throw Check.refusal("Demand for " + crop + " in week " + horizon.week(t) + " times its weight " + w.toPlainString(),
              "at most " + MAX_QUANTITY.toPlainString() + " kg", Decimals.shown(kg) + " kg");
        }
        weightedDemand.week(crop, horizon.week(t), Mass.ofKilograms(kg));
      }
    }
    Map<String, CropProfile> real = new TreeMap<>();
    List<CropProfile> weightedProfiles = new ArrayList<>();
    for (CropProfile p : profiles) {
      real.put(notNull(p, "profile").crop(), p);
      weightedProfiles.add(weighted(p, weights.weight(p.crop())));
    }
    Shared weightedPlans = shared(members, weightedProfiles, weightedDemand.build(), options.sharing(), options.effort());
    Plan weighted = weightedPlans.plan();
    Trimmed inKilograms = inKilograms(weighted, real, weights, members, demand);
    List<Plan.PlannedPlanting> plantings = inKilograms.plantings();
    SupplyCalendar supply = inKilograms.supply();
    Balance balance = Balance.of(supply, demand);
    BigDecimal weightedGap = BigDecimal.ZERO;
    StringBuilder shares = new StringBuilder();
    for (String crop : balance.crops()) {
      weightedGap = weightedGap.add(balance.totalAbsoluteGap(crop).toKilograms().multiply(weights.weight(crop)));
      shares.append(shares.length() == 0 ? "" : ", ").append(crop).append(' ').append(met(balance, crop))
          .append(" (").append(met(unweighted.balance(), crop)).append(')');
    }
    LowerBound bound = weighted.lowerBound().orElseThrow();
    BigDecimal cost = balance.totalAbsoluteGap().toKilograms().subtract(unweighted.balance().totalAbsoluteGap().toKilograms());
    String summary = opening(plantings, members.size(), balance, unweighted.baselineBalance())
        + "; weighted (" + weights.describe() + "): Σ weight × |gap| " + Plan.kg(Mass.ofKilograms(weightedGap)) + ", "
        + Plan.quality(Mass.ofKilograms(weightedGap), bound).replace(" kg)", ")").replace(" kg of", " of")
            .replace("plan for this cluster", "plan for these weights")
        + "; share of demand met with the weights (without): " + shares
        + "; the weights " + (cost.signum() > 0 ? "cost " + Plan.kg(Mass.ofKilograms(cost)) + " kg more Σ|gap|"
            : "cost nothing (" + Plan.kg(Mass.ofKilograms(cost.negate())) + " kg less Σ|gap|)")
        + " than the plan without them; Σ|gap| " + Plan.quality(balance.totalAbsoluteGap(), unweighted.lowerBound().orElseThrow())
        + searchNotes(weighted.summary()) + ".";
    if (weightedPlans.everyMember()) {
      Trimmed fewest = inKilograms(weightedPlans.fewest(), real, weights, members, demand);
      summary += priceOfFairness(members, demand, balance, planting(plantings),
          Balance.of(fewest.supply(), demand).totalAbsoluteGap(), planting(fewest.plantings()), ", both with the weights");
    }
    return new Plan(ImmutableList.copyOf(plantings), balance, unweighted.baselineBalance(), summary, unweighted.lowerBound());
  }

  /**
   * A plan made with weighted profiles, in the real ones: each planting's crop profile and reason in
   * kg of its crop, and its supply, trimmed of any glut in exact arithmetic.
   */
  private static Trimmed inKilograms(Plan weighted, Map<String, CropProfile> real, CropWeights weights,
      List<PlannerMember> members, DemandCalendar demand) {
    List<Plan.PlannedPlanting> plantings = new ArrayList<>();
    for (Plan.PlannedPlanting planned : weighted.plantings()) {
      Planting p = planned.planting();
      plantings.add(Plan.PlannedPlanting.of(Planting.of(p.member(), real.get(p.crop()), p.week(), p.area()),
          inKilograms(planned.reason(), p.crop(), weights.weight(p.crop()))));
    }
    if (!Plan.hasGlut(weighted.balance())) {
      // a weighted kg above a weighted demand is a kg above demand; the exact pass only confirms it
      return withoutGlut(plantings, members, demand);
    }
    return new Trimmed(plantings, SupplyCalendar.of(demand.horizon(),
        plantings.stream().map(Plan.PlannedPlanting::planting).toList()));
  }

  /**
   * What a plan's summary says of its search (searched thoroughly; stopped at the work limits, and
   * whether a thorough search may find more or found no better plan), for a summary built anew from
   * that plan, as the weighted one is.
   */
  static String searchNotes(String summary) {
    StringBuilder notes = new StringBuilder();
    for (String note : List.of(PAIRS_LEFT, PAIRS_STOPPED, SEARCHED_THOROUGHLY, STOPPED_AT_LIMITS, MAY_SEARCH_FURTHER,
        NO_BETTER_PLAN)) {
      if (summary.contains(note)) {
        notes.append(note);
      }
    }
    return notes.toString();
  }

  /** How a plan's summary begins: who plants, and its Σ|supply − demand| against the baseline's. */
  private static String opening(List<Plan.PlannedPlanting> plantings, int members, Balance balance, Balance baseline) {
    return Words.count(plantings.size(), "planting") + " by "
        + plantings.stream().map(p -> p.planting().member()).distinct().count() + " of " + Words.count(members, "member")
        + "; Σ|supply − demand| " + Plan.kg(balance.totalAbsoluteGap()) + " kg against "
        + Plan.kg(baseline.totalAbsoluteGap()) + " kg when everyone plants in the same week";
  }

  /** The profile with {@code weight} × its yield: each kilogram it harvests counted weight times. */
  private static CropProfile weighted(CropProfile profile, BigDecimal weight) {
    if (weight.compareTo(BigDecimal.ONE) == 0) {
      return profile;
    }
    return CropProfile.builder(profile.crop()).variety(profile.variety()).nurseryWeeks(profile.nurseryWeeks())
        .weeksToFirstHarvest(profile.weeksToFirstHarvest()).harvestShares(profile.harvestShares())
        .yield(YieldPerArea.ofKilogramsPerSquareMetre(profile.yield().toKilogramsPerSquareMetre().multiply(weight)))
        .build();
  }

  /** A weighted planting's reason, its weighted kg given back in kg of its crop. */
  private static String inKilograms(String reason, String crop, BigDecimal weight) {
    if (weight.compareTo(BigDecimal.ONE) == 0) {
      return reason;
    }
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("lowering Σ\\|supply − demand\\| by ([0-9]+) kg").matcher(reason);
    if (!m.find()) {
      return reason;
    }
    BigDecimal kg = new BigDecimal(m.group(1)).divide(weight, 0, RoundingMode.HALF_EVEN);
    return reason.substring(0, m.start()) + "lowering Σ weight × |gap| by " + m.group(1) + " (about " + kg.toPlainString()
        + " kg of " + crop + ", weight " + weight.toPlainString() + ")" + reason.substring(m.end());
  }

  /** The share of the crop's demand the balance meets, in whole percent, or "no demand". */
  private static String met(Balance balance, String crop) {
    return balance.shareOfDemandMet(crop).map(s -> s.toPercent(0, RoundingMode.HALF_EVEN).toPlainString() + " %")
        .orElse("no demand");
  }

  /** How many members plant. */
  private static long planting(List<Plan.PlannedPlanting> plantings) {
    return plantings.stream().map(p -> p.planting().member()).distinct().count();
  }

  /**
   * What more land, more crops per member or more demand would be worth to this cluster: the prices
   * that certify the lower bound of the plan {@link #plan} makes, explained ({@link ShadowPrices}).
   * Plans first, so it takes as long as {@link #plan}.
   *
   * @throws IllegalArgumentException as {@link #plan}
   */
  public static ShadowPrices shadowPrices(List<PlannerMember> members, List<CropProfile> profiles, DemandCalendar demand) {
    Planned planned = planned(members, profiles, demand, Sharing.FEWEST_MEMBERS, Effort.STANDARD);
    return ShadowPrices.at(planned.bound().dual(), planned.bound().prices(), planned.members(), demand);
  }

  /**
   * A plan, with the sorted members it was made for and how its lower bound was found; {@code limited}
   * when a limit that {@link Effort#THOROUGH} raises stopped its relaxation short of the optimum.
   */
  private record Planned(Plan plan, List<PlannerMember> members, Bound bound, boolean limited) {}

  /** A lower bound, the model it was computed in and the prices that give it (null if none did better than 0). */
  private record Bound(LowerBound lowerBound, DualBound dual, double[][] prices) {}

  private static Planned planned(List<PlannerMember> members, List<CropProfile> profiles, DemandCalendar demand,
      Sharing sharing, Effort effort) {
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
        throw Check.refusal("Crop of the demand", "one with a profile: " + byCrop.keySet(), Check.quoted(crop));
      }
      List<BigDecimal> weekly = demand.kilograms(crop);
      for (int w = 0; w < weekly.size(); w++) {
        if (weekly.get(w).compareTo(MAX_QUANTITY) > 0) {
          throw Check.refusal("Demand for " + crop + " in week " + demand.horizon().week(w),
              "at most " + MAX_QUANTITY.toPlainString() + " kg", Decimals.shown(weekly.get(w)) + " kg");
        }
      }
    }
    for (PlannerMember m : members) {
      if (notNull(m, "member").land().toSquareMetres().compareTo(MAX_QUANTITY) > 0) {
        throw Check.refusal("Land of member " + m.id(), "at most " + MAX_QUANTITY.toPlainString() + " m²", m.land());
      }
      for (String crop : m.crops()) {
        if (!byCrop.containsKey(crop)) {
          // a crop without a profile is a misspelling or a missing profile: it would never be planted
          throw Check.refusal("Crop of member " + m.id(), "one with a profile: " + byCrop.keySet(), Check.quoted(crop));
        }
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
    Search search = search(sorted, byCrop, demand, sharing, effort);
    PlanInProgress best = search.best();
    Trimmed trimmed = withoutGlut(best.plantings(), sorted, demand);
    List<Plan.PlannedPlanting> planned = trimmed.plantings();
    Balance balance = Balance.of(trimmed.supply(), demand);
    if (balance.totalAbsoluteGap().isGreaterThan(baseline.totalAbsoluteGap())) {
      List<Plan.PlannedPlanting> kept = baselinePlantings.stream()
          .map(p -> Plan.PlannedPlanting.of(p, "baseline kept: no staggered plan found that beats it")).toList();
      // the baseline makes gluts: only the bound on every plan applies to it
      Bound bound = lowerBound(best.dualBound(false), search.prices(), false, 0, baseline, false);
      return new Planned(new Plan(ImmutableList.copyOf(kept), baseline, baseline,
          "The baseline was kept: the staggered plan's Σ|gap| " + Plan.kg(balance.totalAbsoluteGap())
              + " kg was not below the baseline's " + Plan.kg(baseline.totalAbsoluteGap()) + " kg.",
          Optional.of(bound.lowerBound())), sorted, bound, search.limited());
    }
    Bound bound = lowerBound(best.dualBound(!Plan.hasGlut(balance)), search.prices(), search.exact(), search.optimum(),
        balance, search.ascended());
    String summary = opening(planned, members.size(), balance, baseline)
        + (best.usedRelaxation() ? "" : search.relaxed()
            ? "; planned greedily alone (it beat the plan seeded by the relaxation, which stopped short of its optimum)"
            : "; planned greedily alone (too many distinct crop sets for the relaxation)")
        + polishing(search.polished())
        + (effort == Effort.THOROUGH ? SEARCHED_THOROUGHLY : "")
        + (search.limited() && best.usedRelaxation()
            ? STOPPED_AT_LIMITS + (effort == Effort.STANDARD ? MAY_SEARCH_FURTHER : "")
            : "");
    return new Planned(new Plan(ImmutableList.copyOf(planned), balance, baseline,
        summary + "; " + Plan.quality(balance.totalAbsoluteGap(), bound.lowerBound()) + ".",
        Optional.of(bound.lowerBound())), sorted, bound, search.limited() || search.polished().pairing() == Pairing.LEFT);
  }

  /** What a plan's summary says of its polishing: nothing when it kept no re-plan and left nothing to a thorough search. */
  private static String polishing(Polished polished) {
    if (polished.pairing() == Pairing.TRIED || polished.pairing() == Pairing.STOPPED) {
      return "; polished by re-planning members one at a time, then two at a time, against the demand the others leave ("
          + Words.count(polished.replanned(), "re-plan") + " of one member and " + polished.pairs() + " of two kept)"
          + (polished.pairing() == Pairing.STOPPED ? PAIRS_STOPPED : "");
    }
    return (polished.replanned() == 0 ? "" : "; polished by re-planning members one at a time against the demand the"
        + " others leave (" + Words.count(polished.replanned(), "re-plan") + " kept)")
        + (polished.pairing() == Pairing.LEFT ? PAIRS_LEFT : "");
  }

  /**
   * The plantings with every glut trimmed away, in exact arithmetic. The search works in doubles and
   * lets supply reach demand within a hair of rounding; here each week whose exact supply is above
   * its demand has a planting that harvests in it made smaller by the surplus' area, rounded up to
   * the hundredth of a m² (the largest such planting that stays at or above its member's minimum
   * plot), or, if none can, the smallest such planting is dropped. Smaller plantings never make a
   * glut elsewhere, so this ends with none, and costs the plan only the grams it trims.
   */
  static Trimmed withoutGlut(List<Plan.PlannedPlanting> planned, List<PlannerMember> members, DemandCalendar demand) {
    Map<String, PlannerMember> byId = new TreeMap<>();
    members.forEach(m -> byId.put(m.id(), m));
    Horizon horizon = demand.horizon();
    List<Plan.PlannedPlanting> plan = new ArrayList<>(planned);
    // each pass trims or drops at least one planting per glut, and a pass that finds none ends it
    for (int pass = 0; pass <= planned.size() + 1; pass++) {
      // exact supply once; then each trim takes its own harvest off, and a last exact pass confirms
      SupplyCalendar exact = SupplyCalendar.of(horizon, plan.stream().map(Plan.PlannedPlanting::planting).toList());
      Map<String, BigDecimal[]> supply = new TreeMap<>();
      Map<String, List<Integer>> byCrop = new TreeMap<>();
      for (String crop : demand.crops()) {
        supply.put(crop, exact.crops().contains(crop) ? exact.kilograms(crop).toArray(new BigDecimal[0]) : null);
        byCrop.put(crop, new ArrayList<>());
      }
      for (int i = 0; i < plan.size(); i++) {
        byCrop.computeIfAbsent(plan.get(i).planting().crop(), c -> new ArrayList<>()).add(i);
      }
      boolean trimmedAny = false;
      for (String crop : demand.crops()) {
        BigDecimal[] grown = supply.get(crop);
        List<BigDecimal> wanted = demand.kilograms(crop);
        for (int w = 0; grown != null && w < grown.length; w++) {
          for (int cuts = 0; grown[w].compareTo(wanted.get(w)) > 0; cuts++) {
            if (cuts > plan.size()) {
              throw new IllegalStateException("The no-glut pass could not bring " + crop + " in week " + horizon.week(w)
                  + " down to its demand");
            }
            trimmedAny = true;
            trim(plan, byCrop.get(crop), byId, horizon, w, grown[w].subtract(wanted.get(w)), grown);
          }
        }
      }
      if (!trimmedAny) {
        return new Trimmed(plan, exact);
      }
      plan.removeIf(java.util.Objects::isNull);
    }
    throw new IllegalStateException("The no-glut pass did not end after " + (planned.size() + 2) + " passes");
  }

  /** The plantings without glut, and their exact supply. */
  record Trimmed(List<Plan.PlannedPlanting> plantings, SupplyCalendar supply) {}

  /**
   * Trims one planting that harvests crop's week {@code w} by the area of {@code surplus} (see
   * {@link #withoutGlut}), or drops the smallest, and takes what it no longer harvests off {@code grown}.
   * A dropped planting is left as null in {@code plan}, so that indices stay valid.
   */
  private static void trim(List<Plan.PlannedPlanting> plan, List<Integer> ofCrop, Map<String, PlannerMember> byId,
      Horizon horizon, int w, BigDecimal surplus, BigDecimal[] grown) {
    int trimmed = -1;
    int smallest = -1;
    Area trimmedTo = null;
    for (int i : ofCrop) {
      if (plan.get(i) == null) {
        continue;
      }
      Planting p = plan.get(i).planting();
      int h = w - horizon.indexOf(p.week(), () -> "Week of " + p) - p.profile().weeksToFirstHarvest();
      if (h < 0 || h >= p.profile().harvestWeeks() || p.profile().harvestShares().get(h).isZero()) {
        continue;
      }
      if (smallest < 0 || p.area().isLessThan(plan.get(smallest).planting().area())) {
        smallest = i;
      }
      BigDecimal perSquareMetre = p.profile().harvestShares().get(h).applyTo(p.profile().yield().toKilogramsPerSquareMetre());
      Area cut = Area.ofSquareMetres(surplus.divide(perSquareMetre, 2, java.math.RoundingMode.CEILING));
      if (p.area().isGreaterThan(cut) && !p.area().minus(cut).isLessThan(byId.get(p.member()).minimumPlot())
          && (trimmed < 0 || p.area().isGreaterThan(plan.get(trimmed).planting().area()))) {
        trimmed = i;
        trimmedTo = p.area().minus(cut);
      }
    }
    int changed = trimmed >= 0 ? trimmed : smallest;
    Planting before = plan.get(changed).planting();
    Area removed = trimmed >= 0 ? before.area().minus(trimmedTo) : before.area();
    if (trimmed >= 0) {
      plan.set(trimmed, Plan.PlannedPlanting.of(Planting.of(before.member(), before.profile(), before.week(), trimmedTo),
          plan.get(trimmed).reason()));
    } else {
      plan.set(smallest, null);
    }
    CropProfile profile = before.profile();
    BigDecimal total = profile.yield().toKilogramsPerSquareMetre().multiply(removed.toSquareMetres());
    int first = horizon.indexOf(before.week(), () -> "Week of " + before) + profile.weeksToFirstHarvest();
    for (int k = 0; k < profile.harvestWeeks() && first + k < grown.length; k++) {
      grown[first + k] = grown[first + k].subtract(profile.harvestShares().get(k).applyTo(total));
    }
  }

  /**
   * The plan's lower bound: the dual bound from the relaxation's prices (when it ran), improved by
   * the bound's own ascent, and never below the demand no plan can meet.
   */
  private static Bound lowerBound(DualBound dual, double[][] prices, boolean exact, double optimum, Balance plan,
      boolean ascended) {
    double target = plan.totalAbsoluteGap().toKilograms().doubleValue();
    double unmeetable = dual.unmeetable();
    double bound = 0;
    double[][] best = null;
    if (prices != null) {
      bound = dual.bound(prices, target, 0);
      best = dual.bestPrices();
    }
    if (exact && dual.forPlansWithoutGlut() && bound >= optimum - 1e-6 * Math.max(1, optimum)) {
      // the relaxation's optimal dual gives the relaxation's optimum: no ascent can do better
    } else {
      // (the column generation's last prices do not always certify its optimum: then ascend as well)
      // a relaxation stopped short may leave wild prices, from which the ascent stalls: also ascend from zero
      double fromZero = ascended && best != null ? 0 : dual.bound(null, target, Integer.MAX_VALUE);
      if (fromZero > bound || best == null) {
        bound = Math.max(bound, fromZero);
        best = dual.bestPrices();
      }
      if (prices != null) {
        double fromPrices = dual.bound(prices, target, Integer.MAX_VALUE);
        if (fromPrices > bound) {
          bound = fromPrices;
          best = dual.bestPrices();
        }
      }
    }
    bound = Math.max(bound, unmeetable);
    Mass gap = Mass.ofKilograms(BigDecimal.valueOf(bound).setScale(3, RoundingMode.DOWN));
    Mass meet = Mass.ofKilograms(BigDecimal.valueOf(unmeetable).setScale(3, RoundingMode.DOWN));
    return new Bound(LowerBound.of(gap, meet.isGreaterThan(gap) ? gap : meet, !dual.forPlansWithoutGlut()), dual, best);
  }

  /**
   * Relaxes, shares out and fills; small clusters try {@link #ORDERS} orders of sharing out and,
   * while the simplex was cheap, a second relaxation without the land the best plan so far could not
   * use. The plan with the smallest Σ |supply − demand| wins; ties go to the earlier one. Clusters of
   * at most {@link #POLISHED_CLUSTER} members then polish it member by member, unless it is already
   * within 0.1 % of the relaxation's optimum.
   */
  private static Search search(List<PlannerMember> sorted, Map<String, CropProfile> byCrop, DemandCalendar demand,
      Sharing sharing, Effort effort) {
    PlanInProgress best = new PlanInProgress(sorted, byCrop, demand);
    Relaxation.Result relaxation = best.relax();
    PlanInProgress greedy = null;
    double[][] ascended = null;
    if (relaxation == null || !relaxation.optimal()) {
      // many crop sets: the land-row programme is too large for the simplex, or it stopped short. The
      // volume algorithm finds near-optimal prices and the schedules they favour; the column master
      // then mixes those schedules exactly (or, past its size, the volume's schedules fitted to its average are
      // used). The volume's steps aim at the greedy plan's gap. In large clusters the greedy plan never beat the
      // relaxation's (31 against 18 million kg at 10,000 members with random crop sets) and takes about 0.2 s of 3
      // there; but the volume is sensitive to its target, and aiming at the empty plan, or at a greedy plan in
      // whole plots, left 10 fixed crop sets at 10,000 members 1.0038 and 1.0022 × their bound against 1.0012
      greedy = new PlanInProgress(sorted, byCrop, demand);
      greedy.run();
      Relaxation.Result byVolume = best.relaxByVolume(greedy.gap(), effort);
      // filled only now: the volume's steps were tuned on the greedy plan's gap before filling
      fill(greedy, sharing);
      // the prices of the best bound the volume and the master found: better than a stopped simplex's
      ascended = byVolume.prices();
      if (relaxation == null || byVolume.optimal() || byVolume.harvest() > relaxation.harvest()) {
        relaxation = byVolume;
      }
    }
    double[][] prices = ascended != null ? ascended : relaxation == null ? null : relaxation.prices();
    boolean exact = relaxation != null && relaxation.optimal();
    Relaxation.Result firstRelaxation = relaxation;
    // a large cluster whose relaxation stopped at a limit (the volume's schedules fitted to its average, or a
    // master stopped at its budget) and whose crop sets have several members each is shared out schedule by
    // schedule only: week by week did worse there by a seventh (random crop sets, 4,000 members, 3.1 a set:
    // 8.87 against 7.63 million kg; 5,000, 3.6 a set: 10.8 against 9.3; 10,000, 6.5 a set: 20.8 against 18.1)
    // and took a tenth of the plan's time at 10,000 members. With fewer members a set, schedules split a
    // member's land into pieces below a plot and either way may win (2,000 members, 2.1 a set: 3,769,124
    // against 3,768,298 kg; 1,400 members with a crop set each: week by week 0.04 % above the bound, schedule by
    // schedule worse than the greedy step alone, at 1.3 %)
    boolean bySchedulesOnly = sharing == Sharing.FEWEST_MEMBERS && sorted.size() > SMALL_CLUSTER
        && relaxation != null && relaxation.limited()
        && sorted.size() >= MEMBERS_A_SET_BY_SCHEDULES_ONLY * relaxation.classes().size();
    PlanInProgress bySchedules = bySchedulesOnly ? sharedBySchedules(sorted, byCrop, demand, relaxation) : null;
    if (bySchedules != null) {
      best = bySchedules;
    } else {
      best.seed(relaxation, 0, sharing);
      best.run();
      fill(best, sharing);
    }
    if (greedy != null && !relaxation.optimal() && sharing == Sharing.FEWEST_MEMBERS
        && greedy.gap() < best.gap() - PlanInProgress.TOLERANCE) {
      // a relaxation stopped short of its optimum may seed worse than the greedy step alone
      best = greedy;
    }
    int orders = relaxation == null ? 1 : sorted.size() <= SMALL_CLUSTER ? ORDERS : 1;
    // the second relaxation only while the first was cheap (few crop sets): it doubles the simplex's work
    int rounds = relaxation != null && sorted.size() <= SMALL_CLUSTER && relaxation.work() < Relaxation.WORK_BUDGET / 4 ? 2 : 1;
    double[][] cut = null;
    for (int round = 0; round < rounds; round++) {
      if (round > 0) {
        cut = best.waste(relaxation, cut);
        relaxation = best.relax(cut);
      }
      for (int order = round == 0 ? 1 : 0; order < orders; order++) {
        PlanInProgress other = new PlanInProgress(sorted, byCrop, demand);
        other.seed(relaxation, order, sharing);
        other.run();
        fill(other, sharing);
        if (other.gap() < best.gap() - PlanInProgress.TOLERANCE) {
          best = other;
        }
      }
    }
    if (sharing == Sharing.FEWEST_MEMBERS && !bySchedulesOnly) {
      // a relaxation given as whole-year schedules: also shared out schedule by schedule. Which way is better
      // varies: schedule by schedule for large clusters whose relaxation stopped at a limit (above), week by
      // week where crop sets have few members (above) or for 20 fixed crop sets at 2,000 and 5,000 members
      // (3,544,007 against 3,553,559 kg; 8,818,033 against 8,830,852)
      bySchedules = sharedBySchedules(sorted, byCrop, demand, firstRelaxation);
      if (bySchedules != null && bySchedules.gap() < best.gap() - PlanInProgress.TOLERANCE) {
        best = bySchedules;
      }
    }
    double optimum = 0;
    if (exact) {
      for (double[] row : best.demandArray()) {
        for (double d : row) {
          optimum += d;
        }
      }
      optimum -= firstRelaxation.harvest();
    }
    // polishing cannot gain much on a plan already at the relaxation's optimum (within rounding)
    boolean atOptimum = exact && best.gap() <= optimum * (1 + 1e-3) + PlanInProgress.TOLERANCE;
    Polished polished = new Polished(best, 0, 0, Pairing.NONE);
    if (sharing == Sharing.FEWEST_MEMBERS && sorted.size() <= POLISHED_CLUSTER && !atOptimum) {
      polished = polish(best, effort);
      best = polished.plan();
    }
    return new Search(best, prices, exact, optimum, prices != null, ascended != null, polished,
        firstRelaxation != null && firstRelaxation.limited());
  }

  /**
   * The relaxation's whole-year schedules shared out schedule by schedule
   * ({@link PlanInProgress#seedBySchedules}), then the greedy step and the filling (the fewest members
   * share); null when the relaxation gives no schedules (the land-row simplex gives areas only).
   */
  private static PlanInProgress sharedBySchedules(List<PlannerMember> sorted, Map<String, CropProfile> byCrop,
      DemandCalendar demand, Relaxation.Result relaxation) {
    PlanInProgress plan = new PlanInProgress(sorted, byCrop, demand);
    if (!plan.seedBySchedules(relaxation)) {
      return null;
    }
    plan.run();
    fill(plan, Sharing.FEWEST_MEMBERS);
    return plan;
  }

  /**
   * Enlarges the plan's plantings into the slivers of land the greedy step's tenths of a plot leave
   * ({@link PlanInProgress#fill}) — when the plan is shared among the fewest members: shared with
   * every member, equal land keeps equal parts (12 crops, random 2–5 per member, 100 members:
   * 1.042 → 1.035 × the bound; 10,000 members: 1.0189 → 1.017).
   */
  private static void fill(PlanInProgress plan, Sharing sharing) {
    if (sharing == Sharing.FEWEST_MEMBERS) {
      plan.fill();
    }
  }

  /**
   * Each member in turn re-planned alone against the demand the others leave
   * ({@link PlanInProgress#replan}), on a copy; a re-plan that lowers Σ|gap| is kept. Passes over
   * the members in id order, at most {@link #POLISH_PASSES}, stop after one that keeps nothing. With
   * {@link Effort#THOROUGH}, pairs of members who share a crop are then re-planned together
   * ({@link PlanInProgress#replan(int, int)}), nearest in id order first (each member meets its
   * neighbours before anyone meets a distant member: the work limit, when it stops the pairs, stops
   * them evenly), in passes until one keeps nothing or {@link #PAIR_WORK} stops them. A pair's
   * re-plan that leaves Σ|gap| as it was is taken as well (the search moves on from another
   * arrangement of the same quality), but only one that lowers it is counted as kept.
   */
  private static Polished polish(PlanInProgress plan, Effort effort) {
    PlanInProgress best = plan;
    int replanned = 0;
    for (int pass = 0; pass < POLISH_PASSES; pass++) {
      int kept = 0;
      for (int i = 0; i < best.members(); i++) {
        PlanInProgress trial = best.copy();
        if (trial.replan(i)) {
          best = trial;
          kept++;
        }
      }
      replanned += kept;
      if (kept == 0) {
        break;
      }
    }
    int n = best.members();
    // with the standard effort only whether there is a pair matters (it is left to Effort.THOROUGH)
    int most = effort == Effort.STANDARD ? 1 : Integer.MAX_VALUE;
    List<int[]> pairs = new ArrayList<>();
    for (int d = 1; d < n && pairs.size() < most; d++) {
      for (int i = 0; i + d < n && pairs.size() < most; i++) {
        if (best.shareACrop(i, i + d)) {
          pairs.add(new int[] {i, i + d});
        }
      }
    }
    if (pairs.isEmpty()) {
      return new Polished(best, replanned, 0, Pairing.NONE);
    }
    if (effort == Effort.STANDARD) {
      return new Polished(best, replanned, 0, Pairing.LEFT);
    }
    long limit = PAIR_WORK / n;
    long tried = 0;
    int pairsKept = 0;
    boolean stopped = false;
    for (int kept = -1; kept != 0 && !stopped; ) {
      kept = 0;
      for (int[] pair : pairs) {
        if (tried++ == limit) {
          stopped = true;
          break;
        }
        PlanInProgress trial = best.copy();
        double before = best.gap();
        if (trial.replan(pair[0], pair[1])) {
          best = trial;
          kept++;
        } else if (trial.gap() <= before + PlanInProgress.TOLERANCE) {
          // as good, the land arranged otherwise: taken too, so that the pairs after it start from
          // elsewhere (better on 14 of 17 draws at 100 members, worse on two of uneven farms); only
          // a re-plan that lowers Σ|gap| counts towards another pass
          best = trial;
        }
      }
      pairsKept += kept;
    }
    return new Polished(best, replanned, pairsKept, stopped ? Pairing.STOPPED : Pairing.TRIED);
  }

  /** A polished plan, how many re-plans of one member and of two it kept, and what became of the pairs. */
  private record Polished(PlanInProgress plan, int replanned, int pairs, Pairing pairing) {}

  /** What polishing did with pairs of members. */
  private enum Pairing {
    /** No pair to re-plan: no two members share a crop (or no polishing). */
    NONE,
    /** Pairs left to {@link Effort#THOROUGH}. */
    LEFT,
    /** Pairs re-planned in passes until one kept nothing. */
    TRIED,
    /** Pairs re-planned until {@link #PAIR_WORK} stopped them. */
    STOPPED
  }

  /**
   * The best plan found, and the first relaxation's prices (null when it was skipped) to start the
   * bound from; {@code exact} when the relaxation reached its optimum, {@code optimum} its Σ|gap|;
   * {@code ascended} when the prices are the best of the volume algorithm's ascent (not a stopped
   * simplex's), so that an ascent from zero would not improve on them; {@code polished} what the
   * polishing did; {@code limited} when a limit that {@link Effort#THOROUGH} raises stopped the
   * relaxation short.
   */
  private record Search(PlanInProgress best, double[][] prices, boolean exact, double optimum, boolean relaxed,
      boolean ascended, Polished polished, boolean limited) {}

  /**
   * Every member plants its demanded crops in week 0, land split equally, and replants each crop as
   * soon as it is harvested. A member whose land cannot hold a plot of its minimum size for every
   * crop plants only as many of them as it can (the first ones in its list), so that no plot is
   * below the minimum.
   */
  static List<Planting> baseline(List<PlannerMember> members, Map<String, CropProfile> profiles, DemandCalendar demand) {
    List<Planting> plantings = new ArrayList<>();
    for (PlannerMember m : members) {
      List<String> crops = m.crops().stream().filter(demand.crops()::contains).toList();
      int count = crops.size();
      Area each = equalPlot(m.land(), count);
      while (count > 0 && each.isLessThan(m.minimumPlot())) {
        count--;
        each = equalPlot(m.land(), count);
      }
      for (String crop : crops.subList(0, count)) {
        CropProfile profile = profiles.get(crop);
        for (int t = 0; t < demand.horizon().weeks(); t += profile.weeksOccupied()) {
          plantings.add(Planting.of(m.id(), profile, demand.horizon().week(t), each));
        }
      }
    }
    return plantings;
  }

  /** The land split into {@code count} equal plots, rounded down to the cm² so they never add up to more than the land. */
  private static Area equalPlot(Area land, int count) {
    return count == 0 ? Area.ZERO
        : Area.ofSquareMetres(land.toSquareMetres().divide(BigDecimal.valueOf(count), 4, java.math.RoundingMode.DOWN));
  }
}
