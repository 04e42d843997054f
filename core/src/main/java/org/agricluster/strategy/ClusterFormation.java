package org.agricluster.strategy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.agricluster.actor.Actor;
import org.agricluster.actor.AdminLevel;
import org.agricluster.actor.Role;
import org.agricluster.cluster.Cluster;
import org.agricluster.cluster.DevelopmentStep;
import org.agricluster.cluster.GroupStage;
import org.agricluster.cluster.ProducerGroup;
import org.agricluster.internal.Check;
import org.agricluster.internal.Words;
import org.agricluster.scoring.Candidate;
import org.agricluster.scoring.CutOff;
import org.agricluster.scoring.Evaluation;
import org.agricluster.scoring.Scorer;
import org.agricluster.scoring.Selection;
import org.immutables.value.Value;

/**
 * CHAIN step 2, selection of clusters and market-oriented social mobilisation (CHAIN guide §5.2):
 * at a meeting the facilitator lists the pros and cons of a cluster, the participants vote on
 * forming one and those who wish to join sign up; the priority areas of the rapid mapping are then
 * scored on the five Annex 4 criteria (1–5) by scorers from each stakeholder category, and the top
 * areas under a stated cut-off rule are selected. One representative per village speaks for its
 * group. {@link #cluster(String, String)} makes the cluster: one producer group per selected area of
 * the farmers who signed up there, the other actors who signed up as direct members.
 *
 * <pre>{@code
 * ClusterFormation formation = ClusterFormation.builder(mapping, annex4Evaluation, 3)
 *     .date(LocalDate.of(2018, 10, 4)).place("Badeum pagoda").cutOff(CutOff.EXCLUDE_TIES)
 *     .votesFor(participants).signUps(joined).putRepresentative("Kaphon", leader).build();
 * Cluster sesan = formation.cluster("Sesan vegetable cluster", "vegetables");
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public abstract class ClusterFormation {
  /** The common advantages of a cluster, as the CHAIN guide §5.2 lists them. */
  public static final ImmutableList<String> COMMON_ADVANTAGES = ImmutableList.of(
      "Better access to markets through the creation of minimum volumes and technical information",
      "Better access to inputs and micro-financing support",
      "Improved bargaining power",
      "Higher prices for produce sold, lower costs of inputs",
      "Opportunities to discuss problems with one's peers, with other value chain actors and supporting organisations and find solutions");

  /** The common disadvantages of a cluster, as the CHAIN guide §5.2 lists them. */
  public static final ImmutableList<String> COMMON_DISADVANTAGES = ImmutableList.of(
      "Lower flexibility to change technology",
      "A member who leaves over a disagreement on production, pricing or arrangements with traders and input suppliers can disrupt the cluster",
      "Members need to invest time to coordinate their collaboration",
      "A cluster will not work if its business objective is distorted for social or political ends: it needs a win-win outcome for all");

  ClusterFormation() {}

  /**
   * A builder from the rapid mapping, the Annex 4 evaluation of its priority areas and how many areas
   * to select.
   */
  public static Builder builder(RapidMapping mapping, Evaluation selectionScores, int areas) {
    return new Builder().mapping(mapping).selectionScores(selectionScores).areas(areas);
  }

  /**
   * A scorer for an actor, in the stakeholder category of its primary role (PDAFF extension staff are
   * local supporters; a commune chief is an enabler).
   */
  public static Scorer scorer(Actor actor) {
    Check.notNull(actor, "actor");
    return Scorer.of(actor.name(), actor.primaryRole().category().label());
  }

  /** The rapid mapping whose priority areas are the candidates. */
  public abstract RapidMapping mapping();

  /** The priority areas scored on the Annex 4 criteria. */
  public abstract Evaluation selectionScores();

  /** How many areas to select. */
  public abstract int areas();

  /** The rule for areas tied at the cut-off; ties are left out unless set. */
  @Value.Default
  public CutOff cutOff() {
    return CutOff.EXCLUDE_TIES;
  }

  /** The day of the meeting. */
  public abstract LocalDate date();

  /** Where. */
  public abstract String place();

  /** The advantages presented to the participants; the guide's common list unless set. */
  @Value.Default
  public ImmutableList<String> advantages() {
    return COMMON_ADVANTAGES;
  }

  /** The disadvantages presented to the participants; the guide's common list unless set. */
  @Value.Default
  public ImmutableList<String> disadvantages() {
    return COMMON_DISADVANTAGES;
  }

  /** Who voted to form the cluster. */
  public abstract ImmutableList<Actor> votesFor();

  /** Who voted against. */
  public abstract ImmutableList<Actor> votesAgainst();

  /** Who signed up with the facilitator after a positive vote. */
  public abstract ImmutableList<Actor> signUps();

  /** One representative per selected village or commune, by area name. */
  @Value.NaturalOrder
  public abstract ImmutableSortedMap<String, Actor> representatives();

  /**
   * Validates the formation however it is made.
   *
   * @throws IllegalArgumentException if the scored areas are not exactly the mapping's priority
   *     areas, the number to select is not 1..their number, someone voted twice, someone signed up
   *     after a vote that did not form the cluster or signed up twice, or a representative is not
   *     one of the farmers who signed up in a selected area of that name
   */
  @Value.Check
  void check() {
    Set<String> priority = names(mapping().priorityAreas().candidates());
    Set<String> scored = names(selectionScores().scorecard().candidates());
    if (!priority.equals(scored)) {
      throw Check.refusal("Areas scored on the Annex 4 criteria", "the rapid mapping's priority areas " + priority, scored);
    }
    if (areas() < 1 || areas() > priority.size()) {
      throw Check.refusal("Number of areas to select", "1.." + priority.size(), areas());
    }
    Check.singleLine(Check.text(place(), "Place of the selection meeting"), "Place of the selection meeting");
    Set<String> voted = new HashSet<>();
    for (Actor a : ImmutableList.<Actor>builder().addAll(votesFor()).addAll(votesAgainst()).build()) {
      if (!voted.add(a.id())) {
        throw Check.refusal("Votes on forming the cluster", "one per participant", a.name() + " twice");
      }
    }
    if (!formed() && !signUps().isEmpty()) {
      throw Check.refusal("Sign-ups", "none unless the vote forms the cluster",
          Words.count(signUps().size(), "sign-up") + " after " + votesFor().size() + " for, " + votesAgainst().size() + " against");
    }
    Set<String> joined = new HashSet<>();
    for (Actor a : signUps()) {
      if (!joined.add(a.id())) {
        throw Check.refusal("Sign-ups", "each actor once", a.name() + " twice");
      }
    }
    Set<String> selected = names(selectedAreas().candidates());
    for (Map.Entry<String, Actor> r : representatives().entrySet()) {
      Actor rep = r.getValue();
      if (!selected.contains(r.getKey())) {
        throw Check.refusal("Representative " + rep.name(), "for a selected area " + selected, r.getKey());
      }
      if (!joined.contains(rep.id()) || !isFarmer(rep) || !area(rep).equals(Optional.of(r.getKey()))) {
        throw Check.refusal("Representative of " + r.getKey(), "a farmer from " + r.getKey() + " who signed up",
            rep.name() + area(rep).map(v -> " of " + v).orElse(" (no village recorded)"));
      }
    }
  }

  private static Set<String> names(List<Candidate> candidates) {
    return candidates.stream().map(Candidate::name).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
  }

  /** Farmers are actors whose primary role is farmer; a trader who also farms is a direct member. */
  private static boolean isFarmer(Actor a) {
    return a.primaryRole() == Role.FARMER;
  }

  /** An actor's area: the name of its village, or else its commune. */
  private static Optional<String> area(Actor a) {
    return a.location().flatMap(l -> l.nameAt(AdminLevel.VILLAGE).or(() -> l.nameAt(AdminLevel.COMMUNE)));
  }

  /** Whether the vote forms the cluster: more votes for than against. */
  public boolean formed() {
    return votesFor().size() > votesAgainst().size();
  }

  /** The selected areas: the Annex 4 ranking's top {@link #areas()} under the {@link #cutOff()} rule. */
  public Selection selectedAreas() {
    return selectionScores().ranking().top(areas(), cutOff());
  }

  /** The scorers of the Annex 4 scoring by stakeholder category, with how many each category had. */
  public ImmutableMap<String, Integer> scorersByCategory() {
    Map<String, Integer> counts = new TreeMap<>();
    selectionScores().scorecard().scorers().forEach(s -> counts.merge(s.category(), 1, Integer::sum));
    return ImmutableMap.copyOf(counts);
  }

  /** The farmers who signed up in each selected area, by area in rank order. */
  public ImmutableMap<String, ImmutableList<Actor>> farmersByArea() {
    ImmutableMap.Builder<String, ImmutableList<Actor>> byArea = ImmutableMap.builder();
    for (Candidate c : selectedAreas().candidates()) {
      byArea.put(c.name(), signUps().stream().filter(a -> isFarmer(a) && area(a).equals(Optional.of(c.name())))
          .collect(ImmutableList.toImmutableList()));
    }
    return byArea.build();
  }

  /**
   * The farmers who signed up from an area not selected: they are not in the cluster's groups and may
   * join as it grows.
   */
  public ImmutableList<Actor> notPlaced() {
    Set<String> selected = names(selectedAreas().candidates());
    return signUps().stream().filter(a -> isFarmer(a) && !area(a).map(selected::contains).orElse(false))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The cluster formed: a producer group per selected area ({@code PG-<area>}, forming on the meeting
   * day, its representative on the committee) of the farmers who signed up there, and the other
   * actors who signed up (traders, suppliers, supporters: actors whose primary role is not farmer) as
   * direct members. Its step is
   * selection and mobilisation; its location the mapping's zone.
   *
   * @throws IllegalArgumentException if the vote did not form the cluster, no area is selected (the
   *     cut-off rule left out a tie at the top), or a selected area has no representative or no farmer
   *     who signed up
   */
  public Cluster cluster(String name, String commodity) {
    if (!formed()) {
      throw Check.refusal("Vote on forming the cluster", "more for than against", votesFor().size() + " for, "
          + votesAgainst().size() + " against");
    }
    if (selectedAreas().selected().isEmpty()) {
      throw Check.refusal("Areas selected for the cluster", "at least one", "none: " + selectedAreas().statement());
    }
    Cluster.Builder cluster = Cluster.builder(name, commodity).addLocation(mapping().zone())
        .step(DevelopmentStep.SELECTION_AND_MOBILISATION);
    Set<String> inGroups = new HashSet<>();
    for (Map.Entry<String, ImmutableList<Actor>> e : farmersByArea().entrySet()) {
      Actor rep = representatives().get(e.getKey());
      if (rep == null || e.getValue().isEmpty()) {
        throw Check.refusal("Selected area " + e.getKey(), "at least one farmer who signed up and a representative",
            Words.count(e.getValue().size(), "farmer") + (rep == null ? ", no representative" : ""));
      }
      e.getValue().forEach(a -> inGroups.add(a.id()));
      cluster.addGroup(ProducerGroup.builder("PG-" + e.getKey().replace(' ', '-'), e.getKey() + " farmers' group")
          .members(e.getValue()).committeeSize(1).addCommittee(rep).addStage(GroupStage.FORMING, date()).build());
    }
    Set<String> notPlaced = new HashSet<>();
    notPlaced().forEach(a -> notPlaced.add(a.id()));
    signUps().stream().filter(a -> !inGroups.contains(a.id()) && !notPlaced.contains(a.id())).forEach(cluster::addDirectActor);
    return cluster.build();
  }

  /** {@code ClusterFormation{2018-10-04, formed 31–2, 34 sign-ups, selected Kaphon, Katout, Hang Savath}}. */
  @Override
  public String toString() {
    return "ClusterFormation{" + date() + ", " + (formed() ? "formed " : "not formed ") + votesFor().size() + "–"
        + votesAgainst().size() + ", " + Words.count(signUps().size(), "sign-up") + ", selected "
        + String.join(", ", selectedAreas().candidates().stream().map(Candidate::name).toList()) + "}";
  }

  /**
   * Builds a {@link ClusterFormation}: {@code votesFor(list)}, {@code signUps(list)} replace; {@code
   * addVotesFor}, {@code addSignUps}, {@code putRepresentative(area, actor)} add.
   */
  public static final class Builder extends ImmutableClusterFormation.Builder {
    Builder() {}
  }
}
