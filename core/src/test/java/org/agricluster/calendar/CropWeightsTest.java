package org.agricluster.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.agricluster.measure.Area;
import org.agricluster.measure.Mass;
import org.junit.jupiter.api.Test;

/** Weights per crop, and the planner with them, on examples ({@link CropWeightsPropertiesTest}: on random clusters). */
class CropWeightsTest {

  @Test
  void aCropNotNamedWeighsOne_andOneRemovesACropFromThoseNamed() {
    CropWeights weights = CropWeights.of("yard-long bean", 4).with("cucumber", new BigDecimal("0.50"));
    assertThat(weights.weight("yard-long bean")).isEqualByComparingTo("4");
    assertThat(weights.weight("cucumber")).isEqualByComparingTo("0.5");
    assertThat(weights.weight("eggplant")).isEqualByComparingTo("1");
    assertThat(weights.isEqual()).isFalse();
    assertThat(weights.asMap()).containsOnlyKeys("cucumber", "yard-long bean");
    assertThat(weights).hasToString("CropWeights{cucumber ×0.5, yard-long bean ×4}");
    assertThat(weights.with("cucumber", BigDecimal.ONE).with("yard-long bean", new BigDecimal("1.000")).isEqual()).isTrue();
    assertThat(CropWeights.equal()).hasToString("CropWeights{equal}");
    assertThat(CropWeights.of(Map.of("eggplant", new BigDecimal("1E+2")))).hasToString("CropWeights{eggplant ×100}");
  }

  @Test
  void equalWeightsAreEqual_whateverTheScaleOfTheirDecimals() {
    new EqualsTester()
        .addEqualityGroup(CropWeights.of("bean", 4), CropWeights.of(Map.of("bean", new BigDecimal("4.00"))),
            CropWeights.equal().with("bean", new BigDecimal("4")))
        .addEqualityGroup(CropWeights.equal(), CropWeights.of("bean", 1), CropWeights.of(Map.of()))
        .addEqualityGroup(CropWeights.of("bean", 3))
        .testEquals();
  }

  @Test
  void aWeightOutsideItsRange_isRefusedNamingTheCropTheWeightAndWhatIsAllowed() {
    String allowed = "must be a positive decimal of at most 4 decimals, at most 1,000 but was ";
    assertThatThrownBy(() -> CropWeights.of("bean", 0)).hasMessage("Weight of bean " + allowed + "0");
    assertThatThrownBy(() -> CropWeights.of("bean", -2)).hasMessage("Weight of bean " + allowed + "-2");
    assertThatThrownBy(() -> CropWeights.of("bean", 1_001)).hasMessage("Weight of bean " + allowed + "1001");
    assertThatThrownBy(() -> CropWeights.equal().with("bean", new BigDecimal("0.00001")))
        .hasMessage("Weight of bean " + allowed + "0.00001");
    assertThat(CropWeights.of("bean", 1_000).weight("bean")).isEqualByComparingTo("1000");
    assertThat(CropWeights.equal().with("bean", new BigDecimal("0.0001")).weight("bean")).isEqualByComparingTo("0.0001");
    assertThatThrownBy(() -> CropWeights.of(" ", 2)).hasMessageStartingWith("Crop of a weight must be not blank");
  }

  /** The Takeo walkthrough's cluster: 37 households, five vegetables, a buyer who takes 2 t a day. */
  static Takeo takeo() {
    List<String> crops = List.of("cucumber", "yard-long bean", "choy sum", "Chinese mustard", "eggplant");
    List<PlannerMember> households = new ArrayList<>();
    for (int i = 0; i < 37; i++) {
      households.add(PlannerMember.of(String.format("takeo-h%02d", i + 1), Area.ofSquareMetres(1000 + (i * 263) % 1001),
          i % 2 == 0 ? crops : crops.subList(0, 3), Area.ofSquareMetres(100)));
    }
    DemandCalendar buyer = DemandCalendar.builder(PlannerFamilies.YEAR)
        .perDay("cucumber", Mass.ofKilograms(600), 7).perDay("yard-long bean", Mass.ofKilograms(400), 7)
        .perDay("choy sum", Mass.ofKilograms(400), 7).perDay("Chinese mustard", Mass.ofKilograms(300), 7)
        .perDay("eggplant", Mass.ofKilograms(300), 7).build();
    return new Takeo(households, List.of(ExampleCrops.CUCUMBER, ExampleCrops.YARD_LONG_BEAN, ExampleCrops.CHOY_SUM,
        ExampleCrops.CHINESE_MUSTARD, ExampleCrops.EGGPLANT), buyer);
  }

  record Takeo(List<PlannerMember> members, List<CropProfile> profiles, DemandCalendar demand) {}

  private static BigDecimal met(Plan plan, String crop) {
    return plan.balance().shareOfDemandMet(crop).orElseThrow().toPercent();
  }

  @Test
  void takeo_aWeightOnYardLongBean_meetsMoreOfIt_atAPriceInKgTheSummaryStates() {
    Takeo takeo = takeo();
    Plan plain = Planner.plan(takeo.members(), takeo.profiles(), takeo.demand());
    Plan weighted = Planner.plan(takeo.members(), takeo.profiles(), takeo.demand(), CropWeights.of("yard-long bean", 2));
    // without weights the plan meets 18 % of the bean: land goes where it closes the most kg
    assertThat(met(plain, "yard-long bean")).isLessThan(BigDecimal.valueOf(20));
    assertThat(met(weighted, "yard-long bean")).isGreaterThan(BigDecimal.valueOf(60));
    assertThat(weighted.balance().totalAbsoluteGap()).isGreaterThan(plain.balance().totalAbsoluteGap());
    BigDecimal cost = weighted.balance().totalAbsoluteGap().toKilograms().subtract(plain.balance().totalAbsoluteGap().toKilograms());
    assertThat(weighted.summary())
        .contains("; weighted (yard-long bean ×2): Σ weight × |gap| ")
        .contains("of the best possible plan for these weights (no plan without glut goes below ")
        .contains("; share of demand met with the weights (without): ")
        .contains("yard-long bean " + met(weighted, "yard-long bean").setScale(0, java.math.RoundingMode.HALF_EVEN) + " % ("
            + met(plain, "yard-long bean").setScale(0, java.math.RoundingMode.HALF_EVEN) + " %)")
        .contains("; the weights cost " + Plan.kg(Mass.ofKilograms(cost)) + " kg more Σ|gap| than the plan without them; ");
    // the bound on Σ|gap| holds for every plan of these members, the weighted one too
    assertThat(weighted.lowerBound()).isEqualTo(plain.lowerBound());
    assertThat(weighted.balance().totalAbsoluteGap()).isGreaterThanOrEqualTo(weighted.lowerBound().orElseThrow().gap());
    assertThat(Plan.hasGlut(weighted.balance())).isFalse();
    assertThat(weighted.plantings()).filteredOn(p -> p.planting().crop().equals("yard-long bean")).isNotEmpty()
        .allSatisfy(p -> assertThat(p.reason()).containsPattern("lowering Σ weight × \\|gap\\| by \\d+ \\(about \\d+ kg of "
            + "yard-long bean, weight 2\\)"))
        .allSatisfy(p -> assertThat(p.planting().profile()).isEqualTo(ExampleCrops.YARD_LONG_BEAN));
    assertThat(weighted.plantings()).filteredOn(p -> p.planting().crop().equals("cucumber")).isNotEmpty()
        .allSatisfy(p -> assertThat(p.reason()).contains("lowering Σ|supply − demand| by "));
  }

  @Test
  void equalWeights_planAsWithout() {
    Takeo takeo = takeo();
    assertThat(Planner.plan(takeo.members(), takeo.profiles(), takeo.demand(), CropWeights.of("eggplant", 1)))
        .isEqualTo(Planner.plan(takeo.members(), takeo.profiles(), takeo.demand()));
  }

  @Test
  void aWeightOnACropTheDemandLacks_orADemandItWouldPushPastTheLimit_isRefused() {
    Takeo takeo = takeo();
    assertThatThrownBy(() -> Planner.plan(takeo.members(), takeo.profiles(), takeo.demand(), CropWeights.of("Eggplant", 2)))
        .hasMessage("Crop of the weights must be one of the demand's crops [Chinese mustard, choy sum, cucumber, "
            + "eggplant, yard-long bean] but was 'Eggplant'");
    DemandCalendar huge = DemandCalendar.builder(PlannerFamilies.YEAR)
        .week("cucumber", PlannerFamilies.YEAR.start(), Mass.ofKilograms(Planner.MAX_QUANTITY)).build();
    assertThatThrownBy(() -> Planner.plan(takeo.members(), takeo.profiles(), huge, CropWeights.of("cucumber", 2)))
        .hasMessage("Demand for cucumber in week " + PlannerFamilies.YEAR.start()
            + " times its weight 2 must be at most 1000000000000 kg but was 2000000000000 kg");
  }
}
