package org.agricluster.report;

import static org.agricluster.internal.Check.notNull;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.agricluster.actor.Actor;
import org.agricluster.actor.ChainFunction;
import org.agricluster.actor.StakeholderCategory;
import org.agricluster.calendar.Plan;
import org.agricluster.cluster.Cluster;
import org.agricluster.cluster.ProducerGroup;
import org.agricluster.economics.ChainFlow;
import org.agricluster.economics.GrossMargin;
import org.agricluster.internal.Check;
import org.agricluster.measure.Area;
import org.agricluster.strategy.Action;
import org.agricluster.strategy.ActorProfile;
import org.agricluster.strategy.ClusterFormation;
import org.agricluster.strategy.CollectiveStrategy;
import org.agricluster.strategy.Commitment;
import org.agricluster.strategy.DeliveryCheck;
import org.agricluster.strategy.Direction;
import org.agricluster.strategy.FieldVisit;
import org.agricluster.strategy.Interview;
import org.agricluster.strategy.Meeting;
import org.agricluster.strategy.ProductFlow;
import org.agricluster.strategy.RapidMapping;
import org.agricluster.strategy.ValueProposition;
import org.agricluster.strategy.WorkingFile;

/**
 * The cluster's documents, built from the model as {@link Document}s (Markdown or one self-contained
 * HTML page): the rapid-mapping report (CHAIN guide Annex 3), the selection and mobilisation record
 * (§5.2), the MSP meeting document with its Annex 5 agenda (§5.3), the collective-business-strategy
 * report (§5.3 step 13) and the cluster working document (Annex 6) kept up to date during
 * backstopping (§5.4). Every actor, proposition and action of the model appears in the document
 * that covers it, and every figure is computed from the model.
 */
public final class Documents {
  private Documents() {}

  /**
   * The rapid-mapping report in the three topics of the CHAIN guide's Annex 3, preceded by the
   * pre-assessment of the areas and the field work: 1 main actors (producers, traders, input
   * suppliers, supporters) with their volumes, the flows between them and each actor's simplified
   * gross margin; 2 driving forces and leverage points; 3 constraints, opportunities and potential
   * interventions.
   */
  public static Document rapidMappingReport(RapidMapping mapping) {
    notNull(mapping, "mapping");
    Document.Builder doc = Document.builder("Rapid mapping report: " + mapping.zone().name());
    doc.paragraph("Location:", mapping.zone().describe() + ".");
    doc.paragraph("Date:", mapping.start().equals(mapping.end()) ? mapping.start().toString()
        : mapping.start() + " to " + mapping.end());
    if (!mapping.meetingPoint().isEmpty()) {
      doc.paragraph("Meeting point:", mapping.meetingPoint() + ".");
    }
    doc.section("Priority areas");
    doc.paragraph("Key informants scored " + mapping.assessment().scorecard().candidates().size()
        + " areas on the potential criteria (0 none, 1 low, 2 medium, 3 high potential).");
    doc.table(ScoringTables.scorecard(mapping.assessment()));
    doc.table(ScoringTables.selection(mapping.assessment().ranking(), mapping.priorityAreas()));
    doc.section("Field work: observe, discuss, interview, validate");
    doc.table(visits(mapping.visits()));
    for (FieldVisit v : mapping.visits()) {
      if (!v.findings().isEmpty()) {
        doc.lead(v.date() + ", " + v.place() + " (" + v.activity().label() + "):");
        doc.bullets(v.findings());
      }
    }
    for (Interview i : mapping.interviews()) {
      doc.table(interview(i));
    }
    if (!mapping.validated()) {
      doc.remark("The findings have not yet been validated with key informants and local authorities.");
    }
    doc.section("1. Main actors");
    doc.subsection("Producers");
    doc.paragraph(producersSummary(mapping.producers()));
    doc.table(producers(mapping.producers()));
    doc.subsection("Traders");
    doc.table(traders(mapping.traders()));
    doc.subsection("Input suppliers");
    doc.table(inputSuppliers(mapping.inputSuppliers()));
    if (!mapping.supporters().isEmpty()) {
      doc.subsection("Supporters");
      doc.bullets(mapping.supporters().stream().map(p -> p.actor().name() + " (" + p.actor().primaryRole().label() + ")"
          + (p.products().isEmpty() ? "" : ": " + String.join(", ", p.products()))).toList());
    }
    doc.subsection("Product flows");
    doc.table(flows(mapping.flows()));
    doc.subsection("Simplified gross margin per actor");
    doc.table(margins(mapping.profiles()));
    doc.section("2. Driving forces and leverage points");
    doc.lead("Driving forces:");
    doc.bullets(mapping.drivingForces());
    doc.lead("Leverage points:");
    doc.bullets(mapping.leveragePoints());
    doc.section("3. Constraints, opportunities and potential interventions");
    doc.lead("Constraints:");
    doc.bullets(mapping.constraints());
    doc.lead("Opportunities:");
    doc.bullets(mapping.opportunities());
    doc.lead("Potential interventions:");
    doc.bullets(mapping.interventions());
    return doc.build();
  }

  private static Table visits(List<FieldVisit> visits) {
    Table.Builder t = Table.builder("Field visits").column("Date", Table.Align.LEFT).column("Place", Table.Align.LEFT)
        .column("Activity", Table.Align.LEFT).column("Met", Table.Align.LEFT).column("Findings", Table.Align.RIGHT)
        .column("Interviews", Table.Align.RIGHT);
    for (FieldVisit v : visits) {
      t.row(v.date().toString(), v.place(), v.activity().label(), someNames(v.met()), Integer.toString(v.findings().size()),
          Integer.toString(v.interviews().size()));
    }
    return t.build();
  }

  private static Table interview(Interview i) {
    Table.Builder t = Table.builder("Interview of " + i.actor().name() + ", " + i.date() + " (guiding questions for "
        + i.guide().audience() + ", CHAIN guide Annex 2)").column("No.", Table.Align.RIGHT).column("Question", Table.Align.LEFT)
        .column("Answer", Table.Align.LEFT);
    i.answers().forEach((n, a) -> t.row(Integer.toString(n), i.guide().question(n), a));
    return t.note(i.answers().size() + " of " + i.guide().questions().size() + " questions answered.").build();
  }

  private static String producersSummary(List<ActorProfile> producers) {
    List<Area> land = producers.stream().flatMap(p -> p.actor().farm().stream()).map(f -> f.land()).sorted().toList();
    Map<String, Integer> crops = new TreeMap<>();
    producers.forEach(p -> p.productsOrCrops().forEach(c -> crops.merge(c, 1, Integer::sum)));
    StringBuilder s = new StringBuilder(producers.size() + " producers profiled");
    if (!land.isEmpty()) {
      s.append("; land ").append(land.get(0)).append(" to ").append(land.get(land.size() - 1)).append(", ")
          .append(Area.total(land)).append(" in all");
    }
    if (!crops.isEmpty()) {
      s.append("; crops: ").append(crops.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")")
          .collect(Collectors.joining(", ")));
    }
    return s.append('.').toString();
  }

  private static Table producers(List<ActorProfile> profiles) {
    Table.Builder t = Table.builder("").column("Producer", Table.Align.LEFT).column("Land", Table.Align.RIGHT)
        .column("Water source", Table.Align.LEFT).column("Crops", Table.Align.LEFT).column("Seasonality", Table.Align.LEFT)
        .column("Relationships", Table.Align.LEFT);
    for (ActorProfile p : profiles) {
      t.row(p.actor().name(), p.actor().farm().map(f -> f.land().toString()).orElse("–"),
          p.actor().farm().map(f -> f.waterSource()).filter(w -> !w.isEmpty()).orElse("–"),
          String.join(", ", p.productsOrCrops()), dash(p.seasonality()), names(p.relationships()));
    }
    return t.build();
  }

  private static Table traders(List<ActorProfile> profiles) {
    Table.Builder t = Table.builder("").column("Trader", Table.Align.LEFT).column("Volume/day", Table.Align.RIGHT)
        .column("Crops wanted", Table.Align.LEFT).column("Transport", Table.Align.LEFT).column("Collection area", Table.Align.LEFT)
        .column("Buyers", Table.Align.LEFT).column("Seasonality", Table.Align.LEFT);
    for (ActorProfile p : profiles) {
      t.row(p.actor().name(), p.volumePerDay().map(Object::toString).orElse("–"), String.join(", ", p.productsOrCrops()),
          dash(p.transport()), dash(p.area()), p.buyers().isEmpty() ? "–" : String.join("; ", p.buyers()), dash(p.seasonality()));
    }
    return t.build();
  }

  private static Table inputSuppliers(List<ActorProfile> profiles) {
    Table.Builder t = Table.builder("").column("Input supplier", Table.Align.LEFT).column("Range of inputs", Table.Align.LEFT)
        .column("Brands", Table.Align.LEFT).column("Shop location", Table.Align.LEFT).column("Supply terms", Table.Align.LEFT);
    for (ActorProfile p : profiles) {
      t.row(p.actor().name(), String.join(", ", p.productsOrCrops()), p.brands().isEmpty() ? "–" : String.join(", ", p.brands()),
          dash(p.area()), dash(p.terms()));
    }
    return t.build();
  }

  private static Table flows(List<ProductFlow> flows) {
    Table.Builder t = Table.builder("").column("From", Table.Align.LEFT).column("To", Table.Align.LEFT)
        .column("Product", Table.Align.LEFT).column("kg/day", Table.Align.RIGHT).column("Price", Table.Align.RIGHT);
    for (ProductFlow f : flows) {
      t.row(f.seller(), f.buyer(), f.product(), Table.number(f.perDay().toKilograms()), f.price().map(Object::toString).orElse("–"));
    }
    return t.build();
  }

  private static Table margins(List<ActorProfile> profiles) {
    Table.Builder t = Table.builder("").column("Actor", Table.Align.LEFT).column("Basis", Table.Align.LEFT)
        .column("Revenue", Table.Align.RIGHT).column("Variable costs", Table.Align.RIGHT)
        .column("Simplified gross margin", Table.Align.RIGHT).column("Per kg or per ha", Table.Align.RIGHT);
    int none = 0;
    for (ActorProfile p : profiles) {
      if (p.budget().isPresent()) {
        GrossMargin m = p.budget().get().margin();
        t.row(p.actor().name(), p.budget().get().crop() + " on " + p.budget().get().area(), m.revenue().toString(),
            m.variableCost().toString(), m.sgm().toString(), m.perHectare().rounded(RoundingMode.HALF_EVEN) + "/ha");
      } else if (p.trade().isPresent()) {
        ChainFlow.Stage s = p.trade().get();
        t.row(p.actor().name(), s.bought() + " bought at " + s.buyPrice() + ", sold at " + s.sellPrice(), s.revenue().toString(),
            s.costs().toString(), s.margin().toString(),
            s.marginPerKilogram().map(k -> k.rounded(RoundingMode.HALF_EVEN) + " (rounded)").orElse("–"));
      } else {
        none++;
      }
    }
    if (none > 0) {
      t.note(none + " profiled actors have no crop budget or trade margin recorded.");
    }
    return t.note("Farmers: revenue less variable costs of one crop cycle (simplified gross margin); traders: sales less "
        + "purchases and own costs of the volume handled.").build();
  }

  /**
   * The record of the selection and mobilisation meeting (CHAIN guide §5.2): the pros and cons
   * presented, the vote, the sign-ups, the Annex 4 scoring of the priority areas by stakeholder
   * category, the areas selected and the groups formed with their representatives.
   */
  public static Document selectionRecord(ClusterFormation formation, Cluster cluster) {
    notNull(formation, "formation");
    notNull(cluster, "cluster");
    Document.Builder doc = Document.builder("Cluster selection and mobilisation: " + cluster.name());
    doc.paragraph("Meeting:", formation.date() + ", " + formation.place() + ".");
    doc.section("Advantages and disadvantages presented");
    doc.lead("Advantages:");
    doc.bullets(formation.advantages());
    doc.lead("Disadvantages:");
    doc.bullets(formation.disadvantages());
    doc.section("Decision to form the cluster");
    doc.paragraph(formation.votesFor().size() + " voted for and " + formation.votesAgainst().size() + " against: the cluster is "
        + (formation.formed() ? "formed" : "not formed") + ". " + formation.signUps().size() + " signed up with the facilitator"
        + (formation.notPlaced().isEmpty() ? "." : "; " + formation.notPlaced().size()
            + " of them farm in areas not selected and may join as the cluster grows."));
    if (!formation.votesAgainst().isEmpty()) {
      doc.paragraph("Against:", names(formation.votesAgainst()) + ".");
    }
    doc.section("Scoring of the priority areas (Annex 4 criteria, 1 low … 5 high)");
    doc.paragraph("Scorers by stakeholder category: " + formation.scorersByCategory().entrySet().stream()
        .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")) + ".");
    doc.table(ScoringTables.scorecard(formation.selectionScores()));
    doc.table(ScoringTables.selection(formation.selectionScores().ranking(), formation.selectedAreas()));
    doc.section("Groups formed");
    Table.Builder t = Table.builder("").column("Group", Table.Align.LEFT).column("Members", Table.Align.RIGHT)
        .column("Women", Table.Align.RIGHT).column("Land", Table.Align.RIGHT).column("Representative", Table.Align.LEFT);
    for (ProducerGroup g : cluster.groups()) {
      t.row(g.name(), Integer.toString(g.members().size()), Long.toString(g.members().stream().filter(Actor::isWoman).count()),
          Area.total(g.members().stream().flatMap(a -> a.farm().stream()).map(f -> f.land()).toList()).toString(),
          names(g.committee()));
    }
    doc.table(t.build());
    doc.paragraph("Other members:", cluster.directActors().isEmpty() ? "none." : cluster.directActors().stream()
        .map(a -> a.name() + " (" + a.primaryRole().label() + ")").collect(Collectors.joining(", ")) + ".");
    return doc.build();
  }

  /**
   * The MSP meeting document (CHAIN guide §5.3): the agenda with times, responsible actors and
   * presenters by part (Annex 5), attendance by category and gender, decisions and actions.
   */
  public static Document meetingDocument(Cluster cluster, Meeting meeting) {
    notNull(cluster, "cluster");
    notNull(meeting, "meeting");
    Document.Builder doc = Document.builder("Multi-stakeholder platform meeting: " + cluster.name());
    doc.paragraph("Date and place:", meeting.date() + ", " + meeting.place() + ".");
    doc.section("Agenda");
    Table.Builder t = Table.builder("").column("Time", Table.Align.LEFT).column("Activity", Table.Align.LEFT)
        .column("Responsible", Table.Align.LEFT).column("Presenters", Table.Align.LEFT);
    String part = "";
    for (Meeting.AgendaItem item : meeting.agenda()) {
      if (!item.part().equals(part) && !item.part().isEmpty()) {
        t.row("", item.part(), "", "");
      }
      part = item.part();
      t.row(item.start() + "–" + item.end(), item.title(), item.responsible(), item.presenters().isEmpty() ? "" : names(item.presenters()));
    }
    doc.table(t.build());
    doc.section("Attendance");
    doc.paragraph(attendance(meeting));
    doc.section("Decisions");
    doc.bullets(meeting.decisions());
    if (!meeting.actions().isEmpty()) {
      doc.section("Actions");
      doc.table(actions(meeting.actions(), meeting.date()));
    }
    return doc.build();
  }

  /**
   * The collective-business-strategy report of a working file, after its first meeting, in the
   * outline of the CHAIN guide §5.3 step 13.
   *
   * @throws IllegalArgumentException if the file has no meeting
   */
  public static Document strategyReport(Cluster cluster, WorkingFile file) {
    notNull(cluster, "cluster");
    notNull(file, "file");
    return strategyReport(cluster, firstMeeting(file), file.propositions(), file.strategy(), null);
  }

  /**
   * The collective-business-strategy report of a working file with the production value propositions
   * checked against a plan week by week, and the plan's supply chart for each proposition's crop.
   *
   * @throws IllegalArgumentException if the file has no meeting
   */
  public static Document strategyReport(Cluster cluster, WorkingFile file, Plan plan) {
    notNull(cluster, "cluster");
    notNull(file, "file");
    notNull(plan, "plan");
    return strategyReport(cluster, firstMeeting(file), file.propositions(), file.strategy(), plan);
  }

  private static Meeting firstMeeting(WorkingFile file) {
    if (file.meetings().isEmpty()) {
      throw Check.refusal("Meetings of the working file behind a strategy report", "at least one (the first MSP meeting)", "none");
    }
    return file.meetings().get(0);
  }

  /**
   * The collective-business-strategy report in the outline of the CHAIN guide §5.3 step 13: 1
   * Introduction (1.1 cluster approach, 1.2 cluster presentation, 1.3 methodology), 2 Actual situation
   * and problem statement (2.1 local production, 2.2 local marketing, 2.3 local support, 2.4 problem
   * statement), 3 Business opportunity and solution statement (3.1 production value proposition, 3.2
   * marketing value proposition, 3.3 solution statement), 4 Conclusion and initial cluster planning
   * (4.1 vision, 4.2 short-term strategic priorities). Every figure is computed from the cluster, the
   * meeting, the propositions and the strategy.
   */
  public static Document strategyReport(Cluster cluster, Meeting meeting, List<ValueProposition> propositions,
      CollectiveStrategy strategy) {
    notNull(cluster, "cluster");
    notNull(meeting, "meeting");
    notNull(propositions, "propositions");
    notNull(strategy, "strategy");
    return strategyReport(cluster, meeting, propositions, strategy, null);
  }

  private static Document strategyReport(Cluster cluster, Meeting meeting, List<ValueProposition> propositions,
      CollectiveStrategy strategy, Plan planOrNull) {
    Document.Builder doc = Document.builder("Collective business strategy: " + cluster.name());
    doc.section("1 Introduction").subsection("1.1 Cluster approach");
    doc.paragraph("An agribusiness cluster brings together the farmers, traders, input suppliers and supporters of one "
        + "product in one area, so that they plan production and sales together and do business on agreed terms "
        + "(CHAIN guide §4).");
    doc.subsection("1.2 Cluster presentation").bullets(presentation(cluster));
    doc.subsection("1.3 Business dialogue facilitation: methodology");
    doc.paragraph("The first multi-stakeholder platform meeting was held on " + meeting.date() + " at " + meeting.place()
        + " with " + meeting.attendees().size() + " participants, over an agenda of " + meeting.agenda().size()
        + " items: market potential and problems, value propositions, a common vision and next steps.");
    doc.paragraph(attendance(meeting));
    doc.section("2 Actual situation and problem statement").subsection("2.1 Local production");
    doc.paragraph(production(cluster));
    doc.subsection("2.2 Local marketing");
    doc.bullets(actorsWith(cluster, ChainFunction.MARKETING));
    doc.subsection("2.3 Local support for value chain development");
    doc.bullets(actorsWith(cluster, ChainFunction.SUPPORT));
    List<ValueProposition> offers = propositions.stream()
        .filter(p -> p.direction() == Direction.SUPPORT_OFFER || p.direction() == Direction.INPUT_SUPPLY).toList();
    if (!offers.isEmpty()) {
      doc.lead("Offers of inputs and support made at the meeting:").table(propositions(offers));
    }
    doc.subsection("2.4 Problem statement").paragraph(strategy.problem());
    doc.section("3 Business opportunity and solution statement").subsection("3.1 Production value proposition");
    List<ValueProposition> production = propositions.stream().filter(p -> p.direction() == Direction.PRODUCTION_TO_MARKETING).toList();
    doc.table(propositions(production));
    if (planOrNull != null) {
      DeliveryCheck check = DeliveryCheck.of(propositions, planOrNull.balance().supply());
      doc.paragraph("Checked against the planned supply calendar:", check.undeliverable().size()
          + " proposition-weeks in which a production offer exceeds the planned supply"
          + check.undeliverable().stream().map(DeliveryCheck.Gap::missing).reduce((a, b) -> a.plus(b))
              .map(m -> " (" + kg(m) + " short in all)").orElse("")
          + "; " + check.unmetDemand().size() + " proposition-weeks in which a buyer's want is not covered by the production offers"
          + check.unmetDemand().stream().map(DeliveryCheck.Gap::missing).reduce((a, b) -> a.plus(b))
              .map(m -> " (" + kg(m) + " uncovered in all)").orElse("") + ".");
      for (String crop : production.stream().flatMap(p -> p.crop().stream()).distinct().toList()) {
        if (planOrNull.balance().crops().contains(crop)) {
          doc.chart(CalendarTables.svg(planOrNull, crop), crop + ": planned weekly supply against demand");
        }
      }
    }
    doc.subsection("3.2 Marketing value proposition")
        .table(propositions(propositions.stream().filter(p -> p.direction() == Direction.MARKETING_TO_PRODUCTION).toList()));
    doc.subsection("3.3 Solution statement").paragraph(strategy.solution());
    commitments(doc, "Production strategy", strategy.production(), 4);
    commitments(doc, "Marketing strategy", strategy.marketing(), 4);
    commitments(doc, "Support strategy", strategy.support(), 4);
    doc.minorHeading("Questions of step 12");
    doc.bullets(CollectiveStrategy.QUESTIONS.stream().map(q -> q + " — " + strategy.answer(q).orElse("open")).toList());
    doc.section("4 Conclusion and initial cluster planning").subsection("4.1 Vision").paragraph(strategy.vision());
    doc.subsection("4.2 Short-term strategic priorities").bullets(strategy.priorities());
    doc.lead("Decisions of the meeting:").bullets(meeting.decisions());
    if (!meeting.actions().isEmpty()) {
      doc.table(actions(meeting.actions(), meeting.date()));
    }
    return doc.build();
  }

  private static List<String> presentation(Cluster cluster) {
    List<String> s = new ArrayList<>();
    s.add("Location: " + (cluster.locations().isEmpty() ? "not recorded" : cluster.locations().get(0).describe()));
    s.add("Product: " + cluster.commodity());
    s.add("Producers: " + cluster.groups().stream().mapToInt(g -> g.members().size()).sum() + " farmers in "
        + cluster.groups().size() + " groups");
    for (StakeholderCategory c : StakeholderCategory.values()) {
      long n = cluster.directActors().stream().filter(a -> a.primaryRole().category() == c).count();
      if (n > 0) {
        s.add(capitalise(c.label()) + "s outside the groups: " + n);
      }
    }
    return s;
  }

  private static String production(Cluster cluster) {
    List<Actor> farmers = cluster.groups().stream().flatMap(g -> g.members().stream()).toList();
    long withFarm = farmers.stream().filter(a -> a.farm().isPresent()).count();
    Map<String, Long> crops = new TreeMap<>();
    farmers.forEach(a -> a.farm().ifPresent(f -> f.crops().forEach(c -> crops.merge(c, 1L, Long::sum))));
    StringBuilder s = new StringBuilder();
    s.append(farmers.size()).append(" farmers in ").append(cluster.groups().size()).append(" producer groups; ").append(withFarm)
        .append(" with a recorded farm, ").append(cluster.totalFarmLand()).append(" in all.");
    if (!crops.isEmpty()) {
      s.append(" Crops grown (farmers): ").append(crops.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")")
          .collect(Collectors.joining(", "))).append('.');
    }
    return s.toString();
  }

  private static List<String> actorsWith(Cluster cluster, ChainFunction function) {
    return cluster.directActors().stream().filter(a -> a.functions().contains(function))
        .map(a -> a.name() + " (" + a.primaryRole().label() + ")" + a.contact().workplace().map(w -> ", " + w).orElse(""))
        .toList();
  }

  /**
   * The cluster working document (CHAIN guide Annex 6) of a {@link WorkingFile}: cluster
   * preparation (with the cluster's development step and each group's stage), rationale, strategy,
   * updates from meetings and backstopping visits, actions, and the contact annex.
   */
  public static Document workingDocument(Cluster cluster, WorkingFile file, LocalDate asOf) {
    notNull(cluster, "cluster");
    notNull(file, "file");
    notNull(asOf, "asOf");
    Document.Builder doc = Document.builder("Cluster working document: " + cluster.name());
    doc.remark("Kept up to date during backstopping; this version as of " + asOf + ". Development step "
        + cluster.step().number() + ": " + cluster.step().label() + ".");
    doc.section("Cluster preparation");
    List<String> prep = new ArrayList<>();
    prep.add("Location: " + (cluster.locations().isEmpty() ? "not recorded" : cluster.locations().get(0).describe()));
    prep.add("Producers: " + cluster.groups().stream().mapToInt(g -> g.members().size()).sum() + " farmers in "
        + cluster.groups().size() + " groups" + cluster.groups().stream().map(g -> "; " + g.name() + " (" + g.members().size()
            + ", " + g.currentStage().name().toLowerCase(Locale.ROOT) + ")").collect(Collectors.joining()));
    for (StakeholderCategory c : StakeholderCategory.values()) {
      List<Actor> nonFarmers = cluster.directActors().stream().filter(a -> a.primaryRole().category() == c).toList();
      if (!nonFarmers.isEmpty()) {
        prep.add(capitalise(c.label()) + "s: " + nonFarmers.stream().map(a -> a.name() + " (" + a.primaryRole().label() + ")")
            .collect(Collectors.joining(", ")));
      }
    }
    doc.bullets(prep);
    doc.section("Rationale").paragraph(file.rationale());
    CollectiveStrategy strategy = file.strategy();
    doc.section("Collective business strategy").paragraph("Vision.", strategy.vision());
    commitments(doc, "Production", strategy.production(), 3);
    commitments(doc, "Marketing", strategy.marketing(), 3);
    commitments(doc, "Support", strategy.support(), 3);
    doc.subsection("Value propositions").table(propositions(file.propositions()));
    doc.section("Updates");
    List<Object> updates = new ArrayList<>();
    updates.addAll(file.meetings());
    updates.addAll(file.visits());
    updates.sort(java.util.Comparator.comparing(u -> u instanceof Meeting m ? m.date() : ((FieldVisit) u).date()));
    for (Object u : updates) {
      if (u instanceof Meeting m) {
        doc.subsection(m.date() + " — MSP meeting, " + m.place()).paragraph(attendance(m)).bullets(m.decisions());
      } else {
        FieldVisit v = (FieldVisit) u;
        doc.subsection(v.date() + " — " + v.activity().label() + " visit, " + v.place())
            .paragraph("Met:", v.met().isEmpty() ? "nobody recorded." : names(v.met()) + ".").bullets(v.findings());
      }
    }
    if (!file.actions().isEmpty()) {
      doc.table(actions(file.actions(), asOf));
    }
    doc.section("Annex: contact list").table(ClusterTables.actorsByCategory(cluster));
    return doc.build();
  }

  private static String attendance(Meeting m) {
    StringBuilder s = new StringBuilder("Attendance by category: ");
    m.attendanceByCategory().forEach((c, n) -> s.append(c.label()).append(' ').append(n).append("; "));
    s.append("by gender: ");
    m.attendanceByGender().forEach((g, n) -> s.append(g.name().toLowerCase(Locale.ROOT)).append(' ').append(n).append("; "));
    s.append("women spoke: ").append(m.womenSpoke() ? "yes" : "no").append('.');
    return s.toString();
  }

  private static Table propositions(List<ValueProposition> propositions) {
    Table.Builder t = Table.builder("").column("From", Table.Align.LEFT).column("To", Table.Align.LEFT)
        .column("Offer", Table.Align.LEFT).column("Volume", Table.Align.RIGHT).column("Price", Table.Align.LEFT)
        .column("Pitch", Table.Align.LEFT);
    for (ValueProposition p : propositions) {
      t.row(p.proposer().name(), p.targets().isEmpty() ? "all" : names(p.targets()),
          p.offer() + p.grade().map(g -> " (grade " + g + ")").orElse(""),
          p.volumePerWeek().map(v -> v + "/week").orElse(""), p.priceTerms().toString(), p.pitch());
    }
    if (propositions.isEmpty()) {
      t.note("None recorded.");
    }
    return t.build();
  }

  private static void commitments(Document.Builder doc, String title, List<Commitment> commitments, int level) {
    if (level == 4) {
      doc.minorHeading(title);
    } else {
      doc.subsection(title);
    }
    if (commitments.isEmpty()) {
      doc.remark("None yet.");
    } else {
      doc.bullets(commitments.stream().map(Commitment::toString).toList());
    }
  }

  private static Table actions(List<Action> actions, LocalDate asOf) {
    Table.Builder t = Table.builder("Actions").column("Id", Table.Align.LEFT).column("Action", Table.Align.LEFT)
        .column("Responsible", Table.Align.LEFT).column("Due", Table.Align.LEFT).column("Status", Table.Align.LEFT)
        .column("Last follow-up", Table.Align.LEFT);
    for (Action a : actions) {
      Action.Update last = a.history().get(a.history().size() - 1);
      t.row(a.id(), a.description(), a.owner().name(), a.due().toString(),
          a.status().name().toLowerCase(Locale.ROOT).replace('_', ' ') + (a.isOverdue(asOf) ? " — OVERDUE" : ""),
          last.date() + ": " + last.note());
    }
    return t.build();
  }

  private static String names(List<Actor> actors) {
    return actors.isEmpty() ? "–" : actors.stream().map(Actor::name).collect(Collectors.joining(", "));
  }

  /** Up to five names; a longer list as its first three and how many more. */
  private static String someNames(List<Actor> actors) {
    return actors.size() <= 5 ? names(actors) : names(actors.subList(0, 3)) + " and " + (actors.size() - 3) + " more";
  }

  private static String kg(org.agricluster.measure.Mass mass) {
    return Table.number(mass.toKilograms().setScale(0, RoundingMode.HALF_EVEN)) + " kg";
  }

  private static String dash(String text) {
    return text.isEmpty() ? "–" : text;
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
