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
          String doc = Documents.workingDocument(cluster, "", strategy, props, List.of(meeting), acts, DAY.plusDays(20))
              + Documents.strategyReport(cluster, meeting, props, strategy)
              + Documents.rapidMappingReport(cluster, List.of(), List.of(), List.of(), List.of());
          cluster.actors().forEach(a -> assertThat(doc).contains(a.name()));
          acts.forEach(a -> assertThat(doc).contains(a.id(), a.description(), "OVERDUE"));
          props.forEach(p -> assertThat(doc).contains(p.offer(), p.pitch()));
        });
  }

  @Test
  void workingDocument_hasTheAnnex6Sections() {
    Actor panha = Actor.of("panha", "Mr Panha", Role.COLLECTOR_TRADER);
    Cluster c = Cluster.builder("Sesan", "vegetables").addDirectActor(panha).build();
    String doc = Documents.workingDocument(c, "High local demand.", CollectiveStrategy.builder()
            .addProduction(Commitment.of(panha, "collect daily")).build(), List.of(), List.of(), List.of(), DAY);
    assertThat(doc).contains("## Cluster preparation", "## Rationale", "## Collective business strategy", "## Updates",
        "## Annex: contact list", "Mr Panha: collect daily", "High local demand.");
  }
}
