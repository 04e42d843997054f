package org.agricluster.examples;

import static org.agricluster.measure.CurrencyUnit.KHR;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.agricluster.actor.Actor;
import org.agricluster.actor.Gender;
import org.agricluster.actor.Role;
import org.agricluster.calendar.DemandCalendar;
import org.agricluster.calendar.ExampleCrops;
import org.agricluster.calendar.Gap;
import org.agricluster.calendar.Horizon;
import org.agricluster.calendar.IsoWeek;
import org.agricluster.calendar.Plan;
import org.agricluster.calendar.Planner;
import org.agricluster.calendar.PlannerMember;
import org.agricluster.cluster.Cluster;
import org.agricluster.cluster.DevelopmentStep;
import org.agricluster.cluster.ProducerGroup;
import org.agricluster.json.AgriJson;
import org.agricluster.measure.Area;
import org.agricluster.measure.Mass;
import org.agricluster.measure.Money;
import org.agricluster.measure.PricePerMass;
import org.agricluster.report.Documents;
import org.agricluster.strategy.Action;
import org.agricluster.strategy.ActionStatus;
import org.agricluster.strategy.CollectiveStrategy;
import org.agricluster.strategy.Commitment;
import org.agricluster.strategy.ContractFarmingAgreement;
import org.agricluster.strategy.DeliveryCheck;
import org.agricluster.strategy.Direction;
import org.agricluster.strategy.Meeting;
import org.agricluster.strategy.PriceTerms;
import org.agricluster.strategy.ValueProposition;
import org.agricluster.strategy.WorkingFile;

/**
 * CHAIN's steps as one story for the Sesan cluster: the first MSP meeting with the Annex 5 agenda,
 * value propositions from two farmer groups, a trader and an input supplier, the collective
 * strategy, three actions, a follow-up visit, and the working document in Markdown.
 */
final class StrategyWalkthrough implements Walkthrough {

  @Override
  public String name() {
    return "strategy";
  }

  @Override
  public String title() {
    return "Sesan's first MSP meeting, value propositions, strategy, actions and the working document";
  }

  @Override
  public void run(PrintStream out) {
    Cluster sesan = ActorsWalkthrough.sesanCluster().withStep(DevelopmentStep.BACKSTOPPING);
    Actor panha = sesan.actor("panha").orElseThrow();
    Actor khinSeang = sesan.actor("khin-seang").orElseThrow();
    Actor pdaff = sesan.actor("pdaff-st").orElseThrow();
    Actor chief = Actor.builder().id("commune-chief").name("Commune chief").addRoles(Role.LOCAL_AUTHORITY).gender(Gender.MALE).build();
    ProducerGroup kaphon = sesan.group("PG-Kaphon");
    ProducerGroup katout = sesan.group("PG-Katout");
    Actor kaphonGroup = Actor.of("PG-Kaphon", kaphon.name(), Role.PRODUCER_GROUP);
    Actor katoutGroup = Actor.of("PG-Katout", katout.name(), Role.PRODUCER_GROUP);

    List<ValueProposition> propositions = List.of(
        ValueProposition.builder().proposer(kaphonGroup).addTargets(panha).direction(Direction.PRODUCTION_TO_MARKETING)
            .offer("choy sum and Chinese mustard every week on a staggered planting schedule").crop("choy sum").grade("A")
            .firstWeek(IsoWeek.of(2024, 10))
            .volumePerWeek(Mass.ofKilograms(600)).priceTerms(PriceTerms.marketLinked())
            .pitch("One collection point, graded produce, every week of the year — no more running short in the wet season.")
            .build(),
        ValueProposition.builder().proposer(katoutGroup).addTargets(panha).direction(Direction.PRODUCTION_TO_MARKETING)
            .offer("cucumber and yard-long bean from drip-irrigated plots").volumePerWeek(Mass.ofKilograms(450))
            .pitch("Drip irrigation keeps our cucumbers coming when others' dry up.").build(),
        ValueProposition.builder().proposer(panha).addTargets(kaphonGroup, katoutGroup).direction(Direction.MARKETING_TO_PRODUCTION)
            .offer("buys all leafy vegetables at the farm gate, every afternoon").crop("choy sum")
            .volumePerWeek(Mass.ofKilograms(1050)).firstWeek(IsoWeek.of(2024, 10))
            .priceTerms(PriceTerms.premiumOverMarket(PricePerMass.perKilogram(Money.of(KHR, 500))))
            .paymentTerms("cash on collection")
            .pitch("Local vegetables fetch 500 riel/kg more than imports; I take about 500 kg a day to Samaky and Ratanakiri.")
            .build(),
        ValueProposition.builder().proposer(khinSeang).addTargets(kaphonGroup, katoutGroup).direction(Direction.INPUT_SUPPLY)
            .offer("seed, fertiliser and crop protection in bulk").conditions("orders pooled by the groups each month")
            .pitch("Buy together and pay bulk prices, delivered to the village.").build(),
        ValueProposition.builder().proposer(pdaff).direction(Direction.SUPPORT_OFFER)
            .offer("monthly field days on staggered planting and safe pesticide use")
            .pitch("Our extension staff come to your plots.").build());

    LocalDate meetingDay = LocalDate.of(2024, 2, 20);
    Action bulk = Action.of("A1", "Pool the first monthly input order", khinSeang, LocalDate.of(2024, 3, 15), meetingDay);
    Action schedule = Action.of("A2", "Agree each member's planting weeks for choy sum", pdaff, LocalDate.of(2024, 3, 1), meetingDay);
    Action point = Action.of("A3", "Set up the Kaphon collection point and scales", panha, LocalDate.of(2024, 3, 31), meetingDay);
    List<Actor> attendees = new ArrayList<>(List.of(chief, panha, khinSeang, pdaff));
    attendees.add(sesan.actor("sopheary").orElseThrow());
    kaphon.committee().forEach(attendees::add);
    kaphon.members().stream().limit(4).forEach(attendees::add);
    katout.members().stream().limit(4).forEach(attendees::add);
    Meeting first = Meeting.builder(meetingDay, "Sesan district hall")
        .agenda(Meeting.annex5Agenda(LocalTime.of(8, 0), pdaff, chief))
        .attendees(attendees).womenSpoke(true)
        .addDecision("Form the Sesan vegetable cluster with five village groups")
        .addDecision("Plant choy sum on a staggered schedule so the trader is supplied every week")
        .addAction(bulk).addAction(schedule).addAction(point).build();

    CollectiveStrategy strategy = CollectiveStrategy.builder()
        .vision("Sesan supplies its own markets and Ratanakiri with local vegetables all year.")
        .problem("Everyone grows the same leafy vegetables at once: gluts, low prices, then weeks with nothing to sell.")
        .solution("Staggered planting per member, one collection point, bulk inputs and a trader who takes everything.")
        .addPriority("Supply 150 kg of leafy vegetables a day from April")
        .addPriority("Cut input costs through monthly bulk orders")
        .addProduction(Commitment.builder(kaphonGroup, "grow choy sum and Chinese mustard on the agreed weekly schedule")
            .howMuch("1,050 kg a week").where("Kaphon").when("from week 10").conditions("grade A at the collection point")
            .build())
        .addMarketing(Commitment.builder(panha, "collect all leafy vegetables daily").howMuch("about 500 kg a day")
            .where("farm gate, Kaphon").when("every afternoon").price("market price + 500 riel/kg")
            .conditions("cash on collection").build())
        .addSupport(Commitment.of(pdaff, "monthly field days on staggered planting"))
        .addSupport(Commitment.of(khinSeang, "bulk input orders delivered to the village"))
        .answer(CollectiveStrategy.QUESTIONS.get(1), "Mr Panha buys all leafy vegetables daily at market price + 500 riel/kg.")
        .build();

    // The follow-up visit a month later (CHAIN §5.4 backstopping).
    LocalDate visit = LocalDate.of(2024, 3, 20);
    List<Action> actions = List.of(
        bulk.withStatus(ActionStatus.IN_PROGRESS, LocalDate.of(2024, 3, 5), "quotes from two depots").withStatus(ActionStatus.DONE,
            LocalDate.of(2024, 3, 14), "first pooled order delivered, 11 % below shop prices"),
        schedule.withStatus(ActionStatus.IN_PROGRESS, LocalDate.of(2024, 2, 28), "schedule drafted with 40 members"),
        point);

    // Check the propositions against the plan: can the groups deliver what Mr Panha wants?
    Horizon year = Horizon.of(IsoWeek.of(2024, 1), 52);
    List<PlannerMember> members = new ArrayList<>();
    kaphon.members().forEach(m -> members.add(PlannerMember.of(m.id(), m.farm().orElseThrow().land(),
        List.of("choy sum"), Area.ofSquareMetres(100))));
    Plan plan = Planner.plan(members, List.of(ExampleCrops.CHOY_SUM),
        DemandCalendar.builder(year).perDay("choy sum", Mass.ofKilograms(85), 7).build());
    ContractFarmingAgreement verbal = ContractFarmingAgreement.of(panha, kaphonGroup, "choy sum", "A",
        DemandCalendar.builder(year).weeks("choy sum", IsoWeek.of(2024, 11), year.end(), Mass.ofKilograms(600)).build(), PriceTerms.marketLinked(),
        Optional.empty(), Optional.empty());
    List<Gap> shortfalls = verbal.shortfalls(plan.balance().supply());
    Mass missing = Mass.total(shortfalls.stream().map(Gap::shortfall).toList());

    DeliveryCheck check = DeliveryCheck.of(propositions, plan.balance().supply());
    out.println("Delivery check of the propositions against Kaphon's plan: " + check.undeliverable().size()
        + " weeks in which Kaphon's 600 kg offer exceeds its planned supply; " + check.unmetDemand().size()
        + " weeks in which Mr Panha's 1,050 kg a week of choy sum is not covered by the groups' offers"
        + check.unmetDemand().stream().findFirst().map(g -> " (short " + g.missing() + " a week)").orElse("") + ".");
    out.println();
    out.println(Documents.rapidMappingReport(sesan,
        List.of("High local demand, also in Ratanakiri and Kratie; traders pay 500 riel/kg more for local produce",
            "Water and soil favourable most of the year; farmers willing to adopt drip irrigation and grafting"),
        List.of("Limited knowledge of fertiliser and pesticide use on cucumber and tomato",
            "Production drops in July–September when the river rises"),
        List.of("Too few traders collect from farms: room for collectors", "Reliable input supply from Ou Pongmuan market"),
        List.of("Staggered planting schedule per member", "One collection point with grading and weighing",
            "Bulk input orders through the groups")).lines().limit(12).reduce((a, b) -> a + "\n" + b).orElse("")
        + "\n… (actors table, driving forces, constraints, opportunities and interventions follow)");
    out.println();
    out.println("Propositions, strategy, actions and the follow-up visit of " + visit + ", as the facilitator's working document:");
    out.println("Checked against Kaphon's staggered plan for 85 kg a day: the group's offer of 600 kg a week from week 10 is short in "
        + shortfalls.size() + " of 42 weeks, by " + missing.toKilograms().setScale(0, java.math.RoundingMode.HALF_EVEN)
        + " kg in all, of " + verbal.schedule().total("choy sum") + " offered.");
    out.println();
    WorkingFile file = WorkingFile.builder().rationale("About 60 farmers in five villages grow vegetables along the Sesan river; "
        + "traders need more local produce than they can find (Mrs Sopheary: 150 kg a day wanted, about 100 kg supplied; "
        + "Mr Panha collects about 500 kg a day and would enlist more farmers), "
        + "and prices are highest from March to June.").propositions(propositions).strategy(strategy).addAgreement(verbal)
        .addMeeting(first).actions(actions).build();
    out.println("The collective-business-strategy report after the first MSP meeting (CHAIN guide §5.3 step 13):");
    out.println();
    out.println(Documents.strategyReport(sesan, file));
    out.println(Documents.workingDocument(sesan, file, visit));
    Walkthroughs.saveAndReadBack(out, AgriJson.STRATEGY, file, "sesan-strategy.json");
  }
}
