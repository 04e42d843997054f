package org.agricluster.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.agricluster.PropertyTests.qt;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.agricluster.actor.Actor;
import org.agricluster.actor.Gender;
import org.agricluster.actor.Role;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

class ProducerGroupTest {
  static final LocalDate START = LocalDate.of(2013, 4, 1);

  static List<Actor> farmers(String prefix, int n) {
    List<Actor> farmers = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      farmers.add(Actor.builder().id(prefix + i).name("Farmer " + prefix + i).addRoles(Role.FARMER)
          .gender(i % 3 == 0 ? Gender.FEMALE : Gender.MALE).build());
    }
    return farmers;
  }

  @Test
  void aCommitteeIsAlwaysASubsetOfItsGroupsMembersAndHasTheConfiguredSize() {
    qt().forAll(SourceDSL.integers().between(1, 12), SourceDSL.lists().of(SourceDSL.integers().between(0, 15)).ofSizeBetween(0, 8),
        SourceDSL.integers().between(1, 7)).checkAssert((memberCount, picks, size) -> {
          List<Actor> members = farmers("m", memberCount);
          List<Actor> outsiders = farmers("o", 4);
          List<Actor> committee = new ArrayList<>();
          for (int p : picks) {
            Actor a = p < memberCount ? members.get(p) : outsiders.get(p % 4);
            if (!committee.contains(a)) {
              committee.add(a);
            }
          }
          ProducerGroup.Builder b = ProducerGroup.builder("PG-1", "group").members(members).committee(committee)
              .committeeSize(size).addStage(GroupStage.FORMING, START);
          boolean subset = members.containsAll(committee);
          boolean sized = committee.isEmpty() || committee.size() == size;
          if (subset && sized) {
            ProducerGroup g = b.build();
            assertThat(g.members()).containsAll(g.committee());
            assertThat(g.committee().size()).isIn(0, size);
          } else {
            assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PG-1");
          }
        });
  }

  @Test
  void aCommitteeOfTheWrongSize_namesTheGroupTheCountAndTheAllowedSize() {
    List<Actor> members = farmers("m", 8);
    assertThatThrownBy(() -> ProducerGroup.builder("PG-7", "Dahana tomato").members(members)
        .committee(members.subList(0, 4)).addStage(GroupStage.FORMING, START).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Committee of group PG-7 (Dahana tomato) must be 5 members (or none elected yet) but was 4 members");
    assertThatThrownBy(() -> ProducerGroup.builder("PG-7", "Dahana tomato").members(members.subList(0, 2))
        .committee(members.subList(1, 3)).committeeSize(2).addStage(GroupStage.FORMING, START).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Committee member m2 (Farmer m2) of group PG-7 must be one of the group's 2 members but was not a member");
  }

  @Test
  void theCurrentStageIsTheLastEntryOfTheHistory() {
    List<GroupStage> live = List.of(GroupStage.FORMING, GroupStage.STORMING, GroupStage.NORMING, GroupStage.PERFORMING);
    qt().forAll(SourceDSL.lists().of(Generate.pick(live)).ofSizeBetween(1, 8)).checkAssert(stages -> {
      ProducerGroup.Builder b = ProducerGroup.builder("PG-1", "g").members(farmers("m", 1));
      for (int i = 0; i < stages.size(); i++) {
        b.addStage(stages.get(i), START.plusMonths(i));
      }
      ProducerGroup g = b.build();
      assertThat(g.currentStage()).isEqualTo(stages.get(stages.size() - 1));
      assertThat(g.stageOn(START.minusDays(1))).isEmpty();
      assertThat(g.stageOn(START)).contains(stages.get(0));
    });
  }

  @Test
  void groupsMayRegressOrStall_butNothingFollowsDissolution() {
    ProducerGroup g = ProducerGroup.builder("PG-2", "g").members(farmers("m", 3)).addStage(GroupStage.FORMING, START)
        .addStage(GroupStage.NORMING, START.plusYears(1)).addStage(GroupStage.STORMING, START.plusYears(2)).build();
    assertThat(g.currentStage()).isEqualTo(GroupStage.STORMING);
    ProducerGroup gone = g.withStage(GroupStage.DISSOLVED, START.plusYears(3));
    assertThatThrownBy(() -> gone.withStage(GroupStage.FORMING, START.plusYears(4)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Stage change of group PG-2 after 2016-04-01 DISSOLVED must be none (dissolved is final) but was 2017-04-01 FORMING");
    assertThatThrownBy(() -> g.withStage(GroupStage.PERFORMING, START))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be on or after 2015-04-01");
  }

  @Test
  void membersMustBeFarmers_andDistinct() {
    Actor trader = Actor.of("panha", "Mr Panha", Role.COLLECTOR_TRADER);
    assertThatThrownBy(() -> ProducerGroup.builder("PG-3", "g").addMember(trader).addStage(GroupStage.FORMING, START).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Member panha (Mr Panha) of group PG-3 must be a farmer but was [COLLECTOR_TRADER]");
    Actor f = farmers("m", 1).get(0);
    assertThatThrownBy(() -> ProducerGroup.builder("PG-3", "g").addMember(f).addMember(f).addStage(GroupStage.FORMING, START).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Members of group PG-3 must be distinct actors but was actor m0 twice");
  }

  @Test
  void valueSemantics() {
    ProducerGroup g = ProducerGroup.builder("PG-1", "g").members(farmers("m", 5)).committee(farmers("m", 5))
        .addStage(GroupStage.FORMING, START).build();
    new EqualsTester().addEqualityGroup(g, g.toBuilder().build()).addEqualityGroup(g.withStage(GroupStage.NORMING, START))
        .testEquals();
    assertThat(g).hasToString("ProducerGroup{PG-1 g, 5 members, committee 5 of 5, FORMING}");
  }

  @Test
  void groupMembershipHasDates_andTheLogNamesOnlyMembers() {
    List<Actor> farmers = farmers("m", 3);
    ProducerGroup g = ProducerGroup.builder(" PG-1 ", "g").members(farmers).addStage(GroupStage.FORMING, START)
        .addMembership(MembershipChange.joined("m0", START)).addMembership(MembershipChange.joined("m1", START.plusDays(10)))
        .build();
    assertThat(g.id()).isEqualTo("PG-1");
    assertThat(g.membersOn(START)).containsExactly("m0");
    assertThat(g.membersOn(START.plusDays(10))).containsExactly("m0", "m1");
    ProducerGroup left = g.withMembershipChange(MembershipChange.left("m0", START.plusDays(20)));
    assertThat(left.membersOn(START.plusDays(30))).containsExactly("m1");
    assertThat(left.memberships()).hasSize(3);
    assertThatThrownBy(() -> g.withMembershipChange(MembershipChange.joined("panha", START.plusDays(20))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Actor of the membership change 2013-04-21 panha JOINED of group PG-1 must be one of its 3 actors "
            + "but was 'panha', not an actor of it");
    assertThatThrownBy(() -> g.withMembershipChange(MembershipChange.left("m0", START.minusDays(1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Membership change 2013-03-31 m0 LEFT of group PG-1 must be on or after 2013-04-11 but was 2013-03-31");
    assertThatThrownBy(() -> MembershipChange.joined(" ", START)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Actor id of a membership change must be not blank but was ''");
  }

  @Test
  void builders_replaceWithTheListForm_andAddWithAdd() {
    List<Actor> farmers = farmers("m", 4);
    ProducerGroup replaced = ProducerGroup.builder("PG-1", "g").members(farmers.subList(0, 2)).members(farmers.subList(2, 4))
        .addStage(GroupStage.FORMING, START).build();
    assertThat(replaced.members()).containsExactlyElementsOf(farmers.subList(2, 4));
    ProducerGroup added = ProducerGroup.builder("PG-1", "g").members(farmers.subList(0, 2)).addAllMembers(farmers.subList(2, 4))
        .addStage(GroupStage.FORMING, START).build();
    assertThat(added.members()).containsExactlyElementsOf(farmers);
    assertThat(ProducerGroup.builder("PG-1", "g").addMember(farmers.get(0)).addStage(GroupStage.FORMING, START).build())
        .isEqualTo(ProducerGroup.builder("PG-1", "g").members(List.of(farmers.get(0))).addStage(GroupStage.FORMING, START).build());
    assertThatThrownBy(() -> ProducerGroup.builder("PG-1", "g").committeeSize(0).addStage(GroupStage.FORMING, START).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Committee size of group PG-1 must be >= 1 but was 0");
  }
}
