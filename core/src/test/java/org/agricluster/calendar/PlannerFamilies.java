package org.agricluster.calendar;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.agricluster.measure.Area;
import org.agricluster.measure.Mass;

/**
 * Families of generated clusters on which the planner's quality is measured and its rules are
 * checked (test scope; the benchmark uses them too). Every family plans one year of 52 weeks; a
 * cluster of a family is fixed by its size and a seed.
 */
public final class PlannerFamilies {
  /** The year every family plans. */
  public static final Horizon YEAR = Horizon.of(IsoWeek.of(2024, 1), 52);
  /** The benchmark's eight crops. */
  public static final List<CropProfile> EIGHT = List.of(ExampleCrops.CUCUMBER, ExampleCrops.YARD_LONG_BEAN, ExampleCrops.TOMATO,
      ExampleCrops.EGGPLANT, ExampleCrops.CHINESE_MUSTARD, ExampleCrops.CHOY_SUM, ExampleCrops.LETTUCE, ExampleCrops.BITTER_GOURD);
  /** Twelve crops, for the families where members choose a few of many. */
  public static final List<CropProfile> TWELVE = ExampleCrops.all();

  private PlannerFamilies() {}

  /** One generated cluster: its members, the crops' profiles and the demand. */
  public record Instance(Family family, int size, long seed, List<PlannerMember> members, List<CropProfile> profiles,
      DemandCalendar demand) {
    /** Plans it. */
    public Plan plan() {
      return Planner.plan(members, profiles, demand);
    }

    /** The same cluster with every member's minimum plot {@code plot} (or its land, if smaller). */
    public Instance withMinimumPlot(Area plot) {
      List<PlannerMember> replotted = members.stream().map(m -> PlannerMember.of(m.id(), m.land(), m.crops(),
          plot.isGreaterThan(m.land()) ? m.land() : plot)).toList();
      return new Instance(family, size, seed, replotted, profiles, demand);
    }

    @Override
    public String toString() {
      return family + " × " + size + " (seed " + seed + ")";
    }
  }

  /** The families of the quality table. */
  public enum Family {
    /** The benchmark: 8 crops, three crop sets of 5–6 crops, land 1,000–2,000 m², demand about what the land supplies. */
    BENCHMARK("benchmark (3 crop sets)"),
    /** The benchmark's members with five times the demand. */
    LAND_SCARCE("land-scarce (demand × 5)"),
    /**
     * The benchmark's crop sets on uneven farms: land log-uniform 200–20,000 m², minimum plots
     * log-uniform 50–2,000 m² (at most the member's land).
     */
    HETEROGENEOUS("uneven farms"),
    /** 12 crops, each member a random 2–5 of them. */
    MANY_SETS("12 crops, random 2–5 each"),
    /** 12 crops, each member one of 5 fixed crop sets. */
    SETS_5("5 fixed crop sets"),
    /** 12 crops, each member one of 10 fixed crop sets. */
    SETS_10("10 fixed crop sets"),
    /** 12 crops, each member one of 15 fixed crop sets. */
    SETS_15("15 fixed crop sets"),
    /** 12 crops, each member one of 20 fixed crop sets. */
    SETS_20("20 fixed crop sets"),
    /** The benchmark's members; demand 10 weeks of nothing then 10 weeks of double, offset per crop. */
    SEASONAL("seasonal demand");

    private final String label;

    Family(String label) {
      this.label = label;
    }

    @Override
    public String toString() {
      return label;
    }
  }

  /** The planner's model of these members and this demand, as the planner builds it (members in id order). */
  static PlanInProgress model(List<PlannerMember> members, List<CropProfile> profiles, DemandCalendar demand) {
    java.util.Map<String, CropProfile> byCrop = new java.util.TreeMap<>();
    profiles.forEach(p -> byCrop.put(p.crop(), p));
    List<PlannerMember> sorted = members.stream().sorted(java.util.Comparator.comparing(PlannerMember::id)).toList();
    return new PlanInProgress(sorted, byCrop, demand);
  }

  /** The planner's model of an instance ({@link #model(List, List, DemandCalendar)}). */
  static PlanInProgress model(Instance instance) {
    return model(instance.members(), instance.profiles(), instance.demand());
  }

  /** A cluster of {@code size} members of a family, fixed by {@code seed}. */
  public static Instance of(Family family, int size, long seed) {
    Random r = new Random(seed * 31 + family.ordinal());
    switch (family) {
      case BENCHMARK:
        return new Instance(family, size, seed, benchmarkMembers(size, r, false), EIGHT, benchmarkDemand(size, 30));
      case LAND_SCARCE:
        return new Instance(family, size, seed, benchmarkMembers(size, r, false), EIGHT, benchmarkDemand(size, 150));
      case HETEROGENEOUS:
        // mean land (20,000 − 200) / ln 100 ≈ 4,300 m², about 2.9 times the benchmark's
        return new Instance(family, size, seed, benchmarkMembers(size, r, true), EIGHT, benchmarkDemand(size, 85));
      case MANY_SETS:
        return new Instance(family, size, seed, chooseMembers(size, r, null), TWELVE, twelveDemand(size));
      case SETS_5:
      case SETS_10:
      case SETS_15:
      case SETS_20:
        int sets = family == Family.SETS_5 ? 5 : family == Family.SETS_10 ? 10 : family == Family.SETS_15 ? 15 : 20;
        List<List<String>> fixed = new ArrayList<>();
        Random setRandom = new Random(family.ordinal());
        for (int s = 0; s < sets; s++) {
          fixed.add(randomCrops(setRandom));
        }
        return new Instance(family, size, seed, chooseMembers(size, r, fixed), TWELVE, twelveDemand(size));
      case SEASONAL:
      default:
        return new Instance(family, size, seed, benchmarkMembers(size, r, false), EIGHT, seasonalDemand(size));
    }
  }

  private static List<PlannerMember> benchmarkMembers(int n, Random r, boolean uneven) {
    List<PlannerMember> members = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      List<String> crops = new ArrayList<>();
      for (int c = 0; c < EIGHT.size(); c++) {
        if ((i + c) % 3 != 0) {
          crops.add(EIGHT.get(c).crop());
        }
      }
      Area land;
      Area plot;
      if (uneven) {
        land = Area.ofSquareMetres(Math.round(200 * Math.pow(100, r.nextDouble())));
        // a minimum plot is never above the member's land
        plot = Area.ofSquareMetres(Math.min(Math.round(50 * Math.pow(40, r.nextDouble())), land.toSquareMetres().longValue()));
      } else {
        land = Area.ofSquareMetres(1000 + (i * 263) % 1001);
        plot = Area.ofSquareMetres(100 + (i % 3) * 50);
      }
      members.add(PlannerMember.of(String.format("m%05d", i), land, crops, plot));
    }
    return members;
  }

  private static List<String> randomCrops(Random r) {
    List<String> all = new ArrayList<>(TWELVE.stream().map(CropProfile::crop).toList());
    java.util.Collections.shuffle(all, r);
    return List.copyOf(all.subList(0, 2 + r.nextInt(4)));
  }

  private static List<PlannerMember> chooseMembers(int n, Random r, List<List<String>> fixed) {
    List<PlannerMember> members = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      List<String> crops = fixed == null ? randomCrops(r) : fixed.get(r.nextInt(fixed.size()));
      members.add(PlannerMember.of(String.format("m%05d", i), Area.ofSquareMetres(1000 + r.nextInt(1001)), crops,
          Area.ofSquareMetres(100 + 50 * r.nextInt(3))));
    }
    return members;
  }

  /** 30 kg per member per week per crop (times {@code perMember} / 30), starting in week 0, 4 or 8. */
  private static DemandCalendar benchmarkDemand(int n, long perMember) {
    DemandCalendar.Builder b = DemandCalendar.builder(YEAR);
    for (int c = 0; c < EIGHT.size(); c++) {
      b.weeks(EIGHT.get(c).crop(), YEAR.start().plusWeeks(4 * (c % 3)), YEAR.end(), Mass.ofKilograms(perMember * n));
    }
    return b.build();
  }

  /** 20 kg per member per week for each of 12 crops (each member grows 3.5 of them on average). */
  private static DemandCalendar twelveDemand(int n) {
    DemandCalendar.Builder b = DemandCalendar.builder(YEAR);
    for (int c = 0; c < TWELVE.size(); c++) {
      b.weeks(TWELVE.get(c).crop(), YEAR.start().plusWeeks(4 * (c % 3)), YEAR.end(), Mass.ofKilograms(20L * n));
    }
    return b.build();
  }

  /** For each crop, 10 weeks of nothing then 10 weeks of 60 kg per member, repeating, offset by 3 weeks per crop. */
  private static DemandCalendar seasonalDemand(int n) {
    DemandCalendar.Builder b = DemandCalendar.builder(YEAR);
    for (int c = 0; c < EIGHT.size(); c++) {
      for (int w = 0; w < YEAR.weeks(); w++) {
        if ((w + 3 * c) % 20 >= 10) {
          b.week(EIGHT.get(c).crop(), YEAR.week(w), Mass.ofKilograms(60L * n));
        }
      }
    }
    return b.build();
  }
}
