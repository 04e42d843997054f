package org.agricluster.cluster;

import static org.agricluster.internal.Check.notNull;

import java.time.LocalDate;

/**
 * An actor joining or leaving a cluster on a date.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MembershipChange {
  /** Joining or leaving. */
  public enum Kind {
    /** The actor joined. */
    JOINED,
    /** The actor left. */
    LEFT
  }

  private final String actorId;
  private final Kind kind;
  private final LocalDate date;

  private MembershipChange(String actorId, Kind kind, LocalDate date) {
    this.actorId = actorId;
    this.kind = kind;
    this.date = date;
  }

  /** The actor joined on the date. */
  public static MembershipChange joined(String actorId, LocalDate date) {
    return new MembershipChange(notNull(actorId, "actorId"), Kind.JOINED, notNull(date, "date"));
  }

  /** The actor left on the date. */
  public static MembershipChange left(String actorId, LocalDate date) {
    return new MembershipChange(notNull(actorId, "actorId"), Kind.LEFT, notNull(date, "date"));
  }

  /** The actor's id. */
  public String actorId() {
    return actorId;
  }

  /** Joined or left. */
  public Kind kind() {
    return kind;
  }

  /** When. */
  public LocalDate date() {
    return date;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof MembershipChange && ((MembershipChange) obj).actorId.equals(actorId)
        && ((MembershipChange) obj).kind == kind && ((MembershipChange) obj).date.equals(date);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(actorId, kind, date);
  }

  /** {@code 2021-03-01 panha JOINED}. */
  @Override
  public String toString() {
    return date + " " + actorId + " " + kind;
  }
}
