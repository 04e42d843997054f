package org.agricluster.strategy;

import static org.agricluster.internal.Check.notNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.agricluster.actor.Actor;
import org.agricluster.internal.Check;

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
public final class Action {
  private final String id;
  private final String description;
  private final Actor owner;
  private final LocalDate due;
  private final ImmutableList<Update> history;

  private Action(String id, String description, Actor owner, LocalDate due, ImmutableList<Update> history) {
    this.id = id;
    this.description = description;
    this.owner = owner;
    this.due = due;
    this.history = history;
  }

  /**
   * A planned action.
   *
   * @param agreed the day it was agreed (the history's first entry)
   * @throws IllegalArgumentException if the id or description is blank or it is due before it was agreed
   */
  public static Action of(String id, String description, Actor owner, LocalDate due, LocalDate agreed) {
    notNull(id, "id");
    notNull(description, "description");
    notNull(owner, "owner");
    notNull(due, "due");
    notNull(agreed, "agreed");
    if (id.isBlank() || description.isBlank()) {
      throw Check.refusal("Id and description of an action", "not blank", "'" + id + "', '" + description + "'");
    }
    if (due.isBefore(agreed)) {
      throw Check.refusal("Due date of action " + id, "on or after the day it was agreed, " + agreed, due);
    }
    return new Action(id.strip(), description.strip(), owner, due,
        ImmutableList.of(new Update(ActionStatus.PLANNED, agreed, "agreed", false)));
  }

  /**
   * This action with a follow-up.
   *
   * @throws IllegalArgumentException if the date is before the last update, or the action is done
   *     or dropped (reopen it first)
   */
  public Action withStatus(ActionStatus status, LocalDate date, String note) {
    notNull(status, "status");
    notNull(date, "date");
    notNull(note, "note");
    Update last = history.get(history.size() - 1);
    if (last.status().isTerminal()) {
      throw Check.refusal("Update of action " + id + ", which is " + last.status() + " since " + last.date(),
          "none (reopen it first with withReopening)", status + " on " + date);
    }
    return append(new Update(status, date, note, false), last);
  }

  /**
   * This action reopened after it was done or dropped: its status becomes in progress.
   *
   * @throws IllegalArgumentException if the action is not done or dropped, or the date is before the last update
   */
  public Action withReopening(LocalDate date, String reason) {
    notNull(date, "date");
    notNull(reason, "reason");
    Update last = history.get(history.size() - 1);
    if (!last.status().isTerminal()) {
      throw Check.refusal("Status of action " + id + " to reopen", "DONE or DROPPED", last.status());
    }
    return append(new Update(ActionStatus.IN_PROGRESS, date, reason, true), last);
  }

  private Action append(Update next, Update last) {
    if (next.date().isBefore(last.date())) {
      throw Check.refusal("Date of the update of action " + id, "on or after " + last.date(), next.date());
    }
    List<Update> h = new ArrayList<>(history);
    h.add(next);
    return new Action(id, description, owner, due, ImmutableList.copyOf(h));
  }

  /** The action's id ("A1"). */
  public String id() {
    return id;
  }

  /** What is to be done. */
  public String description() {
    return description;
  }

  /** Who is responsible. */
  public Actor owner() {
    return owner;
  }

  /** When it is due. */
  public LocalDate due() {
    return due;
  }

  /** The status history, in date order, starting with the agreement. */
  public ImmutableList<Update> history() {
    return history;
  }

  /** The current status: the last entry's. */
  public ActionStatus status() {
    return history.get(history.size() - 1).status();
  }

  /** Actions grouped by owner, owners in order of first appearance. */
  public static com.google.common.collect.ImmutableListMultimap<Actor, Action> byOwner(List<Action> actions) {
    notNull(actions, "actions");
    return actions.stream().collect(com.google.common.collect.ImmutableListMultimap.toImmutableListMultimap(
        a -> notNull(a, "action").owner(), a -> a));
  }

  /** The actions that are overdue on a day. */
  public static ImmutableList<Action> overdue(List<Action> actions, LocalDate today) {
    notNull(actions, "actions");
    notNull(today, "today");
    return actions.stream().filter(a -> a.isOverdue(today)).collect(ImmutableList.toImmutableList());
  }

  /** Whether the action is past due on a day and neither done nor dropped. */
  public boolean isOverdue(LocalDate today) {
    return notNull(today, "today").isAfter(due) && !status().isTerminal();
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof Action)) {
      return false;
    }
    Action o = (Action) obj;
    return id.equals(o.id) && description.equals(o.description) && owner.equals(o.owner) && due.equals(o.due)
        && history.equals(o.history);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(id, description, owner.id(), due, history);
  }

  /** {@code A1 Organise bulk purchase of seed (Mr Khin Seang, due 2024-03-31): IN_PROGRESS}. */
  @Override
  public String toString() {
    return id + " " + description + " (" + owner.name() + ", due " + due + "): " + status();
  }

  /**
   * One entry of an action's history.
   *
   * @param status the status from this date
   * @param date the day of the follow-up
   * @param note what was found or decided
   * @param reopened whether this entry reopened a done or dropped action
   */
  public record Update(ActionStatus status, LocalDate date, String note, boolean reopened) {
    /**
     * Validates the entry.
     *
     * @throws IllegalArgumentException if the note is blank, or a reopening entry's status is not
     *     {@code IN_PROGRESS}
     */
    public Update {
      notNull(status, "status");
      notNull(date, "date");
      notNull(note, "note");
      if (note.isBlank()) {
        throw Check.refusal("Note of the update of " + date, "not blank", Check.quoted(note));
      }
      if (reopened && status != ActionStatus.IN_PROGRESS) {
        throw Check.refusal("Status of the update reopening an action on " + date, "IN_PROGRESS", status);
      }
    }
  }
}
