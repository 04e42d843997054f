package org.agricluster.strategy;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.agricluster.actor.Actor;
import org.agricluster.actor.ChainFunction;
import org.agricluster.actor.Location;
import org.agricluster.actor.Role;
import org.agricluster.internal.Check;
import org.agricluster.internal.Words;
import org.agricluster.scoring.Criterion;
import org.agricluster.scoring.CutOff;
import org.agricluster.scoring.Evaluation;
import org.agricluster.scoring.Selection;
import org.immutables.value.Value;

/**
 * CHAIN step 1, rapid mapping (CHAIN guide §5.1, Annexes 1–3): key informants score at least five
 * areas on the 0–3 potential criteria, up to five top areas become priority areas, the team studies
 * them (observe → discuss → interview → validate) and records what it found about each actor, the
 * flows of produce between them, the driving forces and leverage points, and the constraints,
 * opportunities and interventions. {@code Documents.rapidMappingReport} renders it in the three
 * topics of the Annex 3 report.
 *
 * <pre>{@code
 * RapidMapping mapping = RapidMapping.builder(sesanDistrict, evaluation, 4)
 *     .start(LocalDate.of(2018, 9, 11)).end(LocalDate.of(2018, 9, 13)).meetingPoint("Badeum village")
 *     .addVisits(observe, discuss, interview, validate).addProfiles(panha, sopheary, khinSeang)
 *     .addFlows(toSamaky).addDrivingForces("High local demand").build();
 * mapping.priorityAreas();   // the top 4 under the cut-off rule
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public abstract class RapidMapping {
  /** The fewest areas key informants should score (§5.1 step 2): {@value}. */
  public static final int MIN_AREAS = 5;

  /** The most priority areas (§5.1 step 3): {@value}. */
  public static final int MAX_PRIORITY_AREAS = 5;

  RapidMapping() {}

  /**
   * A builder for the mapping of a target zone, from the key informants' pre-assessment and the
   * number of priority areas to take from it (ties at the cut-off included unless {@code cutOff} is
   * set).
   */
  public static Builder builder(Location zone, Evaluation assessment, int priorityAreas) {
    return new Builder().zone(zone).assessment(assessment).priorityCount(priorityAreas);
  }

  /** A builder holding this mapping's values, to change some. */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** The target zone: a province or district whose villages or communes are the candidate areas. */
  public abstract Location zone();

  /** The key informants' pre-assessment of the candidate areas on 0–3 criteria. */
  public abstract Evaluation assessment();

  /** How many priority areas to take from the assessment, 1..5. */
  public abstract int priorityCount();

  /** The rule for areas tied at the cut-off; ties are included unless set. */
  @Value.Default
  public CutOff cutOff() {
    return CutOff.INCLUDE_TIES;
  }

  /** The first day of the field work. */
  public abstract LocalDate start();

  /** The last day of the field work. */
  public abstract LocalDate end();

  /** Where the team met; empty if not recorded. */
  @Value.Default
  public String meetingPoint() {
    return "";
  }

  /** The field visits, in date order. */
  public abstract ImmutableList<FieldVisit> visits();

  /** What the mapping found about each actor. */
  public abstract ImmutableList<ActorProfile> profiles();

  /** Flows of produce between actors and markets. */
  public abstract ImmutableList<ProductFlow> flows();

  /** Driving forces of the value chain. */
  public abstract ImmutableList<String> drivingForces();

  /** Leverage points: bottlenecks to give priority. */
  public abstract ImmutableList<String> leveragePoints();

  /** Constraints in production and market linkages. */
  public abstract ImmutableList<String> constraints();

  /** Opportunities for value-chain development. */
  public abstract ImmutableList<String> opportunities();

  /** Suggested interventions. */
  public abstract ImmutableList<String> interventions();

  /**
   * Validates the mapping however it is made.
   *
   * @throws IllegalArgumentException if fewer than five areas were scored, a criterion is not on a
   *     0–3 scale, the number of priority areas is not 1..5, the dates are reversed, a visit is
   *     outside them or out of date order, an actor has two profiles, or a listed text is blank
   */
  @Value.Check
  void check() {
    int areas = assessment().scorecard().candidates().size();
    if (areas < MIN_AREAS) {
      throw Check.refusal("Areas scored in the rapid mapping of " + zone().name(), "at least " + MIN_AREAS + " (CHAIN guide §5.1)",
          areas);
    }
    for (Criterion c : assessment().scorecard().criteria()) {
      if (c.scale().min() != 0 || c.scale().max() != 3) {
        throw Check.refusal("Scale of pre-assessment criterion '" + c.name() + "'", "0–3 (0 none … 3 high potential)",
            c.scale().range());
      }
    }
    if (priorityCount() < 1 || priorityCount() > Math.min(MAX_PRIORITY_AREAS, areas)) {
      throw Check.refusal("Number of priority areas", "1.." + Math.min(MAX_PRIORITY_AREAS, areas), priorityCount());
    }
    if (end().isBefore(start())) {
      throw Check.refusal("Dates of the rapid mapping of " + zone().name(), "start on or before end", start() + " to " + end());
    }
    LocalDate last = start();
    for (FieldVisit v : visits()) {
      if (v.date().isBefore(last) || v.date().isAfter(end())) {
        throw Check.refusal("Date of the visit to " + v.place(), "from " + last + " to " + end() + ", in date order", v.date());
      }
      last = v.date();
    }
    Set<String> ids = new HashSet<>();
    for (ActorProfile p : profiles()) {
      if (!ids.add(p.actor().id())) {
        throw Check.refusal("Profiles of the rapid mapping", "one per actor", p.actor().name() + " twice");
      }
    }
    Check.singleLine(meetingPoint(), "Meeting point of the rapid mapping");
    for (ImmutableList<String> list : ImmutableList.of(drivingForces(), leveragePoints(), constraints(), opportunities(),
        interventions())) {
      list.forEach(item -> Check.text(item, "Finding of the rapid mapping of " + zone().name()));
    }
  }

  /** The priority areas: the assessment's top {@link #priorityCount()} under the {@link #cutOff()} rule. */
  public Selection priorityAreas() {
    return assessment().ranking().top(priorityCount(), cutOff());
  }

  /** Every interview of every visit, in visit order. */
  public ImmutableList<Interview> interviews() {
    return visits().stream().flatMap(v -> v.interviews().stream()).collect(ImmutableList.toImmutableList());
  }

  /** Whether the findings were validated with key informants (a {@link MappingActivity#VALIDATE} visit). */
  public boolean validated() {
    return visits().stream().anyMatch(v -> v.activity() == MappingActivity.VALIDATE);
  }

  /** The profiles of farmers and producer groups (production actors other than input suppliers). */
  public ImmutableList<ActorProfile> producers() {
    return profiles().stream().filter(p -> kind(p.actor()) == Kind.PRODUCER).collect(ImmutableList.toImmutableList());
  }

  /** The profiles of traders, wholesalers, processors and buyers. */
  public ImmutableList<ActorProfile> traders() {
    return profiles().stream().filter(p -> kind(p.actor()) == Kind.TRADER).collect(ImmutableList.toImmutableList());
  }

  /** The profiles of input suppliers and seed companies. */
  public ImmutableList<ActorProfile> inputSuppliers() {
    return profiles().stream().filter(p -> kind(p.actor()) == Kind.INPUT).collect(ImmutableList.toImmutableList());
  }

  /** The profiles of supporters and enablers. */
  public ImmutableList<ActorProfile> supporters() {
    return profiles().stream().filter(p -> kind(p.actor()) == Kind.SUPPORT).collect(ImmutableList.toImmutableList());
  }

  private enum Kind { PRODUCER, TRADER, INPUT, SUPPORT }

  private static Kind kind(Actor a) {
    Role role = a.primaryRole();
    if (role == Role.INPUT_SUPPLIER || role == Role.SEED_COMPANY) {
      return Kind.INPUT;
    }
    return role.function() == ChainFunction.PRODUCTION ? Kind.PRODUCER
        : role.function() == ChainFunction.MARKETING ? Kind.TRADER : Kind.SUPPORT;
  }

  /** {@code RapidMapping{Sesan, 5 areas, 3 priority, 4 visits, 6 profiles, 3 flows}}. */
  @Override
  public String toString() {
    return "RapidMapping{" + zone().name() + ", " + Words.count(assessment().scorecard().candidates().size(), "area") + ", "
        + priorityAreas().selected().size() + " priority, " + Words.count(visits().size(), "visit") + ", "
        + Words.count(profiles().size(), "profile") + ", " + Words.count(flows().size(), "flow") + "}";
  }

  /** Builds a {@link RapidMapping}: the {@code add…} methods add, the list setters replace. */
  public static final class Builder extends ImmutableRapidMapping.Builder {
    Builder() {}
  }
}
