package org.agricluster.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.TreeSet;
import org.agricluster.calendar.PlannerFamilies.Family;
import org.agricluster.measure.Area;
import org.agricluster.measure.Mass;
import org.junit.jupiter.api.Test;

/**
 * Shadow prices on examples: a crop nobody grows, refusals and words. The claims on random clusters
 * are {@link ShadowPricesPropertiesTest}.
 *
 * <p>Shadow prices claim what a change of the cluster is worth at most (land, one crop more) or at
 * least (demand); each claim is checked by planning the changed cluster: its plan can never beat
 * the bound minus what the change is said to be worth at most (plus at least).
 */
class ShadowPricesTest {
  /** One member, F1, grows cucumber; the buyer wants only yard-long bean, far more than the land gives. */
  private static final DemandCalendar BEAN_BUYER =
      DemandCalendar.builder(PlannerFamilies.YEAR).everyWeek("yard-long bean", Mass.ofKilograms(50_000)).build();
  private static final List<CropProfile> CUCUMBER_AND_BEAN = List.of(ExampleCrops.CUCUMBER, ExampleCrops.YARD_LONG_BEAN);
  private static final PlannerMember CUCUMBER_GROWER =
      PlannerMember.of("F1", Area.ofSquareMetres(2_000), List.of("cucumber"), Area.ofSquareMetres(100));

  @Test
  void aCropNobodyGrows_isWorthWhatAMemberGrowingItHarvests() {
    PlannerMember only = CUCUMBER_GROWER;
    ShadowPrices prices = Planner.shadowPrices(List.of(only), CUCUMBER_AND_BEAN, BEAN_BUYER);
    Mass worth = prices.opening("F1", "yard-long bean");
    assertThatThrownBy(() -> prices.opening("F1", "cucumber")).hasMessageContaining("Crop must be one of the demand's: [yard-long bean]");
    assertThat(prices.largestOpenings(5)).extracting(ShadowPrices.Opening::crop).containsExactly("yard-long bean");
    Plan before = Planner.plan(List.of(only), CUCUMBER_AND_BEAN, BEAN_BUYER);
    Plan after = Planner.plan(List.of(PlannerMember.of("F1", only.land(), List.of("cucumber", "yard-long bean"), only.minimumPlot())),
        CUCUMBER_AND_BEAN, BEAN_BUYER);
    BigDecimal gained = before.balance().totalAbsoluteGap().toKilograms().subtract(after.balance().totalAbsoluteGap().toKilograms());
    // at most what it is said to be worth, and (with demand to spare) nearly all of it
    assertThat(gained).isPositive().isLessThanOrEqualTo(worth.toKilograms().add(new BigDecimal("0.001")))
        .isGreaterThanOrEqualTo(worth.toKilograms().multiply(new BigDecimal("0.95")));
    assertThat(prices.explanation(3)).anyMatch(l -> l.startsWith("If F1 grew yard-long bean too: up to "));
  }

  @Test
  void takeoLikeCluster_explainsItsPricesInWords_andRefusesWhatItDoesNotKnow() {
    PlannerFamilies.Instance instance = PlannerFamilies.of(Family.MANY_SETS, 6, 3);
    ShadowPrices prices = Planner.shadowPrices(instance.members(), instance.profiles(), instance.demand());
    assertThat(prices).isEqualTo(Planner.shadowPrices(instance.members(), instance.profiles(), instance.demand()));
    assertThat(prices.toString()).startsWith("ShadowPrices{bound ").contains("6 members", "12 crops");
    List<String> lines = prices.explanation(2);
    assertThat(lines.get(0)).startsWith("At the prices that certify a lower bound of ");
    assertThat(lines).anyMatch(l -> l.startsWith("Each m² more land for the ") || l.startsWith("More land for the "));
    assertThat(prices.explanation(0)).hasSize(1 + (int) lines.stream().filter(l -> l.contains("every kg more demanded")).count());
    assertThat(prices.land()).isSortedAccordingTo((a, b) -> b.kilogramsPerSquareMetre().compareTo(a.kilogramsPerSquareMetre()));
    TreeSet<String> everyone = new TreeSet<>();
    prices.land().forEach(v -> everyone.addAll(v.members()));
    assertThat(everyone).hasSize(6);
    assertThat(prices.largestOpenings(100)).isSortedAccordingTo((a, b) -> b.lessGap().compareTo(a.lessGap()))
        .allSatisfy(o -> assertThat(prices.opening(o.member(), o.crop())).isEqualTo(o.lessGap()));
    IsoWeek first = instance.demand().horizon().start();
    String crop = instance.demand().crops().iterator().next();
    assertThat(prices.perKilogramDemanded(crop, first)).isLessThanOrEqualTo(BigDecimal.ONE);
    assertThatThrownBy(() -> prices.perKilogramDemanded("durian", first)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Crop must be one of the demand's").hasMessageContaining("'durian'");
    assertThatThrownBy(() -> prices.perKilogramDemanded(crop, first.plusWeeks(60))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Week must be a week of the horizon 52 weeks from 2024-W01");
    assertThatThrownBy(() -> prices.opening("nobody", crop)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Member must be one of the plan's 6 members").hasMessageContaining("'nobody'");
    assertThatThrownBy(() -> prices.largestOpenings(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Number of openings must be >= 0 but was -1");
  }

  @Test
  void theWords_nameTheMembersWhoGrowNoDemandedCrop_theOpening_andTheWeeksNoMemberCanSupply() {
    Horizon year = PlannerFamilies.YEAR;
    ShadowPrices prices = Planner.shadowPrices(List.of(CUCUMBER_GROWER), CUCUMBER_AND_BEAN, BEAN_BUYER);
    assertThat(prices.explanation(3)).containsExactly(
        "At the prices that certify a lower bound of " + Plan.kg(prices.bound()) + " kg (statements about the best possible plan"
            + " when the plan is at that bound):",
        "More land for the 1 member who grow none of the demanded crops is worth nothing: land is not what holds their supply back.",
        "If F1 grew yard-long bean too: up to " + Plan.kg(prices.opening("F1", "yard-long bean")) + " kg less gap.",
        "yard-long bean: every kg more demanded is a kg more gap in every week: no member can harvest more then.");
    // all of it: nobody grows the crop (less a hair for the doubles the bound is computed in)
    assertThat(prices.bound().toKilograms()).isBetween(new BigDecimal("2599999.99"), new BigDecimal("2600000"));
    assertThat(prices.land()).singleElement().hasToString("LandValue{: 1 member, " + Area.ofSquareMetres(2_000)
        + ", up to 0 kg less gap per m² more}");
    assertThat(prices.largestOpenings(1)).singleElement()
        .hasToString("F1 growing yard-long bean too: up to " + Plan.kg(prices.opening("F1", "yard-long bean")) + " kg less gap");
    assertThat(prices.largestOpenings(0)).isEmpty();
    assertThat(prices.perKilogramDemanded("yard-long bean", year.start())).isEqualByComparingTo(BigDecimal.ONE);
    assertThatThrownBy(() -> prices.explanation(-1)).hasMessageContaining("Number of lines per question must be >= 0 but was -1");
  }

  @Test
  void membersWithLandToSpare_makeOnlyTheWeeksBeforeTheirFirstHarvestFull_andMoreLandWorthNothing() {
    Horizon year = PlannerFamilies.YEAR;
    DemandCalendar demand = DemandCalendar.builder(year).everyWeek("yard-long bean", Mass.ofKilograms(500)).build();
    List<CropProfile> profiles = List.of(ExampleCrops.YARD_LONG_BEAN);
    List<PlannerMember> members = List.of(
        PlannerMember.of("F1", Area.ofSquareMetres(20_000), List.of("yard-long bean"), Area.ofSquareMetres(100)),
        PlannerMember.of("F2", Area.ofSquareMetres(10_000), List.of("yard-long bean"), Area.ofSquareMetres(100)));
    ShadowPrices prices = Planner.shadowPrices(members, profiles, demand);
    int first = ExampleCrops.YARD_LONG_BEAN.weeksToFirstHarvest();
    List<String> lines = prices.explanation(2);
    assertThat(lines.get(1)).isEqualTo("More land for the 2 members growing yard-long bean is worth nothing: land is not what holds"
        + " their supply back.");
    assertThat(prices.land()).singleElement().satisfies(v -> {
      assertThat(v.members()).containsExactly("F1", "F2");
      assertThat(v.land()).isEqualTo(Area.ofSquareMetres(30_000));
    });
    assertThat(lines.get(2)).isEqualTo("No member growing one crop more is worth anything: the crops each member grows are not what"
        + " holds supply back.");
    // before the first harvest no plan supplies anything: those weeks are full, whatever the land
    // (later weeks too, where the no-glut rule holds supply back: a planting harvests over several weeks)
    assertThat(lines.get(3)).matches("yard-long bean: every kg more demanded is a kg more gap in \\d+ weeks \\(" + year.start() + "–"
        + ".* and \\d+ more runs\\): no member can harvest more then\\.");
    assertThat(year.allWeeks()).anyMatch(w -> prices.perKilogramDemanded("yard-long bean", w).compareTo(BigDecimal.ONE) < 0);
    for (int w = 0; w < first; w++) {
      assertThat(prices.perKilogramDemanded("yard-long bean", year.start().plusWeeks(w))).isEqualByComparingTo(BigDecimal.ONE);
    }
    assertThat(prices).isEqualTo(Planner.shadowPrices(members, profiles, demand)).hasSameHashCodeAs(Planner.shadowPrices(members, profiles, demand))
        .isNotEqualTo(Planner.shadowPrices(members.subList(0, 1), profiles, demand));
    assertThat(prices.toString()).isEqualTo("ShadowPrices{bound " + Plan.kg(prices.bound()) + " kg, 1 crop set, 2 members, 1 crop over "
        + year + "}");
  }
}
