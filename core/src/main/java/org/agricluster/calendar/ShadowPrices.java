package org.agricluster.calendar;

import static org.agricluster.internal.Check.notNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.agricluster.internal.Check;
import org.agricluster.internal.Decimals;
import org.agricluster.internal.Words;
import org.agricluster.measure.Area;
import org.agricluster.measure.Mass;

/**
 * What more land, more crops or more demand would be worth to a cluster's plan: the prices that
 * certify the plan's {@link LowerBound}, read as the answers to a facilitator's questions. From
 * {@link Planner#shadowPrices}.
 *
 * <p>The planner's bound gives every crop and week a price {@code u} in kg of gap per kg of
 * demand, and bounds Σ |supply − demand| of every plan by Σ u·demand − Σ land × (the most a
 * member's land can earn at these prices). Changing the members or the demand changes that
 * expression by an amount these prices give at once, and the expression stays a valid bound, so:
 *
 * <ul>
 *   <li><b>land</b> ({@link #land()}): each m² more land for the members growing a set of crops
 *       lowers the bound by at most {@link LandValue#kilogramsPerSquareMetre()} kg;
 *   <li><b>crops</b> ({@link #opening}, {@link #largestOpenings}): a member who grows one crop more
 *       lowers it by at most the member's land times the value of the wider crop set over the
 *       narrower;
 *   <li><b>demand</b> ({@link #perKilogramDemanded}): each kg more demanded of a crop in a week
 *       raises it by at least {@code u} kg (1 where no member can harvest more that week at these
 *       prices: every kg more demanded is a kg more gap).
 * </ul>
 *
 * <p>These are statements about the bound; they are statements about the best possible plan itself
 * when the bound is tight, that is when the plan is at its bound ({@link Plan#ratioToLowerBound()}
 * near 1). They hold for changes of any size, not only small ones, in the direction given: "at
 * most" and "at least".
 *
 * <pre>{@code
 * ShadowPrices prices = Planner.shadowPrices(members, profiles, demand);
 * prices.explanation(3).forEach(System.out::println);
 * prices.opening("F007", "eggplant");   // up to 120 kg less gap if F007 grew eggplant too
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ShadowPrices {
  /** Prices at or above this count as 1 (every kg more demanded is a kg more gap). */
  private static final double FULL = 1 - 1e-6;

  private final Horizon horizon;
  private final Mass bound;
  private final ImmutableMap<String, ImmutableList<BigDecimal>> perKilogramDemanded;
  private final ImmutableList<LandValue> land;
  /** Per crop set (its index in {@link #land}), what each crop it lacks is worth per m². */
  private final ImmutableListMultimap<Integer, CropValue> crops;
  /** Per member id: its land and its crop set's index in {@link #land}. */
  private final ImmutableMap<String, Member> members;

  private record Member(Area land, int set) {}

  private ShadowPrices(Horizon horizon, Mass bound, ImmutableMap<String, ImmutableList<BigDecimal>> perKilogramDemanded,
      ImmutableList<LandValue> land, ImmutableListMultimap<Integer, CropValue> crops, ImmutableMap<String, Member> members) {
    this.horizon = horizon;
    this.bound = bound;
    this.perKilogramDemanded = perKilogramDemanded;
    this.land = land;
    this.crops = crops;
    this.members = members;
  }

  /**
   * The shadow prices of a plan's bound, from the prices {@code u} (null: none beat a bound of 0,
   * and every price is 0) of the bound's model.
   */
  static ShadowPrices at(DualBound dual, double[][] u, List<PlannerMember> sorted, DemandCalendar demand) {
    List<String> cropNames = List.copyOf(demand.crops());
    int cropCount = dual.crops();
    int weeks = dual.weeks();
    double[][] prices = new double[cropCount][weeks];
    if (u != null) {
      for (int c = 0; c < cropCount; c++) {
        System.arraycopy(u[c], 0, prices[c], 0, weeks);
      }
    }
    // the bound at exactly these prices (the plan's bound may be higher: the demand no plan can meet)
    Mass bound = Mass.ofKilograms(BigDecimal.valueOf(dual.bound(prices, 0, 0)).setScale(3, RoundingMode.FLOOR));
    dual.setPrices(prices);
    ImmutableMap.Builder<String, ImmutableList<BigDecimal>> perKg = ImmutableMap.builder();
    for (int c = 0; c < cropCount; c++) {
      ImmutableList.Builder<BigDecimal> weekly = ImmutableList.builder();
      for (int w = 0; w < weeks; w++) {
        // "at least": rounded down
        weekly.add(dual.demand(c, w) > 0 ? rounded(prices[c][w], 3, RoundingMode.FLOOR) : BigDecimal.ZERO.setScale(3));
      }
      perKg.put(cropNames.get(c), weekly.build());
    }
    ImmutableList.Builder<LandValue> land = ImmutableList.builder();
    ImmutableListMultimap.Builder<Integer, CropValue> cropValues = ImmutableListMultimap.builder();
    Map<String, Member> members = new LinkedHashMap<>();
    // members who grow none of the demanded crops are in no class of the bound: they form one here
    List<Integer> growingNone = new ArrayList<>();
    java.util.Set<Integer> inClasses = new java.util.HashSet<>();
    dual.classMembers().forEach(inClasses::addAll);
    for (int i = 0; i < sorted.size(); i++) {
      if (!inClasses.contains(i)) {
        growingNone.add(i);
      }
    }
    int classes = dual.classes() + (growingNone.isEmpty() ? 0 : 1);
    for (int k = 0; k < classes; k++) {
      boolean none = k == dual.classes();
      List<Integer> who = none ? growingNone : dual.classMembers().get(k);
      boolean[] set = new boolean[cropCount];
      ImmutableSortedSet.Builder<String> names = ImmutableSortedSet.naturalOrder();
      for (int c = 0; c < cropCount; c++) {
        set[c] = !none && dual.grows(k, c);
        if (set[c]) {
          names.add(cropNames.get(c));
        }
      }
      double value = none ? 0 : Math.max(0, dual.schedule(set));
      double pooled = none ? who.stream().mapToDouble(i -> sorted.get(i).land().toSquareMetres().doubleValue()).sum() : dual.land(k);
      ImmutableList<String> ids = who.stream().map(i -> sorted.get(i).id()).collect(ImmutableList.toImmutableList());
      land.add(LandValue.of(names.build(), ids, Area.ofSquareMetres(BigDecimal.valueOf(pooled).setScale(2, RoundingMode.HALF_EVEN)),
          rounded(value, 4, RoundingMode.CEILING)));
      for (int c = 0; c < cropCount; c++) {
        if (!set[c]) {
          set[c] = true;
          double wider = dual.schedule(set);
          set[c] = false;
          // the two schedules are computed alike: a difference within their rounding is none
          double more = wider - value > 1e-9 * Math.max(1, value) ? wider - value : 0;
          cropValues.put(k, new CropValue(cropNames.get(c), rounded(more, 4, RoundingMode.CEILING)));
        }
      }
      for (int i : who) {
        members.put(sorted.get(i).id(), new Member(sorted.get(i).land(), k));
      }
    }
    return new ShadowPrices(demand.horizon(), bound, perKg.build(), land.build(), cropValues.build(),
        ImmutableMap.copyOf(members));
  }

  /** "At most" figures are rounded up, "at least" ones down, so that rounding never overstates a claim. */
  private static BigDecimal rounded(double value, int places, RoundingMode mode) {
    BigDecimal exact = BigDecimal.valueOf(value).setScale(places, mode);
    return exact.signum() == 0 ? BigDecimal.ZERO.setScale(places) : exact;
  }

  /**
   * The bound these prices certify: no plan without glut has a smaller Σ |supply − demand| (for
   * every plan, if the plan kept is the baseline). At most the plan's {@link LowerBound#gap()},
   * which also counts the demand no plan can meet.
   */
  public Mass bound() {
    return bound;
  }

  /**
   * How much the bound rises, at least, per kg more demanded of a crop in a week (kg of gap per kg;
   * at most 1): 1 where every kg more demanded is a kg more gap, 0 where more demand would cost
   * nothing, below 0 where it would lower the bound (supply there is held back only by the rule
   * that no week gets more than its demand). 0 in weeks without demand.
   *
   * @throws IllegalArgumentException if the crop is not one of the demand's or the week is outside
   *     the horizon
   */
  public BigDecimal perKilogramDemanded(String crop, IsoWeek week) {
    notNull(crop, "crop");
    notNull(week, "week");
    ImmutableList<BigDecimal> weekly = perKilogramDemanded.get(crop);
    if (weekly == null) {
      throw Check.refusal("Crop", "one of the demand's: " + perKilogramDemanded.keySet(), Check.quoted(crop));
    }
    return weekly.get(horizon.indexOf(week, () -> "Week"));
  }

  /** What more land is worth, per crop set of the members, the most valuable first. */
  public ImmutableList<LandValue> land() {
    return land.stream().sorted(Comparator.comparing(LandValue::kilogramsPerSquareMetre).reversed())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * How much less gap, at most, if a member grew one crop more: the member's land times what the
   * wider crop set is worth per m² beyond its own; zero mass if the member grows the crop already.
   *
   * @throws IllegalArgumentException if no member has the id or the crop is not one of the demand's
   */
  public Mass opening(String memberId, String crop) {
    notNull(memberId, "memberId");
    notNull(crop, "crop");
    Member member = members.get(memberId);
    if (member == null) {
      throw Check.refusal("Member", "one of the plan's " + Words.count(members.size(), "member"), Check.quoted(memberId));
    }
    if (!perKilogramDemanded.containsKey(crop)) {
      throw Check.refusal("Crop", "one of the demand's: " + perKilogramDemanded.keySet(), Check.quoted(crop));
    }
    for (CropValue v : crops.get(member.set())) {
      if (v.crop().equals(crop)) {
        return Mass.ofKilograms(member.land().toSquareMetres().multiply(v.perSquareMetre()).setScale(3, RoundingMode.CEILING));
      }
    }
    return Mass.ofKilograms(0);
  }

  /**
   * The members and crops that would be worth most: for each member and each crop it does not grow,
   * {@link #opening}, the largest first (ties in member id and crop order), at most {@code n}, none
   * worth nothing.
   *
   * @throws IllegalArgumentException if n is negative
   */
  public ImmutableList<Opening> largestOpenings(int n) {
    if (n < 0) {
      throw Check.refusal("Number of openings", ">= 0", n);
    }
    List<Opening> all = new ArrayList<>();
    for (Map.Entry<String, Member> e : members.entrySet()) {
      for (CropValue v : crops.get(e.getValue().set())) {
        if (v.perSquareMetre().signum() > 0) {
          all.add(Opening.of(e.getKey(), v.crop(), e.getValue().land(),
              Mass.ofKilograms(e.getValue().land().toSquareMetres().multiply(v.perSquareMetre()).setScale(3, RoundingMode.CEILING))));
        }
      }
    }
    all.sort(Comparator.comparing((Opening o) -> o.lessGap().toKilograms()).reversed()
        .thenComparing(Opening::member, Words.NATURAL_ORDER).thenComparing(Opening::crop));
    return ImmutableList.copyOf(all.subList(0, Math.min(n, all.size())));
  }

  /**
   * The prices in words: what land is worth for the {@code n} most valuable crop sets, the {@code n}
   * largest openings, and per crop the weeks where every kg more demanded is a kg more gap.
   *
   * @throws IllegalArgumentException if n is negative
   */
  public ImmutableList<String> explanation(int n) {
    if (n < 0) {
      throw Check.refusal("Number of lines per question", ">= 0", n);
    }
    ImmutableList.Builder<String> lines = ImmutableList.builder();
    lines.add("At the prices that certify a lower bound of " + Plan.kg(bound) + " kg (statements about the best possible "
        + "plan when the plan is at that bound):");
    for (LandValue v : land().subList(0, Math.min(n, land.size()))) {
      String who = Words.count(v.members().size(), "member") + (v.crops().isEmpty() ? " who grow none of the demanded crops"
          : " growing " + Words.and(v.crops()));
      lines.add(v.kilogramsPerSquareMetre().signum() == 0
          ? "More land for the " + who + " is worth nothing: land is not what holds their supply back."
          : "Each m² more land for the " + who + " (together " + Decimals.grouped(v.land().toSquareMetres().setScale(0, RoundingMode.HALF_EVEN), 0) + " m²) is worth up to "
              + Decimals.plain(v.kilogramsPerSquareMetre()) + " kg less gap.");
    }
    ImmutableList<Opening> openings = largestOpenings(n);
    if (openings.isEmpty() && n > 0 && !members.isEmpty()) {
      lines.add("No member growing one crop more is worth anything: the crops each member grows are not what holds supply back.");
    }
    for (Opening o : openings) {
      lines.add("If " + o.member() + " grew " + o.crop() + " too: up to " + Plan.kg(o.lessGap()) + " kg less gap.");
    }
    for (Map.Entry<String, ImmutableList<BigDecimal>> e : perKilogramDemanded.entrySet()) {
      List<String> runs = fullRuns(e.getValue());
      long full = e.getValue().stream().filter(p -> p.doubleValue() >= FULL).count();
      if (!runs.isEmpty()) {
        String weeks = full == e.getValue().size() ? "every week"
            : Words.count(full, "week") + " (" + (runs.size() <= 4 ? Words.and(runs)
                : String.join(", ", runs.subList(0, 3)) + " and " + Words.count(runs.size() - 3, "more run")) + ")";
        lines.add(e.getKey() + ": every kg more demanded is a kg more gap in " + weeks + ": no member can harvest more then.");
      }
    }
    return lines.build();
  }

  /** The runs of weeks whose price is 1, as "2019-W10–2019-W14". */
  private List<String> fullRuns(List<BigDecimal> weekly) {
    List<String> runs = new ArrayList<>();
    int start = -1;
    for (int w = 0; w <= weekly.size(); w++) {
      boolean full = w < weekly.size() && weekly.get(w).doubleValue() >= FULL;
      if (full && start < 0) {
        start = w;
      } else if (!full && start >= 0) {
        runs.add(start == w - 1 ? horizon.week(start).toString() : horizon.week(start) + "–" + horizon.week(w - 1));
        start = -1;
      }
    }
    return runs;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ShadowPrices other && horizon.equals(other.horizon) && bound.equals(other.bound)
        && perKilogramDemanded.equals(other.perKilogramDemanded) && land.equals(other.land) && crops.equals(other.crops)
        && members.equals(other.members);
  }

  @Override
  public int hashCode() {
    return Objects.hash(horizon, bound, perKilogramDemanded, land, crops, members);
  }

  @Override
  public String toString() {
    return "ShadowPrices{bound " + Plan.kg(bound) + " kg, " + Words.count(land.size(), "crop set") + ", "
        + Words.count(members.size(), "member") + ", " + Words.count(perKilogramDemanded.size(), "crop") + " over "
        + horizon + "}";
  }

  /** What a crop set's wider set is worth per m², beyond its own. */
  private record CropValue(String crop, BigDecimal perSquareMetre) {}

  /**
   * What more land is worth to the members who grow one set of crops: at most
   * {@link #kilogramsPerSquareMetre()} kg less gap per m² more.
   *
   * <p>This class is immutable and thread-safe.
   */
  public abstract static class LandValue {
    LandValue() {}

    static LandValue of(ImmutableSortedSet<String> crops, ImmutableList<String> members, Area land, BigDecimal kilogramsPerSquareMetre) {
      return ImmutableLandValue.builder().crops(crops).members(members).land(land).kilogramsPerSquareMetre(kilogramsPerSquareMetre)
          .build();
    }

    /** The crops the members grow, of those demanded (none for members who grow none of them). */
    public abstract ImmutableSortedSet<String> crops();

    /** The ids of the members who grow exactly these crops. */
    public abstract ImmutableList<String> members();

    /** Their land together. */
    public abstract Area land();

    /** kg less gap, at most, per m² more land for them (to 4 decimals). */
    public abstract BigDecimal kilogramsPerSquareMetre();

    @Override
    public String toString() {
      return "LandValue{" + String.join(", ", crops()) + ": " + Words.count(members().size(), "member") + ", " + land()
          + ", up to " + Decimals.plain(kilogramsPerSquareMetre()) + " kg less gap per m² more}";
    }
  }

  /**
   * A member growing one crop more, and how much less gap that is worth at most.
   *
   * <p>This class is immutable and thread-safe.
   */
  public abstract static class Opening {
    Opening() {}

    static Opening of(String member, String crop, Area land, Mass lessGap) {
      return ImmutableOpening.builder().member(member).crop(crop).land(land).lessGap(lessGap).build();
    }

    /** The member's id. */
    public abstract String member();

    /** The crop it does not grow yet. */
    public abstract String crop();

    /** The member's land. */
    public abstract Area land();

    /** How much less gap, at most. */
    public abstract Mass lessGap();

    @Override
    public String toString() {
      return member() + " growing " + crop() + " too: up to " + Plan.kg(lessGap()) + " kg less gap";
    }
  }
}
