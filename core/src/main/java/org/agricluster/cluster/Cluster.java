package org.agricluster.cluster;

import static org.agricluster.internal.Check.notNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.agricluster.actor.Actor;
import org.agricluster.actor.Location;
import org.agricluster.actor.Role;
import org.agricluster.actor.StakeholderCategory;
import org.agricluster.internal.Check;
import org.agricluster.internal.Words;
import org.agricluster.measure.Area;
import org.immutables.value.Value;

/**
 * An agribusiness cluster: a commodity or value chain in one or more places, its producer groups and
 * its direct members of every category (traders, input suppliers, supporters, enablers), the CHAIN
 * development step it has reached, and who joined or left when.
 *
 * <pre>{@code
 * Cluster sesan = Cluster.builder("Sesan vegetable cluster", "vegetables")
 *     .addLocation(sesanDistrict).groups(pgs).directActors(List.of(panha, sopheary, khinSeang, pdaff))
 *     .step(DevelopmentStep.MSP_AND_STRATEGY)
 *     .addMembership(MembershipChange.joined("panha", LocalDate.of(2021, 3, 1)))
 *     .build();
 * sesan.actors(StakeholderCategory.LOCAL_SUPPORTER);
 * }</pre>
 *
 * <p>Every actor appears once: an id used twice in one cluster is refused. The membership log names
 * only the cluster's actors. Builders follow one rule: {@code groups(list)} replaces, {@code
 * addGroup} adds. This class is immutable and thread-safe.
 */
public abstract class Cluster {
  Cluster() {}

  /** A builder for a cluster of a commodity ("tomato", "vegetables"). */
  public static Builder builder(String name, String commodity) {
    return new Builder().name(name).commodity(commodity);
  }

  /** A builder holding this cluster's values, to change some. */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** The cluster's name. */
  public abstract String name();

  /** The commodity or value chain. */
  public abstract String commodity();

  /** Where the cluster is. */
  public abstract ImmutableList<Location> locations();

  /** The producer groups. */
  public abstract ImmutableList<ProducerGroup> groups();

  /** The members that are not in a producer group: traders, suppliers, supporters, enablers, individual farmers. */
  public abstract ImmutableList<Actor> directActors();

  /** The development step reached (CHAIN §4); rapid mapping unless set. */
  @Value.Default
  public DevelopmentStep step() {
    return DevelopmentStep.RAPID_MAPPING;
  }

  /** Who joined or left, in date order; every change names an actor of the cluster. */
  public abstract ImmutableList<MembershipChange> memberships();

  /**
   * Validates the cluster however it is made; name and commodity are stripped.
   *
   * @throws IllegalArgumentException if an actor id or group id is used twice, or the membership log
   *     names someone who is not an actor of the cluster, has an actor leave before joining or join
   *     twice, or is out of date order
   */
  @Value.Check
  Cluster check() {
    String name = name().strip();
    String commodity = commodity().strip();
    if (name.isEmpty() || commodity.isEmpty()) {
      throw Check.refusal("Name and commodity of a cluster", "not blank", "'" + name + "', '" + commodity + "'");
    }
    Map<String, String> seen = new LinkedHashMap<>();
    Set<String> groupIds = new TreeSet<>();
    for (ProducerGroup g : groups()) {
      if (!groupIds.add(g.id())) {
        throw Check.refusal("Group ids of cluster '" + name + "'", "distinct", "'" + g.id() + "' twice");
      }
      for (Actor a : g.members()) {
        registerOnce(seen, a, "group " + g.id(), name);
      }
    }
    for (Actor a : directActors()) {
      registerOnce(seen, a, "the direct members", name);
    }
    MembershipChange.checkLog(memberships(), seen.keySet(), "cluster '" + name + "'");
    return name.equals(name()) && commodity.equals(commodity()) ? this
        : new Builder().from(this).name(name).commodity(commodity).build();
  }

  private static void registerOnce(Map<String, String> seen, Actor a, String where, String cluster) {
    String before = seen.putIfAbsent(a.id(), where);
    if (before != null) {
      throw Check.refusal("Actor id " + a.id() + " (" + a.name() + ") in cluster '" + cluster + "'", "used once",
          "used in " + before + " and in " + where);
    }
  }

  /** Every actor: the groups' members, then the direct members. */
  public ImmutableList<Actor> actors() {
    ImmutableList.Builder<Actor> all = ImmutableList.builder();
    groups().forEach(g -> all.addAll(g.members()));
    return all.addAll(directActors()).build();
  }

  /** The actors of a stakeholder category. */
  public ImmutableList<Actor> actors(StakeholderCategory category) {
    notNull(category, "category");
    return actors().stream().filter(a -> a.categories().contains(category)).collect(ImmutableList.toImmutableList());
  }

  /** The actors with a role. */
  public ImmutableList<Actor> actors(Role role) {
    notNull(role, "role");
    return actors().stream().filter(a -> a.has(role)).collect(ImmutableList.toImmutableList());
  }

  /** The actors located in a place (a district, a village), containment included. */
  public ImmutableList<Actor> actorsIn(Location place) {
    notNull(place, "place");
    return actors().stream().filter(a -> a.location().map(place::contains).orElse(false))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The group with an id.
   *
   * @throws IllegalArgumentException if there is none
   */
  public ProducerGroup group(String id) {
    notNull(id, "id");
    return groups().stream().filter(g -> g.id().equals(id)).findFirst().orElseThrow(() -> Check.refusal("Group",
        "one of " + groups().stream().map(ProducerGroup::id).toList(), Check.quoted(id)));
  }

  /** The actor with an id, if any. */
  public Optional<Actor> actor(String id) {
    notNull(id, "id");
    return actors().stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /**
   * The contact list (CHAIN Annex 6's annex): every actor, by stakeholder category of the first role
   * and then by name.
   */
  public ImmutableList<Actor> contactList() {
    return actors().stream()
        .sorted(Comparator.comparing((Actor a) -> a.primaryRole().category()).thenComparing(Actor::name, Words.NATURAL_ORDER))
        .collect(ImmutableList.toImmutableList());
  }

  /** The land of all the cluster's farmers whose farm is recorded. */
  public Area totalFarmLand() {
    return Area.total(actors().stream().flatMap(a -> a.farm().stream()).map(f -> f.land()).toList());
  }

  /**
   * The ids of the members on a date by the membership log: those who joined on or before it and had
   * not left by then.
   */
  public ImmutableSet<String> membersOn(LocalDate date) {
    return MembershipChange.membersOn(memberships(), date);
  }

  /** This cluster at another development step. */
  public Cluster withStep(DevelopmentStep newStep) {
    return toBuilder().step(newStep).build();
  }

  /**
   * This cluster with one more membership change.
   *
   * @throws IllegalArgumentException if the change is before the last one, names someone who is not
   *     an actor of the cluster, or does not alternate joining and leaving
   */
  public Cluster withMembershipChange(MembershipChange change) {
    return toBuilder().addMembership(change).build();
  }

  /** {@code Cluster{Sesan vegetable cluster (vegetables), 3 groups, 64 actors, step 3}}. */
  @Override
  public String toString() {
    return "Cluster{" + name() + " (" + commodity() + "), " + Words.count(groups().size(), "group") + ", "
        + Words.count(actors().size(), "actor") + ", step " + step().number() + "}";
  }

  /** Builds a {@link Cluster}: {@code groups(list)} replaces, {@code addGroup} adds. */
  public static final class Builder extends ImmutableCluster.Builder {
    Builder() {}
  }
}
