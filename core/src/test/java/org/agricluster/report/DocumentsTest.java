package org.agricluster.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.agricluster.PropertyTests.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.agricluster.actor.Actor;
import org.agricluster.actor.Role;
import org.agricluster.cluster.Cluster;
import org.agricluster.cluster.GroupStage;
import org.agricluster.cluster.ProducerGroup;
import org.agricluster.strategy.Action;
import org.agricluster.strategy.CollectiveStrategy;
import org.agricluster.strategy.Commitment;
import org.agricluster.strategy.Direction;
import org.agricluster.strategy.Meeting;
import org.agricluster.strategy.ValueProposition;
import org.agricluster.strategy.WorkingFile;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

class DocumentsTest {
  static final LocalDate DAY = LocalDate.of(2024, 2, 20);

  @Test
  void renderingIsTotal_andEveryActorActionAndPropositionAppears() {
    List<Role> supportRoles = List.of(Role.EXTENSION_AGENT, Role.NGO, Role.FINANCIAL_INSTITUTION, Role.LOCAL_AUTHORITY);
    qt(50).forAll(SourceDSL.integers().between(0, 12), SourceDSL.integers().between(0, 4),
        SourceDSL.lists().of(Generate.pick(supportRoles)).ofSizeBetween(0, 4), SourceDSL.integers().between(0, 5))
        .checkAssert((farmers, traders, supporters, actions) -> {
          List<Actor> members = new ArrayList<>();
          for (int i = 0; i < farmers; i++) {
            members.add(Actor.of("f" + i, "Farmer " + i, Role.FARMER));
          }
          Cluster.Builder cb = Cluster.builder("Test cluster", "vegetables");
          if (!members.isEmpty()) {
            cb.addGroup(ProducerGroup.builder("PG", "Group").members(members).addStage(GroupStage.FORMING, DAY).build());
          }
          List<Actor> direct = new ArrayList<>();
          for (int i = 0; i < traders; i++) {
            direct.add(Actor.of("t" + i, "Trader " + i, Role.COLLECTOR_TRADER));
          }
          for (int i = 0; i < supporters.size(); i++) {
            direct.add(Actor.of("s" + i, "Supporter " + i, supporters.get(i)));
          }
          Cluster cluster = cb.directActors(direct).build();
          List<ValueProposition> props = new ArrayList<>();
          for (int i = 0; i < traders && !members.isEmpty(); i++) {
            props.add(ValueProposition.builder().proposer(direct.get(i)).addTargets(members.get(0))
                .direction(Direction.MARKETING_TO_PRODUCTION).offer("offer " + i).pitch("pitch " + i).build());
          }
          List<Action> acts = new ArrayList<>();
          for (int i = 0; i < actions && !direct.isEmpty(); i++) {
            acts.add(Action.of("A" + i, "action " + i, direct.get(i % direct.size()), DAY.plusDays(10), DAY));
          }
          Meeting meeting = Meeting.builder(DAY, "hall").attendees(cluster.actors()).build();
          CollectiveStrategy strategy = CollectiveStrategy.builder().vision("v").build();
          WorkingFile file = WorkingFile.builder().strategy(strategy).propositions(props).addMeetings(meeting).actions(acts).build();
          Document working = Documents.workingDocument(cluster, file, DAY.plusDays(20));
          Document report = Documents.strategyReport(cluster, meeting, props, strategy);
          String doc = working.toMarkdown() + report.toMarkdown();
          cluster.actors().forEach(a -> assertThat(doc).contains(a.name()));
          acts.forEach(a -> assertThat(doc).contains(a.id(), a.description(), "OVERDUE"));
          props.forEach(p -> assertThat(doc).contains(p.offer(), p.pitch()));
          String html = HtmlText.of(working.toHtml()) + HtmlText.of(report.toHtml());
          cluster.actors().forEach(a -> assertThat(html).contains(a.name()));
          acts.forEach(a -> assertThat(html).contains(a.id(), a.description(), "OVERDUE"));
          props.forEach(p -> assertThat(html).contains(p.offer(), p.pitch()));
        });
  }

  @Test
  void strategyReport_followsTheStep13Outline_andItsFiguresFollowTheModel() {
    Actor panha = Actor.builder().id("panha").name("Mr Panha").addRoles(Role.COLLECTOR_TRADER)
        .contact(org.agricluster.actor.Contact.builder().workplace("Orrusey market").build()).build();
    Actor pdaff = Actor.of("pdaff", "PDAFF extension staff", Role.EXTENSION_AGENT);
    List<Actor> farmers = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      farmers.add(Actor.builder().id("f" + i).name("Farmer " + i).addRoles(Role.FARMER)
          .farm(org.agricluster.actor.Farm.of(org.agricluster.measure.Area.ofSquareMetres(500), "river", List.of("choy sum")))
          .build());
    }
    java.util.function.IntFunction<Cluster> cluster = n -> Cluster.builder("Sesan", "vegetables")
        .addGroup(org.agricluster.cluster.ProducerGroup.builder("PG", "Kaphon").members(farmers.subList(0, n))
            .addStage(org.agricluster.cluster.GroupStage.FORMING, DAY).build())
        .addDirectActor(panha).addDirectActor(pdaff).build();
    Meeting meeting = Meeting.builder(DAY, "Sesan district hall").attendees(List.of(panha, pdaff)).addDecision("Form the cluster")
        .build();
    Actor group = Actor.of("PG", "Kaphon", Role.PRODUCER_GROUP);
    List<ValueProposition> props = List.of(
        ValueProposition.builder().proposer(group).addTargets(panha).direction(Direction.PRODUCTION_TO_MARKETING)
            .offer("choy sum every week").pitch("Graded produce all year.").build(),
        ValueProposition.builder().proposer(panha).addTargets(group).direction(Direction.MARKETING_TO_PRODUCTION)
            .offer("buys all leafy vegetables").pitch("500 riel/kg above imports.").build(),
        ValueProposition.builder().proposer(pdaff).direction(Direction.SUPPORT_OFFER).offer("field days").pitch("We come to you.")
            .build());
    CollectiveStrategy strategy = CollectiveStrategy.builder().vision("Local vegetables all year.").problem("Gluts, then nothing.")
        .solution("Staggered planting.").addPriority("150 kg a day from April").build();
    String report = Documents.strategyReport(cluster.apply(6), meeting, props, strategy).toMarkdown();
    assertThat(report).containsSubsequence("## 1 Introduction", "### 1.1 Cluster approach", "### 1.2 Cluster presentation",
        "### 1.3 Business dialogue facilitation: methodology", "## 2 Actual situation and problem statement",
        "### 2.1 Local production", "### 2.2 Local marketing", "### 2.3 Local support for value chain development",
        "### 2.4 Problem statement", "Gluts, then nothing.", "## 3 Business opportunity and solution statement",
        "### 3.1 Production value proposition", "choy sum every week", "### 3.2 Marketing value proposition",
        "buys all leafy vegetables", "### 3.3 Solution statement", "Staggered planting.",
        "## 4 Conclusion and initial cluster planning", "### 4.1 Vision", "Local vegetables all year.",
        "### 4.2 Short-term strategic priorities", "150 kg a day from April");
    assertThat(report).contains("6 farmers in 1 producer groups", "3,000 m²", "choy sum (6)", "Mr Panha (collector/trader), Orrusey market",
        "PDAFF extension staff", "field days");
    assertThat(Documents.strategyReport(cluster.apply(4), meeting, props, strategy).toMarkdown())
        .as("one input changed, the document changes").contains("4 farmers in 1 producer groups", "2,000 m²", "choy sum (4)");
  }

  @Test
  void workingDocument_hasTheAnnex6Sections() {
    Actor panha = Actor.of("panha", "Mr Panha", Role.COLLECTOR_TRADER);
    Cluster c = Cluster.builder("Sesan", "vegetables").addDirectActor(panha).build();
    String doc = Documents.workingDocument(c, WorkingFile.builder().rationale("High local demand.").strategy(CollectiveStrategy.builder()
            .addProduction(Commitment.of(panha, "collect daily")).build()).build(), DAY).toMarkdown();
    assertThat(doc).contains("## Cluster preparation", "## Rationale", "## Collective business strategy", "## Updates",
        "## Annex: contact list", "Mr Panha: collect daily", "High local demand.");
  }
}
