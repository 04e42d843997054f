package org.agricluster.cluster;

import static org.agricluster.internal.Check.notNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
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

/**
 * An agribusiness cluster: a commodity or value chain in one or more places, its producer groups and
 * its direct members of every category (traders, input suppliers, supporters, enablers), the CHAIN
 * development step it has reached, and who joined or left when.
 *
 * <pre>{@code
 * Cluster sesan = Cluster.builder("Sesan vegetable cluster", "vegetables")
 *     .location(sesanDistrict).groups(pgs).actors(List.of(panha, sopheary, khinSeang, pdaff))
 *     .step(DevelopmentStep.MSP_AND_STRATEGY).build();
 * sesan.actors(StakeholderCategory.LOCAL_SUPPORTER);
 * }</pre>
 *
 * <p>Every actor appears once: an id used twice in one cluster is refused. This class is immutable
 * and thread-safe.
 */
public final class Cluster {
  private final String name;
  private final String commodity;
  private final ImmutableList<Location> locations;
  private final ImmutableList<ProducerGroup> groups;
  private final ImmutableList<Actor> directActors;
  private final DevelopmentStep step;
  private final ImmutableList<MembershipChange> memberships;

  private Cluster(Builder b) {
    this.name = b.name;
    this.commodity = b.commodity;
    this.locations = ImmutableList.copyOf(b.locations);
    this.groups = ImmutableList.copyOf(b.groups);
    this.directActors = ImmutableList.copyOf(b.actors);
    this.step = b.step;
    this.memberships = ImmutableList.copyOf(b.memberships);
  }

  /** A builder for a cluster of a commodity ("tomato", "vegetables"). */
  public static Builder builder(String name, String commodity) {
    return new Builder(notNull(name, "name"), notNull(commodity, "commodity"));
  }

  /** The cluster's name. */
  public String name() {
    return name;
  }

  /** The commodity or value chain. */
  public String commodity() {
    return commodity;
  }

  /** Where the cluster is. */
  public ImmutableList<Location> locations() {
    return locations;
  }

  /** The producer groups. */
  public ImmutableList<ProducerGroup> groups() {
    return groups;
  }

  /** The members that are not in a producer group: traders, suppliers, supporters, enablers, individual farmers. */
  public ImmutableList<Actor> directActors() {
    return directActors;
  }

  /** The development step reached (CHAIN §4). */
  public DevelopmentStep step() {
    return step;
  }

  /** Who joined or left, in date order. */
  public ImmutableList<MembershipChange> memberships() {
    return memberships;
  }

  /** Every actor: the groups' members, then the direct members. */
  public ImmutableList<Actor> actors() {
    ImmutableList.Builder<Actor> all = ImmutableList.builder();
    groups.forEach(g -> all.addAll(g.members()));
    return all.addAll(directActors).build();
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
    return groups.stream().filter(g -> g.id().equals(id)).findFirst()
        .orElseThrow(() -> Check.refusal("Group", "one of " + groups.stream().map(ProducerGroup::id).toList(), "'" + id + "'"));
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
  public Set<String> membersOn(LocalDate date) {
    notNull(date, "date");
    Map<String, Boolean> in = new HashMap<>();
    for (MembershipChange change : memberships) {
      if (!change.date().isAfter(date)) {
        in.put(change.actorId(), change.kind() == MembershipChange.Kind.JOINED);
      }
    }
    Set<String> members = new TreeSet<>();
    in.forEach((id, member) -> {
      if (member) {
        members.add(id);
      }
    });
    return ImmutableSet.copyOf(members);
  }

  /** This cluster at another development step. */
  public Cluster withStep(DevelopmentStep newStep) {
    Builder b = toBuilder();
    b.step(newStep);
    return b.build();
  }

  /** This cluster with one more membership change. */
  public Cluster withMembershipChange(MembershipChange change) {
    return toBuilder().membership(change).build();
  }

  private Builder toBuilder() {
    Builder b = builder(name, commodity).step(step).groups(groups).actors(directActors);
    locations.forEach(b::location);
    memberships.forEach(b::membership);
    return b;
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof Cluster)) {
      return false;
    }
    Cluster o = (Cluster) obj;
    return name.equals(o.name) && commodity.equals(o.commodity) && locations.equals(o.locations) && groups.equals(o.groups)
        && directActors.equals(o.directActors) && step == o.step && memberships.equals(o.memberships);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(name, commodity, locations, groups, directActors, step, memberships);
  }

  /** {@code Cluster{Sesan vegetable cluster (vegetables), 3 groups, 64 actors, step 3}}. */
  @Override
  public String toString() {
    return "Cluster{" + name + " (" + commodity + "), " + groups.size() + " groups, " + actors().size() + " actors, step "
        + step.number() + "}";
  }

  /** Builds a {@link Cluster}. */
  public static final class Builder {
    private final String name;
    private final String commodity;
    private final List<Location> locations = new ArrayList<>();
    private final List<ProducerGroup> groups = new ArrayList<>();
    private final List<Actor> actors = new ArrayList<>();
    private DevelopmentStep step = DevelopmentStep.RAPID_MAPPING;
    private final List<MembershipChange> memberships = new ArrayList<>();

    private Builder(String name, String commodity) {
      this.name = name.strip();
      this.commodity = commodity.strip();
    }

    /** Adds a place the cluster covers. */
    public Builder location(Location location) {
      locations.add(notNull(location, "location"));
      return this;
    }

    /** Adds producer groups. */
    public Builder groups(List<ProducerGroup> producerGroups) {
      notNull(producerGroups, "producerGroups").forEach(g -> groups.add(notNull(g, "group")));
      return this;
    }

    /** Adds a producer group. */
    public Builder group(ProducerGroup group) {
      groups.add(notNull(group, "group"));
      return this;
    }

    /** Adds direct members. */
    public Builder actors(List<Actor> members) {
      notNull(members, "members").forEach(a -> actors.add(notNull(a, "actor")));
      return this;
    }

    /** Adds a direct member. */
    public Builder actor(Actor actor) {
      actors.add(notNull(actor, "actor"));
      return this;
    }

    /** The development step reached (default: rapid mapping). */
    public Builder step(DevelopmentStep developmentStep) {
      this.step = notNull(developmentStep, "developmentStep");
      return this;
    }

    /** Adds a membership change; changes are given in date order. */
    public Builder membership(MembershipChange change) {
      memberships.add(notNull(change, "change"));
      return this;
    }

    /**
     * Builds the cluster.
     *
     * @throws IllegalArgumentException if an actor id or group id is used twice, or the membership
     *     log has an actor leave before joining, join twice, or changes out of date order
     */
    public Cluster build() {
      if (name.isEmpty() || commodity.isEmpty()) {
        throw Check.refusal("Name and commodity of a cluster", "not blank", "'" + name + "', '" + commodity + "'");
      }
      Map<String, String> seen = new LinkedHashMap<>();
      Set<String> groupIds = new TreeSet<>();
      for (ProducerGroup g : groups) {
        if (!groupIds.add(g.id())) {
          throw Check.refusal("Group ids of cluster '" + name + "'", "distinct", "'" + g.id() + "' twice");
        }
        for (Actor a : g.members()) {
          registerOnce(seen, a, "group " + g.id());
        }
      }
      for (Actor a : actors) {
        registerOnce(seen, a, "the direct members");
      }
      Map<String, MembershipChange> last = new HashMap<>();
      LocalDate previous = LocalDate.MIN;
      for (MembershipChange change : memberships) {
        if (change.date().isBefore(previous)) {
          throw Check.refusal("Membership change " + change + " of cluster '" + name + "'", "on or after " + previous,
              change.date());
        }
        previous = change.date();
        MembershipChange before = last.get(change.actorId());
        boolean joining = change.kind() == MembershipChange.Kind.JOINED;
        boolean wasIn = before != null && before.kind() == MembershipChange.Kind.JOINED;
        if (joining == wasIn) {
          throw Check.refusal("Membership change of " + change.actorId() + " in cluster '" + name + "'",
              wasIn ? "LEFT (joined on " + before.date() + ")" : "JOINED first (a member cannot leave before joining)",
              change);
        }
        last.put(change.actorId(), change);
      }
      return new Cluster(this);
    }

    private void registerOnce(Map<String, String> seen, Actor a, String where) {
      String before = seen.putIfAbsent(a.id(), where);
      if (before != null) {
        throw Check.refusal("Actor id " + a.id() + " (" + a.name() + ") in cluster '" + name + "'", "used once",
            "used in " + before + " and in " + where);
      }
    }
  }
}
