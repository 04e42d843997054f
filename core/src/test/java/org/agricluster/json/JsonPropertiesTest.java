package org.agricluster.json;

import static org.agricluster.PropertyTests.qt;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.agricluster.actor.Actor;
import org.agricluster.actor.Contact;
import org.agricluster.actor.Farm;
import org.agricluster.actor.Gender;
import org.agricluster.actor.Location;
import org.agricluster.actor.Role;
import org.agricluster.calendar.Balance;
import org.agricluster.calendar.CropProfile;
import org.agricluster.calendar.DemandCalendar;
import org.agricluster.calendar.ExampleCrops;
import org.agricluster.calendar.Horizon;
import org.agricluster.calendar.IsoWeek;
import org.agricluster.calendar.Plan;
import org.agricluster.calendar.Planner;
import org.agricluster.calendar.PlannerMember;
import org.agricluster.calendar.Planting;
import org.agricluster.calendar.SupplyCalendar;
import org.agricluster.cluster.ApexPlatform;
import org.agricluster.cluster.Cluster;
import org.agricluster.cluster.DevelopmentStep;
import org.agricluster.cluster.GroupStage;
import org.agricluster.cluster.MembershipChange;
import org.agricluster.cluster.ProducerGroup;
import org.agricluster.economics.ChainFlow;
import org.agricluster.economics.CollectionLedger;
import org.agricluster.economics.CostCategory;
import org.agricluster.economics.CostLine;
import org.agricluster.economics.CropBudget;
import org.agricluster.economics.Delivery;
import org.agricluster.economics.GradePrices;
import org.agricluster.measure.Area;
import org.agricluster.measure.CurrencyUnit;
import org.agricluster.measure.Mass;
import org.agricluster.measure.Money;
import org.agricluster.measure.PricePerMass;
import org.agricluster.measure.Share;
import org.agricluster.scoring.Candidate;
import org.agricluster.scoring.Criterion;
import org.agricluster.scoring.Scale;
import org.agricluster.scoring.Scorecard;
import org.agricluster.scoring.Scorer;
import org.agricluster.strategy.Action;
import org.agricluster.strategy.ActionStatus;
import org.agricluster.strategy.CollectiveStrategy;
import org.agricluster.strategy.Commitment;
import org.agricluster.strategy.ContractFarmingAgreement;
import org.agricluster.strategy.Direction;
import org.agricluster.strategy.Meeting;
import org.agricluster.strategy.PriceTerms;
import org.agricluster.strategy.ValueProposition;
import org.agricluster.strategy.WorkingFile;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** The rules of the exchange format, for generated clusters and surveys. */
class JsonPropertiesTest {
  private static final LocalDate DAY = LocalDate.of(2022, 5, 2);
  private static final String[] NAMES = {"Sokha", "Dara", "Chenda", "Srey Mom", "Vanna", "Зарина", "សុខា", "O'Neil \"Jr\""};

  /** A cluster built from a seed: groups, members with farms and contacts, committees, stages, logs. */
  static Cluster cluster(long seed) {
    Random r = new Random(seed);
    Location country = Location.country(r.nextBoolean() ? "Cambodia" : "Tajikistan");
    Location district = country.province("P" + r.nextInt(3)).district("D" + r.nextInt(3));
    Cluster.Builder b = Cluster.builder("Cluster " + r.nextInt(100), r.nextBoolean() ? "vegetables" : "tomato")
        .addLocation(district).step(DevelopmentStep.values()[r.nextInt(4)]);
    List<String> ids = new ArrayList<>();
    int groups = r.nextInt(4);
    for (int g = 0; g < groups; g++) {
      List<Actor> members = new ArrayList<>();
      int n = r.nextInt(8);
      for (int i = 0; i < n; i++) {
        Actor.Builder a = Actor.builder().id("g" + g + "-m" + i).name(NAMES[r.nextInt(NAMES.length)] + " " + i)
            .addRoles(Role.FARMER);
        if (r.nextBoolean()) {
          a.gender(Gender.values()[r.nextInt(3)]);
        }
        if (r.nextBoolean()) {
          a.birthYear(Actor.MIN_BIRTH_YEAR + r.nextInt(Actor.MAX_BIRTH_YEAR - Actor.MIN_BIRTH_YEAR + 1));
        }
        if (r.nextBoolean()) {
          a.location(district.village("V" + r.nextInt(5)));
        }
        if (r.nextBoolean()) {
          a.farm(Farm.of(Area.ofSquareMetres(BigDecimal.valueOf(1 + r.nextInt(2_000_000), r.nextInt(3))), "well",
              List.of("choy sum")));
        }
        members.add(a.build());
        ids.add("g" + g + "-m" + i);
      }
      ProducerGroup.Builder pg = ProducerGroup.builder("PG-" + g, "Group " + g).members(members)
          .committeeSize(Math.max(1, Math.min(3, n))).addStage(GroupStage.FORMING, DAY);
      if (n >= 3 && r.nextBoolean()) {
        pg.committee(members.subList(0, 3)).committeeSize(3);
      }
      if (r.nextBoolean()) {
        pg.addStage(GroupStage.values()[r.nextInt(5)], DAY.plusDays(r.nextInt(400)));
      }
      if (n > 0) {
        pg.addMembership(MembershipChange.joined(members.get(0).id(), DAY));
      }
      b.addGroup(pg.build());
    }
    int direct = r.nextInt(4);
    for (int i = 0; i < direct; i++) {
      Actor.Builder a = Actor.builder().id("d" + i).name("Trader " + i).addRoles(Role.COLLECTOR_TRADER, Role.WHOLESALER)
          .primaryRole(r.nextBoolean() ? Role.COLLECTOR_TRADER : Role.WHOLESALER);
      if (r.nextBoolean()) {
        a.contact(Contact.builder().phone("+855 12 " + r.nextInt(1_000_000)).workplace("market").build());
      }
      b.addDirectActor(a.build());
      ids.add("d" + i);
    }
    LocalDate when = DAY;
    for (String id : ids) {
      if (r.nextInt(3) == 0) {
        b.addMembership(MembershipChange.joined(id, when));
        when = when.plusDays(r.nextInt(10));
        if (r.nextBoolean()) {
          b.addMembership(MembershipChange.left(id, when));
        }
      }
    }
    return b.build();
  }

  /** A survey built from a seed: shares that terminate and thirds, decimals of every scale. */
  static List<CropBudget> budgets(long seed) {
    Random r = new Random(seed);
    List<CropBudget> budgets = new ArrayList<>();
    int n = 1 + r.nextInt(5);
    for (int i = 0; i < n; i++) {
      CurrencyUnit currency = r.nextBoolean() ? CurrencyUnit.KHR : CurrencyUnit.TJS;
      CropBudget.Builder b = CropBudget.builder("crop " + r.nextInt(5), Area.ofSquareMetres(BigDecimal.valueOf(1 + r.nextInt(100_000), r.nextInt(3))))
          .currency(currency).harvested(Mass.ofKilograms(BigDecimal.valueOf(r.nextInt(50_000_000), r.nextInt(4))))
          .lossShare(Share.ofRatio(r.nextInt(10), 10 + r.nextInt(3))).ownUseShare(Share.ofPercent(r.nextInt(30)));
      int grades = 1 + r.nextInt(3);
      for (int g = 0; g < grades; g++) {
        b.addSale("grade " + g, Share.ofRatio(1, grades),
            PricePerMass.perKilogram(Money.of(currency, BigDecimal.valueOf(r.nextInt(1_000_000), currency.practicalScale()))));
      }
      int lines = r.nextInt(6);
      for (int l = 0; l < lines; l++) {
        b.addCost(CostLine.of(CostCategory.values()[r.nextInt(CostCategory.values().length)], "item " + l,
            BigDecimal.valueOf(r.nextInt(10_000), r.nextInt(3)), "kg", Money.of(currency, r.nextInt(100_000))));
      }
      if (r.nextBoolean()) {
        b.cycleDays(1 + r.nextInt(365));
      }
      budgets.add(b.build());
    }
    return budgets;
  }

  /** A scorecard built from a seed: own and CHAIN scales, weights, groups, sparse scores by several scorers. */
  static Scorecard scorecard(long seed) {
    Random r = new Random(seed);
    List<Scale> scales = List.of(Scale.POTENTIAL, Scale.SELECTION, Scale.LOW_MEDIUM_HIGH, Scale.of("marks", -5, 20),
        Scale.SELECTION.withDecimals(1), Scale.of("marks", -5, 20).withDecimals(3));
    Scorecard.Builder b = Scorecard.builder();
    List<Criterion> criteria = new ArrayList<>();
    int n = 1 + r.nextInt(5);
    for (int i = 0; i < n; i++) {
      Criterion.Builder c = Criterion.builder().name("criterion " + i + " " + NAMES[r.nextInt(NAMES.length)])
          .scale(scales.get(r.nextInt(scales.size())));
      if (r.nextBoolean()) {
        c.weight(BigDecimal.valueOf(r.nextInt(1_000), 1)).group("group " + r.nextInt(2));
      }
      criteria.add(c.build());
    }
    b.criteria(criteria);
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < 1 + r.nextInt(6); i++) {
      candidates.add(Candidate.of("Area " + i, r.nextBoolean() ? "" : "village " + i));
    }
    b.candidates(candidates);
    for (int s = 0; s < 1 + r.nextInt(3); s++) {
      Scorer scorer = Scorer.of(NAMES[s], s == 0 ? "local value-chain actor" : "local supporter");
      for (Candidate candidate : candidates) {
        for (Criterion criterion : criteria) {
          if (r.nextInt(5) > 0) {
            Scale scale = criterion.scale();
            int units = (int) Math.pow(10, scale.decimals());
            b.score(scorer, candidate, criterion, BigDecimal.valueOf(scale.min() * units + r.nextInt((scale.max() - scale.min()) * units + 1),
                scale.decimals()));
          }
        }
      }
    }
    return b.build();
  }

  /** A collection day built from a seed: several crops and grades, members delivering several times. */
  static CollectionLedger day(long seed) {
    Random r = new Random(seed);
    GradePrices.Builder prices = GradePrices.builder();
    int crops = 1 + r.nextInt(3);
    for (int c = 0; c < crops; c++) {
      for (int g = 0; g < 1 + r.nextInt(3); g++) {
        prices.price("crop " + c, "grade " + g,
            PricePerMass.perKilogram(Money.of(CurrencyUnit.KHR, BigDecimal.valueOf(r.nextInt(5_000_000), r.nextInt(2)))));
      }
    }
    GradePrices book = prices.build();
    List<Delivery> deliveries = new ArrayList<>();
    for (int i = 0; i < 1 + r.nextInt(12); i++) {
      String crop = "crop " + r.nextInt(crops);
      List<String> grades = List.copyOf(book.byCrop().get(crop).keySet());
      deliveries.add(Delivery.of(NAMES[r.nextInt(NAMES.length)], crop, grades.get(r.nextInt(grades.size())),
          Mass.ofKilograms(BigDecimal.valueOf(1 + r.nextInt(100_000), r.nextInt(3))), DAY.plusDays(r.nextInt(3))));
    }
    return CollectionLedger.of(book, deliveries);
  }

  /** A calendar built from a seed: example profiles, plantings in and around the horizon, uneven demand. */
  static Balance calendar(long seed) {
    Random r = new Random(seed);
    Horizon horizon = Horizon.of(IsoWeek.of(2023 + r.nextInt(3), 1 + r.nextInt(52)), 1 + r.nextInt(60));
    List<CropProfile> profiles = List.of(ExampleCrops.CUCUMBER, ExampleCrops.CHOY_SUM, ExampleCrops.TOMATO, LATE_TOMATO);
    List<Planting> plantings = new ArrayList<>();
    for (int i = 0; i < r.nextInt(10); i++) {
      plantings.add(Planting.of(NAMES[r.nextInt(NAMES.length)], profiles.get(r.nextInt(4)),
          horizon.start().plusWeeks(r.nextInt(horizon.weeks())), Area.ofSquareMetres(BigDecimal.valueOf(1 + r.nextInt(100_000), 1))));
    }
    DemandCalendar.Builder demand = DemandCalendar.builder(horizon);
    for (int i = 0; i < r.nextInt(5); i++) {
      demand.week(profiles.get(r.nextInt(3)).crop(), horizon.start().plusWeeks(r.nextInt(horizon.weeks())),
          Mass.ofKilograms(BigDecimal.valueOf(r.nextInt(1_000_000), r.nextInt(3))));
    }
    return Balance.of(SupplyCalendar.of(horizon, plantings), demand.build());
  }

  /** A second tomato profile, so that calendars hold two profiles of one crop. */
  private static final CropProfile LATE_TOMATO = CropProfile.builder("tomato").variety("late").weeksToFirstHarvest(14)
      .harvestShares(List.of(Share.ofPercent(25), Share.ofPercent(25), Share.ofPercent(50))).yield(ExampleCrops.TOMATO.yield())
      .build();

  /** A plan built from a seed: up to eight members with some of three crops, the demand of {@link #calendar}'s horizon. */
  static Plan plan(long seed) {
    Random r = new Random(seed);
    DemandCalendar demand = calendar(seed).demand();
    List<CropProfile> profiles = List.of(ExampleCrops.CUCUMBER, ExampleCrops.CHOY_SUM, ExampleCrops.TOMATO);
    List<PlannerMember> members = new ArrayList<>();
    for (int i = 0; i < 1 + r.nextInt(8); i++) {
      List<String> crops = profiles.stream().filter(p -> r.nextBoolean()).map(CropProfile::crop).toList();
      crops = crops.isEmpty() ? List.of(profiles.get(r.nextInt(3)).crop()) : crops;
      members.add(PlannerMember.of("m" + i, Area.ofSquareMetres(BigDecimal.valueOf(1_500 + r.nextInt(500_000), 1)),
          crops, Area.ofSquareMetres(50 + r.nextInt(100))));
    }
    return Planner.plan(members, profiles, demand);
  }

  /**
   * A working file built from a seed: a few groups, traders, suppliers and extension staff; valid
   * propositions in every direction, commitments, agreements, meetings and actions with histories.
   */
  static WorkingFile workingFile(long seed) {
    Random r = new Random(seed);
    List<Actor> groups = new ArrayList<>();
    List<Actor> buyers = new ArrayList<>();
    List<Actor> supporters = new ArrayList<>();
    for (int i = 0; i < 1 + r.nextInt(3); i++) {
      groups.add(Actor.of("group-" + i, NAMES[r.nextInt(NAMES.length)] + " group " + i, Role.PRODUCER_GROUP));
      buyers.add(Actor.builder().id("trader-" + i).name(NAMES[r.nextInt(NAMES.length)] + " " + i)
          .addRoles(Role.COLLECTOR_TRADER).gender(r.nextBoolean() ? Gender.FEMALE : Gender.MALE).build());
      supporters.add(Actor.of("support-" + i, "Extension " + i, Role.EXTENSION_AGENT));
    }
    Actor supplier = Actor.of("inputs", "Input depot", Role.INPUT_SUPPLIER);
    Horizon year = Horizon.of(IsoWeek.of(2024, 1), 52);
    WorkingFile.Builder file = WorkingFile.builder().rationale(r.nextBoolean() ? "" : "Rationale " + NAMES[r.nextInt(NAMES.length)]);
    PriceTerms[] terms = {PriceTerms.noneStated(), PriceTerms.marketLinked(),
        PriceTerms.fixed(PricePerMass.perKilogram(Money.of(CurrencyUnit.KHR, 1 + r.nextInt(5_000)))),
        PriceTerms.premiumOverMarket(PricePerMass.perKilogram(Money.of(CurrencyUnit.USD, BigDecimal.valueOf(r.nextInt(500), 2))))};
    for (int i = 0; i < r.nextInt(5); i++) {
      Direction direction = Direction.values()[r.nextInt(Direction.values().length)];
      ValueProposition.Builder p = ValueProposition.builder().direction(direction).offer("offer " + i).pitch("pitch " + NAMES[i])
          .priceTerms(terms[r.nextInt(terms.length)]);
      switch (direction) {
        case PRODUCTION_TO_MARKETING -> p.proposer(groups.get(r.nextInt(groups.size()))).addTargets(buyers.get(0));
        case MARKETING_TO_PRODUCTION -> p.proposer(buyers.get(r.nextInt(buyers.size()))).targets(groups);
        case INPUT_SUPPLY -> p.proposer(supplier).addTargets(groups.get(0));
        case SUPPORT_OFFER -> p.proposer(supporters.get(r.nextInt(supporters.size())));
      }
      if (r.nextBoolean()) {
        p.crop("crop " + r.nextInt(3)).volumePerWeek(Mass.ofKilograms(BigDecimal.valueOf(r.nextInt(100_000), r.nextInt(3))));
      }
      if (r.nextBoolean()) {
        IsoWeek first = year.start().plusWeeks(r.nextInt(30));
        p.firstWeek(first).lastWeek(first.plusWeeks(r.nextInt(20))).grade("A").paymentTerms("cash").conditions("graded");
      }
      file.addProposition(p.build());
    }
    CollectiveStrategy.Builder strategy = CollectiveStrategy.builder().vision(r.nextBoolean() ? "" : "vision " + seed);
    for (int i = 0; i < r.nextInt(4); i++) {
      Commitment.Builder c = Commitment.builder(r.nextBoolean() ? groups.get(0) : supporters.get(0), "commitment " + i);
      if (r.nextBoolean()) {
        c.howMuch("1,050 kg a week").where("Kaphon").when("week " + i).price("market").conditions("grade A");
      }
      switch (r.nextInt(3)) {
        case 0 -> strategy.addProduction(c.build());
        case 1 -> strategy.addMarketing(c.build());
        default -> strategy.addSupport(c.build());
      }
    }
    for (String question : CollectiveStrategy.QUESTIONS) {
      if (r.nextBoolean()) {
        strategy.answer(question, "answer " + NAMES[r.nextInt(NAMES.length)]);
      }
    }
    file.strategy(strategy.build());
    for (int i = 0; i < r.nextInt(3); i++) {
      IsoWeek from = year.start().plusWeeks(r.nextInt(40));
      file.addAgreement(ContractFarmingAgreement.of(buyers.get(r.nextInt(buyers.size())), groups.get(r.nextInt(groups.size())),
          "crop " + i, r.nextBoolean() ? "" : "A", DemandCalendar.builder(year).weeks("crop " + i, from,
              from.plusWeeks(r.nextInt(10)), Mass.ofKilograms(1 + r.nextInt(1_000))).build(), terms[r.nextInt(terms.length)],
          r.nextBoolean() ? Optional.of(Money.of(CurrencyUnit.KHR, r.nextInt(1_000_000))) : Optional.empty(),
          coordinationFee(r)));
    }
    List<Action> actions = new ArrayList<>();
    for (int m = 0; m < r.nextInt(3); m++) {
      LocalDate day = LocalDate.of(2024, 1 + m, 1 + r.nextInt(28));
      Meeting.Builder meeting = Meeting.builder(day, "hall " + m).womenSpoke(r.nextBoolean())
          .attendees(List.of(groups.get(0), buyers.get(0))).addDecision("decision " + m);
      if (r.nextBoolean()) {
        java.time.LocalTime t = java.time.LocalTime.of(7 + r.nextInt(4), 15 * r.nextInt(4));
        meeting.agenda(List.of(Meeting.AgendaItem.of(t, 15, "Opening remarks", supporters.get(0)),
            Meeting.AgendaItem.builder(t.plusMinutes(15), 30, "Presentations by input suppliers", "Actors in the business cluster")
                .addPresenters(supplier).part("Part 1: Market potential").build(),
            Meeting.AgendaItem.builder(t.plusMinutes(45), 30, "Plenary", "Plenary discussion").build()));
      }
      for (int a = 0; a < r.nextInt(3); a++) {
        Action action = Action.of("A" + m + "." + a, "action " + NAMES[r.nextInt(NAMES.length)], buyers.get(0),
            day.plusDays(r.nextInt(60)), day);
        meeting.addAction(action);
        LocalDate next = day;
        for (int u = 0; u < r.nextInt(4); u++) {
          next = next.plusDays(r.nextInt(20));
          action = action.status().isTerminal() ? action.withReopening(next, "reopened " + u)
              : action.withStatus(ActionStatus.values()[1 + r.nextInt(3)], next, "update " + u);
        }
        actions.add(action);
      }
      file.addMeeting(meeting.build());
    }
    return file.actions(actions).build();
  }

  @Test
  void strategyFiles_valueToJsonToValueIsEqual_jsonToValueToJsonIsByteIdentical_andValidate() {
    qt(200).forAll(seeds()).checkAssert(seed -> {
      WorkingFile file = workingFile(seed);
      String json = AgriJson.STRATEGY.write(file);
      assertThat(AgriJson.STRATEGY.read(json)).isEqualTo(file);
      assertThat(AgriJson.STRATEGY.write(AgriJson.STRATEGY.read(json))).isEqualTo(json);
      assertThat(JsonDocumentTest.validate(AgriJson.STRATEGY, json)).isEmpty();
    });
  }

  /** A chain flow built from a seed: one to five stages in one currency, with losses and costs. */
  static ChainFlow chain(long seed) {
    Random r = new Random(seed);
    CurrencyUnit currency = r.nextBoolean() ? CurrencyUnit.KHR : CurrencyUnit.TJS;
    List<ChainFlow.Stage> stages = new ArrayList<>();
    for (int i = 0; i < 1 + r.nextInt(5); i++) {
      ChainFlow.Stage.Builder b = ChainFlow.Stage.builder(NAMES[r.nextInt(NAMES.length)], "stage " + i)
          .bought(Mass.ofKilograms(BigDecimal.valueOf(r.nextInt(1_000_000), r.nextInt(3))))
          .sellPrice(PricePerMass.perKilogram(Money.of(currency, r.nextInt(10_000))));
      if (r.nextBoolean()) {
        b.buyPrice(PricePerMass.perKilogram(Money.of(currency, r.nextInt(10_000))))
            .costsPerKg(PricePerMass.perKilogram(Money.of(currency, r.nextInt(1_000)))).loss(Share.ofRatio(r.nextInt(7), 7));
      }
      stages.add(b.build());
    }
    return ChainFlow.of(stages);
  }

  @Test
  void apexAndChain_valueToJsonToValueIsEqual_jsonToValueToJsonIsByteIdentical_andValidate() {
    qt(50).forAll(seeds()).checkAssert(seed -> {
      ApexPlatform apex = ApexPlatform.of("apex " + seed, List.of(cluster(seed),
          Cluster.builder("another " + seed, "rice").groups(cluster(seed + 1).groups()).build()));
      String json = AgriJson.APEX.write(apex);
      assertThat(AgriJson.APEX.read(json)).isEqualTo(apex);
      assertThat(AgriJson.APEX.write(AgriJson.APEX.read(json))).isEqualTo(json);
      assertThat(JsonDocumentTest.validate(AgriJson.APEX, json)).isEmpty();
      ChainFlow flow = chain(seed);
      String text = AgriJson.CHAIN_FLOW.write(flow);
      assertThat(AgriJson.CHAIN_FLOW.read(text)).isEqualTo(flow);
      assertThat(AgriJson.CHAIN_FLOW.write(AgriJson.CHAIN_FLOW.read(text))).isEqualTo(text);
      assertThat(JsonDocumentTest.validate(AgriJson.CHAIN_FLOW, text)).isEmpty();
    });
  }

  @Test
  void plans_valueToJsonToValueIsEqual_jsonToValueToJsonIsByteIdentical_andValidate() {
    qt(40).forAll(seeds()).checkAssert(seed -> {
      Plan plan = plan(seed);
      String json = AgriJson.PLAN.write(plan);
      assertThat(AgriJson.PLAN.read(json)).isEqualTo(plan);
      assertThat(AgriJson.PLAN.write(AgriJson.PLAN.read(json))).isEqualTo(json);
      assertThat(JsonDocumentTest.validate(AgriJson.PLAN, json)).isEmpty();
    });
  }

  private static Gen<Long> seeds() {
    return SourceDSL.longs().all();
  }

  @Test
  void valueToJsonToValueIsEqual_andJsonToValueToJsonIsByteIdentical() {
    qt(200).forAll(seeds()).checkAssert(seed -> {
      Cluster c = cluster(seed);
      String json = AgriJson.CLUSTER.write(c);
      assertThat(AgriJson.CLUSTER.read(json)).isEqualTo(c);
      assertThat(AgriJson.CLUSTER.write(AgriJson.CLUSTER.read(json))).isEqualTo(json);
      List<CropBudget> survey = budgets(seed);
      String text = AgriJson.CROP_BUDGETS.write(survey);
      assertThat(AgriJson.CROP_BUDGETS.read(text)).isEqualTo(survey);
      assertThat(AgriJson.CROP_BUDGETS.write(AgriJson.CROP_BUDGETS.read(text))).isEqualTo(text);
      Scorecard card = scorecard(seed);
      String scores = AgriJson.SCORECARD.write(card);
      assertThat(AgriJson.SCORECARD.read(scores)).isEqualTo(card);
      assertThat(AgriJson.SCORECARD.write(AgriJson.SCORECARD.read(scores))).isEqualTo(scores);
      CollectionLedger day = day(seed);
      String ledger = AgriJson.COLLECTION_DAY.write(day);
      assertThat(AgriJson.COLLECTION_DAY.read(ledger)).isEqualTo(day);
      assertThat(AgriJson.COLLECTION_DAY.write(AgriJson.COLLECTION_DAY.read(ledger))).isEqualTo(ledger);
      Balance balance = calendar(seed);
      String weeks = AgriJson.CALENDAR.write(balance);
      assertThat(AgriJson.CALENDAR.read(weeks)).isEqualTo(balance);
      assertThat(AgriJson.CALENDAR.write(AgriJson.CALENDAR.read(weeks))).isEqualTo(weeks);
    });
  }

  @Test
  void everyDocumentWrittenValidatesAgainstItsSchema() {
    qt(100).forAll(seeds()).checkAssert(seed -> {
      assertThat(JsonDocumentTest.validate(AgriJson.CLUSTER, AgriJson.CLUSTER.write(cluster(seed)))).isEmpty();
      assertThat(JsonDocumentTest.validate(AgriJson.CROP_BUDGETS, AgriJson.CROP_BUDGETS.write(budgets(seed)))).isEmpty();
      assertThat(JsonDocumentTest.validate(AgriJson.SCORECARD, AgriJson.SCORECARD.write(scorecard(seed)))).isEmpty();
      assertThat(JsonDocumentTest.validate(AgriJson.COLLECTION_DAY, AgriJson.COLLECTION_DAY.write(day(seed)))).isEmpty();
      assertThat(JsonDocumentTest.validate(AgriJson.CALENDAR, AgriJson.CALENDAR.write(calendar(seed)))).isEmpty();
    });
  }

  private static Optional<org.agricluster.strategy.CoordinationFee> coordinationFee(java.util.Random r) {
    Money low = Money.of(CurrencyUnit.USD, BigDecimal.valueOf(r.nextInt(10_000), 2));
    return switch (r.nextInt(4)) {
      case 0 -> Optional.empty();
      case 1 -> Optional.of(org.agricluster.strategy.CoordinationFee.lumpSum(low));
      case 2 -> Optional.of(org.agricluster.strategy.CoordinationFee.perTonne(low));
      default -> Optional.of(org.agricluster.strategy.CoordinationFee.perTonneRange(low, low.plus(Money.of(CurrencyUnit.USD, r.nextInt(50)))));
    };
  }
}
