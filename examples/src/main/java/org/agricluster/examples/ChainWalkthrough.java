package org.agricluster.examples;

import static org.agricluster.measure.CurrencyUnit.KHR;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.agricluster.actor.Actor;
import org.agricluster.actor.Contact;
import org.agricluster.actor.Farm;
import org.agricluster.actor.Gender;
import org.agricluster.actor.Location;
import org.agricluster.actor.Role;
import org.agricluster.calendar.CropProfile;
import org.agricluster.calendar.DemandCalendar;
import org.agricluster.calendar.ExampleCrops;
import org.agricluster.calendar.Horizon;
import org.agricluster.calendar.IsoWeek;
import org.agricluster.calendar.Plan;
import org.agricluster.calendar.Planner;
import org.agricluster.calendar.PlannerMember;
import org.agricluster.cluster.Cluster;
import org.agricluster.cluster.DevelopmentStep;
import org.agricluster.cluster.GroupStage;
import org.agricluster.cluster.ProducerGroup;
import org.agricluster.economics.ChainFlow;
import org.agricluster.economics.CostCategory;
import org.agricluster.economics.CostLine;
import org.agricluster.economics.CropBudget;
import org.agricluster.json.AgriJson;
import org.agricluster.measure.Area;
import org.agricluster.measure.Mass;
import org.agricluster.measure.Money;
import org.agricluster.measure.PricePerMass;
import org.agricluster.measure.Share;
import org.agricluster.report.Document;
import org.agricluster.report.Documents;
import org.agricluster.scoring.Aggregation;
import org.agricluster.scoring.Candidate;
import org.agricluster.scoring.CriteriaTemplates;
import org.agricluster.scoring.CutOff;
import org.agricluster.scoring.Evaluation;
import org.agricluster.scoring.Scorecard;
import org.agricluster.scoring.Scorer;
import org.agricluster.scoring.ScoringMethod;
import org.agricluster.strategy.Action;
import org.agricluster.strategy.ActionStatus;
import org.agricluster.strategy.ActorProfile;
import org.agricluster.strategy.ClusterFormation;
import org.agricluster.strategy.CollectiveStrategy;
import org.agricluster.strategy.Commitment;
import org.agricluster.strategy.Direction;
import org.agricluster.strategy.FieldVisit;
import org.agricluster.strategy.Interview;
import org.agricluster.strategy.MappingActivity;
import org.agricluster.strategy.Meeting;
import org.agricluster.strategy.PriceTerms;
import org.agricluster.strategy.ProductFlow;
import org.agricluster.strategy.RapidMapping;
import org.agricluster.strategy.ValueProposition;
import org.agricluster.strategy.WorkingFile;

/**
 * The CHAIN method as one story for the Sesan cluster (<i>Facilitating Agribusiness Cluster
 * Development</i>, §5.1–5.4, Annexes 1–6), each step using the previous step's results: rapid
 * mapping of five villages with field visits, Annex 2 interviews, actor profiles, flows and
 * margins; the selection meeting that votes, signs up members and scores the priority areas on the
 * Annex 4 criteria, forming the cluster from the selected villages only; the first MSP meeting on
 * the Annex 5 agenda, the value propositions checked against the cluster's plan and the collective
 * strategy; backstopping visits and the working document. Actors, places, volumes and prices are
 * those of Annex 3 where it gives them; the rest (scores, votes, farmers' names, gender and plots,
 * prices and costs) is example data and is marked so.
 */
final class ChainWalkthrough implements Walkthrough {
  static final Location SESAN = Location.country("Cambodia").province("Stung Treng").district("Sesan");
  static final String[] VILLAGES = {"Katout", "Samkhuoy", "Hang Savath", "Badeum", "Kaphon"};
  /** The crops Annex 3 says most farmers grow, under the example crop profiles' names. */
  static final List<CropProfile> CROPS = List.of(ExampleCrops.CUCUMBER, ExampleCrops.YARD_LONG_BEAN, ExampleCrops.TOMATO,
      ExampleCrops.CHINESE_MUSTARD, ExampleCrops.EGGPLANT, ExampleCrops.PUMPKIN, ExampleCrops.BITTER_GOURD,
      ExampleCrops.WAX_GOURD, ExampleCrops.CHILLI, ExampleCrops.LETTUCE);
  static final LocalDate MEETING_DAY = LocalDate.of(2018, 11, 20);

  @Override
  public String name() {
    return "chain";
  }

  @Override
  public String title() {
    return "CHAIN in Sesan from rapid mapping to the working document: one story, one model";
  }

  /** The whole story's model, built step by step; the actors walkthrough and the tests reuse it. */
  record Story(RapidMapping mapping, ClusterFormation formation, Cluster formed, Meeting meeting, Plan plan, WorkingFile file,
      Cluster backstopped, LocalDate asOf) {}

  private static final Actor PANHA = Actor.builder().id("panha").name("Mr Panha")
      .addRoles(Role.COLLECTOR_TRADER, Role.WHOLESALER, Role.FARMER).primaryRole(Role.COLLECTOR_TRADER).gender(Gender.MALE)
      .location(SESAN).contact(Contact.builder().title("wholesaler and vendor").workplace("Orrusey market").build())
      .farm(Farm.of(Area.ofSquareMetres(268), "plastic house", List.of("cucumber"))).build();
  private static final Actor SOPHEARY = Actor.builder().id("sopheary").name("Mrs Sopheary").addRoles(Role.COLLECTOR_TRADER)
      .gender(Gender.FEMALE).contact(Contact.builder().title("trader and retailer").workplace("Orrusey market").build()).build();
  private static final Actor KHIN_SEANG = Actor.builder().id("khin-seang").name("Mr Khin Seang").addRoles(Role.INPUT_SUPPLIER)
      .gender(Gender.MALE).contact(Contact.builder().title("input supplier").workplace("Ou Pongmuan market").build()).build();
  private static final Actor PDAFF = Actor.builder().id("pdaff-st").name("PDAFF Stung Treng extension staff")
      .addRoles(Role.EXTENSION_AGENT).contact(Contact.builder().title("extension officers").workplace("PDAFF Stung Treng").build())
      .build();
  private static final Actor CHIEF = Actor.builder().id("commune-chief").name("Commune chief").addRoles(Role.LOCAL_AUTHORITY)
      .gender(Gender.MALE).location(SESAN).build();

  /**
   * About 60 farmers in the five villages of Annex 3 (twelve each), on plots of 200–1,000 m² watered
   * from the river, each growing three of the crops Annex 3 lists. Names, gender (every third a
   * woman) and the exact plots are example data. The first farmer of Kaphon is Ms Sreymom, the
   * group leader who scores with the key informants.
   */
  static List<Actor> farmers() {
    List<Actor> farmers = new ArrayList<>();
    int n = 0;
    for (String village : VILLAGES) {
      for (int i = 0; i < 12; i++, n++) {
        List<String> crops = List.of(CROPS.get(n % 10).crop(), CROPS.get((n + 3) % 10).crop(), CROPS.get((n + 7) % 10).crop());
        boolean leader = village.equals("Kaphon") && i == 0;
        farmers.add(Actor.builder().id(String.format("sesan-f%02d", n + 1))
            .name(leader ? "Ms Sreymom" : village + " farmer " + (i + 1)).addRoles(Role.FARMER)
            .gender(leader || i % 3 == 2 ? Gender.FEMALE : Gender.MALE).location(SESAN.village(village))
            .farm(Farm.of(Area.ofSquareMetres(200 + (n * 137) % 801), "river", crops)).build());
      }
    }
    return farmers;
  }

  static Story story() {
    List<Actor> farmers = farmers();
    Actor sreymom = farmers.stream().filter(a -> a.name().equals("Ms Sreymom")).findFirst().orElseThrow();
    RapidMapping mapping = rapidMapping(farmers, sreymom);
    ClusterFormation formation = formation(mapping, farmers);
    Cluster formed = formation.cluster("Sesan vegetable cluster", "vegetables").withStep(DevelopmentStep.MSP_AND_STRATEGY);
    Plan plan = plan(formed);
    Meeting meeting = firstMeeting(formed);
    WorkingFile file = workingFile(mapping, formed, meeting, plan);
    LocalDate asOf = LocalDate.of(2019, 1, 22);
    List<ProducerGroup> groups = new ArrayList<>();
    for (ProducerGroup g : formed.groups()) {
      groups.add(g.withStage(GroupStage.STORMING, LocalDate.of(2019, 1, 10)));
    }
    Cluster backstopped = formed.toBuilder().groups(groups).build().withStep(DevelopmentStep.BACKSTOPPING);
    return new Story(mapping, formation, formed, meeting, plan, file, backstopped, asOf);
  }

  /** Step 1 (§5.1, Annexes 1–3): pre-assessment, priority areas, field work, profiles, flows and margins. */
  private static RapidMapping rapidMapping(List<Actor> farmers, Actor sreymom) {
    // Key informants score the five villages 0–3 on the Annex 1 potentials (example scores).
    Scorer trader = ClusterFormation.scorer(PANHA);
    Scorer leader = ClusterFormation.scorer(sreymom);
    Scorer pdaff = ClusterFormation.scorer(PDAFF);
    Scorecard card = Scorecard.builder().criteria(CriteriaTemplates.preAssessment())
        .scores(trader, Candidate.of("Kaphon", "Sesan, Stung Treng"), 3, 3, 2).scores(leader, "Kaphon", 3, 2, 2)
        .scores(pdaff, "Kaphon", 2, 3, 3)
        .scores(trader, Candidate.of("Katout", "Sesan, Stung Treng"), 2, 3, 2).scores(leader, "Katout", 3, 1, 2)
        .scores(pdaff, "Katout", 2, 3, 2)
        .scores(trader, Candidate.of("Samkhuoy", "Sesan, Stung Treng"), 1, 2, 1).scores(leader, "Samkhuoy", 2, 2, 1)
        .scores(pdaff, "Samkhuoy", 1, 1, 2)
        .scores(trader, Candidate.of("Hang Savath", "Sesan, Stung Treng"), 2, 2, 2).scores(leader, "Hang Savath", 2, 2, 3)
        .scores(pdaff, "Hang Savath", 3, 1, 1)
        .scores(trader, Candidate.of("Badeum", "Sesan, Stung Treng"), 0, 1, 1).scores(leader, "Badeum", 1, 0, 1)
        .scores(pdaff, "Badeum", 1, 1, 0)
        .build();
    Evaluation assessment = card.evaluate(ScoringMethod.defaults().withAggregation(Aggregation.CATEGORY_MEAN));

    LocalDate day1 = LocalDate.of(2018, 9, 11);
    LocalDate day2 = day1.plusDays(1);
    LocalDate day3 = day1.plusDays(2);
    List<Actor> meetingFarmers = farmers.subList(0, 33);
    Interview panhaInterview = Interview.builder(PANHA, day2)
        .answer(1, "Cucumber, luffa gourd, papaya, long bean, curly mustard, green mustard and lime")
        .answer(3, "About 500 kg of vegetables a day; about 200 kg of it goes to Ratanakiri")
        .answer(4, "Every day; business hours 2 am to noon, collection at farm gates at 4–5 pm")
        .answer(7, "Khe, Phnom Krohorm, O'Chap and Kaphon (Sesan)")
        .answer(8, "Good relations with around 15 farmers; would like to enlist more if they produce all year")
        .answer(15, "Four main vendors in Samaky market, Ratanakiri, and his wife's stall in Orrusey market")
        .answer(16, "Local vegetables fetch 500 riel/kg more than imports from Suong or Phnom Penh")
        .build();
    Interview sophearyInterview = Interview.builder(SOPHEARY, day2)
        .answer(1, "Green mustard, choy sum, curly mustard, long bean, lettuce, cucumber and spring onion")
        .answer(3, "Around 150 kg a day, but farmers supply only 100 kg, even less in the wet season")
        .answer(5, "More supply in the hot season; most farmers do not grow in the wet season")
        .answer(7, "O'ry and Samkhuoy villages")
        .answer(15, "Her own retail stall (2 am to 11 am) and about 10 other retailers in Orrusey market")
        .build();
    Interview seangInterview = Interview.builder(KHIN_SEANG, day3)
        .answer(1, "Seeds, nets, drip irrigation equipment, pesticides and fertiliser")
        .answer(3, "Yes, farmers from different villages come to the store")
        .answer(11, "Fewer farmers come than before: low yields discouraged advanced technologies")
        .build();
    List<FieldVisit> visits = List.of(
        FieldVisit.builder(day1, "Badeum village", MappingActivity.OBSERVE)
            .addFindings("The river is the main water source; plots of 200–1,000 m²",
                "Farmers carry their produce to Orrusey and Samaky markets every early morning").build(),
        FieldVisit.builder(day1, "Badeum village", MappingActivity.DISCUSS).met(meetingFarmers)
            .addFindings("33 farmers met; they are happy to join a group of key actors to push their businesses",
                "Prices are higher from March to June; production drops in July–September when the river rises",
                "Some farmers already use drip irrigation and graft tomato on eggplant").build(),
        FieldVisit.builder(day2, "Orrusey market", MappingActivity.INTERVIEW).addMet(PANHA, SOPHEARY)
            .addInterviews(panhaInterview, sophearyInterview)
            .addFindings("Traders need more local produce than farmers supply, all year").build(),
        FieldVisit.builder(day3, "Ou Pongmuan market", MappingActivity.INTERVIEW).addMet(KHIN_SEANG).addInterviews(seangInterview)
            .addFindings("Inputs are easy to get; brands East West, Malisan and Agriance").build(),
        FieldVisit.builder(day3, "Sesan district office", MappingActivity.VALIDATE).addMet(PDAFF, CHIEF)
            .addFindings("Findings and the selection criteria validated with PDAFF and the commune").build());

    // One farmer profiled per village (example budgets: cucumber prices and costs assumed).
    List<ActorProfile> profiles = new ArrayList<>();
    for (int v = 0; v < VILLAGES.length; v++) {
      Actor farmer = farmers.get(v * 12);
      Area plot = farmer.farm().orElseThrow().land();
      profiles.add(ActorProfile.builder(farmer).seasonality("little in July–September when the river rises")
          .addRelationships(VILLAGES[v].equals("Samkhuoy") ? SOPHEARY : PANHA).addRelationships(KHIN_SEANG)
          .budget(cucumberBudget(plot)).build());
    }
    PricePerMass farmGate = PricePerMass.perKilogram(Money.of(KHR, 1_500));
    profiles.add(ActorProfile.builder(PANHA).volumePerDay(Mass.ofKilograms(500))
        .addProducts("cucumber", "luffa gourd", "papaya", "long bean", "curly mustard", "green mustard", "lime")
        .transport("collects at farm gates at 4–5 pm; Kaphon farmers bring produce to his stall")
        .area("Khe, Phnom Krohorm, O'Chap, Kaphon").addBuyers("four main vendors in Samaky market", "Ratanakiri",
            "his wife's stall in Orrusey market")
        .addRelationships(farmers.get(48))
        .trade(ChainFlow.Stage.builder("Mr Panha", "collector").bought(Mass.ofKilograms(500)).buyPrice(farmGate)
            .sellPrice(PricePerMass.perKilogram(Money.of(KHR, 2_000))).costsPerKg(PricePerMass.perKilogram(Money.of(KHR, 150)))
            .loss(Share.ofPercent(4)).build()).build());
    profiles.add(ActorProfile.builder(SOPHEARY).volumePerDay(Mass.ofKilograms(100))
        .addProducts("green mustard", "choy sum", "curly mustard", "long bean", "lettuce", "cucumber", "spring onion")
        .seasonality("more in the hot season; wants 150 kg a day but gets 100 kg, less in the wet season")
        .area("O'ry and Samkhuoy").addBuyers("her own stall, 2–11 am", "about 10 retailers in Orrusey market")
        .addRelationships(farmers.get(12))
        .trade(ChainFlow.Stage.builder("Mrs Sopheary", "trader").bought(Mass.ofKilograms(100)).buyPrice(farmGate)
            .sellPrice(PricePerMass.perKilogram(Money.of(KHR, 2_200))).costsPerKg(PricePerMass.perKilogram(Money.of(KHR, 100)))
            .loss(Share.ofPercent(5)).build()).build());
    profiles.add(ActorProfile.builder(KHIN_SEANG).addProducts("seeds", "nets", "drip irrigation equipment", "pesticides", "fertiliser")
        .addBrands("East West", "Malisan", "Agriance").area("Ou Pongmuan market").terms("farmers buy at the store").build());
    profiles.add(ActorProfile.builder(PDAFF).addProducts("extension on vegetable production (with CHAIN)").build());

    return RapidMapping.builder(SESAN, assessment, 4).start(day1).end(day3).meetingPoint("Badeum village").visits(visits)
        .profiles(profiles)
        .addFlows(ProductFlow.of("Kaphon and other farmers", "Mr Panha", "vegetables", Mass.ofKilograms(500), farmGate),
            ProductFlow.of("Mr Panha", "Samaky market vendors", "vegetables", Mass.ofKilograms(300)),
            ProductFlow.of("Mr Panha", "Ratanakiri", "vegetables", Mass.ofKilograms(200)),
            ProductFlow.of("O'ry and Samkhuoy farmers", "Mrs Sopheary", "leafy vegetables", Mass.ofKilograms(100), farmGate),
            ProductFlow.of("Suong and Phnom Penh", "Mrs Sopheary", "eggplant, onion, chillies, cabbage", Mass.ofKilograms(50)))
        .addDrivingForces("Skilled farmers supported by CHAIN and PDAFF staff",
            "Water and soil favourable except July–September, when the river rises and prices go up",
            "Traders pay more for local produce than for imports; demand is high locally, in Ratanakiri and Kratie")
        .addLeveragePoints("Year-round supply: production drops in the wet season", "Too few traders collect from farms")
        .addConstraints("Limited knowledge of fertiliser and pesticide use, especially on cucumber and tomato",
            "A shortage of traders who collect from farmers and supply the main markets")
        .addOpportunities("Farmers are willing to adopt new techniques and materials",
            "Reliable input supply from Ou Pongmuan market and good market channels")
        .addInterventions("Identify a few traders to collect from farmers", "Training on fertiliser and pesticide use",
            "Production plans agreed between producers and buyers to avoid gluts and price swings")
        .build();
  }

  /** An example cucumber budget on a farmer's plot: 2.4 kg/m², 1,500 riel/kg; seed, fertiliser and transport assumed. */
  private static CropBudget cucumberBudget(Area plot) {
    BigDecimal m2 = plot.toSquareMetres();
    return CropBudget.builder("cucumber", plot).harvested(Mass.ofKilograms(m2.multiply(new BigDecimal("2.4"))))
        .lossShare(Share.ofPercent(8))
        .addSale("local market", Share.WHOLE, PricePerMass.perKilogram(Money.of(KHR, 1_500)))
        .addCost(CostLine.of(CostCategory.SEED, "cucumber seed", m2.multiply(new BigDecimal("0.0002")), "kg", Money.of(KHR, 600_000)))
        .addCost(CostLine.of(CostCategory.FERTILISER, "NPK", m2.multiply(new BigDecimal("0.05")), "kg", Money.of(KHR, 3_000)))
        .addCost(CostLine.of(CostCategory.TRANSPORT, "to Orrusey market", new BigDecimal("15"), "trip", Money.of(KHR, 10_000)))
        .build();
  }

  /**
   * Step 2 (§5.2): the selection meeting. Everyone but two votes for a cluster (example votes); ten
   * farmers per village sign up with the traders, the supplier and PDAFF; the four priority areas are
   * scored on the Annex 4 criteria by scorers whose category comes from their role (example scores),
   * and the top three are selected, ties at the cut-off left out.
   */
  private static ClusterFormation formation(RapidMapping mapping, List<Actor> farmers) {
    List<Actor> participants = new ArrayList<>(farmers);
    participants.addAll(List.of(PANHA, SOPHEARY, KHIN_SEANG, PDAFF, CHIEF));
    List<Actor> against = List.of(farmers.get(22), farmers.get(41));
    List<Actor> signUps = new ArrayList<>();
    for (int v = 0; v < VILLAGES.length; v++) {
      signUps.addAll(farmers.subList(v * 12, v * 12 + 10));
    }
    signUps.removeAll(against);
    signUps.addAll(List.of(PANHA, SOPHEARY, KHIN_SEANG, PDAFF, CHIEF));
    Scorer panha = ClusterFormation.scorer(PANHA);
    Scorer seang = ClusterFormation.scorer(KHIN_SEANG);
    Scorer pdaff = ClusterFormation.scorer(PDAFF);
    Scorer chief = ClusterFormation.scorer(CHIEF);
    Scorecard.Builder annex4 = Scorecard.builder().criteria(CriteriaTemplates.clusterSelection());
    int[][][] scores = {
        {{5, 4, 4, 3, 4}, {4, 4, 3, 3, 4}, {4, 5, 3, 4, 4}, {4, 4, 3, 3, 5}},   // Kaphon
        {{4, 3, 3, 3, 4}, {3, 4, 3, 2, 4}, {4, 4, 3, 3, 3}, {3, 3, 3, 3, 4}},   // Katout
        {{3, 3, 2, 3, 3}, {3, 3, 3, 2, 3}, {3, 4, 2, 3, 3}, {3, 3, 3, 3, 3}},   // Hang Savath
        {{2, 2, 2, 2, 3}, {2, 3, 2, 2, 2}, {3, 2, 2, 2, 2}, {2, 2, 2, 3, 2}}};  // Samkhuoy
    List<String> priority = mapping.priorityAreas().candidates().stream().map(Candidate::name).toList();
    List<String> order = List.of("Kaphon", "Katout", "Hang Savath", "Samkhuoy");
    Scorer[] scorers = {panha, seang, pdaff, chief};
    for (String area : priority) {
      int[][] rows = scores[order.indexOf(area)];
      for (int s = 0; s < scorers.length; s++) {
        annex4.scores(scorers[s], Candidate.of(area, "Sesan, Stung Treng"), rows[s]);
      }
    }
    List<Actor> voters = new ArrayList<>(participants);
    voters.removeAll(against);
    ClusterFormation.Builder formation = ClusterFormation.builder(mapping, annex4.build().evaluate(), 3)
        .date(LocalDate.of(2018, 10, 4)).place("Sesan district hall").cutOff(CutOff.EXCLUDE_TIES)
        .votesFor(voters).votesAgainst(against).signUps(signUps);
    // One representative per selected village: the first farmer of each who signed up (Ms Sreymom in Kaphon).
    ClusterFormation draft = formation.build();
    draft.farmersByArea().forEach((area, members) -> formation.putRepresentative(area, members.get(0)));
    return formation.build();
  }

  /**
   * The cluster's plan for what the traders said they want (Annex 2 interviews): Mr Panha about 500
   * kg a day, Mrs Sopheary 150 kg, split over the crops the members grow (the split is example data),
   * for 2019. Each member plans only the crops on its farm, in plots of at least 50 m².
   */
  static Plan plan(Cluster cluster) {
    Horizon year = Horizon.of(IsoWeek.of(2019, 1), 52);
    List<PlannerMember> members = new ArrayList<>();
    Set<String> grown = new LinkedHashSet<>();
    for (ProducerGroup g : cluster.groups()) {
      for (Actor a : g.members()) {
        Farm farm = a.farm().orElseThrow();
        members.add(PlannerMember.of(a.id(), farm.land(), farm.crops(), Area.ofSquareMetres(50)));
        grown.addAll(farm.crops());
      }
    }
    DemandCalendar demand = DemandCalendar.builder(year)
        .perDay("cucumber", Mass.ofKilograms(150), 7)
        .perDay("yard-long bean", Mass.ofKilograms(150), 7)
        .perDay("Chinese mustard", Mass.ofKilograms(150), 7)
        .perDay("lettuce", Mass.ofKilograms(100), 7)
        .perDay("eggplant", Mass.ofKilograms(100), 7)
        .build();
    List<CropProfile> profiles = CROPS.stream().filter(p -> grown.contains(p.crop())).toList();
    return Planner.plan(members, profiles, demand);
  }

  /** Step 3 (§5.3): the first MSP meeting on the Annex 5 agenda, with three actions. */
  private static Meeting firstMeeting(Cluster cluster) {
    List<Actor> attendees = new ArrayList<>(List.of(CHIEF, PANHA, SOPHEARY, KHIN_SEANG, PDAFF));
    for (ProducerGroup g : cluster.groups()) {
      g.members().stream().limit(5).forEach(attendees::add);
    }
    return Meeting.builder(MEETING_DAY, "Sesan district hall").agenda(Meeting.annex5Agenda(LocalTime.of(7, 30), cluster))
        .attendees(attendees).womenSpoke(true)
        .addDecision("Plant on a staggered schedule per member so the traders are supplied every week")
        .addDecision("Pool input orders through the groups every month")
        .addAction(Action.of("A1", "Pool the first monthly input order", KHIN_SEANG, MEETING_DAY.plusDays(24), MEETING_DAY))
        .addAction(Action.of("A2", "Agree each member's planting weeks", PDAFF, MEETING_DAY.plusDays(10), MEETING_DAY))
        .addAction(Action.of("A3", "Set up the Kaphon collection point and scales", PANHA, MEETING_DAY.plusDays(40), MEETING_DAY))
        .build();
  }

  private static WorkingFile workingFile(RapidMapping mapping, Cluster cluster, Meeting meeting, Plan plan) {
    Actor kaphon = Actor.of("PG-Kaphon", cluster.group("PG-Kaphon").name(), Role.PRODUCER_GROUP);
    Actor katout = Actor.of("PG-Katout", cluster.group("PG-Katout").name(), Role.PRODUCER_GROUP);
    Mass panhaPerDay = mapping.traders().stream().filter(p -> p.actor().equals(PANHA)).findFirst().orElseThrow()
        .volumePerDay().orElseThrow();
    IsoWeek from = IsoWeek.of(2019, 10);
    List<ValueProposition> propositions = List.of(
        ValueProposition.builder().proposer(kaphon).addTargets(PANHA).direction(Direction.PRODUCTION_TO_MARKETING)
            .offer("cucumber every week on a staggered planting schedule").crop("cucumber").grade("A").firstWeek(from)
            .volumePerWeek(Mass.ofKilograms(600)).priceTerms(PriceTerms.marketLinked())
            .pitch("One collection point, graded produce, every week of the year.").build(),
        ValueProposition.builder().proposer(katout).addTargets(PANHA, SOPHEARY).direction(Direction.PRODUCTION_TO_MARKETING)
            .offer("yard-long bean from drip-irrigated plots").crop("yard-long bean").firstWeek(from)
            .volumePerWeek(Mass.ofKilograms(450)).pitch("Drip irrigation keeps our beans coming when others' dry up.").build(),
        ValueProposition.builder().proposer(PANHA).addTargets(kaphon, katout).direction(Direction.MARKETING_TO_PRODUCTION)
            .offer("buys cucumber at the farm gate, every afternoon").crop("cucumber").volumePerWeek(Mass.ofKilograms(1050))
            .firstWeek(from).priceTerms(PriceTerms.premiumOverMarket(PricePerMass.perKilogram(Money.of(KHR, 500))))
            .paymentTerms("cash on collection")
            .pitch("Local vegetables fetch 500 riel/kg more than imports; I take about " + panhaPerDay + " a day.").build(),
        ValueProposition.builder().proposer(KHIN_SEANG).addTargets(kaphon, katout).direction(Direction.INPUT_SUPPLY)
            .offer("seed, fertiliser and crop protection in bulk").conditions("orders pooled by the groups each month")
            .pitch("Buy together and pay bulk prices, delivered to the village.").build(),
        ValueProposition.builder().proposer(PDAFF).direction(Direction.SUPPORT_OFFER)
            .offer("monthly field days on staggered planting and safe pesticide use").pitch("Our extension staff come to your plots.")
            .build());
    CollectiveStrategy strategy = CollectiveStrategy.builder()
        .vision("Sesan supplies its own markets and Ratanakiri with local vegetables all year.")
        .problem(String.join(". ", mapping.constraints()) + ".")
        .solution("Staggered planting per member, one collection point, bulk inputs and traders who take everything.")
        .addPriority("Supply the traders every week from week " + from.week())
        .addPriority("Cut input costs through monthly bulk orders")
        .addProduction(Commitment.builder(kaphon, "grow cucumber on the agreed weekly schedule").howMuch("600 kg a week")
            .where("Kaphon").when("from " + from).conditions("grade A at the collection point").build())
        .addMarketing(Commitment.builder(PANHA, "collect vegetables daily").howMuch("about " + panhaPerDay + " a day")
            .where("farm gate, Kaphon").when("every afternoon").price("market price + 500 riel/kg").conditions("cash on collection")
            .build())
        .addSupport(Commitment.of(PDAFF, "monthly field days on staggered planting"))
        .addSupport(Commitment.of(KHIN_SEANG, "bulk input orders delivered to the village"))
        .answer(CollectiveStrategy.QUESTIONS.get(1), "Mr Panha buys cucumber daily at market price + 500 riel/kg.")
        .build();
    String rationale = "Rapid mapping of " + mapping.start() + " to " + mapping.end() + ": "
        + String.join("; ", mapping.constraints()) + ". Opportunities: "
        + String.join("; ", mapping.opportunities()) + ". Common vision: "
        + strategy.vision();
    List<Action> agreed = meeting.actions();
    LocalDate visit1 = MEETING_DAY.plusDays(21);
    LocalDate visit2 = LocalDate.of(2019, 1, 22);
    List<Action> actions = List.of(
        agreed.get(0).withStatus(ActionStatus.IN_PROGRESS, MEETING_DAY.plusDays(14), "quotes from two depots")
            .withStatus(ActionStatus.DONE, visit1, "first pooled order delivered, 11 % below shop prices"),
        agreed.get(1).withStatus(ActionStatus.IN_PROGRESS, visit1, "schedule drafted with " + plan.plantings().size()
            + " plantings from the plan"),
        agreed.get(2));
    Actor kaphonRep = cluster.group("PG-Kaphon").committee().get(0);
    List<FieldVisit> visits = List.of(
        FieldVisit.builder(visit1, "Kaphon", MappingActivity.FOLLOW_UP).addMet(kaphonRep, KHIN_SEANG)
            .addFindings("First pooled input order delivered", "Planting schedule drafted; two members still undecided").build(),
        FieldVisit.builder(visit2, "Orrusey market", MappingActivity.FOLLOW_UP).addMet(PANHA)
            .addFindings("Collection point not yet set up: scales on order", "Groups in the storming stage: roles being agreed")
            .build());
    return WorkingFile.builder().rationale(rationale).propositions(propositions).strategy(strategy).addMeetings(meeting)
        .actions(actions).visits(visits).build();
  }

  @Override
  public void run(PrintStream out) {
    Story s = story();
    out.println("Step 1 — rapid mapping (CHAIN guide §5.1, Annexes 1–3). Scores, names of farmers and prices are example data.");
    out.println();
    show(out, Documents.rapidMappingReport(s.mapping()), "rapid-mapping-report");
    out.println("Step 2 — selection and mobilisation (§5.2): the priority areas "
        + s.mapping().priorityAreas().candidates().stream().map(Candidate::name).toList()
        + " are scored on the Annex 4 criteria and the cluster is formed from the selected villages only.");
    out.println();
    show(out, Documents.selectionRecord(s.formation(), s.formed()), "selection-record");
    out.println("Step 3 — the first MSP meeting (§5.3) on the Annex 5 agenda, presenters drawn from the new cluster:");
    out.println();
    show(out, Documents.meetingDocument(s.formed(), s.meeting()), "msp-meeting");
    out.println("Cluster plan for the traders' wants, 2019: " + s.plan().summary());
    out.println();
    show(out, Documents.strategyReport(s.formed(), s.file(), s.plan()), "strategy-report");
    out.println("Step 4 — backstopping (§5.4): follow-up visits, actions and the working document as of " + s.asOf() + ":");
    out.println();
    show(out, Documents.workingDocument(s.backstopped(), s.file(), s.asOf()), "working-document");
    Walkthroughs.saveAndReadBack(out, AgriJson.SCORECARD, s.mapping().assessment().scorecard(), "sesan-villages-scorecard.json");
    Walkthroughs.saveAndReadBack(out, AgriJson.STRATEGY, s.file(), "sesan-strategy.json");
  }

  /** Prints a document's Markdown and writes it as Markdown and as a self-contained HTML page under target/chain/. */
  private static void show(PrintStream out, Document doc, String name) {
    out.println(doc.toMarkdown());
    Walkthroughs.writeDocument(out, doc, "chain/" + name);
    out.println();
  }
}
