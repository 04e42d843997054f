package org.agricluster.cluster;

import static org.agricluster.internal.Check.notNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.agricluster.actor.Actor;
import org.agricluster.actor.Role;
import org.agricluster.internal.Check;
import org.agricluster.internal.Words;
import org.immutables.value.Value;

/**
 * A producer group (PG): farmers who produce and sell together, with an executive committee elected
 * from among them (Oxfam Khatlon: five members), the body it is embedded in (the village CBO) and
 * the history of its {@link GroupStage stages}; its current stage is the last one entered.
 *
 * <pre>{@code
 * ProducerGroup pg = ProducerGroup.builder("PG-01", "Dahana tomato group")
 *     .members(farmers).committee(farmers.subList(0, 5)).embeddedIn("Dahana jamoat CBO")
 *     .addStage(GroupStage.FORMING, LocalDate.of(2013, 4, 1)).addStage(GroupStage.NORMING, LocalDate.of(2015, 6, 1))
 *     .addMembership(MembershipChange.joined("farmer-07", LocalDate.of(2013, 4, 1)))
 *     .build();
 * pg.currentStage();                           // NORMING
 * pg.membersOn(LocalDate.of(2014, 1, 1));      // ids by the membership log}
 * }</pre>
 *
 * <p>An empty committee means none has been elected yet; an elected one has exactly the
 * configured size. Builders follow one rule: {@code members(list)} replaces, {@code addMember}
 * adds. Who joined or left when is the group's {@linkplain #memberships() membership log}, as a
 * cluster's is. This class is immutable and thread-safe.
 */
public abstract class ProducerGroup {
  /** Oxfam Khatlon: "Each PG comprises of five members in an Executive Committee". */
  public static final int DEFAULT_COMMITTEE_SIZE = 5;

  ProducerGroup() {}

  /** A builder for a group with an id and a name; at least one stage is required. */
  public static Builder builder(String id, String name) {
    return new Builder().id(id).name(name);
  }

  /** A builder holding this group's values, to change some. */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** The group's id. */
  public abstract String id();

  /** The group's name. */
  public abstract String name();

  /** The members, all farmers. */
  public abstract ImmutableList<Actor> members();

  /** The executive committee; empty when not yet elected. */
  public abstract ImmutableList<Actor> committee();

  /** The size an elected committee must have (default 5). */
  @Value.Default
  public int committeeSize() {
    return DEFAULT_COMMITTEE_SIZE;
  }

  /** The body the group is embedded in ("Kaphon village CBO"), if any. */
  public abstract Optional<String> embeddedIn();

  /** The stages entered, in date order. */
  public abstract ImmutableList<StageChange> stages();

  /** Who joined or left the group when, in date order; every change names one of its members. */
  public abstract ImmutableList<MembershipChange> memberships();

  /**
   * Validates the group however it is made; id and name are stripped.
   *
   * @throws IllegalArgumentException if a member is not a farmer or appears twice, the committee is
   *     not a subset of the members or not of the configured size, the stages are out of order or
   *     continue after dissolution, or the membership log names someone who is not a member
   * @throws IllegalStateException if no stage was given
   */
  @Value.Check
  ProducerGroup check() {
    String id = id().strip();
    if (id.isEmpty() || name().isBlank()) {
      throw Check.refusal("Id and name of a producer group", "not blank", "'" + id() + "', '" + name() + "'");
    }
    if (committeeSize() < 1) {
      throw Check.refusal("Committee size of group " + id, ">= 1", committeeSize());
    }
    Set<String> ids = new HashSet<>();
    for (Actor m : members()) {
      if (!m.has(Role.FARMER)) {
        throw Check.refusal("Member " + m.id() + " (" + m.name() + ") of group " + id, "a farmer", m.roles());
      }
      if (!ids.add(m.id())) {
        throw Check.refusal("Members of group " + id, "distinct actors", "actor " + m.id() + " twice");
      }
    }
    for (Actor c : committee()) {
      if (!members().contains(c)) {
        throw Check.refusal("Committee member " + c.id() + " (" + c.name() + ") of group " + id,
            "one of the group's " + members().size() + " members", "not a member");
      }
    }
    if (committee().stream().map(Actor::id).distinct().count() != committee().size()) {
      throw Check.refusal("Committee of group " + id, "distinct members", committee().stream().map(Actor::id).toList());
    }
    if (!committee().isEmpty() && committee().size() != committeeSize()) {
      throw Check.refusal("Committee of group " + id + " (" + name().strip() + ")",
          committeeSize() + " members (or none elected yet)", committee().size() + " members");
    }
    if (stages().isEmpty()) {
      throw Check.refusal("Stages of group " + id + " (" + name().strip() + ")", "at least one (when it started forming)", "none");
    }
    for (int i = 1; i < stages().size(); i++) {
      StageChange before = stages().get(i - 1);
      StageChange after = stages().get(i);
      if (after.date().isBefore(before.date())) {
        throw Check.refusal("Stage change of group " + id + " after " + before, "on or after " + before.date(), after);
      }
      if (before.stage().isTerminal()) {
        throw Check.refusal("Stage change of group " + id + " after " + before, "none (dissolved is final)", after);
      }
    }
    MembershipChange.checkLog(memberships(), ids, "group " + id);
    boolean stripped = id.equals(id()) && name().strip().equals(name());
    return stripped ? this : new Builder().from(this).id(id).name(name().strip()).build();
  }

  /** The stage the group is in now: the last one entered. */
  public GroupStage currentStage() {
    return stages().get(stages().size() - 1).stage();
  }

  /** The stage the group was in on a date; empty before its first stage. */
  public Optional<GroupStage> stageOn(LocalDate date) {
    notNull(date, "date");
    GroupStage stage = null;
    for (StageChange change : stages()) {
      if (!change.date().isAfter(date)) {
        stage = change.stage();
      }
    }
    return Optional.ofNullable(stage);
  }

  /** The ids of the members on a date by the membership log: joined on or before it, not left by then. */
  public ImmutableSet<String> membersOn(LocalDate date) {
    return MembershipChange.membersOn(memberships(), date);
  }

  /**
   * This group having entered another stage.
   *
   * @throws IllegalArgumentException if the group is dissolved or the date is before its last change
   */
  public ProducerGroup withStage(GroupStage stage, LocalDate date) {
    return toBuilder().addStage(stage, date).build();
  }

  /**
   * This group with one more membership change.
   *
   * @throws IllegalArgumentException if the change is before the last one, names someone who is not
   *     a member, or does not alternate joining and leaving
   */
  public ProducerGroup withMembershipChange(MembershipChange change) {
    return toBuilder().addMembership(change).build();
  }

  /** {@code ProducerGroup{PG-01 Dahana tomato group, 18 members, committee 5 of 5, NORMING}}. */
  @Override
  public String toString() {
    return "ProducerGroup{" + id() + " " + name() + ", " + Words.count(members().size(), "member") + ", committee "
        + committee().size() + " of " + committeeSize() + ", " + currentStage() + "}";
  }

  /** Builds a {@link ProducerGroup}: {@code members(list)} replaces, {@code addMember} adds. */
  public static final class Builder extends ImmutableProducerGroup.Builder {
    Builder() {}

    /** Adds a stage entered on a date: {@code addStage(StageChange.of(stage, date))}. */
    public Builder addStage(GroupStage stage, LocalDate date) {
      return addStage(StageChange.of(stage, date));
    }
  }
}
