package org.agricluster.strategy;

import static org.agricluster.internal.Check.notNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.agricluster.actor.Actor;
import org.agricluster.actor.Gender;
import org.agricluster.actor.StakeholderCategory;
import org.agricluster.internal.Check;
import org.agricluster.internal.Words;
import org.immutables.value.Value;

/**
 * A multi-stakeholder platform (MSP) meeting (CHAIN §5.3): date and place, a timed agenda with a
 * responsible actor per item (Annex 5), who attended, whether women spoke (§5.3 tips 4–5), the
 * decisions taken and the actions agreed.
 *
 * <pre>{@code
 * Meeting first = Meeting.builder(LocalDate.of(2024, 2, 20), "Sesan district hall")
 *     .agenda(Meeting.annex5Agenda(LocalTime.of(8, 0), facilitator, communeChief))
 *     .attendees(actors).womenSpoke(true).addDecision("Form the Sesan vegetable cluster").addAction(a1).build();
 * first.attendanceByCategory();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Meeting {
  Meeting() {}

  /** A builder for a meeting on a date at a place. */
  public static Builder builder(LocalDate date, String place) {
    return new Builder().date(date).place(place);
  }

  /**
   * The first MSP meeting's agenda after CHAIN Annex 5, as a half-day from {@code start}: opening,
   * the cluster approach, the market potential and problems, value propositions, a common vision,
   * next steps.
   */
  public static List<AgendaItem> annex5Agenda(LocalTime start, Actor facilitator, Actor guestOfHonour) {
    notNull(start, "start");
    notNull(facilitator, "facilitator");
    notNull(guestOfHonour, "guestOfHonour");
    String[] titles = {
        "Registration and opening remarks", "What an agribusiness cluster is and why it matters",
        "Part 1: market potential and problems faced by cluster members",
        "Value propositions: production actors to marketing actors, and back; supporters' offers",
        "Part 2: potential to develop the vegetable business and a common vision for the cluster",
        "Action list, responsible actors and next meeting"};
    int[] minutes = {30, 30, 45, 60, 45, 30};
    List<AgendaItem> items = new ArrayList<>();
    LocalTime t = start;
    for (int i = 0; i < titles.length; i++) {
      items.add(AgendaItem.of(t, minutes[i], titles[i], i == 0 ? guestOfHonour : facilitator));
      t = t.plusMinutes(minutes[i]);
    }
    return items;
  }

  /** The date. */
  public abstract LocalDate date();

  /** The place. */
  public abstract String place();

  /** The agenda, in time order. */
  public abstract ImmutableList<AgendaItem> agenda();

  /** Who attended. */
  public abstract ImmutableList<Actor> attendees();

  /** Whether women spoke (CHAIN §5.3 tips 4–5: give women the floor); false unless recorded. */
  @Value.Default
  public boolean womenSpoke() {
    return false;
  }

  /** The decisions taken. */
  public abstract ImmutableList<String> decisions();

  /** The actions agreed. */
  public abstract ImmutableList<Action> actions();

  /**
   * Validates the meeting however it is made; the place is stripped.
   *
   * @throws IllegalArgumentException if the place or a decision is blank, an attendee appears twice,
   *     or agenda items overlap or are out of order
   */
  @Value.Check
  Meeting check() {
    if (place().isBlank()) {
      throw Check.refusal("Place of the meeting on " + date(), "not blank", Check.quoted(place()));
    }
    Set<String> seen = new HashSet<>();
    for (Actor a : attendees()) {
      if (!seen.add(a.id())) {
        throw Check.refusal("Attendees of the meeting on " + date(), "listed once", a.name() + " twice");
      }
    }
    for (String decision : decisions()) {
      if (decision.isBlank()) {
        throw Check.refusal("Decision of the meeting on " + date(), "not blank", Check.quoted(decision));
      }
    }
    for (int i = 1; i < agenda().size(); i++) {
      AgendaItem before = agenda().get(i - 1);
      if (agenda().get(i).start().isBefore(before.start().plusMinutes(before.minutes()))) {
        throw Check.refusal("Start of agenda item '" + agenda().get(i).title() + "'", "after '" + before.title() + "' ends",
            agenda().get(i).start());
      }
    }
    return place().equals(place().strip()) ? this : new Builder().from(this).place(place().strip()).build();
  }

  /** Attendees per stakeholder category of their primary role; the counts sum to the number of attendees. */
  public ImmutableMap<StakeholderCategory, Integer> attendanceByCategory() {
    Map<StakeholderCategory, Integer> counts = new EnumMap<>(StakeholderCategory.class);
    for (StakeholderCategory c : StakeholderCategory.values()) {
      counts.put(c, (int) attendees().stream().filter(a -> a.primaryRole().category() == c).count());
    }
    return ImmutableMap.copyOf(counts);
  }

  /**
   * Attendees per gender, organisations and unrecorded genders counted as {@link Gender#UNDISCLOSED};
   * the counts sum to the number of attendees.
   */
  public ImmutableMap<Gender, Integer> attendanceByGender() {
    Map<Gender, Integer> counts = new EnumMap<>(Gender.class);
    for (Gender g : Gender.values()) {
      counts.put(g, (int) attendees().stream().filter(a -> a.gender().orElse(Gender.UNDISCLOSED) == g).count());
    }
    return ImmutableMap.copyOf(counts);
  }

  /** {@code Meeting{2024-02-20 Sesan district hall, 12 attendees, 2 decisions, 3 actions}}. */
  @Override
  public String toString() {
    return "Meeting{" + date() + " " + place() + ", " + Words.count(attendees().size(), "attendee") + ", "
        + Words.count(decisions().size(), "decision") + ", " + Words.count(actions().size(), "action") + "}";
  }

  /**
   * One timed agenda item with its responsible actor: {@code 08:30–09:00 What an agribusiness cluster
   * is (facilitator)}.
   *
   * <p>This class is immutable and thread-safe.
   */
  @Value.Immutable
  public abstract static class AgendaItem {
    AgendaItem() {}

    /**
     * An agenda item.
     *
     * @throws IllegalArgumentException if the title is blank or the minutes not positive
     */
    public static AgendaItem of(LocalTime start, int minutes, String title, Actor responsible) {
      return ImmutableAgendaItem.builder().start(start).minutes(minutes).title(title).responsible(responsible).build();
    }

    /** When it starts. */
    public abstract LocalTime start();

    /** How long it takes, in minutes. */
    public abstract int minutes();

    /** What it is. */
    public abstract String title();

    /** Who leads it. */
    public abstract Actor responsible();

    @Value.Check
    void check() {
      if (minutes() <= 0 || title().isBlank() || minutes() > 24 * 60) {
        throw Check.refusal("Agenda item '" + title() + "'", "a title and 1..1440 minutes", minutes() + " minutes");
      }
    }

    @Override
    public String toString() {
      return start() + "–" + start().plusMinutes(minutes()) + " " + title() + " (" + responsible().name() + ")";
    }
  }

  /**
   * Builds a {@link Meeting}: {@code agenda(list)} and {@code attendees(list)} replace, {@code
   * addDecision} and {@code addAction} add.
   */
  public static final class Builder extends ImmutableMeeting.Builder {
    Builder() {}
  }
}
