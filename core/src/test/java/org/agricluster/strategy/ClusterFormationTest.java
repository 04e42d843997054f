package org.agricluster.strategy;

import static org.agricluster.PropertyTests.qt;
import static org.agricluster.strategy.StrategyFixtures.EXTENSION;
import static org.agricluster.strategy.StrategyFixtures.SUPPLIER;
import static org.agricluster.strategy.StrategyFixtures.TRADER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.agricluster.actor.Actor;
import org.agricluster.actor.AdminLevel;
import org.agricluster.cluster.Cluster;
import org.agricluster.cluster.ProducerGroup;
import org.agricluster.scoring.Candidate;
import org.agricluster.scoring.CriteriaTemplates;
import org.agricluster.scoring.CutOff;
import org.agricluster.scoring.Evaluation;
import org.agricluster.scoring.Scorecard;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class ClusterFormationTest {

  @Test
  void selectedAreasAreExactlyThePriorityAreasTopN_andTheClustersGroupsAreTheirSignedUpFarmers() {
    Gen<List<Integer>> scores = SourceDSL.lists().of(SourceDSL.integers().between(1, 5)).ofSize(40);
    qt(200).forAll(scores, SourceDSL.integers().between(1, 4), SourceDSL.booleans().all())
        .checkAssert((values, n, excludeTies) -> {
          RapidMapping mapping = StrategyFixtures.mapping();
          List<Candidate> areas = mapping.priorityAreas().candidates();
          Scorecard.Builder card = Scorecard.builder().criteria(CriteriaTemplates.clusterSelection());
          int k = 0;
          for (Candidate area : areas) {
            for (Actor scorer : List.of(TRADER, EXTENSION)) {
              int[] five = new int[5];
              for (int c = 0; c < 5; c++) {
                five[c] = values.get(k++);
              }
              card.scores(ClusterFormation.scorer(scorer), area, five);
            }
          }
          Evaluation annex4 = card.build().evaluate();
          CutOff rule = excludeTies ? CutOff.EXCLUDE_TIES : CutOff.INCLUDE_TIES;
          List<Actor> everyone = new ArrayList<>(StrategyFixtures.farmers());
          everyone.addAll(List.of(TRADER, SUPPLIER, EXTENSION));
          ClusterFormation.Builder b = ClusterFormation.builder(mapping, annex4, n).cutOff(rule).date(StrategyFixtures.DAY)
              .place("hall").votesFor(everyone).signUps(everyone);
          ClusterFormation draft = b.build();
          assertThat(draft.selectedAreas()).isEqualTo(annex4.ranking().top(n, rule));
          draft.farmersByArea().forEach((area, farmers) -> b.putRepresentative(area, farmers.get(0)));
          ClusterFormation formation = b.build();
          Set<String> selected = formation.selectedAreas().candidates().stream().map(Candidate::name).collect(Collectors.toSet());
          if (selected.isEmpty()) {
            assertThatThrownBy(() -> formation.cluster("c", "vegetables")).isInstanceOf(IllegalArgumentException.class);
          } else {
            checkCluster(formation, selected);
          }
        });
  }

  private static void checkCluster(ClusterFormation formation, Set<String> selected) {
          Cluster cluster = formation.cluster("c", "vegetables");
          assertThat(cluster.groups()).hasSize(selected.size());
          for (ProducerGroup g : cluster.groups()) {
            assertThat(g.members()).allSatisfy(a -> assertThat(selected).contains(
                a.location().orElseThrow().nameAt(AdminLevel.VILLAGE).orElseThrow()));
            assertThat(g.committee()).hasSize(1);
          }
          assertThat(cluster.groups().stream().mapToInt(g -> g.members().size()).sum() + formation.notPlaced().size())
              .as("every farmer who signed up is in a group or not placed").isEqualTo(StrategyFixtures.farmers().size());
          assertThat(cluster.directActors()).containsExactly(TRADER, SUPPLIER, EXTENSION);
  }

  @Test
  void theSesanLikeExample_selectsWithTheStatedRule_andFormsGroupsWithOneRepresentativePerVillage() {
    ClusterFormation.Builder b = StrategyFixtures.formation(2);
    ClusterFormation draft = b.build();
    assertThat(draft.cutOff()).isEqualTo(CutOff.EXCLUDE_TIES);
    assertThat(draft.selectedAreas().candidates()).extracting(Candidate::name).as("Katout and Hang Savath tie for second")
        .containsExactly("Kaphon");
    assertThat(draft.selectedAreas().tiedAtCutOff()).hasSize(2);
    assertThat(draft.formed()).isTrue();
    assertThat(draft.scorersByCategory()).containsEntry("local value-chain actor", 1).containsEntry("local supporter", 1);
    assertThat(draft.advantages()).isEqualTo(ClusterFormation.COMMON_ADVANTAGES).hasSize(5);
    assertThat(draft.disadvantages()).isEqualTo(ClusterFormation.COMMON_DISADVANTAGES).hasSize(4);
    assertThat(draft.notPlaced()).hasSize(16);
    assertThatThrownBy(() -> draft.cluster("c", "vegetables"))
        .hasMessage("Selected area Kaphon must be at least one farmer who signed up and a representative but was 4 farmers, no representative");
    Actor kaphonWoman = StrategyFixtures.farmers().get(0);
    Cluster c = b.putRepresentative("Kaphon", kaphonWoman).build().cluster("Sesan", "vegetables");
    assertThat(c.groups()).singleElement().satisfies(g -> {
      assertThat(g.id()).isEqualTo("PG-Kaphon");
      assertThat(g.committee()).containsExactly(kaphonWoman);
      assertThat(g.members()).hasSize(4);
    });
    assertThat(c.step().number()).isEqualTo(2);
    assertThat(c.locations()).containsExactly(StrategyFixtures.ZONE);
    assertThat(b.build()).hasToString("ClusterFormation{2018-10-01, formed 23–0, 23 sign-ups, selected Kaphon}");
  }

  @Test
  void aTieAtTheTopLeftOutByTheCutOff_selectsNoArea_andFormsNoCluster() {
    // found by the explore profile: every priority area scored 1 on every criterion, one area asked for, ties left out
    RapidMapping mapping = StrategyFixtures.mapping();
    Scorecard.Builder card = Scorecard.builder().criteria(CriteriaTemplates.clusterSelection());
    mapping.priorityAreas().candidates().forEach(a -> card.scores(ClusterFormation.scorer(TRADER), a, 1, 1, 1, 1, 1));
    ClusterFormation f = ClusterFormation.builder(mapping, card.build().evaluate(), 1).date(StrategyFixtures.DAY).place("hall")
        .votesFor(List.of(TRADER)).signUps(StrategyFixtures.farmers()).build();
    assertThat(f.selectedAreas().selected()).isEmpty();
    assertThatThrownBy(() -> f.cluster("c", "vegetables")).hasMessageStartingWith(
        "Areas selected for the cluster must be at least one but was none: Top 1");
  }

  @Test
  void theVoteSignUpsAndRepresentatives_areChecked() {
    Actor katoutFarmer = StrategyFixtures.farmers().get(4);
    assertThatThrownBy(() -> StrategyFixtures.formation(2).putRepresentative("Kaphon", katoutFarmer).build())
        .hasMessage("Representative of Kaphon must be a farmer from Kaphon who signed up but was Katout farmer 0 of Katout");
    assertThatThrownBy(() -> StrategyFixtures.formation(2).putRepresentative("Katout", katoutFarmer).build())
        .hasMessage("Representative Katout farmer 0 must be for a selected area [Kaphon] but was Katout");
    assertThatThrownBy(() -> StrategyFixtures.formation(2).putRepresentative("Kaphon", TRADER).build())
        .hasMessageContaining("must be a farmer from Kaphon who signed up but was Mr Panha (no village recorded)");
    assertThatThrownBy(() -> StrategyFixtures.formation(2).votesFor(List.of(TRADER)).votesAgainst(List.of(SUPPLIER, EXTENSION)).build())
        .hasMessage("Sign-ups must be none unless the vote forms the cluster but was 23 sign-ups after 1 for, 2 against");
    ClusterFormation rejected = StrategyFixtures.formation(2).votesFor(List.of(TRADER)).votesAgainst(List.of(SUPPLIER, EXTENSION))
        .signUps(List.of()).build();
    assertThat(rejected.formed()).isFalse();
    assertThatThrownBy(() -> rejected.cluster("c", "v")).hasMessage("Vote on forming the cluster must be more for than against but was 1 for, 2 against");
    assertThatThrownBy(() -> StrategyFixtures.formation(2).addVotesAgainst(TRADER).build())
        .hasMessage("Votes on forming the cluster must be one per participant but was Mr Panha twice");
    assertThatThrownBy(() -> StrategyFixtures.formation(5).build()).hasMessage("Number of areas to select must be 1..4 but was 5");
    RapidMapping mapping = StrategyFixtures.mapping();
    Evaluation wrongAreas = Scorecard.builder().criteria(CriteriaTemplates.clusterSelection()).scores("Badeum", 1, 1, 1, 1, 1)
        .build().evaluate();
    assertThatThrownBy(() -> ClusterFormation.builder(mapping, wrongAreas, 1).date(StrategyFixtures.DAY).place("hall").build())
        .hasMessage("Areas scored on the Annex 4 criteria must be the rapid mapping's priority areas [Hang Savath, Kaphon, Katout, "
            + "Samkhuoy] but was [Badeum]");
  }

  @Test
  void aScorersCategory_comesFromTheActorsRole() {
    assertThat(ClusterFormation.scorer(EXTENSION).category()).isEqualTo("local supporter");
    assertThat(ClusterFormation.scorer(TRADER).category()).isEqualTo("local value-chain actor");
    assertThat(ClusterFormation.scorer(org.agricluster.actor.Actor.of("c", "Commune chief",
        org.agricluster.actor.Role.LOCAL_AUTHORITY)).category()).isEqualTo("enabler");
  }
}
