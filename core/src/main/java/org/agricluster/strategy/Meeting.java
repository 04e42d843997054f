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

/**
 * A multi-stakeholder platform (MSP) meeting (CHAIN §5.3): date and place, a timed agenda with a
 * responsible actor per item (Annex 5), who attended, whether women spoke (§5.3 tips 4–5), the
 * decisions taken and the actions agreed.
 *
 * <pre>{@code
 * Meeting first = Meeting.builder(LocalDate.of(2024, 2, 20), "Sesan district hall")
 *     .agenda(Meeting.annex5Agenda(LocalTime.of(8, 0), facilitator, communeChief))
 *     .attendees(actors).womenSpoke(true).decision("Form the Sesan vegetable cluster").action(a1).build();
 * first.attendanceByCategory();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Meeting {
  private final LocalDate date;
  private final String place;
  private final ImmutableList<AgendaItem> agenda;
  private final ImmutableList<Actor> attendees;
  private final boolean womenSpoke;
  private final ImmutableList<String> decisions;
  private final ImmutableList<Action> actions;

  private Meeting(Builder b) {
    this.date = b.date;
    this.place = b.place;
    this.agenda = ImmutableList.copyOf(b.agenda);
    this.attendees = ImmutableList.copyOf(b.attendees);
    this.womenSpoke = b.womenSpoke;
    this.decisions = ImmutableList.copyOf(b.decisions);
    this.actions = ImmutableList.copyOf(b.actions);
  }

  /** A builder for a meeting on a date at a place. */
  public static Builder builder(LocalDate date, String place) {
    return new Builder(notNull(date, "date"), notNull(place, "place"));
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
  public LocalDate date() {
    return date;
  }

  /** The place. */
  public String place() {
    return place;
  }

  /** The agenda, in time order. */
  public ImmutableList<AgendaItem> agenda() {
    return agenda;
  }

  /** Who attended. */
  public ImmutableList<Actor> attendees() {
    return attendees;
  }

  /** Whether women spoke (CHAIN §5.3 tips 4–5: give women the floor). */
  public boolean womenSpoke() {
    return womenSpoke;
  }

  /** The decisions taken. */
  public ImmutableList<String> decisions() {
    return decisions;
  }

  /** The actions agreed. */
  public ImmutableList<Action> actions() {
    return actions;
  }

  /** Attendees per stakeholder category of their primary role; the counts sum to the number of attendees. */
  public ImmutableMap<StakeholderCategory, Integer> attendanceByCategory() {
    Map<StakeholderCategory, Integer> counts = new EnumMap<>(StakeholderCategory.class);
    for (StakeholderCategory c : StakeholderCategory.values()) {
      counts.put(c, (int) attendees.stream().filter(a -> a.primaryRole().category() == c).count());
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
      counts.put(g, (int) attendees.stream().filter(a -> a.gender().orElse(Gender.UNDISCLOSED) == g).count());
    }
    return ImmutableMap.copyOf(counts);
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof Meeting)) {
      return false;
    }
    Meeting o = (Meeting) obj;
    return date.equals(o.date) && place.equals(o.place) && agenda.equals(o.agenda) && attendees.equals(o.attendees)
        && womenSpoke == o.womenSpoke && decisions.equals(o.decisions) && actions.equals(o.actions);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(date, place, agenda, attendees.size(), womenSpoke, decisions, actions);
  }

  /** {@code Meeting{2024-02-20 Sesan district hall, 12 attendees, 2 decisions, 3 actions}}. */
  @Override
  public String toString() {
    return "Meeting{" + date + " " + place + ", " + attendees.size() + " attendees, " + decisions.size() + " decisions, "
        + actions.size() + " actions}";
  }

  /**
   * One timed agenda item with its responsible actor.
   *
   * @param start when it starts
   * @param minutes how long it takes, {@code > 0}
   * @param title what it is
   * @param responsible who leads it
   */
  public record AgendaItem(LocalTime start, int minutes, String title, Actor responsible) {
    /** Validates the item. */
    public AgendaItem {
      notNull(start, "start");
      notNull(title, "title");
      notNull(responsible, "responsible");
      if (minutes <= 0 || title.isBlank()) {
        throw Check.refusal("Agenda item '" + title + "'", "a title and > 0 minutes", minutes + " minutes");
      }
    }

    /** An agenda item. */
    public static AgendaItem of(LocalTime start, int minutes, String title, Actor responsible) {
      return new AgendaItem(start, minutes, title, responsible);
    }

    /** {@code 08:30–09:00 What an agribusiness cluster is (facilitator)}. */
    @Override
    public String toString() {
      return start + "–" + start.plusMinutes(minutes) + " " + title + " (" + responsible.name() + ")";
    }
  }

  /** Builds a {@link Meeting}. */
  public static final class Builder {
    private final LocalDate date;
    private final String place;
    private final List<AgendaItem> agenda = new ArrayList<>();
    private final List<Actor> attendees = new ArrayList<>();
    private boolean womenSpoke;
    private final List<String> decisions = new ArrayList<>();
    private final List<Action> actions = new ArrayList<>();

    private Builder(LocalDate date, String place) {
      this.date = date;
      this.place = place.strip();
    }

    /** Adds agenda items. */
    public Builder agenda(List<AgendaItem> items) {
      notNull(items, "items").forEach(i -> agenda.add(notNull(i, "item")));
      return this;
    }

    /** Adds attendees. */
    public Builder attendees(List<Actor> actors) {
      notNull(actors, "actors").forEach(a -> attendees.add(notNull(a, "attendee")));
      return this;
    }

    /** Records whether women spoke. */
    public Builder womenSpoke(boolean spoke) {
      this.womenSpoke = spoke;
      return this;
    }

    /** Adds a decision. */
    public Builder decision(String decision) {
      decisions.add(notNull(decision, "decision"));
      return this;
    }

    /** Adds an action agreed. */
    public Builder action(Action action) {
      actions.add(notNull(action, "action"));
      return this;
    }

    /**
     * Builds the meeting.
     *
     * @throws IllegalArgumentException if the place is blank, an attendee appears twice, or agenda
     *     items overlap or are out of order
     */
    public Meeting build() {
      if (place.isEmpty()) {
        throw Check.refusal("Place of the meeting on " + date, "not blank", "''");
      }
      Set<String> seen = new HashSet<>();
      for (Actor a : attendees) {
        if (!seen.add(a.id())) {
          throw Check.refusal("Attendees of the meeting on " + date, "listed once", a.name() + " twice");
        }
      }
      for (int i = 1; i < agenda.size(); i++) {
        AgendaItem before = agenda.get(i - 1);
        if (agenda.get(i).start().isBefore(before.start().plusMinutes(before.minutes()))) {
          throw Check.refusal("Start of agenda item '" + agenda.get(i).title() + "'", "after '" + before.title() + "' ends",
              agenda.get(i).start());
        }
      }
      return new Meeting(this);
    }
  }
}
