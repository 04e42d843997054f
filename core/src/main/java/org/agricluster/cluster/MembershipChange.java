package org.agricluster.cluster;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * An actor joining or leaving a cluster on a date.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
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

  /** {@code 2021-03-01 panha JOINED}. */
  @Override
  public String toString() {
    return date() + " " + actorId() + " " + kind();
  }
}
