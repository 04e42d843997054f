package org.agricluster.json;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.agricluster.actor.Actor;
import org.agricluster.cluster.ApexPlatform;
import org.agricluster.cluster.Cluster;
import org.agricluster.cluster.DevelopmentStep;
import org.agricluster.cluster.GroupStage;
import org.agricluster.cluster.MembershipChange;
import org.agricluster.cluster.ProducerGroup;
import org.agricluster.cluster.StageChange;
import tools.jackson.databind.node.ObjectNode;

/**
 * Producer groups and clusters. An actor is written once, where it belongs (a group's members or
 * the cluster's direct actors); a committee and a membership log refer to actors by id, and a
 * reference to an actor that is not there is refused.
 */
final class ClusterJson {
  private ClusterJson() {}

  static ObjectNode stage(StageChange change) {
    ObjectNode o = Out.object();
    o.put("stage", change.stage().name());
    o.put("date", change.date().toString());
    return o;
  }

  static StageChange stage(In in) {
    GroupStage stage = in.field("stage").enumValue(GroupStage.class);
    LocalDate date = in.field("date").date();
    in.end();
    return in.as(x -> StageChange.of(stage, date));
  }

  static ObjectNode membership(MembershipChange change) {
    ObjectNode o = Out.object();
    o.put("actorId", change.actorId());
    o.put("kind", change.kind().name());
    o.put("date", change.date().toString());
    return o;
  }

  static MembershipChange membership(In in) {
    String id = in.field("actorId").string();
    MembershipChange.Kind kind = in.field("kind").enumValue(MembershipChange.Kind.class);
    LocalDate date = in.field("date").date();
    in.end();
    return in.as(x -> kind == MembershipChange.Kind.JOINED ? MembershipChange.joined(id, date) : MembershipChange.left(id, date));
  }

  static ObjectNode group(ProducerGroup group) {
    ObjectNode o = Out.object();
    o.put("id", group.id());
    o.put("name", group.name());
    o.set("members", Out.array(group.members(), ActorJson::actor));
    o.set("committee", Out.strings(group.committee().stream().map(Actor::id).toList()));
    o.put("committeeSize", group.committeeSize());
    group.embeddedIn().ifPresent(e -> o.put("embeddedIn", e));
    o.set("stages", Out.array(group.stages(), ClusterJson::stage));
    o.set("memberships", Out.array(group.memberships(), ClusterJson::membership));
    return o;
  }

  static ProducerGroup group(In in) {
    ProducerGroup.Builder b = ProducerGroup.builder(in.field("id").string(), in.field("name").string());
    List<Actor> members = in.field("members").list(ActorJson::actor);
    b.members(members);
    Map<String, Actor> byId = new HashMap<>();
    members.forEach(m -> byId.putIfAbsent(m.id(), m));
    b.committee(in.field("committee").list(c -> {
      Actor member = byId.get(c.string());
      if (member == null) {
        throw c.refusal("must be the id of one of the group's members but was '" + c.string() + "'");
      }
      return member;
    }));
    b.committeeSize(in.field("committeeSize").integer(1, 1_000));
    in.optional("embeddedIn").ifPresent(e -> b.embeddedIn(e.string()));
    b.stages(in.field("stages").list(ClusterJson::stage));
    b.memberships(in.field("memberships").list(ClusterJson::membership));
    in.end();
    return in.as(x -> b.build());
  }

  static ObjectNode cluster(Cluster cluster) {
    ObjectNode o = Out.object();
    o.put("name", cluster.name());
    o.put("commodity", cluster.commodity());
    o.put("step", cluster.step().name());
    o.set("locations", Out.array(cluster.locations(), ActorJson::location));
    o.set("groups", Out.array(cluster.groups(), ClusterJson::group));
    o.set("directActors", Out.array(cluster.directActors(), ActorJson::actor));
    o.set("memberships", Out.array(cluster.memberships(), ClusterJson::membership));
    return o;
  }

  static Cluster cluster(In in) {
    Cluster.Builder b = Cluster.builder(in.field("name").string(), in.field("commodity").string());
    b.step(in.field("step").enumValue(DevelopmentStep.class));
    b.locations(in.field("locations").list(ActorJson::location));
    b.groups(in.field("groups").list(ClusterJson::group));
    b.directActors(in.field("directActors").list(ActorJson::actor));
    b.memberships(in.field("memberships").list(ClusterJson::membership));
    in.end();
    return in.as(x -> b.build());
  }

  static ObjectNode apex(ApexPlatform apex) {
    ObjectNode o = Out.object();
    o.put("name", apex.name());
    o.set("clusters", Out.array(apex.clusters(), ClusterJson::cluster));
    return o;
  }

  static ApexPlatform apex(In in) {
    String name = in.field("name").string();
    List<Cluster> clusters = in.field("clusters").list(ClusterJson::cluster);
    in.end();
    return in.as(x -> ApexPlatform.of(name, clusters));
  }
}
