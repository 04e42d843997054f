package org.agricluster.strategy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.agricluster.actor.Actor;
import org.agricluster.actor.Farm;
import org.agricluster.actor.Gender;
import org.agricluster.actor.Location;
import org.agricluster.actor.Role;
import org.agricluster.measure.Area;
import org.agricluster.measure.CurrencyUnit;
import org.agricluster.measure.Mass;
import org.agricluster.measure.Money;
import org.agricluster.measure.PricePerMass;
import org.agricluster.measure.Share;
import org.agricluster.economics.ChainFlow;
import org.agricluster.economics.CropBudget;
import org.agricluster.scoring.Candidate;
import org.agricluster.scoring.CriteriaTemplates;
import org.agricluster.scoring.Evaluation;
import org.agricluster.scoring.Scorecard;
import org.agricluster.scoring.Scorer;

/** A small rapid mapping and cluster formation: five villages, four farmers each, a trader, a supplier, extension staff. */
public final class StrategyFixtures {
  public static final Location ZONE = Location.country("Cambodia").province("Stung Treng").district("Sesan");
  public static final List<String> VILLAGES = List.of("Kaphon", "Katout", "Hang Savath", "Samkhuoy", "Badeum");
  public static final LocalDate DAY = LocalDate.of(2018, 9, 11);
  public static final Actor TRADER = Actor.builder().id("panha").name("Mr Panha").addRoles(Role.COLLECTOR_TRADER)
      .gender(Gender.MALE).build();
  public static final Actor SUPPLIER = Actor.of("seang", "Mr Khin Seang", Role.INPUT_SUPPLIER);
  public static final Actor EXTENSION = Actor.of("pdaff", "PDAFF staff", Role.EXTENSION_AGENT);

  private StrategyFixtures() {}

  /** Four farmers per village, the first of each a woman, plots of 300–750 m². */
  public static List<Actor> farmers() {
    List<Actor> farmers = new ArrayList<>();
    for (int v = 0; v < VILLAGES.size(); v++) {
      for (int i = 0; i < 4; i++) {
        farmers.add(Actor.builder().id("f" + v + i).name(VILLAGES.get(v) + " farmer " + i).addRoles(Role.FARMER)
            .gender(i == 0 ? Gender.FEMALE : Gender.MALE).location(ZONE.village(VILLAGES.get(v)))
            .farm(Farm.of(Area.ofSquareMetres(300 + 150 * i), "river", List.of("cucumber", "long bean"))).build());
      }
    }
    return farmers;
  }

  /** The pre-assessment: totals 9, 8, 7, 5, 3 from the first to the last village. */
  public static Evaluation assessment() {
    int[][] scores = {{3, 3, 3}, {3, 3, 2}, {3, 2, 2}, {2, 2, 1}, {1, 1, 1}};
    Scorecard.Builder card = Scorecard.builder().criteria(CriteriaTemplates.preAssessment());
    for (int v = 0; v < VILLAGES.size(); v++) {
      card.scores(Scorer.SOLE, Candidate.of(VILLAGES.get(v)), scores[v]);
    }
    return card.build().evaluate();
  }

  /** A mapping of the zone with four priority areas, an interview visit and two profiles. */
  public static RapidMapping mapping() {
    Interview interview = Interview.builder(TRADER, DAY.plusDays(1)).answer(3, "About 500 kg a day").build();
    CropBudget budget = CropBudget.builder("cucumber", Area.ofSquareMetres(300)).harvested(Mass.ofKilograms(700))
        .addSale("local", Share.WHOLE, PricePerMass.perKilogram(Money.of(CurrencyUnit.KHR, 1_500))).build();
    return RapidMapping.builder(ZONE, assessment(), 4).start(DAY).end(DAY.plusDays(2))
        .addVisits(FieldVisit.builder(DAY, "Badeum village", MappingActivity.OBSERVE).addFindings("River water").build(),
            FieldVisit.builder(DAY.plusDays(1), "Orrusey market", MappingActivity.INTERVIEW).addMet(TRADER)
                .addInterviews(interview).build(),
            FieldVisit.builder(DAY.plusDays(2), "District office", MappingActivity.VALIDATE).addMet(EXTENSION).build())
        .addProfiles(ActorProfile.builder(farmers().get(0)).budget(budget).addRelationships(TRADER).build(),
            ActorProfile.builder(TRADER).volumePerDay(Mass.ofKilograms(500)).addProducts("cucumber").area("Kaphon")
                .trade(ChainFlow.Stage.builder("Mr Panha", "collector").bought(Mass.ofKilograms(500))
                    .buyPrice(PricePerMass.perKilogram(Money.of(CurrencyUnit.KHR, 1_500)))
                    .sellPrice(PricePerMass.perKilogram(Money.of(CurrencyUnit.KHR, 2_000))).build()).build(),
            ActorProfile.builder(SUPPLIER).addProducts("seed").addBrands("East West").area("Ou Pongmuan market").build())
        .addFlows(ProductFlow.of("Kaphon farmers", "Mr Panha", "vegetables", Mass.ofKilograms(500)))
        .addDrivingForces("High local demand").addConstraints("Wet-season drop").addOpportunities("Willing farmers")
        .addInterventions("Staggered planting").addLeveragePoints("Year-round supply")
        .build();
  }

  /** Annex 4 scores of the four priority areas by one scorer per category: totals 20, 15, 15, 10. */
  public static Evaluation annex4(RapidMapping mapping) {
    int[][] scores = {{4, 4, 4, 4, 4}, {3, 3, 3, 3, 3}, {3, 3, 3, 3, 3}, {2, 2, 2, 2, 2}};
    Scorecard.Builder card = Scorecard.builder().criteria(CriteriaTemplates.clusterSelection());
    List<Candidate> areas = mapping.priorityAreas().candidates();
    for (int a = 0; a < areas.size(); a++) {
      card.scores(ClusterFormation.scorer(TRADER), areas.get(a), scores[a]);
      card.scores(ClusterFormation.scorer(EXTENSION), areas.get(a), scores[a]);
    }
    return card.build().evaluate();
  }

  /**
   * Everyone votes for; all farmers and the three others sign up; the top two areas under the given
   * number are selected with ties left out, so asking for 2 selects Kaphon alone (Katout and Hang
   * Savath tie for second).
   */
  public static ClusterFormation.Builder formation(int areas) {
    RapidMapping mapping = mapping();
    List<Actor> everyone = new ArrayList<>(farmers());
    everyone.addAll(List.of(TRADER, SUPPLIER, EXTENSION));
    return ClusterFormation.builder(mapping, annex4(mapping), areas).date(DAY.plusDays(20)).place("District hall")
        .votesFor(everyone).signUps(everyone);
  }
}
