package org.agricluster.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.ArrayList;
import java.util.List;
import org.agricluster.actor.Actor;
import org.agricluster.actor.Contact;
import org.agricluster.actor.Farm;
import org.agricluster.actor.Gender;
import org.agricluster.actor.Location;
import org.agricluster.actor.Role;
import org.agricluster.calendar.Balance;
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
import org.agricluster.scoring.CriteriaTemplates;
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

/** The models behind the sample documents: CHAIN Annex 3's Sesan actors and ASPIRE Takeo's budget. */
final class JsonSamples {
  private JsonSamples() {}

  static final LocalDate START = LocalDate.of(2021, 3, 1);

  /** A small Sesan cluster: one village group of six farmers (generated), Mr Panha, Mrs Sopheary and PDAFF. */
  static Cluster sesan() {
    Location sesan = Location.country("Cambodia").province("Stung Treng").district("Sesan");
    List<Actor> farmers = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      farmers.add(Actor.builder().id("kaphon-f" + i).name("Kaphon farmer " + i).addRoles(Role.FARMER)
          .gender(i % 2 == 0 ? Gender.FEMALE : Gender.MALE).location(sesan.village("Kaphon"))
          .farm(Farm.of(Area.ofSquareMetres(200 + 137 * i), "river", List.of("choy sum", "cucumber"))).build());
    }
    ProducerGroup kaphon = ProducerGroup.builder("PG-Kaphon", "Kaphon farmers' group").members(farmers)
        .committee(farmers.subList(0, 5)).embeddedIn("Kaphon village CBO").addStage(GroupStage.FORMING, START)
        .addStage(GroupStage.NORMING, START.plusMonths(8)).addMembership(MembershipChange.joined("kaphon-f1", START))
        .addMembership(MembershipChange.joined("kaphon-f2", START.plusDays(14))).build();
    Actor panha = Actor.builder().id("panha").name("Mr Panha")
        .addRoles(Role.WHOLESALER, Role.COLLECTOR_TRADER, Role.FARMER).primaryRole(Role.COLLECTOR_TRADER)
        .gender(Gender.MALE).location(sesan)
        .contact(Contact.builder().title("wholesaler and vendor").workplace("Orrusey market").build()).build();
    Actor sopheary = Actor.builder().id("sopheary").name("Mrs Sopheary").addRoles(Role.COLLECTOR_TRADER)
        .gender(Gender.FEMALE).build();
    Actor pdaff = Actor.of("pdaff-st", "PDAFF Stung Treng extension staff", Role.EXTENSION_AGENT);
    return Cluster.builder("Sesan vegetable cluster", "vegetables").addLocation(sesan).addGroup(kaphon)
        .directActors(List.of(panha, sopheary, pdaff)).step(DevelopmentStep.MSP_AND_STRATEGY)
        .addMembership(MembershipChange.joined("panha", START)).addMembership(MembershipChange.joined("kaphon-f1", START))
        .build();
  }

  /**
   * A rapid-mapping pre-assessment: five Sesan villages on CHAIN's 0–3 potential criteria, by three
   * scorers from two stakeholder categories (example scores).
   */
  static Scorecard villages() {
    Scorecard.Builder b = Scorecard.builder().criteria(CriteriaTemplates.preAssessment());
    List<Candidate> villages = List.of(Candidate.of("Kaphon", "Sesan, Stung Treng"), Candidate.of("Katout", "Sesan, Stung Treng"),
        Candidate.of("Samkhuoy", "Sesan, Stung Treng"), Candidate.of("Hang Savath", "Sesan, Stung Treng"),
        Candidate.of("Badeum", "Sesan, Stung Treng"));
    b.candidates(villages);
    Scorer trader = Scorer.of("Mr Panha", "local value-chain actor");
    Scorer farmer = Scorer.of("Kaphon farmer", "local value-chain actor");
    Scorer pdaff = Scorer.of("PDAFF officer", "local supporter");
    int[][] scores = {{3, 3, 2}, {2, 3, 2}, {1, 2, 1}, {3, 1, 2}, {1, 1, 0}};
    for (Scorer s : List.of(trader, farmer, pdaff)) {
      for (int v = 0; v < villages.size(); v++) {
        int shift = s == pdaff ? -1 : 0;
        int[] row = scores[v];
        b.scores(s, villages.get(v), Math.max(0, row[0] + shift), row[1], Math.max(0, row[2] + shift));
      }
    }
    return b.build();
  }

  /** A collection-point day of the ASPIRE Takeo routine: cucumber graded A and B, weighed per member (example figures). */
  static CollectionLedger takeoDay() {
    GradePrices prices = GradePrices.builder()
        .price("cucumber", "A", PricePerMass.perKilogram(Money.of(CurrencyUnit.KHR, 1_500)))
        .price("cucumber", "B", PricePerMass.perKilogram(Money.of(CurrencyUnit.KHR, 900)))
        .price("yard-long bean", "A", PricePerMass.perKilogram(Money.of(CurrencyUnit.KHR, new BigDecimal("1250.5")))).build();
    LocalDate day = LocalDate.of(2024, 3, 4);
    return CollectionLedger.of(prices, List.of(
        Delivery.of("Sokha", "cucumber", "A", Mass.ofKilograms(120), day),
        Delivery.of("Sokha", "cucumber", "B", Mass.ofKilograms(30), day),
        Delivery.of("Dara", "cucumber", "A", Mass.ofKilograms(new BigDecimal("85.5")), day),
        Delivery.of("Chenda", "yard-long bean", "A", Mass.ofKilograms(64), day)));
  }

  /**
   * CHAIN Annex 3's trader who needs 150 kg of choy sum a day, against five Kaphon farmers planting
   * in turn over twelve weeks (example profiles and plots).
   */
  static Balance sesanCalendar() {
    Horizon horizon = Horizon.of(IsoWeek.of(2024, 10), 12);
    List<Planting> plantings = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      plantings.add(Planting.of("kaphon-f" + (i + 1), ExampleCrops.CHOY_SUM, IsoWeek.of(2024, 10 + i),
          Area.ofSquareMetres(new BigDecimal("437.5"))));
    }
    plantings.add(Planting.of("kaphon-f6", ExampleCrops.CUCUMBER, IsoWeek.of(2024, 10), Area.ofSquareMetres(300)));
    DemandCalendar demand = DemandCalendar.builder(horizon).perDay("choy sum", Mass.ofKilograms(150), 7).build();
    return Balance.of(SupplyCalendar.of(horizon, plantings), demand);
  }

  /** A plan for six Kaphon farmers growing choy sum and cucumber for the Sesan demand of 150 kg a day of choy sum and 40 of cucumber. */
  static Plan sesanPlan() {
    Horizon horizon = Horizon.of(IsoWeek.of(2024, 10), 12);
    DemandCalendar demand = DemandCalendar.builder(horizon).perDay("choy sum", Mass.ofKilograms(150), 7)
        .perDay("cucumber", Mass.ofKilograms(40), 7).build();
    List<PlannerMember> members = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      members.add(PlannerMember.of("kaphon-f" + i, Area.ofSquareMetres(200 + 137 * i), List.of("choy sum", "cucumber"),
          Area.ofSquareMetres(100)));
    }
    return Planner.plan(members, List.of(ExampleCrops.CHOY_SUM, ExampleCrops.CUCUMBER), demand);
  }

  /**
   * Sesan's strategy working file: Kaphon's and Mr Panha's propositions, the strategy with one
   * question answered, a contract for choy sum, the first MSP meeting and its actions a month on.
   */
  static WorkingFile sesanStrategy() {
    Cluster sesan = sesan();
    Actor panha = sesan.actor("panha").orElseThrow();
    Actor pdaff = sesan.actor("pdaff-st").orElseThrow();
    Actor kaphon = Actor.of("PG-Kaphon", "Kaphon farmers' group", Role.PRODUCER_GROUP);
    Actor chief = Actor.builder().id("commune-chief").name("Commune chief").addRoles(Role.LOCAL_AUTHORITY).gender(Gender.MALE).build();
    Horizon year = Horizon.of(IsoWeek.of(2024, 1), 52);
    LocalDate day = LocalDate.of(2024, 2, 20);
    Action schedule = Action.of("A1", "Agree each member's planting weeks for choy sum", pdaff, LocalDate.of(2024, 3, 1), day);
    Action point = Action.of("A2", "Set up the Kaphon collection point and scales", panha, LocalDate.of(2024, 3, 31), day);
    return WorkingFile.builder()
        .rationale("Traders need more local produce than they can find: Mr Panha wants 150 kg a day and finds about 100.")
        .addProposition(ValueProposition.builder().proposer(kaphon).addTargets(panha).direction(Direction.PRODUCTION_TO_MARKETING)
            .offer("choy sum every week on a staggered planting schedule").crop("choy sum").grade("A")
            .firstWeek(IsoWeek.of(2024, 10)).volumePerWeek(Mass.ofKilograms(600)).priceTerms(PriceTerms.marketLinked())
            .pitch("One collection point, graded produce, every week of the year.").build())
        .addProposition(ValueProposition.builder().proposer(panha).addTargets(kaphon).direction(Direction.MARKETING_TO_PRODUCTION)
            .offer("buys all leafy vegetables at the farm gate, every afternoon").crop("choy sum")
            .volumePerWeek(Mass.ofKilograms(1_050)).firstWeek(IsoWeek.of(2024, 10)).lastWeek(IsoWeek.of(2024, 40))
            .priceTerms(PriceTerms.premiumOverMarket(PricePerMass.perKilogram(Money.of(CurrencyUnit.KHR, 500))))
            .paymentTerms("cash on collection").pitch("Local vegetables fetch 500 riel/kg more than imports.").build())
        .strategy(CollectiveStrategy.builder().vision("Sesan supplies its own markets with local vegetables all year.")
            .problem("Everyone grows the same leafy vegetables at once.").solution("Staggered planting and one collection point.")
            .addPriority("Supply 150 kg of leafy vegetables a day from April")
            .addProduction(Commitment.builder(kaphon, "grow choy sum on the agreed weekly schedule").howMuch("1,050 kg a week")
                .where("Kaphon").when("from week 10").conditions("grade A at the collection point").build())
            .addMarketing(Commitment.builder(panha, "collect all leafy vegetables daily").price("market price + 500 riel/kg").build())
            .addSupport(Commitment.of(pdaff, "monthly field days on staggered planting"))
            .answer(CollectiveStrategy.QUESTIONS.get(1), "Mr Panha buys all leafy vegetables daily at market price + 500 riel/kg.")
            .build())
        .addAgreement(ContractFarmingAgreement.of(panha, kaphon, "choy sum", "A",
            DemandCalendar.builder(year).weeks("choy sum", IsoWeek.of(2024, 11), IsoWeek.of(2024, 14), Mass.ofKilograms(600)).build(),
            PriceTerms.fixed(PricePerMass.perKilogram(Money.of(CurrencyUnit.KHR, 2_500))), Optional.of(Money.of(CurrencyUnit.KHR,
                200_000)), Optional.empty()))
        .addMeeting(Meeting.builder(day, "Sesan district hall").agenda(Meeting.annex5Agenda(LocalTime.of(7, 30), sesan))
            .attendees(List.of(chief, panha, pdaff, sesan.actor("kaphon-f1").orElseThrow())).womenSpoke(true)
            .addDecision("Form the Sesan vegetable cluster").addAction(schedule).addAction(point).build())
        .actions(List.of(schedule.withStatus(ActionStatus.IN_PROGRESS, LocalDate.of(2024, 2, 28), "schedule drafted")
            .withStatus(ActionStatus.DONE, LocalDate.of(2024, 3, 1), "40 members agreed their weeks"), point))
        .build();
  }

  /** An apex platform of the small Sesan cluster and a second one of Kaphon's farmers alone. */
  static ApexPlatform apex() {
    Cluster sesan = sesan();
    Cluster kaphon = Cluster.builder("Kaphon choy sum cluster", "choy sum").addGroup(sesan.group("PG-Kaphon")).build();
    return ApexPlatform.of("Stung Treng vegetable platform", List.of(sesan, kaphon));
  }

  /** One day's vegetables from Sesan to Samaky market: CHAIN Annex 3's actors, prices and costs assumed. */
  static ChainFlow sesanChain() {
    PricePerMass farmGate = PricePerMass.perKilogram(Money.of(CurrencyUnit.KHR, 1_500));
    PricePerMass wholesale = PricePerMass.perKilogram(Money.of(CurrencyUnit.KHR, 2_000));
    return ChainFlow.of(
        ChainFlow.Stage.builder("Sesan farmers", "producer").bought(Mass.ofKilograms(500)).sellPrice(farmGate)
            .costsPerKg(PricePerMass.perKilogram(Money.of(CurrencyUnit.KHR, 600))).build(),
        ChainFlow.Stage.builder("Mr Panha", "collector").bought(Mass.ofKilograms(500)).buyPrice(farmGate).sellPrice(wholesale)
            .costsPerKg(PricePerMass.perKilogram(Money.of(CurrencyUnit.KHR, 150))).loss(Share.ofPercent(4)).build(),
        ChainFlow.Stage.builder("Samaky vendors", "retailer").bought(Mass.ofKilograms(480)).buyPrice(wholesale)
            .sellPrice(PricePerMass.perKilogram(Money.of(CurrencyUnit.KHR, 2_500)))
            .costsPerKg(PricePerMass.perKilogram(Money.of(CurrencyUnit.KHR, 100))).loss(Share.ofRatio(1, 30)).build());
  }

  /** ASPIRE Takeo: about 3 million riel on 2,000 m², and a Khatlon tomato budget with thirds. */
  static List<CropBudget> budgets() {
    PricePerMass khr1200 = PricePerMass.perKilogram(Money.of(CurrencyUnit.KHR, 1_200));
    CropBudget takeo = CropBudget.builder("mixed vegetables", Area.ofSquareMetres(2_000)).harvested(Mass.ofKilograms(3_000))
        .addSale("all grades", Share.WHOLE, khr1200)
        .addCost(CostLine.lumpSum(CostCategory.SEED, "seed", Money.of(CurrencyUnit.KHR, 150_000)))
        .addCost(CostLine.lumpSum(CostCategory.FERTILISER, "fertiliser", Money.of(CurrencyUnit.KHR, 300_000)))
        .addCost(CostLine.lumpSum(CostCategory.PESTICIDES, "crop protection", Money.of(CurrencyUnit.KHR, 150_000)))
        .cycleDays(90).build();
    CropBudget tomato = CropBudget.builder("tomato", Area.ofHectares(1)).harvested(Mass.ofTonnes(25))
        .lossShare(Share.ofPercent(10)).ownUseShare(Share.ofRatio(1, 30))
        .addSale("grade 1", Share.ofRatio(2, 3), PricePerMass.perKilogram(Money.of(CurrencyUnit.TJS, new BigDecimal("3.5"))))
        .addSale("grade 2", Share.ofRatio(1, 3), PricePerMass.perKilogram(Money.of(CurrencyUnit.TJS, 2)))
        .addCost(CostLine.of(CostCategory.FERTILISER, "urea", "300", "kg", Money.of(CurrencyUnit.TJS, 5)))
        .addCost(CostLine.of(CostCategory.HIRED_LABOUR, "harvest labour", "120.5", "day", Money.of(CurrencyUnit.TJS, 60)))
        .build();
    return List.of(takeo, tomato);
  }
}
