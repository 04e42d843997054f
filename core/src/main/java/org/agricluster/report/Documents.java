package org.agricluster.report;

import static org.agricluster.internal.Check.notNull;

import java.time.LocalDate;
import java.util.List;
import org.agricluster.actor.Actor;
import org.agricluster.actor.StakeholderCategory;
import org.agricluster.cluster.Cluster;
import org.agricluster.strategy.Action;
import org.agricluster.strategy.CollectiveStrategy;
import org.agricluster.strategy.Commitment;
import org.agricluster.strategy.Direction;
import org.agricluster.strategy.Meeting;
import org.agricluster.strategy.ValueProposition;
import org.agricluster.strategy.WorkingFile;

/**
 * The cluster's documents in Markdown, built from the model: the rapid-mapping report (CHAIN Annex
 * 3), the collective-business-strategy report (§5.3 step 13) and the cluster working document
 * (Annex 6) kept up to date during backstopping. Every actor, proposition and action of the model
 * appears in the document that covers it.
 */
public final class Documents {
  private Documents() {}

  /**
   * The rapid-mapping report (Annex 3 outline): main actors by category, driving forces and leverage
   * points, constraints, opportunities and interventions.
   */
  public static String rapidMappingReport(Cluster cluster, List<String> drivingForces, List<String> constraints,
      List<String> opportunities, List<String> interventions) {
    notNull(cluster, "cluster");
    notNull(drivingForces, "drivingForces");
    notNull(constraints, "constraints");
    notNull(opportunities, "opportunities");
    notNull(interventions, "interventions");
    StringBuilder md = new StringBuilder("# Rapid mapping report: " + cluster.name() + "\n\n");
    md.append("Commodity: ").append(cluster.commodity()).append(". Location: ")
        .append(cluster.locations().isEmpty() ? "not recorded" : cluster.locations().get(0).describe()).append(".\n\n");
    md.append("## 1. Main actors\n\n").append(ClusterTables.actorsByCategory(cluster).toMarkdown()).append('\n');
    md.append("## 2. Driving forces and leverage points\n\n").append(bullets(drivingForces));
    md.append("## 3. Constraints, opportunities and potential interventions\n\n");
    md.append("**Constraints**\n\n").append(bullets(constraints));
    md.append("**Opportunities**\n\n").append(bullets(opportunities));
    md.append("**Potential interventions**\n\n").append(bullets(interventions));
    return md.toString();
  }

  /**
   * The collective-business-strategy report of a working file, after its first meeting, in the
   * outline of the CHAIN guide §5.3 step 13.
   *
   * @throws IllegalArgumentException if the file has no meeting
   */
  public static String strategyReport(Cluster cluster, WorkingFile file) {
    notNull(cluster, "cluster");
    notNull(file, "file");
    if (file.meetings().isEmpty()) {
      throw org.agricluster.internal.Check.refusal("Meetings of the working file behind a strategy report",
          "at least one (the first MSP meeting)", "none");
    }
    return strategyReport(cluster, file.meetings().get(0), file.propositions(), file.strategy());
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
  public static String strategyReport(Cluster cluster, Meeting meeting, List<ValueProposition> propositions,
      CollectiveStrategy strategy) {
    notNull(cluster, "cluster");
    notNull(meeting, "meeting");
    notNull(propositions, "propositions");
    notNull(strategy, "strategy");
    StringBuilder md = new StringBuilder("# Collective business strategy: " + cluster.name() + "\n\n");
    md.append("## 1 Introduction\n\n### 1.1 Cluster approach\n\n")
        .append("An agribusiness cluster brings together the farmers, traders, input suppliers and supporters of one ")
        .append("product in one area, so that they plan production and sales together and do business on agreed terms ")
        .append("(CHAIN guide §4).\n\n");
    md.append("### 1.2 Cluster presentation\n\n").append(presentation(cluster)).append('\n');
    md.append("### 1.3 Business dialogue facilitation: methodology\n\nThe first multi-stakeholder platform meeting was held on ")
        .append(meeting.date()).append(" at ").append(meeting.place()).append(" with ").append(meeting.attendees().size())
        .append(" participants, over an agenda of ").append(meeting.agenda().size())
        .append(" items: market potential and problems, value propositions, a common vision and next steps.\n\n")
        .append(attendance(meeting)).append('\n');
    md.append("## 2 Actual situation and problem statement\n\n### 2.1 Local production\n\n").append(production(cluster));
    md.append("### 2.2 Local marketing\n\n").append(actorsWith(cluster, org.agricluster.actor.ChainFunction.MARKETING,
        "No trader or buyer is recorded in the cluster."));
    md.append("### 2.3 Local support for value chain development\n\n").append(supporters(cluster, propositions));
    md.append("### 2.4 Problem statement\n\n").append(orOpen(strategy.problem())).append("\n\n");
    md.append("## 3 Business opportunity and solution statement\n\n### 3.1 Production value proposition\n\n")
        .append(propositions(propositions.stream().filter(p -> p.direction() == Direction.PRODUCTION_TO_MARKETING).toList()));
    md.append("### 3.2 Marketing value proposition\n\n")
        .append(propositions(propositions.stream().filter(p -> p.direction() == Direction.MARKETING_TO_PRODUCTION).toList()));
    md.append("### 3.3 Solution statement\n\n").append(orOpen(strategy.solution())).append("\n\n");
    md.append(commitments("Production strategy", strategy.production()).replace("### ", "#### "));
    md.append(commitments("Marketing strategy", strategy.marketing()).replace("### ", "#### "));
    md.append(commitments("Support strategy", strategy.support()).replace("### ", "#### "));
    md.append("#### Questions of step 12\n\n");
    for (String q : CollectiveStrategy.QUESTIONS) {
      md.append("- ").append(q).append(" — ").append(strategy.answer(q).orElse("*open*")).append('\n');
    }
    md.append("\n## 4 Conclusion and initial cluster planning\n\n### 4.1 Vision\n\n").append(orOpen(strategy.vision()))
        .append("\n\n### 4.2 Short-term strategic priorities\n\n").append(bullets(strategy.priorities()));
    md.append("Decisions of the meeting:\n\n").append(bullets(meeting.decisions()));
    md.append(actions(meeting.actions(), meeting.date()));
    return md.toString();
  }

  private static String presentation(Cluster cluster) {
    StringBuilder s = new StringBuilder();
    s.append("- Location: ").append(cluster.locations().isEmpty() ? "not recorded" : cluster.locations().get(0).describe())
        .append('\n');
    s.append("- Product: ").append(cluster.commodity()).append('\n');
    s.append("- Producers: ").append(cluster.groups().stream().mapToInt(g -> g.members().size()).sum()).append(" farmers in ")
        .append(cluster.groups().size()).append(" groups\n");
    for (StakeholderCategory c : StakeholderCategory.values()) {
      long n = cluster.directActors().stream().filter(a -> a.primaryRole().category() == c).count();
      if (n > 0) {
        s.append("- ").append(capitalise(c.label())).append("s outside the groups: ").append(n).append('\n');
      }
    }
    return s.toString();
  }

  private static String production(Cluster cluster) {
    List<Actor> farmers = cluster.groups().stream().flatMap(g -> g.members().stream()).toList();
    long withFarm = farmers.stream().filter(a -> a.farm().isPresent()).count();
    java.util.Map<String, Long> crops = new java.util.TreeMap<>();
    farmers.forEach(a -> a.farm().ifPresent(f -> f.crops().forEach(c -> crops.merge(c, 1L, Long::sum))));
    StringBuilder s = new StringBuilder();
    s.append(farmers.size()).append(" farmers in ").append(cluster.groups().size()).append(" producer groups; ").append(withFarm)
        .append(" with a recorded farm, ").append(cluster.totalFarmLand()).append(" in all.\n\n");
    if (!crops.isEmpty()) {
      s.append("Crops grown (farmers): ");
      crops.forEach((c, n) -> s.append(c).append(" (").append(n).append("), "));
      s.setLength(s.length() - 2);
      s.append(".\n\n");
    }
    return s.toString();
  }

  private static String actorsWith(Cluster cluster, org.agricluster.actor.ChainFunction function, String none) {
    List<Actor> actors = cluster.directActors().stream().filter(a -> a.functions().contains(function)).toList();
    if (actors.isEmpty()) {
      return none + "\n\n";
    }
    StringBuilder s = new StringBuilder();
    actors.forEach(a -> s.append("- ").append(a.name()).append(" (").append(a.primaryRole().label()).append(")")
        .append(a.contact().workplace().map(w -> ", " + w).orElse("")).append('\n'));
    return s.append('\n').toString();
  }

  private static String supporters(Cluster cluster, List<ValueProposition> propositions) {
    StringBuilder s = new StringBuilder(actorsWith(cluster, org.agricluster.actor.ChainFunction.SUPPORT,
        "No supporter is recorded in the cluster."));
    List<ValueProposition> offers = propositions.stream()
        .filter(p -> p.direction() == Direction.SUPPORT_OFFER || p.direction() == Direction.INPUT_SUPPLY).toList();
    if (!offers.isEmpty()) {
      s.append("Offers of inputs and support made at the meeting:\n\n").append(propositions(offers));
    }
    return s.toString();
  }

  /**
   * The cluster working document (CHAIN guide Annex 6) of a {@link WorkingFile}: cluster
   * preparation, rationale, strategy, updates from backstopping, and the contact annex.
   */
  public static String workingDocument(Cluster cluster, WorkingFile file, LocalDate asOf) {
    notNull(file, "file");
    return workingDocument(cluster, file.rationale(), file.strategy(), file.propositions(), file.meetings(), file.actions(), asOf);
  }

  /**
   * The cluster working document (Annex 6): cluster preparation, rationale, strategy, updates from
   * backstopping, and the contact annex.
   */
  public static String workingDocument(Cluster cluster, String rationale, CollectiveStrategy strategy,
      List<ValueProposition> propositions, List<Meeting> meetings, List<Action> actions, LocalDate asOf) {
    notNull(cluster, "cluster");
    notNull(rationale, "rationale");
    notNull(strategy, "strategy");
    notNull(propositions, "propositions");
    notNull(meetings, "meetings");
    notNull(actions, "actions");
    notNull(asOf, "asOf");
    StringBuilder md = new StringBuilder("# Cluster working document: " + cluster.name() + "\n\n");
    md.append("*Kept up to date during backstopping; this version as of ").append(asOf).append(". Development step ")
        .append(cluster.step().number()).append(": ").append(cluster.step().label()).append(".*\n\n");
    md.append("## Cluster preparation\n\n");
    md.append("- Location: ").append(cluster.locations().isEmpty() ? "not recorded" : cluster.locations().get(0).describe())
        .append('\n');
    md.append("- Producers: ").append(cluster.groups().stream().mapToInt(g -> g.members().size()).sum())
        .append(" farmers in ").append(cluster.groups().size()).append(" groups");
    cluster.groups().forEach(g -> md.append("; ").append(g.name()).append(" (").append(g.members().size()).append(")"));
    md.append('\n');
    for (StakeholderCategory c : StakeholderCategory.values()) {
      List<Actor> nonFarmers = cluster.directActors().stream().filter(a -> a.primaryRole().category() == c).toList();
      if (!nonFarmers.isEmpty()) {
        md.append("- ").append(capitalise(c.label())).append("s: ")
            .append(String.join(", ", nonFarmers.stream().map(a -> a.name() + " (" + a.primaryRole().label() + ")").toList()))
            .append('\n');
      }
    }
    md.append('\n').append("## Rationale\n\n").append(orOpen(rationale)).append("\n\n");
    md.append("## Collective business strategy\n\n**Vision.** ").append(orOpen(strategy.vision())).append("\n\n");
    md.append(commitments("Production", strategy.production()));
    md.append(commitments("Marketing", strategy.marketing()));
    md.append(commitments("Support", strategy.support()));
    md.append("### Value propositions\n\n").append(propositions(propositions));
    md.append("## Updates\n\n");
    for (Meeting m : meetings) {
      md.append("### ").append(m.date()).append(" — ").append(m.place()).append("\n\n").append(attendance(m)).append('\n')
          .append(bullets(m.decisions()));
    }
    md.append(actions(actions, asOf));
    md.append("## Annex: contact list\n\n").append(ClusterTables.actorsByCategory(cluster).toMarkdown());
    return md.toString();
  }

  private static String attendance(Meeting m) {
    StringBuilder s = new StringBuilder("Attendance by category: ");
    m.attendanceByCategory().forEach((c, n) -> s.append(c.label()).append(' ').append(n).append("; "));
    s.append("by gender: ");
    m.attendanceByGender().forEach((g, n) -> s.append(g.name().toLowerCase(java.util.Locale.ROOT)).append(' ').append(n).append("; "));
    s.append("women spoke: ").append(m.womenSpoke() ? "yes" : "no").append(".\n");
    return s.toString();
  }

  private static String propositions(List<ValueProposition> propositions) {
    if (propositions.isEmpty()) {
      return "*None recorded.*\n\n";
    }
    Table.Builder t = Table.builder("").column("From", Table.Align.LEFT).column("To", Table.Align.LEFT)
        .column("Offer", Table.Align.LEFT).column("Volume", Table.Align.RIGHT).column("Price", Table.Align.LEFT)
        .column("Pitch", Table.Align.LEFT);
    for (ValueProposition p : propositions) {
      t.row(p.proposer().name(), p.targets().isEmpty() ? "all" : String.join(", ", p.targets().stream().map(Actor::name).toList()),
          p.offer() + p.grade().map(g -> " (grade " + g + ")").orElse(""),
          p.volumePerWeek().map(v -> v + "/week").orElse(""), p.priceTerms().toString(), p.pitch());
    }
    return t.build().toMarkdown() + "\n";
  }

  private static String commitments(String title, List<Commitment> commitments) {
    StringBuilder s = new StringBuilder("### " + title + "\n\n");
    if (commitments.isEmpty()) {
      return s.append("*None yet.*\n\n").toString();
    }
    commitments.forEach(c -> s.append("- ").append(c).append('\n'));
    return s.append('\n').toString();
  }

  private static String actions(List<Action> actions, LocalDate asOf) {
    if (actions.isEmpty()) {
      return "";
    }
    Table.Builder t = Table.builder("Actions").column("Id", Table.Align.LEFT).column("Action", Table.Align.LEFT)
        .column("Responsible", Table.Align.LEFT).column("Due", Table.Align.LEFT).column("Status", Table.Align.LEFT)
        .column("Last follow-up", Table.Align.LEFT);
    for (Action a : actions) {
      Action.Update last = a.history().get(a.history().size() - 1);
      t.row(a.id(), a.description(), a.owner().name(), a.due().toString(),
          a.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + (a.isOverdue(asOf) ? " — OVERDUE" : ""),
          last.date() + ": " + last.note());
    }
    return t.build().toMarkdown() + "\n";
  }

  private static String bullets(List<String> items) {
    if (items.isEmpty()) {
      return "*None recorded.*\n\n";
    }
    StringBuilder s = new StringBuilder();
    items.forEach(i -> s.append("- ").append(i).append('\n'));
    return s.append('\n').toString();
  }

  private static String orOpen(String text) {
    return text.isBlank() ? "*open*" : text;
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
