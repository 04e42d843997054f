package org.agricluster.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.agricluster.calendar.Balance;
import org.agricluster.calendar.CropProfile;
import org.agricluster.calendar.CropWeights;
import org.agricluster.calendar.DemandCalendar;
import org.agricluster.calendar.ExampleCrops;
import org.agricluster.calendar.Gap;
import org.agricluster.calendar.Horizon;
import org.agricluster.calendar.IsoWeek;
import org.agricluster.calendar.Plan;
import org.agricluster.calendar.PlanOptions;
import org.agricluster.calendar.Planner;
import org.agricluster.calendar.PlannerMember;
import org.agricluster.calendar.Season;
import org.agricluster.calendar.Sharing;
import org.agricluster.json.AgriJson;
import org.agricluster.measure.Area;
import org.agricluster.measure.Mass;
import org.agricluster.measure.Share;
import org.agricluster.report.CalendarTables;

/**
 * Production and sourcing calendars: the Sesan trader's 150 kg a day against everyone planting at
 * once, then a staggered plan; the Takeo cluster's 2 tonnes a day all year, with the SVG chart.
 * Crop profiles are the library's example data ({@link ExampleCrops}); plots are generated within
 * the ranges the field documents give.
 */
final class CalendarWalkthrough implements Walkthrough {
  private static final Horizon YEAR = Horizon.of(IsoWeek.of(2024, 1), 52);

  @Override
  public String name() {
    return "calendar";
  }

  @Override
  public String title() {
    return "Sesan's trader and Takeo's two tonnes a day: everyone planting at once against a staggered plan";
  }

  @Override
  public void run(PrintStream out) {
    sesan(out);
    takeo(out);
  }

  private static String kg(BigDecimal value) {
    return String.format(java.util.Locale.ROOT, "%,d", value.setScale(0, RoundingMode.HALF_EVEN).toBigIntegerExact());
  }

  private static void sesan(PrintStream out) {
    // CHAIN Annex 3: ~60 farmers on 200–1,000 m²; a trader needs 150 kg of leafy vegetables a day.
    List<PlannerMember> farmers = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      farmers.add(PlannerMember.of(String.format("sesan-f%02d", i + 1), Area.ofSquareMetres(200 + (i * 137) % 801),
          Set.of("choy sum", "Chinese mustard"), Area.ofSquareMetres(100)));
    }
    DemandCalendar trader = DemandCalendar.builder(YEAR).perDay("choy sum", Mass.ofKilograms(150), 7).build();
    Plan plan = Planner.plan(farmers, List.of(ExampleCrops.CHOY_SUM, ExampleCrops.CHINESE_MUSTARD), trader);
    out.println("1. Sesan (CHAIN Annex 3): a trader needs 150 kg of choy sum a day, 1,050 kg a week");
    out.println("   Everyone planting in the same week: " + line(plan.baselineBalance(), "choy sum"));
    out.println("   Staggered plan:                     " + line(plan.balance(), "choy sum"));
    long wetShort = wetSeasonShortWeeks(plan.baselineBalance(), "choy sum");
    out.println("   Weeks more than 5 % short in the July–September wet season (" + Season.SESAN_WET_SEASON_DROP + "): "
        + wetShort + " before, " + wetSeasonShortWeeks(plan.balance(), "choy sum") + " after");
    out.println();
    out.println(CalendarTables.balance(plan.balance(), "choy sum").toText());
    out.println(CalendarTables.plan(plan, 8).toText());
    out.println("Back-calculation: " + ExampleCrops.CHOY_SUM.toHarvest(Mass.ofKilograms(1050), IsoWeek.of(2024, 30)));
    out.println();
  }

  private static long wetSeasonShortWeeks(Balance balance, String crop) {
    long n = 0;
    for (IsoWeek week : balance.horizon().allWeeks()) {
      Gap gap = balance.gap(crop, week);
      BigDecimal tolerance = gap.demand().toKilograms().multiply(new BigDecimal("0.05"));
      if (Season.SESAN_WET_SEASON_DROP.contains(week) && gap.shortfall().toKilograms().compareTo(tolerance) > 0) {
        n++;
      }
    }
    return n;
  }

  private static String line(Balance balance, String crop) {
    return "Σ|gap| " + kg(balance.totalAbsoluteGap(crop).toKilograms()) + " kg, shortfall " + kg(balance.shortfall(crop).toKilograms())
        + " kg, surplus " + kg(balance.surplus(crop).toKilograms()) + " kg, demand met "
        + balance.shareOfDemandMet(crop).map(s -> s.toPercent(0, RoundingMode.HALF_EVEN) + "%").orElse("–")
        + ", glut weeks (> demand + 20 %) " + balance.glutWeeks(crop, Share.ofPercent(20)).size();
  }

  private static void takeo(PrintStream out) {
    // ASPIRE Takeo story: 37 households, plots of about 1,000–2,000 m², a buyer who takes everything, 2–4 t a day all year.
    List<String> crops = List.of("cucumber", "yard-long bean", "choy sum", "Chinese mustard", "eggplant");
    List<PlannerMember> households = new ArrayList<>();
    for (int i = 0; i < 37; i++) {
      households.add(PlannerMember.of(String.format("takeo-h%02d", i + 1), Area.ofSquareMetres(1000 + (i * 263) % 1001),
          i % 2 == 0 ? crops : crops.subList(0, 3), Area.ofSquareMetres(100)));
    }
    DemandCalendar buyer = DemandCalendar.builder(YEAR)
        .perDay("cucumber", Mass.ofKilograms(600), 7)
        .perDay("yard-long bean", Mass.ofKilograms(400), 7)
        .perDay("choy sum", Mass.ofKilograms(400), 7)
        .perDay("Chinese mustard", Mass.ofKilograms(300), 7)
        .perDay("eggplant", Mass.ofKilograms(300), 7)
        .build();
    List<CropProfile> profiles = List.of(ExampleCrops.CUCUMBER, ExampleCrops.YARD_LONG_BEAN, ExampleCrops.CHOY_SUM,
        ExampleCrops.CHINESE_MUSTARD, ExampleCrops.EGGPLANT);
    Plan plan = Planner.plan(households, profiles, buyer);
    out.println("2. Takeo (ASPIRE): 37 households, 2 t a day for the buyer across five vegetables");
    out.printf("   %-16s %12s %12s %14s%n", "crop", "baseline met", "plan met", "plan Σ|gap| kg");
    for (String crop : crops) {
      out.printf("   %-16s %12s %12s %14s%n", crop, met(plan.baselineBalance(), crop), met(plan.balance(), crop),
          kg(plan.balance().totalAbsoluteGap(crop).toKilograms()));
    }
    out.println("   " + plan.summary());
    BigDecimal daily = BigDecimal.ZERO;
    int weeksFrom = 12;
    IsoWeek from = YEAR.start().plusWeeks(weeksFrom);
    for (String crop : crops) {
      daily = daily.add(Mass.total(plan.balance().supply().weekly(crop).tailMap(from).values()).toKilograms());
    }
    Area land = Area.total(households.stream().map(PlannerMember::land).toList());
    out.println("   From week " + from + " on, the plan ships on average "
        + kg(daily.divide(BigDecimal.valueOf(7L * (YEAR.weeks() - weeksFrom)), 0, RoundingMode.HALF_EVEN))
        + " kg a day from the households' " + land.toHectares().setScale(2, RoundingMode.HALF_EVEN).toPlainString()
        + " ha: with these example yields, land, not timing, now limits the cluster; the takeo walkthrough computes how much"
        + " more land the 2 t target takes (the story: \"now most of them start to expand their farming land\").");
    out.println("   What would more land, or more crops per household, be worth? The prices behind the plan's bound say:");
    for (String line : Planner.shadowPrices(households, profiles, buyer).explanation(3)) {
      out.println("     " + line);
    }
    // a buyer who wants every crop: each kg of yard-long bean short counts as two of another crop's, of
    // eggplant as 1.5 (bean alone at 2 takes eggplant's land: the households who grow both have the same plots)
    CropWeights weights = CropWeights.of("yard-long bean", 2).with("eggplant", new BigDecimal("1.5"));
    Plan weighted = Planner.plan(households, profiles, buyer, weights);
    out.println("   The buyer wants every crop, and the plan meets little yard-long bean. Weighted " + weights + ":");
    out.printf("   %-16s %12s %14s%n", "crop", "plan met", "weighted met");
    for (String crop : crops) {
      out.printf("   %-16s %12s %14s%n", crop, met(plan.balance(), crop), met(weighted.balance(), crop));
    }
    out.println("   " + weighted.summary());
    // the same weights, each crop set's area shared with every household that grows it (PlanOptions combines them)
    Plan fair = Planner.plan(households, profiles, buyer, PlanOptions.standard().withWeights(weights)
        .withSharing(Sharing.EVERY_MEMBER));
    out.println("   The same weights, with every household given a share (PlanOptions):");
    out.println("   " + fair.summary());
    Walkthroughs.saveAndReadBack(out, AgriJson.CALENDAR, plan.balance(), "takeo-calendar.json");
    Walkthroughs.saveAndReadBack(out, AgriJson.PLAN, plan, "takeo-plan.json");
    Path svg = Path.of("target", "takeo-cucumber-calendar.svg");
    try {
      Files.createDirectories(svg.getParent());
      Files.writeString(svg, CalendarTables.svg(plan, "cucumber"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println("   SVG chart of the cucumber calendar (plan, demand, baseline dashed): " + svg.toAbsolutePath());
  }

  private static String met(Balance balance, String crop) {
    return balance.shareOfDemandMet(crop).map(s -> s.toPercent(0, RoundingMode.HALF_EVEN) + "%").orElse("–");
  }
}
