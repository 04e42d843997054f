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
import org.agricluster.actor.ChainFunction;
import org.agricluster.actor.Role;
import org.agricluster.cluster.Cluster;
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
 *     .agenda(Meeting.annex5Agenda(LocalTime.of(7, 30), cluster))
 *     .attendees(actors).womenSpoke(true).addDecision("Form the Sesan vegetable cluster").addAction(a1).build();
 * first.attendanceByCategory();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public abstract class Meeting {
  Meeting() {}

  /** A builder for a meeting on a date at a place. */
  public static Builder builder(LocalDate date, String place) {
    return new Builder().date(date).place(place);
  }

  /**
   * The MSP meeting agenda of CHAIN guide Annex 5 as a ready template, its times shifted to begin at
   * {@code start} (the guide starts at 07:30): registration; opening remarks and the local business
   * situation; welcome speech; introduction to agribusiness clusters; Part 1 (market potential and
   * problems) with presentations by traders, producer groups and input suppliers around a
   * refreshments break; Part 2 plenary on opportunities and solutions; Part 3 supporting actors
   * (financial sector, development partners); Part 4 value propositions, problems, solutions and
   * responsible actors; wrap-up; lunch. Presenters are drawn from the cluster: its marketing actors,
   * the representatives (committee) of its producer groups, its input suppliers, its financial
   * institutions and its other supporters and enablers.
   */
  public static List<AgendaItem> annex5Agenda(LocalTime start, Cluster cluster) {
    notNull(start, "start");
    notNull(cluster, "cluster");
    List<Actor> traders = cluster.directActors().stream().filter(a -> a.primaryRole().function() == ChainFunction.MARKETING).toList();
    List<Actor> groups = cluster.groups().stream().flatMap(g -> g.committee().stream().limit(1)).toList();
    List<Actor> suppliers = cluster.directActors().stream()
        .filter(a -> a.primaryRole() == Role.INPUT_SUPPLIER || a.primaryRole() == Role.SEED_COMPANY).toList();
    List<Actor> finance = cluster.directActors().stream().filter(a -> a.primaryRole() == Role.FINANCIAL_INSTITUTION).toList();
    List<Actor> partners = cluster.directActors().stream().filter(a -> a.primaryRole().function() == ChainFunction.SUPPORT
        && a.primaryRole() != Role.FINANCIAL_INSTITUTION && a.primaryRole() != Role.LOCAL_AUTHORITY).toList();
    List<Actor> authority = cluster.directActors().stream().filter(a -> a.primaryRole() == Role.LOCAL_AUTHORITY).limit(1).toList();
    String part1 = "Part 1: Market potential and problems faced by cluster members";
    String part2 = "Part 2: Potential to develop the business and common vision for the cluster";
    String part3 = "Part 3: Supporting actors";
    String part4 = "Part 4: Agreement and next steps for the selected business cluster";
    Object[][] rows = {
        {15 * 2, "Registration", "Value chain team", List.of(), ""},
        {15, "Opening remarks and presentation on the local business situation", "Commune chief", authority, ""},
        {15, "Welcome speech", "Director of PDAFF", List.of(), ""},
        {10, "Introduction to agribusiness clusters", "Facilitator", List.of(), ""},
        {30, "Presentations by traders", "Actors in the business cluster", traders, part1},
        {30, "Presentations by producers/farmers", "Representatives of each farmer group", groups, part1},
        {15, "Refreshments", "All", List.of(), part1},
        {30, "Presentations by input suppliers", "Actors in the business cluster", suppliers, part1},
        {30, "Discuss opportunities and solutions to common problems", "Plenary discussion", List.of(), part2},
        {25, "Presentation by financial sector representatives (MFIs/banks)", "Representative of MFIs and/or banks", finance, part3},
        {30, "Presentations by development partners, private and public sector actors", "Representatives of supporting actors",
            partners, part3},
        {35, "Develop value propositions and the business strategy; list problems, solutions and responsible actors",
            "Plenary discussion", List.of(), part4},
        {5, "Wrap-up", "CHAIN representative", List.of(), ""},
        {60, "Lunch", "All", List.of(), ""}};
    List<AgendaItem> items = new ArrayList<>();
    LocalTime t = start;
    for (Object[] row : rows) {
      int minutes = (Integer) row[0];
      @SuppressWarnings("unchecked")
      List<Actor> presenters = (List<Actor>) row[3];
      items.add(AgendaItem.builder(t, minutes, (String) row[1], (String) row[2]).presenters(presenters).part((String) row[4]).build());
      t = t.plusMinutes(minutes);
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
   * One timed agenda item with who is responsible and the actors who present: {@code 08:30–08:40
   * Introduction to agribusiness clusters (Facilitator)}.
   *
   * <p>This class is immutable and thread-safe.
   */
  public abstract static class AgendaItem {
    AgendaItem() {}

    /**
     * An agenda item led by an actor, who is its responsible and only presenter.
     *
     * @throws IllegalArgumentException if the title is blank or the minutes not 1..1440
     */
    public static AgendaItem of(LocalTime start, int minutes, String title, Actor responsible) {
      notNull(responsible, "responsible");
      return builder(start, minutes, title, responsible.name()).addPresenters(responsible).build();
    }

    /** A builder for an item whose responsible is described in words ("Plenary discussion", "Commune chief"). */
    public static Builder builder(LocalTime start, int minutes, String title, String responsible) {
      return new Builder().start(start).minutes(minutes).title(title).responsible(responsible);
    }

    /** When it starts. */
    public abstract LocalTime start();

    /** How long it takes, in minutes. */
    public abstract int minutes();

    /** When it ends. */
    public LocalTime end() {
      return start().plusMinutes(minutes());
    }

    /** What it is. */
    public abstract String title();

    /** Who is responsible, in the words of the agenda ("Representatives of each farmer group"). */
    public abstract String responsible();

    /** The actors who present or lead it; may be empty (registration, a plenary). */
    public abstract ImmutableList<Actor> presenters();

    /** The part of the agenda it belongs to ("Part 1: …"); empty outside the parts. */
    @Value.Default
    public String part() {
      return "";
    }

    @Value.Check
    void check() {
      if (minutes() <= 0 || title().isBlank() || minutes() > 24 * 60) {
        throw Check.refusal("Agenda item '" + title() + "'", "a title and 1..1440 minutes", minutes() + " minutes");
      }
      Check.singleLine(Check.text(responsible(), "Responsible of agenda item '" + title() + "'"),
          "Responsible of agenda item '" + title() + "'");
      Check.singleLine(part(), "Part of agenda item '" + title() + "'");
    }

    @Override
    public String toString() {
      return start() + "–" + end() + " " + title() + " (" + responsible() + ")";
    }

    /** Builds an {@link AgendaItem}: {@code presenters(list)} replaces, {@code addPresenters} adds. */
    public static final class Builder extends ImmutableAgendaItem.Builder {
      Builder() {}
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
