package org.agricluster.cluster;

import static org.agricluster.internal.Check.notNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.agricluster.actor.Actor;
import org.agricluster.actor.Role;
import org.agricluster.internal.Check;
import org.agricluster.internal.Words;

/**
 * A producer group (PG): farmers who produce and sell together, with an executive committee elected
 * from among them (Oxfam Khatlon: five members), the body it is embedded in (the village CBO) and
 * the history of its {@link GroupStage stages}; its current stage is the last one entered.
 *
 * <pre>{@code
 * ProducerGroup pg = ProducerGroup.builder("PG-01", "Dahana tomato group")
 *     .members(farmers).committee(farmers.subList(0, 5)).embeddedIn("Dahana jamoat CBO")
 *     .stage(GroupStage.FORMING, LocalDate.of(2013, 4, 1)).stage(GroupStage.NORMING, LocalDate.of(2015, 6, 1))
 *     .build();
 * pg.currentStage();   // NORMING
 * }</pre>
 *
 * <p>An empty committee means none has been elected yet; an elected one has exactly the
 * configured size. This class is immutable and thread-safe.
 */
public final class ProducerGroup {
  /** Oxfam Khatlon: "Each PG comprises of five members in an Executive Committee". */
  public static final int DEFAULT_COMMITTEE_SIZE = 5;

  private final String id;
  private final String name;
  private final ImmutableList<Actor> members;
  private final ImmutableList<Actor> committee;
  private final int committeeSize;
  private final Optional<String> embeddedIn;
  private final ImmutableList<StageChange> stages;

  private ProducerGroup(Builder b) {
    this.id = b.id;
    this.name = b.name;
    this.members = ImmutableList.copyOf(b.members);
    this.committee = ImmutableList.copyOf(b.committee);
    this.committeeSize = b.committeeSize;
    this.embeddedIn = b.embeddedIn;
    this.stages = ImmutableList.copyOf(b.stages);
  }

  /** A builder for a group with an id and a name. */
  public static Builder builder(String id, String name) {
    return new Builder(notNull(id, "id"), notNull(name, "name"));
  }

  /** A builder holding this group's values, to change some. */
  public Builder toBuilder() {
    Builder b = builder(id, name).members(members).committeeSize(committeeSize).committee(committee);
    embeddedIn.ifPresent(b::embeddedIn);
    stages.forEach(s -> b.stage(s.stage(), s.date()));
    return b;
  }

  /** The group's id. */
  public String id() {
    return id;
  }

  /** The group's name. */
  public String name() {
    return name;
  }

  /** The members, all farmers. */
  public ImmutableList<Actor> members() {
    return members;
  }

  /** The executive committee; empty when not yet elected. */
  public ImmutableList<Actor> committee() {
    return committee;
  }

  /** The size an elected committee must have. */
  public int committeeSize() {
    return committeeSize;
  }

  /** The body the group is embedded in ("Kaphon village CBO"), if any. */
  public Optional<String> embeddedIn() {
    return embeddedIn;
  }

  /** The stages entered, in date order. */
  public ImmutableList<StageChange> stages() {
    return stages;
  }

  /** The stage the group is in now: the last one entered. */
  public GroupStage currentStage() {
    return stages.get(stages.size() - 1).stage();
  }

  /** The stage the group was in on a date; empty before its first stage. */
  public Optional<GroupStage> stageOn(LocalDate date) {
    notNull(date, "date");
    GroupStage stage = null;
    for (StageChange change : stages) {
      if (!change.date().isAfter(date)) {
        stage = change.stage();
      }
    }
    return Optional.ofNullable(stage);
  }

  /**
   * This group having entered another stage.
   *
   * @throws IllegalArgumentException if the group is dissolved or the date is before its last change
   */
  public ProducerGroup withStage(GroupStage stage, LocalDate date) {
    return toBuilder().stage(stage, date).build();
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof ProducerGroup)) {
      return false;
    }
    ProducerGroup o = (ProducerGroup) obj;
    return id.equals(o.id) && name.equals(o.name) && members.equals(o.members) && committee.equals(o.committee)
        && committeeSize == o.committeeSize && embeddedIn.equals(o.embeddedIn) && stages.equals(o.stages);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(id, name, members, committee, committeeSize, embeddedIn, stages);
  }

  /** {@code ProducerGroup{PG-01 Dahana tomato group, 18 members, committee 5 of 5, NORMING}}. */
  @Override
  public String toString() {
    return "ProducerGroup{" + id + " " + name + ", " + Words.count(members.size(), "member") + ", committee " + committee.size() + " of "
        + committeeSize + ", " + currentStage() + "}";
  }

  /** Builds a {@link ProducerGroup}; at least one stage is required. */
  public static final class Builder {
    private final String id;
    private final String name;
    private final List<Actor> members = new ArrayList<>();
    private final List<Actor> committee = new ArrayList<>();
    private int committeeSize = DEFAULT_COMMITTEE_SIZE;
    private Optional<String> embeddedIn = Optional.empty();
    private final List<StageChange> stages = new ArrayList<>();

    private Builder(String id, String name) {
      this.id = id.strip();
      this.name = name.strip();
    }

    /** Adds members. */
    public Builder members(List<Actor> actors) {
      notNull(actors, "actors").forEach(a -> members.add(notNull(a, "member")));
      return this;
    }

    /** Adds a member. */
    public Builder member(Actor actor) {
      members.add(notNull(actor, "actor"));
      return this;
    }

    /** Sets the elected committee (replacing any before). */
    public Builder committee(List<Actor> actors) {
      notNull(actors, "actors");
      committee.clear();
      actors.forEach(a -> committee.add(notNull(a, "committee member")));
      return this;
    }

    /** Sets the size an elected committee must have (default 5). */
    public Builder committeeSize(int size) {
      if (size < 1) {
        throw Check.refusal("Committee size of group " + id, ">= 1", size);
      }
      this.committeeSize = size;
      return this;
    }

    /** The body the group is embedded in. */
    public Builder embeddedIn(String body) {
      this.embeddedIn = Optional.of(notNull(body, "body"));
      return this;
    }

    /** The group entered a stage on a date; stages are given in date order. */
    public Builder stage(GroupStage stage, LocalDate date) {
      stages.add(StageChange.of(stage, date));
      return this;
    }

    /**
     * Builds the group.
     *
     * @throws IllegalArgumentException if a member is not a farmer or appears twice, the committee
     *     is not a subset of the members or not of the configured size, or the stages are out of
     *     order or continue after dissolution
     * @throws IllegalStateException if no stage was given
     */
    public ProducerGroup build() {
      if (id.isEmpty() || name.isEmpty()) {
        throw Check.refusal("Id and name of a producer group", "not blank", "'" + id + "', '" + name + "'");
      }
      Set<String> ids = new HashSet<>();
      for (Actor m : members) {
        if (!m.has(Role.FARMER)) {
          throw Check.refusal("Member " + m.id() + " (" + m.name() + ") of group " + id, "a farmer", m.roles());
        }
        if (!ids.add(m.id())) {
          throw Check.refusal("Members of group " + id, "distinct actors", "actor " + m.id() + " twice");
        }
      }
      for (Actor c : committee) {
        if (!members.contains(c)) {
          throw Check.refusal("Committee member " + c.id() + " (" + c.name() + ") of group " + id,
              "one of the group's " + members.size() + " members", "not a member");
        }
      }
      if (committee.stream().map(Actor::id).distinct().count() != committee.size()) {
        throw Check.refusal("Committee of group " + id, "distinct members", committee.stream().map(Actor::id)
            .collect(Collectors.toList()));
      }
      if (!committee.isEmpty() && committee.size() != committeeSize) {
        throw Check.refusal("Committee of group " + id + " (" + name + ")", committeeSize + " members (or none elected yet)",
            committee.size() + " members");
      }
      if (stages.isEmpty()) {
        throw new IllegalStateException("Group " + id + " needs at least one stage (when it started forming)");
      }
      for (int i = 1; i < stages.size(); i++) {
        StageChange before = stages.get(i - 1);
        StageChange after = stages.get(i);
        if (after.date().isBefore(before.date())) {
          throw Check.refusal("Stage change of group " + id + " after " + before, "on or after " + before.date(), after);
        }
        if (before.stage().isTerminal()) {
          throw Check.refusal("Stage change of group " + id + " after " + before, "none (dissolved is final)", after);
        }
      }
      return new ProducerGroup(this);
    }
  }
}
