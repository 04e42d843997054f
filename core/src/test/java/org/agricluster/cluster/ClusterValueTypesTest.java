package org.agricluster.cluster;

import static org.agricluster.cluster.ProducerGroupTest.START;
import static org.agricluster.cluster.ProducerGroupTest.farmers;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.List;
import org.agricluster.actor.Actor;
import org.agricluster.actor.FarmSizeRule;
import org.agricluster.actor.Location;
import org.agricluster.measure.Share;
import org.junit.jupiter.api.Test;

/** Guava testlib over the cluster types: nulls refused everywhere, equality by value. */
class ClusterValueTypesTest {
  private final ProducerGroup group = ProducerGroup.builder("PG", "group").members(farmers("m", 5))
      .committee(farmers("m", 5)).addStage(GroupStage.FORMING, START).build();
  private final Cluster cluster = Cluster.builder("c", "tomato").addGroup(group).build();

  @Test
  void nullsAreRefusedByEveryPublicMethod() {
    NullPointerTester t = new NullPointerTester().setDefault(LocalDate.class, START).setDefault(String.class, "PG")
        .setDefault(Actor.class, farmers("x", 1).get(0)).setDefault(Cluster.class, cluster)
        .setDefault(ProducerGroup.class, group).setDefault(Location.class, Location.country("Tajikistan"))
        .setDefault(InclusionThresholds.class, InclusionThresholds.OXFAM).setDefault(Share.class, Share.ofPercent(50))
        .setDefault(FarmSizeRule.class, FarmSizeRule.OXFAM_KHATLON).setDefault(List.class, List.of())
        .setDefault(MembershipChange.class, MembershipChange.joined("a", START))
        .setDefault(ApexPlatform.class, ApexPlatform.of("apex", List.of(cluster)));
    t.testAllPublicStaticMethods(ProducerGroup.class);
    t.testAllPublicInstanceMethods(group);
    t.testAllPublicInstanceMethods(ProducerGroup.builder("PG", "g"));
    t.testAllPublicStaticMethods(Cluster.class);
    t.testAllPublicInstanceMethods(cluster);
    t.testAllPublicInstanceMethods(Cluster.builder("c", "rice"));
    t.testAllPublicStaticMethods(MembershipChange.class);
    t.testAllPublicStaticMethods(StageChange.class);
    t.testAllPublicStaticMethods(ApexPlatform.class);
    t.testAllPublicStaticMethods(InclusionReport.class);
    t.testAllPublicInstanceMethods(InclusionThresholds.OXFAM);
  }

  @Test
  void equalValuesAreInterchangeable() {
    new EqualsTester().addEqualityGroup(MembershipChange.joined("a", START), MembershipChange.joined("a", START))
        .addEqualityGroup(MembershipChange.left("a", START)).testEquals();
    new EqualsTester().addEqualityGroup(StageChange.of(GroupStage.NORMING, START), StageChange.of(GroupStage.NORMING, START))
        .addEqualityGroup(StageChange.of(GroupStage.NORMING, START.plusDays(1))).testEquals();
    new EqualsTester().addEqualityGroup(cluster, Cluster.builder("c", "tomato").addGroup(group).build())
        .addEqualityGroup(cluster.withStep(DevelopmentStep.BACKSTOPPING)).testEquals();
  }
}
