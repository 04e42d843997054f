package org.agricluster.cluster;

import static org.agricluster.internal.Check.notNull;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.agricluster.internal.Check;
import org.immutables.value.Value;

/**
 * An actor joining or leaving a cluster or a producer group on a date.
 *
 * <p>This class is immutable and thread-safe.
 */
public abstract class MembershipChange {
  /** Joining or leaving. */
  public enum Kind {
    /** The actor joined. */
    JOINED,
    /** The actor left. */
    LEFT
  }

  MembershipChange() {}

  /** The actor joined on the date. */
  public static MembershipChange joined(String actorId, LocalDate date) {
    return ImmutableMembershipChange.builder().actorId(actorId).kind(Kind.JOINED).date(date).build();
  }

  /** The actor left on the date. */
  public static MembershipChange left(String actorId, LocalDate date) {
    return ImmutableMembershipChange.builder().actorId(actorId).kind(Kind.LEFT).date(date).build();
  }

  /** The actor's id. */
  public abstract String actorId();

  /** Joined or left. */
  public abstract Kind kind();

  /** When. */
  public abstract LocalDate date();

  @Value.Check
  void check() {
    if (actorId().isBlank()) {
      throw Check.refusal("Actor id of a membership change", "not blank", "''");
    }
  }

  /**
   * Validates a membership log: changes in date order, only actors the owner knows, and each actor
   * alternately joining and leaving, joining first.
   */
  static void checkLog(List<MembershipChange> log, Collection<String> knownIds, String owner) {
    Map<String, MembershipChange> last = new HashMap<>();
    LocalDate previous = LocalDate.MIN;
    for (MembershipChange change : log) {
      if (!knownIds.contains(change.actorId())) {
        throw Check.refusal("Actor of the membership change " + change + " of " + owner,
            "one of its " + knownIds.size() + " actors", Check.quoted(change.actorId()) + ", not an actor of it");
      }
      if (change.date().isBefore(previous)) {
        throw Check.refusal("Membership change " + change + " of " + owner, "on or after " + previous, change.date());
      }
      previous = change.date();
      MembershipChange before = last.get(change.actorId());
      boolean joining = change.kind() == Kind.JOINED;
      boolean wasIn = before != null && before.kind() == Kind.JOINED;
      if (joining == wasIn) {
        throw Check.refusal("Membership change of " + change.actorId() + " in " + owner,
            wasIn ? "LEFT (joined on " + before.date() + ")" : "JOINED first (a member cannot leave before joining)", change);
      }
      last.put(change.actorId(), change);
    }
  }

  /** The ids of the members on a date by a log: those who joined on or before it and had not left. */
  static ImmutableSet<String> membersOn(List<MembershipChange> log, LocalDate date) {
    notNull(date, "date");
    Map<String, Boolean> in = new HashMap<>();
    for (MembershipChange change : log) {
      if (!change.date().isAfter(date)) {
        in.put(change.actorId(), change.kind() == Kind.JOINED);
      }
    }
    TreeSet<String> members = new TreeSet<>();
    in.forEach((id, member) -> {
      if (member) {
        members.add(id);
      }
    });
    return ImmutableSet.copyOf(members);
  }

  /** {@code 2021-03-01 panha JOINED}. */
  @Override
  public String toString() {
    return date() + " " + actorId() + " " + kind();
  }
}
