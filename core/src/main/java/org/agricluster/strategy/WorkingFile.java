package org.agricluster.strategy;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.agricluster.actor.Actor;
import org.agricluster.internal.Check;
import org.agricluster.internal.Words;
import org.immutables.value.Value;

/**
 * The facilitator's working file on a cluster's strategy (CHAIN guide Annex 6, kept up to date
 * during backstopping, §5.4): the rationale, the value propositions, the collective strategy, the
 * agreements, the meetings and the actions with their follow-up. It is what {@code
 * Documents.workingDocument} prints and what the strategy JSON document holds.
 *
 * <pre>{@code
 * WorkingFile file = WorkingFile.builder().rationale("Traders need more local produce.")
 *     .propositions(propositions).strategy(strategy).addMeeting(first).actions(actions).build();
 * file.actors();   // everyone the file refers to, once each
 * }</pre>
 *
 * <p>One actor id means one actor throughout the file: a file that names two different actors
 * with one id is refused, as is an action id used twice.
 *
 * <p>This class is immutable and thread-safe; two files are equal when every part is.
 */
public abstract class WorkingFile {
  WorkingFile() {}

  /** A builder; every part is optional. */
  public static Builder builder() {
    return new Builder();
  }

  /** Why the cluster: its rationale in a few sentences; empty until written. */
  @Value.Default
  public String rationale() {
    return "";
  }

  /** The value propositions made at the MSP meetings. */
  public abstract ImmutableList<ValueProposition> propositions();

  /** The collective business strategy; empty (every question open) until agreed. */
  @Value.Default
  public CollectiveStrategy strategy() {
    return CollectiveStrategy.builder().build();
  }

  /** The contract-farming agreements. */
  public abstract ImmutableList<ContractFarmingAgreement> agreements();

  /** The meetings, each with the actions it agreed as they stood that day. */
  public abstract ImmutableList<Meeting> meetings();

  /** The actions as they stand now, with their follow-up. */
  public abstract ImmutableList<Action> actions();

  /** The field visits recorded in the file, in date order: backstopping follow-ups (CHAIN guide §5.4) and others. */
  public abstract ImmutableList<FieldVisit> visits();

  @Value.Check
  void check() {
    actorsById();
    Set<String> ids = new HashSet<>();
    for (Action action : actions()) {
      if (!ids.add(action.id())) {
        throw Check.refusal("Id of action '" + action.description() + "'", "one no other action has", Check.quoted(action.id()));
      }
    }
    for (int i = 1; i < visits().size(); i++) {
      if (visits().get(i).date().isBefore(visits().get(i - 1).date())) {
        throw Check.refusal("Visits of a working file", "in date order", visits().get(i - 1).date() + " before " + visits().get(i).date());
      }
    }
  }

  /** Everyone the file refers to, once each, in order of first mention. */
  public ImmutableList<Actor> actors() {
    return ImmutableList.copyOf(actorsById().values());
  }

  private Map<String, Actor> actorsById() {
    Map<String, Actor> byId = new LinkedHashMap<>();
    Consumer<Actor> note = actor -> {
      Actor before = byId.putIfAbsent(actor.id(), actor);
      if (before != null && !before.equals(actor)) {
        throw Check.refusal("Actor id '" + actor.id() + "' in a working file", "one actor throughout",
            "two different actors: " + before + " and " + actor);
      }
    };
    for (ValueProposition p : propositions()) {
      note.accept(p.proposer());
      p.targets().forEach(note);
    }
    for (ImmutableList<Commitment> lines : ImmutableList.of(strategy().production(), strategy().marketing(), strategy().support())) {
      lines.forEach(c -> note.accept(c.who()));
    }
    for (ContractFarmingAgreement a : agreements()) {
      note.accept(a.buyer());
      note.accept(a.seller());
    }
    for (Meeting m : meetings()) {
      m.agenda().forEach(item -> item.presenters().forEach(note));
      m.attendees().forEach(note);
      m.actions().forEach(action -> note.accept(action.owner()));
    }
    actions().forEach(action -> note.accept(action.owner()));
    for (FieldVisit v : visits()) {
      v.met().forEach(note);
    }
    return byId;
  }

  @Override
  public String toString() {
    return "WorkingFile{" + Words.count(propositions().size(), "proposition") + ", " + strategy() + ", "
        + Words.count(agreements().size(), "agreement") + ", " + Words.count(meetings().size(), "meeting") + ", "
        + Words.count(actions().size(), "action") + ", " + Words.count(visits().size(), "visit") + "}";
  }

  /**
   * Builds a {@link WorkingFile}: {@code propositions(list)}, {@code agreements(list)}, {@code
   * meetings(list)} and {@code actions(list)} replace; {@code addProposition}, {@code addAgreement},
   * {@code addMeeting}, {@code addAction} and {@code addVisits} add; {@code visits(list)} replaces.
   */
  public static final class Builder extends ImmutableWorkingFile.Builder {
    Builder() {}
  }
}
