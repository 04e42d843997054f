package org.agricluster.strategy;

import static org.agricluster.internal.Check.notNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import java.time.LocalDate;
import java.util.List;
import org.agricluster.actor.Actor;
import org.agricluster.internal.Check;
import org.immutables.value.Value;

/**
 * An action agreed at the MSP, with an owner, a due date and a history of follow-ups (CHAIN §5.3
 * step 14: "an action list with responsible actors"; §5.4 backstopping).
 *
 * <pre>{@code
 * Action a = Action.of("A1", "Organise bulk purchase of seed", khinSeang, LocalDate.of(2024, 3, 31), agreedOn);
 * a = a.withStatus(ActionStatus.IN_PROGRESS, LocalDate.of(2024, 3, 10), "quotes from two depots");
 * a.isOverdue(LocalDate.of(2024, 4, 15));   // true unless done or dropped
 * }</pre>
 *
 * <p>The history is in date order, starts {@link ActionStatus#PLANNED} and never leaves a terminal
 * status (done, dropped) except by an explicit {@link #withReopening}. Like every history in the
 * library (a group's {@code withStage}, a cluster's {@code withMembershipChange}), it grows by
 * {@code with…} methods that return a new value. This class is immutable and thread-safe.
 */
public abstract class Action {
  Action() {}

  /**
   * A planned action.
   *
   * @param agreed the day it was agreed (the history's first entry)
   * @throws IllegalArgumentException if the id or description is blank or it is due before it was agreed
   */
  public static Action of(String id, String description, Actor owner, LocalDate due, LocalDate agreed) {
    return ImmutableAction.builder().id(id).description(description).owner(owner).due(due)
        .addHistory(Update.of(ActionStatus.PLANNED, agreed, "agreed", false)).build();
  }

  /**
   * An action with the history it already has (one read back from a document), validated as every
   * action is.
   *
   * @throws IllegalArgumentException if the id or description is blank, the history does not start
   *     {@code PLANNED}, is out of date order, or leaves a done or dropped status without a reopening
   */
  public static Action of(String id, String description, Actor owner, LocalDate due, List<Update> history) {
    return ImmutableAction.builder().id(id).description(description).owner(owner).due(due).history(history).build();
  }

  /** The action's id ("A1"). */
  public abstract String id();

  /** What is to be done. */
  public abstract String description();

  /** Who is responsible. */
  public abstract Actor owner();

  /** When it is due. */
  public abstract LocalDate due();

  /** The status history, in date order, starting with the agreement. */
  public abstract ImmutableList<Update> history();

  /**
   * Validates the action however it is made: id and description not blank (and stripped), due on or
   * after the day it was agreed, a history that starts {@code PLANNED}, runs in date order and leaves
   * a terminal status only by a reopening entry.
   */
  @Value.Check
  Action check() {
    String id = id().strip();
    if (id.isEmpty() || description().isBlank()) {
      throw Check.refusal("Id and description of an action", "not blank", "'" + id() + "', '" + description() + "'");
    }
    if (history().isEmpty() || history().get(0).status() != ActionStatus.PLANNED) {
      throw Check.refusal("First entry of the history of action " + id, "PLANNED (the day it was agreed)",
          history().isEmpty() ? "no entry" : history().get(0));
    }
    LocalDate agreed = history().get(0).date();
    if (due().isBefore(agreed)) {
      throw Check.refusal("Due date of action " + id, "on or after the day it was agreed, " + agreed, due());
    }
    for (int i = 1; i < history().size(); i++) {
      Update last = history().get(i - 1);
      Update next = history().get(i);
      if (next.reopened() && !last.status().isTerminal()) {
        throw Check.refusal("Status of action " + id + " to reopen", "DONE or DROPPED", last.status());
      }
      if (!next.reopened() && last.status().isTerminal()) {
        throw Check.refusal("Update of action " + id + ", which is " + last.status() + " since " + last.date(),
            "none (reopen it first with withReopening)", next.status() + " on " + next.date());
      }
      if (next.date().isBefore(last.date())) {
        throw Check.refusal("Date of the update of action " + id, "on or after " + last.date(), next.date());
      }
    }
    boolean stripped = id.equals(id()) && description().strip().equals(description());
    return stripped ? this : ImmutableAction.builder().from(this).id(id).description(description().strip()).build();
  }

  /**
   * This action with a follow-up.
   *
   * @throws IllegalArgumentException if the date is before the last update, or the action is done
   *     or dropped (reopen it first)
   */
  public Action withStatus(ActionStatus status, LocalDate date, String note) {
    return ImmutableAction.builder().from(this).addHistory(Update.of(status, date, note, false)).build();
  }

  /**
   * This action reopened after it was done or dropped: its status becomes in progress.
   *
   * @throws IllegalArgumentException if the action is not done or dropped, or the date is before the last update
   */
  public Action withReopening(LocalDate date, String reason) {
    return ImmutableAction.builder().from(this).addHistory(Update.of(ActionStatus.IN_PROGRESS, date, reason, true)).build();
  }

  /** The current status: the last entry's. */
  public ActionStatus status() {
    return history().get(history().size() - 1).status();
  }

  /** Actions grouped by owner, owners in order of first appearance. */
  public static ImmutableListMultimap<Actor, Action> byOwner(List<Action> actions) {
    notNull(actions, "actions");
    return actions.stream().collect(ImmutableListMultimap.toImmutableListMultimap(a -> notNull(a, "action").owner(), a -> a));
  }

  /** The actions that are overdue on a day. */
  public static ImmutableList<Action> overdue(List<Action> actions, LocalDate today) {
    notNull(actions, "actions");
    notNull(today, "today");
    return actions.stream().filter(a -> a.isOverdue(today)).collect(ImmutableList.toImmutableList());
  }

  /** Whether the action is past due on a day and neither done nor dropped. */
  public boolean isOverdue(LocalDate today) {
    return notNull(today, "today").isAfter(due()) && !status().isTerminal();
  }

  /** {@code A1 Organise bulk purchase of seed (Mr Khin Seang, due 2024-03-31): IN_PROGRESS}. */
  @Override
  public String toString() {
    return id() + " " + description() + " (" + owner().name() + ", due " + due() + "): " + status();
  }

  /**
   * One entry of an action's history: the status from a date, what was found or decided, and whether
   * it reopened a done or dropped action.
   *
   * <p>This class is immutable and thread-safe.
   */
  public abstract static class Update {
    Update() {}

    /**
     * An entry.
     *
     * @throws IllegalArgumentException if the note is blank, or a reopening entry's status is not
     *     {@code IN_PROGRESS}
     */
    public static Update of(ActionStatus status, LocalDate date, String note, boolean reopened) {
      return ImmutableUpdate.builder().status(status).date(date).note(note).reopened(reopened).build();
    }

    /** The status from this date. */
    public abstract ActionStatus status();

    /** The day of the follow-up. */
    public abstract LocalDate date();

    /** What was found or decided. */
    public abstract String note();

    /** Whether this entry reopened a done or dropped action. */
    public abstract boolean reopened();

    @Value.Check
    void check() {
      if (note().isBlank()) {
        throw Check.refusal("Note of the update of " + date(), "not blank", Check.quoted(note()));
      }
      if (reopened() && status() != ActionStatus.IN_PROGRESS) {
        throw Check.refusal("Status of the update reopening an action on " + date(), "IN_PROGRESS", status());
      }
    }

    /** {@code 2024-03-10 IN_PROGRESS: quotes from two depots}. */
    @Override
    public String toString() {
      return date() + " " + status() + (reopened() ? " (reopened)" : "") + ": " + note();
    }
  }
}
