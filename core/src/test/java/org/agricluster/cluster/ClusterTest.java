package org.agricluster.cluster;

import static org.agricluster.cluster.ProducerGroupTest.START;
import static org.agricluster.cluster.ProducerGroupTest.farmers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.agricluster.PropertyTests.qt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.agricluster.actor.Actor;
import org.agricluster.actor.ChainFunction;
import org.agricluster.actor.Farm;
import org.agricluster.actor.Gender;
import org.agricluster.actor.Location;
import org.agricluster.actor.Role;
import org.agricluster.actor.StakeholderCategory;
import org.agricluster.measure.Area;
import org.agricluster.measure.Share;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class ClusterTest {
  static final Location SESAN = Location.country("Cambodia").province("Stung Treng").district("Sesan");

  static Cluster sesan() {
    List<Actor> kaphon = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      kaphon.add(Actor.builder().id("kaphon-" + i).name("Kaphon farmer " + i).addRoles(Role.FARMER)
          .gender(i < 2 ? Gender.FEMALE : Gender.MALE).location(SESAN.village("Kaphon"))
          .farm(Farm.of(Area.ofSquareMetres(200 + 160 * i))).build());
    }
    ProducerGroup pg = ProducerGroup.builder("PG-Kaphon", "Kaphon vegetable group").members(kaphon)
        .committee(kaphon.subList(0, 5)).addStage(GroupStage.FORMING, START).build();
    return Cluster.builder("Sesan vegetable cluster", "vegetables").addLocation(SESAN).addGroup(pg)
        .addDirectActor(Actor.builder().id("panha").name("Mr Panha").addRoles(Role.COLLECTOR_TRADER).gender(Gender.MALE)
            .location(SESAN.village("Kaphon")).build())
        .addDirectActor(Actor.builder().id("sopheary").name("Mrs Sopheary").addRoles(Role.COLLECTOR_TRADER).gender(Gender.FEMALE).build())
        .addDirectActor(Actor.builder().id("khin-seang").name("Mr Khin Seang").addRoles(Role.INPUT_SUPPLIER).build())
        .addDirectActor(Actor.of("pdaff", "PDAFF Stung Treng", Role.EXTENSION_AGENT))
        .step(DevelopmentStep.MSP_AND_STRATEGY)
        .build();
  }

  @Test
  void queries() {
    Cluster c = sesan();
    assertThat(c.actors()).hasSize(10);
    assertThat(c.actors(StakeholderCategory.LOCAL_SUPPORTER)).extracting(Actor::id).containsExactly("pdaff");
    assertThat(c.actors(Role.COLLECTOR_TRADER)).extracting(Actor::name).containsExactly("Mr Panha", "Mrs Sopheary");
    assertThat(c.actorsIn(SESAN.village("Kaphon"))).hasSize(7);
    assertThat(c.actorsIn(SESAN)).hasSize(7);
    assertThat(c.group("PG-Kaphon").members()).hasSize(6);
    assertThat(c.totalFarmLand()).isEqualTo(Area.ofSquareMetres(3600));
    assertThat(c.contactList().get(c.contactList().size() - 1).id()).isEqualTo("pdaff");
  }

  @Test
  void duplicateActorIds_areRefusedNamingWhere() {
    Actor twice = farmers("m", 1).get(0);
    ProducerGroup pg = ProducerGroup.builder("PG-1", "g").addMember(twice).addStage(GroupStage.FORMING, START).build();
    assertThatThrownBy(() -> Cluster.builder("c", "tomato").addGroup(pg).addDirectActor(twice).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Actor id m0 (Farmer m0) in cluster 'c' must be used once but was used in group PG-1 and in the direct members");
  }

  @Test
  void theMemberSetOnADateIsThoseWhoJoinedOnOrBeforeItAndHadNotLeft() {
    qt().forAll(SourceDSL.lists().of(SourceDSL.integers().between(0, 5)).ofSizeBetween(0, 20),
        SourceDSL.integers().between(0, 30)).checkAssert((actorsInOrder, day) -> {
          Cluster.Builder b = Cluster.builder("c", "tomato");
          for (int a = 0; a <= 5; a++) {
            b.addDirectActor(Actor.of("a" + a, "Actor " + a, Role.FARMER));
          }
          Set<Integer> in = new HashSet<>();
          List<int[]> log = new ArrayList<>();
          for (int i = 0; i < actorsInOrder.size(); i++) {
            int a = actorsInOrder.get(i);
            boolean joining = !in.contains(a);
            b.addMembership(joining ? MembershipChange.joined("a" + a, START.plusDays(i))
                : MembershipChange.left("a" + a, START.plusDays(i)));
            log.add(new int[] {a, joining ? 1 : 0, i});
            if (joining) {
              in.add(a);
            } else {
              in.remove(a);
            }
          }
          Cluster c = b.build();
          LocalDate d = START.plusDays(day);
          Set<String> expected = new HashSet<>();
          for (int a = 0; a <= 5; a++) {
            Boolean member = null;
            for (int[] entry : log) {
              if (entry[0] == a && entry[2] <= day) {
                member = entry[1] == 1;
              }
            }
            if (Boolean.TRUE.equals(member)) {
              expected.add("a" + a);
            }
          }
          assertThat(c.membersOn(d)).isEqualTo(expected);
        });
  }

  @Test
  void aMemberCannotLeaveBeforeJoining() {
    Actor panha = Actor.of("panha", "Mr Panha", Role.COLLECTOR_TRADER);
    assertThatThrownBy(() -> Cluster.builder("c", "tomato").addDirectActor(panha)
        .addMembership(MembershipChange.left("panha", START)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Membership change of panha in cluster 'c' must be JOINED first (a member cannot leave before joining) "
            + "but was 2013-04-01 panha LEFT");
    assertThatThrownBy(() -> Cluster.builder("c", "tomato").addDirectActor(panha).addMembership(MembershipChange.joined("panha", START))
        .addMembership(MembershipChange.joined("panha", START.plusDays(1))).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be LEFT (joined on 2013-04-01)");
  }

  @Test
  void theMembershipLogRefusesAnIdThatIsNotAnActorOfTheCluster() {
    Cluster sesan = sesan();
    assertThatThrownBy(() -> sesan.withMembershipChange(MembershipChange.joined("nobody-at-all", START)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Actor of the membership change 2013-04-01 nobody-at-all JOINED of cluster 'Sesan vegetable cluster' "
            + "must be one of its 10 actors but was 'nobody-at-all', not an actor of it");
    Cluster joined = sesan.withMembershipChange(MembershipChange.joined("panha", START));
    assertThat(joined.membersOn(START)).containsExactly("panha");
    assertThat(joined.membersOn(START.minusDays(1))).isEmpty();
    assertThat(joined.toBuilder().build()).isEqualTo(joined);
    assertThat(joined.withStep(DevelopmentStep.BACKSTOPPING).step()).isEqualTo(DevelopmentStep.BACKSTOPPING);
  }

  @Test
  void inclusion_sharesLieInRange_andParityIsTheirRatio() {
    InclusionReport r = InclusionReport.of(sesan(), InclusionThresholds.OXFAM);
    assertThat(r.womenAmongMembers()).isEqualTo(Share.ofRatio(2, 6));
    assertThat(r.womenAmongLeaders()).isEqualTo(Share.ofRatio(2, 5));
    assertThat(r.parityIndex()).contains(new BigDecimal("1.2"));
    assertThat(r.smallProducers()).isEqualTo(Share.WHOLE);
    assertThat(r.stageDistribution().values().stream().reduce(Share.ZERO, Share::plus)).isEqualTo(Share.WHOLE);
    assertThat(r.countsByCategory().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(10);
    assertThat(r.countsByFunction()).containsEntry(ChainFunction.MARKETING, 2L).containsEntry(ChainFunction.PRODUCTION, 7L);
  }

  @Test
  void stageSharesOverAnySetOfGroupsSumToExactlyOneHundredPercent() {
    qt().forAll(SourceDSL.lists().of(SourceDSL.integers().between(0, 4)).ofSizeBetween(1, 30)).checkAssert(stages -> {
      List<ProducerGroup> groups = new ArrayList<>();
      for (int i = 0; i < stages.size(); i++) {
        ProducerGroup.Builder b = ProducerGroup.builder("PG-" + i, "g").members(farmers("g" + i + "-", 1))
            .addStage(GroupStage.FORMING, START);
        if (stages.get(i) > 0) {
          b.addStage(GroupStage.values()[stages.get(i)], START.plusYears(1));
        }
        groups.add(b.build());
      }
      InclusionReport r = InclusionReport.of(Cluster.builder("c", "rice").groups(groups).build(), InclusionThresholds.OXFAM);
      assertThat(r.stageDistribution().values().stream().reduce(Share.ZERO, Share::plus)).isEqualTo(Share.WHOLE);
    });
  }

  @Test
  void theWomensSharesLieInRange_andTheParityIndexIsTheirRatioOrUndefined() {
    qt().forAll(SourceDSL.lists().of(SourceDSL.booleans().all()).ofSizeBetween(5, 20)).checkAssert(women -> {
      List<Actor> members = new ArrayList<>();
      for (int i = 0; i < women.size(); i++) {
        members.add(Actor.builder().id("f" + i).name("F" + i).addRoles(Role.FARMER)
            .gender(women.get(i) ? Gender.FEMALE : Gender.MALE).build());
      }
      ProducerGroup g = ProducerGroup.builder("PG", "g").members(members).committee(members.subList(0, 5))
          .addStage(GroupStage.FORMING, START).build();
      InclusionReport r = InclusionReport.of(Cluster.builder("c", "onion").addGroup(g).build(), InclusionThresholds.OXFAM);
      if (r.womenAmongMembers().isZero()) {
        assertThat(r.parityIndex()).isEmpty();
      } else {
        assertThat(r.parityIndex()).contains(r.womenAmongLeaders().ratioTo(r.womenAmongMembers()));
      }
    });
  }
}
