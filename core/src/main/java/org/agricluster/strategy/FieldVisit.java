package org.agricluster.strategy;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.agricluster.actor.Actor;
import org.agricluster.internal.Check;
import org.agricluster.internal.Words;
import org.immutables.value.Value;

/**
 * A field visit: when, where, what for (observe, discuss, interview, validate — CHAIN guide §5.1 —
 * or a backstopping follow-up, §5.4), who was met, what was found, and the interviews held.
 *
 * <pre>{@code
 * FieldVisit visit = FieldVisit.builder(LocalDate.of(2018, 9, 12), "Orrusey market", MappingActivity.INTERVIEW)
 *     .addMet(panha).addFindings("Collects about 500 kg a day").addInterviews(interview).build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public abstract class FieldVisit {
  FieldVisit() {}

  /** A builder for a visit on a date at a place for an activity. */
  public static Builder builder(LocalDate date, String place, MappingActivity activity) {
    return new Builder().date(date).place(place).activity(activity);
  }

  /** When. */
  public abstract LocalDate date();

  /** Where: a village, a market, a shop. */
  public abstract String place();

  /** What for. */
  public abstract MappingActivity activity();

  /** Who was met. */
  public abstract ImmutableList<Actor> met();

  /** What was found, one finding per line. */
  public abstract ImmutableList<String> findings();

  /** The interviews held on the visit, each of someone met. */
  public abstract ImmutableList<Interview> interviews();

  /**
   * Validates the visit however it is made.
   *
   * @throws IllegalArgumentException if the place or a finding is blank or not one line, someone is
   *     listed twice, or an interview is of someone not met or on another day
   */
  @Value.Check
  void check() {
    String thing = "field visit of " + date();
    Check.singleLine(Check.text(place(), "Place of the " + thing), "Place of the " + thing);
    for (String finding : findings()) {
      Check.singleLine(Check.text(finding, "Finding of the " + thing), "Finding of the " + thing);
    }
    Set<String> ids = new HashSet<>();
    for (Actor a : met()) {
      if (!ids.add(a.id())) {
        throw Check.refusal("Actors met on the " + thing, "each listed once", a.name() + " twice");
      }
    }
    for (Interview i : interviews()) {
      if (!met().contains(i.actor())) {
        throw Check.refusal("Interview on the " + thing, "of someone met on the visit", i.actor().name());
      }
      if (!i.date().equals(date())) {
        throw Check.refusal("Date of the interview of " + i.actor().name() + " on the " + thing, date().toString(), i.date());
      }
    }
  }

  /** {@code FieldVisit{2018-09-12 Orrusey market, interview, 2 met, 3 findings, 1 interview}}. */
  @Override
  public String toString() {
    return "FieldVisit{" + date() + " " + place() + ", " + activity().label() + ", " + met().size() + " met, "
        + Words.count(findings().size(), "finding") + ", " + Words.count(interviews().size(), "interview") + "}";
  }

  /** Builds a {@link FieldVisit}: {@code addMet}, {@code addFindings}, {@code addInterviews} add. */
  public static final class Builder extends ImmutableFieldVisit.Builder {
    Builder() {}
  }
}
