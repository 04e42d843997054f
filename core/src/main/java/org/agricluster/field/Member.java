package org.agricluster.field;

import static org.agricluster.internal.Check.notNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.agricluster.actor.Actor;
import org.agricluster.cluster.Cluster;
import org.agricluster.cluster.GroupStage;
import org.agricluster.cluster.ProducerGroup;
import org.agricluster.internal.Check;
import org.immutables.value.Value;

/**
 * One row of a member register: the actor, and the producer group it belongs to, if the register
 * says.
 *
 * <p>This class is immutable and thread-safe.
 */
public abstract class Member {
  Member() {}

  /** A registered member, with or without a group. */
  public static Member of(Actor actor, Optional<String> groupId, Optional<String> groupName) {
    return ImmutableMember.builder().actor(actor).groupId(groupId).groupName(groupName).build();
  }

  /** The actor. */
  public abstract Actor actor();

  /** The id of the member's producer group ({@code PG-Kaphon}), if given. */
  public abstract Optional<String> groupId();

  /** The group's name, if given; the id stands in for it when not. */
  public abstract Optional<String> groupName();

  @Value.Check
  void check() {
    if (groupName().isPresent() && groupId().isEmpty()) {
      throw Check.refusal("Group of member " + actor().id(), "an id when it has a name", "only the name " + groupName().get());
    }
  }

  /**
   * A cluster of the registered members: a producer group per group id (forming on {@code formed}),
   * in order of first mention, and the members without a group as direct actors.
   *
   * @throws IllegalArgumentException if a group id comes with two names, a member appears twice, or
   *     the cluster's own rules refuse it
   */
  public static Cluster cluster(String name, String commodity, List<Member> members, LocalDate formed) {
    notNull(name, "name");
    notNull(commodity, "commodity");
    notNull(formed, "formed");
    Map<String, List<Actor>> byGroup = new LinkedHashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    List<Actor> direct = new ArrayList<>();
    for (Member m : ImmutableList.copyOf(members)) {
      if (m.groupId().isEmpty()) {
        direct.add(m.actor());
        continue;
      }
      String id = m.groupId().get();
      byGroup.computeIfAbsent(id, g -> new ArrayList<>()).add(m.actor());
      String groupName = m.groupName().orElse(id);
      String before = names.putIfAbsent(id, groupName);
      if (before != null && !before.equals(groupName) && m.groupName().isPresent()) {
        throw Check.refusal("Name of group " + id, "one name", Check.quoted(before) + " and " + Check.quoted(groupName));
      }
    }
    Cluster.Builder cluster = Cluster.builder(name, commodity).directActors(direct);
    byGroup.forEach((id, actors) -> cluster.addGroup(ProducerGroup.builder(id, names.get(id)).members(actors)
        .addStage(GroupStage.FORMING, formed).build()));
    return cluster.build();
  }

  @Override
  public String toString() {
    return actor().id() + " (" + actor().name() + ")" + groupId().map(g -> " in " + g).orElse("");
  }
}
