package org.agricluster.examples;

import static org.agricluster.measure.CurrencyUnit.KHR;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.agricluster.actor.Actor;
import org.agricluster.actor.Farm;
import org.agricluster.actor.Gender;
import org.agricluster.actor.Location;
import org.agricluster.actor.Role;
import org.agricluster.calendar.CropProfile;
import org.agricluster.calendar.DemandCalendar;
import org.agricluster.calendar.ExampleCrops;
import org.agricluster.calendar.Horizon;
import org.agricluster.calendar.IsoWeek;
import org.agricluster.calendar.LandNeed;
import org.agricluster.calendar.Plan;
import org.agricluster.calendar.PlannerMember;
import org.agricluster.calendar.Planting;
import org.agricluster.calendar.SupplyCalendar;
import org.agricluster.cluster.Cluster;
import org.agricluster.cluster.DevelopmentStep;
import org.agricluster.cluster.GroupStage;
import org.agricluster.cluster.ProducerGroup;
import org.agricluster.economics.CollectionLedger;
import org.agricluster.economics.CostCategory;
import org.agricluster.economics.CostLine;
import org.agricluster.economics.CropBudget;
import org.agricluster.economics.Deduction;
import org.agricluster.economics.Delivery;
import org.agricluster.economics.GradePrices;
import org.agricluster.economics.MarginPolicy;
import org.agricluster.economics.MemberStatement;
import org.agricluster.economics.PaymentSplit;
import org.agricluster.json.AgriJson;
import org.agricluster.measure.Area;
import org.agricluster.measure.Mass;
import org.agricluster.measure.Money;
import org.agricluster.measure.PricePerMass;
import org.agricluster.measure.Share;
import org.agricluster.report.CalendarTables;
import org.agricluster.report.Document;
import org.agricluster.report.EconomicsTables;
import org.agricluster.report.Table;
import org.agricluster.strategy.ContractFarmingAgreement;
import org.agricluster.strategy.PriceTerms;

/**
 * The <i>ASPIRE Takeo story</i> (<i>Business Cluster – Link from Farm Gate to Market</i>) as one
 * story: the 37 households of the Ponleu vegetable cluster with their land and crops; a staggered
 * plan for a buyer who takes 2 tonnes a day, and how much more land the households need to supply
 * it in every week; a year of collection-point records (graded, weighed, recorded); the buyer's
 * payments reconciled and split; member statements less the buyer's input advance and the
 * households' loan repayments; and each household's simplified gross margin from its own plantings
 * and deliveries. The story gives the place, the 37 households, the 2–4 t a day, the buyer who takes
 * everything, the loans and the income of about 3 million riel per 2,000 m²; plots, crops, grade
 * shares, prices, costs, advances and loans are example data and say so.
 */
final class TakeoWalkthrough implements Walkthrough {
  static final Location PONLEU = Location.country("Cambodia").province("Takeo").district("Samrong").commune("Chamras Pen")
      .village("Ponleu");
  static final List<CropProfile> CROPS = List.of(ExampleCrops.CUCUMBER, ExampleCrops.YARD_LONG_BEAN, ExampleCrops.CHOY_SUM,
      ExampleCrops.CHINESE_MUSTARD, ExampleCrops.EGGPLANT);
  /** The buyer's 2 t a day, split over the five crops (example split). */
  static final int[] KG_PER_DAY = {600, 400, 400, 300, 300};
  static final Horizon HORIZON = Horizon.of(IsoWeek.of(2024, 1), 68);
  /** Deliveries run for a year from week 17, once the slowest crop (eggplant, from the nursery) can be harvested. */
  static final IsoWeek FIRST = IsoWeek.of(2024, 17);
  static final IsoWeek LAST = FIRST.plusWeeks(51);
  static final Actor BUYER = Actor.builder().id("lustmey").name("LusTmey (iDE)").addRoles(Role.BUYING_COMPANY).build();

  @Override
  public String name() {
    return "takeo";
  }

  @Override
  public String title() {
    return "The ASPIRE Takeo cluster from plan to payout: 37 households, 2 t a day, the land it takes, margins per member";
  }

  /** The 37 households: plots of 1,000–2,000 m² and three of the five crops each (example data); Ms Khat Sa Em leads. */
  static List<Actor> households() {
    List<Actor> households = new ArrayList<>();
    for (int i = 0; i < 37; i++) {
      List<String> crops = List.of(CROPS.get(i % 5).crop(), CROPS.get((i + 1) % 5).crop(), CROPS.get((i + 3) % 5).crop());
      households.add(Actor.builder().id(String.format("takeo-h%02d", i + 1))
          .name(i == 0 ? "Ms Khat Sa Em" : "Household " + (i + 1)).addRoles(Role.FARMER)
          .gender(i == 0 || i % 2 == 1 ? Gender.FEMALE : Gender.MALE).location(PONLEU)
          .farm(Farm.of(Area.ofSquareMetres(1000 + (i * 263) % 1001), "pond and well", crops)).build());
    }
    return households;
  }

  static Cluster cluster(List<Actor> households) {
    return Cluster.builder("Ponleu vegetable cluster", "vegetables").addLocation(PONLEU).step(DevelopmentStep.BACKSTOPPING)
        .addGroup(ProducerGroup.builder("PG-Ponleu", "Ponleu vegetable cluster members").members(households).committeeSize(1)
            .addCommittee(households.get(0)).addStage(GroupStage.FORMING, LocalDate.of(2020, 1, 6))
            .addStage(GroupStage.PERFORMING, LocalDate.of(2022, 1, 3)).build())
        .addDirectActor(BUYER)
        .addDirectActor(Actor.of("aspire", "ASPIRE extension (MAFF)", Role.EXTENSION_AGENT))
        .addDirectActor(Actor.of("lender", "Village lender", Role.FINANCIAL_INSTITUTION))
        .build();
  }

  static DemandCalendar buyer() {
    DemandCalendar.Builder demand = DemandCalendar.builder(HORIZON);
    for (int c = 0; c < CROPS.size(); c++) {
      demand.weeks(CROPS.get(c).crop(), FIRST, LAST, Mass.ofKilograms(7L * KG_PER_DAY[c]));
    }
    return demand.build();
  }

  static List<PlannerMember> members(List<Actor> households) {
    return households.stream().map(a -> PlannerMember.of(a.id(), a.farm().orElseThrow().land(), a.farm().orElseThrow().crops(),
        Area.ofSquareMetres(100))).toList();
  }

  @Override
  public void run(PrintStream out) {
    List<Actor> households = households();
    Cluster cluster = cluster(households);
    Area land = cluster.totalFarmLand();
    out.println("1. The cluster (ASPIRE Takeo story): " + households.size() + " households in Ponleu village, Chamras Pen commune, "
        + "Samrong district, Takeo; " + ha(land) + " of land (plots of 1,000–2,000 m², example data); a buyer, "
        + BUYER.name() + ", who takes everything.");
    DemandCalendar demand = buyer();
    LandNeed need = LandNeed.of(members(households), CROPS, demand, Share.ofPercent(2));
    Plan today = need.plan();
    out.println("2. The buyer's 2 t a day from " + FIRST + " for 52 weeks (" + KG_PER_DAY[0] + " kg cucumber, " + KG_PER_DAY[1]
        + " yard-long bean, " + KG_PER_DAY[2] + " choy sum, " + KG_PER_DAY[3] + " Chinese mustard, " + KG_PER_DAY[4]
        + " eggplant; the split is example data).");
    out.println("   With today's land the staggered plan ships " + dailyRange(today) + "; "
        + need.shortWeeks().size() + " crop-weeks are more than 2 % short:");
    Map<String, Long> shortByCrop = new TreeMap<>();
    need.shortWeeks().forEach(g -> shortByCrop.merge(g.crop(), 1L, Long::sum));
    shortByCrop.forEach((crop, n) -> out.println("     " + crop + ": " + n + " weeks short"));
    out.println("   " + need);
    Plan plan = need.expandedPlan();
    out.println("   The households' land × " + need.factor().toPlainString() + " — " + ha(need.extraLand()) + " more, about "
        + Table.number(need.extraLand().toSquareMetres().divide(BigDecimal.valueOf(households.size()), 0, RoundingMode.HALF_EVEN))
        + " m² per household (\"now most of them start to expand their farming land\") — ships " + dailyRange(plan) + ".");
    out.println("   " + plan.summary());
    out.println();

    // 3. A year of collection-point days on the expanded land.
    Map<String, Area> landNow = new LinkedHashMap<>();
    need.expandedMembers().forEach(m -> landNow.put(m.id(), m.land()));
    GradePrices prices = prices();
    List<Delivery> deliveries = deliveries(households, plan);
    CollectionLedger year = CollectionLedger.of(prices, deliveries);
    IsoWeek sampleWeek = FIRST.plusWeeks(10);
    CollectionLedger day = CollectionLedger.of(prices, deliveries.stream()
        .filter(d -> d.date().equals(sampleWeek.monday())).toList());
    Mass gradeA = Mass.total(day.deliveries().stream().filter(d -> d.grade().equals("A")).map(Delivery::mass).toList());
    Mass all = Mass.total(day.deliveries().stream().map(Delivery::mass).toList());
    out.println("3. Collection point (\"checking their vegetable and do ranking its quality … weighing … and do a record\"): "
        + "each household's planned harvest of a week is graded A or B (82–96 % A by household, example data) and recorded; "
        + String.format(Locale.ROOT, "%,d", year.deliveries().size()) + " records in the year.");
    out.println("   Collection day " + sampleWeek.monday() + ": " + day.deliveries().size() + " records from "
        + day.valueByMember().size() + " households, " + kg(all) + " (" + Share.ofRatio(gradeA.toKilograms(), all.toKilograms())
            .toPercent(0, RoundingMode.HALF_EVEN) + " % grade A), worth " + day.expectedPayment() + " at the grade prices.");
    Money shortPaid = day.expectedPayment().multipliedBy(new BigDecimal("0.985")).rounded(RoundingMode.HALF_UP);
    out.println("   The buyer pays " + shortPaid + ": " + day.reconcile(shortPaid, Money.of(KHR, 1_000))
        + " (\"if the amount of payment from the company is different from a record, then we will contact the company\")");
    out.println("   After the call: " + day.reconcile(day.expectedPayment(), Money.of(KHR, 1_000)));
    out.println();

    // 4. The year's payments split to members, less the buyer's input advance and the loan repayments.
    PaymentSplit split = year.split(year.expectedPayment());
    DemandCalendar cucumberSchedule = DemandCalendar.builder(HORIZON)
        .weeks("cucumber", FIRST, LAST, Mass.ofKilograms(7L * KG_PER_DAY[0])).build();
    ContractFarmingAgreement contract = ContractFarmingAgreement.of(BUYER, Actor.of("PG-Ponleu", "Ponleu vegetable cluster",
        Role.PRODUCER_GROUP), "cucumber", "A", cucumberSchedule, PriceTerms.noneStated(), Optional.of(Money.of(KHR, 12_000_000)),
        Optional.empty());
    Map<String, BigDecimal> cucumberArea = new LinkedHashMap<>();
    households.forEach(h -> cucumberArea.put(h.id(), BigDecimal.ZERO));
    plan.plantings().stream().filter(p -> p.planting().crop().equals("cucumber"))
        .forEach(p -> cucumberArea.merge(p.planting().member(), p.planting().area().toSquareMetres(), BigDecimal::add));
    Map<String, Deduction> advances = contract.advanceDeductions(cucumberArea);
    Map<String, MemberStatement> statements = new LinkedHashMap<>();
    for (Actor h : households) {
      List<Deduction> less = new ArrayList<>();
      Optional.ofNullable(advances.get(h.id())).ifPresent(less::add);
      less.add(loanRepayment(landNow.get(h.id())));
      statements.put(h.id(), year.statement(h.id(), split).withDeductions(less));
    }
    out.println("4. The year's payments, " + split.received() + ", split by delivered value; the buyer's advance of cucumber seed and "
        + "fertiliser under the cucumber contract, " + contract.inputAdvances().orElseThrow() + " (example), deducted in proportion "
        + "to cucumber area, and each household's "
        + "loan repaid (\"our fund investment comes from a loan… after harvesting, we can repay the lender\"; 600 riel per m² "
        + "borrowed at 12 %, example data).");
    MemberStatement leader = statements.get(households.get(0).id());
    out.println("   " + households.get(0).name() + ": " + leader.deliveries().size() + " deliveries worth " + leader.value() + "; paid "
        + leader.payout() + ", less " + String.join(", less ", leader.deductions().stream().map(Deduction::toString).toList())
        + " = " + leader.netPayout() + " in hand.");
    Money advanced = Money.total(advances.values().stream().map(Deduction::amount).toList());
    out.println("   The advances deducted sum to " + advanced + " = the contract's " + contract.inputAdvances().orElseThrow() + ": "
        + advanced.equals(contract.inputAdvances().orElseThrow()) + ".");
    out.println();

    // 5. Each household's simplified gross margin from its own plantings and deliveries.
    Map<String, Money> costs = costs(plan);
    Table.Builder t = Table.builder("Simplified gross margin per household, delivery year " + FIRST + "–" + LAST + " (prices and costs "
        + "example data)").column("Household", Table.Align.LEFT).column("Land (expanded)", Table.Align.RIGHT)
        .column("Delivered", Table.Align.RIGHT).column("Revenue", Table.Align.RIGHT).column("Variable costs", Table.Align.RIGHT)
        .column("SGM", Table.Align.RIGHT).column("SGM per 2,000 m²", Table.Align.RIGHT);
    List<BigDecimal> per2000 = new ArrayList<>();
    for (Actor h : households) {
      MemberStatement st = statements.get(h.id());
      Money cost = costs.getOrDefault(h.id(), Money.zero(KHR)).rounded(RoundingMode.HALF_EVEN);
      Money sgm = st.payout().minus(cost);
      BigDecimal perTwo = sgm.amount().multiply(BigDecimal.valueOf(2000)).divide(landNow.get(h.id()).toSquareMetres(), 0,
          RoundingMode.HALF_EVEN);
      per2000.add(perTwo);
      t.row(h.name(), landNow.get(h.id()).toString(), kg(Mass.total(st.deliveries().stream().map(Delivery::mass).toList())),
          st.payout().toString(), cost.toString(), sgm.toString(), Money.of(KHR, perTwo).toString());
    }
    List<BigDecimal> sorted = per2000.stream().sorted().toList();
    BigDecimal median = sorted.get(sorted.size() / 2);
    Table margins = t.note("Revenue: the household's part of the buyer's payments; costs: seed, fertiliser, crop protection and "
        + "water for its own plantings, in proportion to the share of each planting's harvest delivered in the year.").build();
    out.println("5. " + margins.title());
    out.println("   Per 2,000 m² a year: lowest " + Money.of(KHR, sorted.get(0)) + ", median " + Money.of(KHR, median) + ", highest "
        + Money.of(KHR, sorted.get(sorted.size() - 1)) + "; per 13-week season (a quarter of that) the median household makes "
        + Money.of(KHR, median.divide(BigDecimal.valueOf(4), 0, RoundingMode.HALF_EVEN))
        + " — the story: \"around 3 million riels\" per 2,000 m², \"3 to 4 million riels\" this season.");
    out.println(margins.toText().lines().limit(8).reduce((a, b) -> a + "\n" + b).orElse("") + "\n   … " + (households.size() - 5)
        + " more households in target/takeo/season-report.html");
    out.println(EconomicsTables.statement(leader).toText().lines().filter(l -> !l.startsWith("20")).reduce((a, b) -> a + "\n" + b)
        .orElse(""));

    Document report = Document.builder("Ponleu vegetable cluster: the delivery year " + FIRST + "–" + LAST)
        .section("Plan and land").paragraph(need.toString()).paragraph(plan.summary())
        .chart(CalendarTables.svg(plan, "cucumber"), "cucumber: planned weekly supply against the buyer's demand")
        .chart(CalendarTables.svg(plan, "yard-long bean"), "yard-long bean: planned weekly supply against the buyer's demand")
        .section("Margins per household").table(margins)
        .section("Statement of " + households.get(0).name()).paragraph(leader.toString()).build();
    out.print("The season report with the supply charts, every household's margin and the leader's statement. ");
    Walkthroughs.writeDocument(out, report, "takeo/season-report");
    Walkthroughs.saveAndReadBack(out, AgriJson.CLUSTER, cluster, "takeo-cluster.json");
    Walkthroughs.saveAndReadBack(out, AgriJson.PLAN, plan, "takeo-expanded-plan.json");
  }

  /** Farm-gate prices per grade (example data; the story's contract states no price). */
  static GradePrices prices() {
    int[][] riel = {{1_000, 600}, {2_000, 1_200}, {1_200, 700}, {1_200, 700}, {1_200, 700}};
    GradePrices.Builder b = GradePrices.builder();
    for (int c = 0; c < CROPS.size(); c++) {
      b.price(CROPS.get(c).crop(), "A", PricePerMass.perKilogram(Money.of(KHR, riel[c][0])));
      b.price(CROPS.get(c).crop(), "B", PricePerMass.perKilogram(Money.of(KHR, riel[c][1])));
    }
    return b.build();
  }

  /**
   * One record per household, crop, grade and collection day: the household's planned harvest of a
   * week spread over its seven days, weighed to 0.1 kg, 82–96 % grade A depending on the household.
   */
  static List<Delivery> deliveries(List<Actor> households, Plan plan) {
    Map<String, List<Planting>> byMember = new TreeMap<>();
    plan.plantings().forEach(p -> byMember.computeIfAbsent(p.planting().member(), k -> new ArrayList<>()).add(p.planting()));
    List<Delivery> deliveries = new ArrayList<>();
    for (int i = 0; i < households.size(); i++) {
      String id = households.get(i).id();
      Share gradeA = Share.ofPercent(82 + (i * 5) % 15);
      SupplyCalendar own = SupplyCalendar.of(HORIZON, byMember.getOrDefault(id, List.of()));
      for (String crop : own.crops()) {
        own.weekly(crop).forEach((week, mass) -> {
          if (!week.isBefore(FIRST) && !week.isAfter(LAST) && !mass.isZero()) {
            BigDecimal daily = mass.toKilograms().divide(BigDecimal.valueOf(7), 1, RoundingMode.HALF_EVEN);
            for (int d = 0; d < 7 && daily.signum() > 0; d++) {
              BigDecimal a = gradeA.applyTo(daily).setScale(1, RoundingMode.HALF_EVEN);
              LocalDate day = week.monday().plusDays(d);
              if (a.signum() > 0) {
                deliveries.add(Delivery.of(id, crop, "A", Mass.ofKilograms(a), day));
              }
              if (daily.compareTo(a) > 0) {
                deliveries.add(Delivery.of(id, crop, "B", Mass.ofKilograms(daily.subtract(a)), day));
              }
            }
          }
        });
      }
    }
    deliveries.sort(Comparator.comparing(Delivery::date));
    return deliveries;
  }

  /** A loan for inputs repaid after the harvests: 600 riel per m² of land borrowed at 12 %, to the 1,000 riel (example data). */
  static Deduction loanRepayment(Area land) {
    BigDecimal due = land.toSquareMetres().multiply(BigDecimal.valueOf(600)).multiply(new BigDecimal("1.12"))
        .setScale(-3, RoundingMode.HALF_EVEN);
    return Deduction.of("loan repayment", Money.of(KHR, due));
  }

  /** Variable costs per 1,000 m² and crop cycle (example data): seed, fertiliser, crop protection, water. */
  static CropBudget perThousand(CropProfile crop) {
    int[] seed = {40_000, 30_000, 20_000, 20_000, 35_000};
    int c = CROPS.indexOf(crop);
    return CropBudget.builder(crop.crop(), Area.ofSquareMetres(1_000)).harvested(crop.harvestOf(Area.ofSquareMetres(1_000)))
        .addSale("A", Share.WHOLE, prices().price(crop.crop(), "A"))
        .addCost(CostLine.lumpSum(CostCategory.SEED, "seed", Money.of(KHR, seed[c])))
        .addCost(CostLine.lumpSum(CostCategory.FERTILISER, "fertiliser", Money.of(KHR, 150_000)))
        .addCost(CostLine.lumpSum(CostCategory.PESTICIDES, "crop protection", Money.of(KHR, 70_000)))
        .addCost(CostLine.lumpSum(CostCategory.WATER_AND_FUEL, "pumping", Money.of(KHR, 50_000)))
        .build();
  }

  /**
   * Each household's variable costs: every planting's budget scaled to its area, times the share of
   * its harvest that falls in the delivery year.
   */
  static Map<String, Money> costs(Plan plan) {
    Map<String, Money> costs = new TreeMap<>();
    for (Plan.PlannedPlanting pp : plan.plantings()) {
      Planting p = pp.planting();
      BigDecimal inYear = BigDecimal.ZERO;
      for (int i = 0; i < p.profile().harvestWeeks(); i++) {
        IsoWeek w = p.week().plusWeeks(p.profile().weeksToFirstHarvest() + i);
        if (!w.isBefore(FIRST) && !w.isAfter(LAST)) {
          inYear = inYear.add(p.profile().harvestShares().get(i).toFraction());
        }
      }
      Money cost = perThousand(p.profile()).scaledTo(p.area()).variableCost(MarginPolicy.SIMPLIFIED_GROSS_MARGIN)
          .multipliedBy(inYear);
      costs.merge(p.member(), cost, Money::plus);
    }
    return costs;
  }

  private static String kg(Mass mass) {
    return Table.number(mass.toKilograms().setScale(0, RoundingMode.HALF_EVEN)) + " kg";
  }

  private static String ha(Area area) {
    return area.toHectares().setScale(2, RoundingMode.HALF_EVEN).toPlainString() + " ha";
  }

  /** The least and the most the plan ships a day over the delivery weeks, all crops together. */
  static String dailyRange(Plan plan) {
    BigDecimal min = null;
    BigDecimal max = BigDecimal.ZERO;
    for (IsoWeek w = FIRST; !w.isAfter(LAST); w = w.plusWeeks(1)) {
      BigDecimal kg = BigDecimal.ZERO;
      for (CropProfile c : CROPS) {
        kg = kg.add(plan.balance().supply().week(c.crop(), w).toKilograms());
      }
      BigDecimal perDay = kg.divide(BigDecimal.valueOf(7), 0, RoundingMode.HALF_EVEN);
      min = min == null || perDay.compareTo(min) < 0 ? perDay : min;
      max = perDay.max(max);
    }
    return min.compareTo(max) == 0 ? Table.number(min) + " kg every day"
        : Table.number(min) + "–" + Table.number(max) + " kg a day";
  }
}
