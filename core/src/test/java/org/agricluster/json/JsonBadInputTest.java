package org.agricluster.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Each kind of bad input is refused with a JsonFormatException naming the path, the value and the rule. */
@Timeout(60)
class JsonBadInputTest {
  private static final String SESAN = AgriJson.CLUSTER.write(JsonSamples.sesan());
  private static final String BUDGETS = AgriJson.CROP_BUDGETS.write(JsonSamples.budgets());

  private static void refused(JsonDocument<?> document, String json, String message) {
    assertThatThrownBy(() -> document.read(json)).isInstanceOf(JsonFormatException.class).hasMessage(message);
  }

  @Test
  void malformedJson_trailingTokens_andDuplicateKeys() {
    assertThatThrownBy(() -> AgriJson.CLUSTER.read("{\"$schema\": ")).isInstanceOf(JsonFormatException.class)
        .hasMessageStartingWith("$: is not well-formed JSON, or exceeds the limits: ");
    assertThatThrownBy(() -> AgriJson.CLUSTER.read(SESAN + " {}")).isInstanceOf(JsonFormatException.class)
        .hasMessageStartingWith("$: is not well-formed JSON");
    assertThatThrownBy(() -> AgriJson.CLUSTER.read(SESAN.replace("\"name\" : \"Sesan vegetable cluster\",",
        "\"name\" : \"Sesan vegetable cluster\", \"name\" : \"other\",")))
        .isInstanceOf(JsonFormatException.class).hasMessageContaining("Duplicate Object property \"name\"");
    refused(AgriJson.CLUSTER, "", "$: must be a JSON document but was empty");
    refused(AgriJson.CLUSTER, "[]", "$: must be an object but was an array");
  }

  @Test
  void aWrongType_aMissingField_andAnUnknownField() {
    refused(AgriJson.CLUSTER, SESAN.replace("\"committeeSize\" : 5", "\"committeeSize\" : \"5\""),
        "$.cluster.groups[0].committeeSize: must be a whole number in 1..1000 but was a string");
    refused(AgriJson.CLUSTER, SESAN.replace("\"commodity\" : \"vegetables\",", ""),
        "$.cluster: must have the field 'commodity'");
    refused(AgriJson.CLUSTER, SESAN.replace("\"commodity\" : \"vegetables\",", "\"commodity\" : \"vegetables\", \"colour\" : \"green\","),
        "$.cluster.colour: is not a field of this object (known: [commodity, directActors, groups, locations, memberships, "
            + "name, step])");
    refused(AgriJson.CROP_BUDGETS, BUDGETS.replace("\"squareMetres\" : \"2000\"", "\"squareMetres\" : 2000"),
        "$.budgets[0].area.squareMetres: must be a decimal written as a string, such as \"2.50\", never a JSON number, "
            + "but was 2000");
  }

  @Test
  void aLenientReading_reportsEveryUnknownFieldByPath_andOtherwiseKeepsEveryRule() {
    String newer = SESAN.replace("\"commodity\" : \"vegetables\",", "\"commodity\" : \"vegetables\", \"colour\" : \"green\",")
        .replaceFirst("\"primaryRole\" : \"FARMER\",", "\"primaryRole\" : \"FARMER\", \"nickname\" : \"Ta\",");
    JsonDocument.Lenient<org.agricluster.cluster.Cluster> read = AgriJson.CLUSTER.readLenient(newer);
    assertThat(read.value()).isEqualTo(JsonSamples.sesan());
    assertThat(read.ignored()).containsExactlyInAnyOrder("$.cluster.colour", "$.cluster.groups[0].members[0].nickname");
    assertThat(AgriJson.CLUSTER.readLenient(SESAN).ignored()).isEmpty();
    assertThatThrownBy(() -> AgriJson.CLUSTER.readLenient(newer.replace("\"MSP_AND_STRATEGY\"", "\"LATER\"")))
        .isInstanceOf(JsonFormatException.class).hasMessageStartingWith("$.cluster.step: must be one of");
  }

  @Test
  void theLibrarysOwnRulesAreRefused_withTheFactorysWords_atThePath() {
    refused(AgriJson.CROP_BUDGETS, BUDGETS.replaceFirst("\"currency\" : \"KHR\"", "\"currency\" : \"XYZ\""),
        "$.budgets[0].currency: Currency code must be an ISO 4217 code such as KHR, USD or TJS but was 'XYZ'");
    refused(AgriJson.CROP_BUDGETS, BUDGETS.replace("\"squareMetres\" : \"2000\"", "\"squareMetres\" : \"-5\""),
        "$.budgets[0].area.squareMetres: Area must be >= 0 m² but was -5 m²");
    refused(AgriJson.CLUSTER, SESAN.replace("\"stage\" : \"NORMING\"", "\"stage\" : \"SLEEPING\""),
        "$.cluster.groups[0].stages[1].stage: must be one of [DISSOLVED, FORMING, NORMING, PERFORMING, STORMING] "
            + "but was 'SLEEPING'");
  }

  @Test
  void duplicateIds_andDanglingReferences() {
    refused(AgriJson.CLUSTER, SESAN.replace("\"id\" : \"sopheary\"", "\"id\" : \"panha\""),
        "$.cluster: Actor id panha (Mrs Sopheary) in cluster 'Sesan vegetable cluster' must be used once but was used in "
            + "the direct members and in the direct members");
    refused(AgriJson.CLUSTER, SESAN.replaceFirst("\"actorId\" : \"panha\"", "\"actorId\" : \"nobody\""),
        "$.cluster: Actor of the membership change 2021-03-01 nobody JOINED of cluster 'Sesan vegetable cluster' must be "
            + "one of its 9 actors but was 'nobody', not an actor of it");
    String committee = SESAN.substring(SESAN.indexOf("\"committee\" : ["));
    String first = committee.substring(0, committee.indexOf("\"kaphon-f1\"") + "\"kaphon-f1\"".length());
    refused(AgriJson.CLUSTER, SESAN.replace(first, first.replace("kaphon-f1", "stranger")),
        "$.cluster.groups[0].committee[0]: must be the id of one of the group's members but was 'stranger'");
  }

  @Test
  void scorecards_refuseAnOutOfRangeScore_aDanglingReference_andAScorerWhoGaveNoScore() {
    String card = AgriJson.SCORECARD.write(JsonSamples.villages());
    refused(AgriJson.SCORECARD, card.replaceFirst("\"value\" : 3", "\"value\" : 4"),
        "$.scorecard.scores[0]: Score for criterion 'production potential' of candidate 'Kaphon' must be in 0..3 but was 4");
    refused(AgriJson.SCORECARD, card.replaceFirst("\"candidate\" : \"Kaphon\"", "\"candidate\" : \"Atlantis\""),
        "$.scorecard.scores[0].candidate: must name a candidate of the scorecard but was 'Atlantis'");
    refused(AgriJson.SCORECARD, card.replace("\"scorers\" : [", "\"scorers\" : [ {\"name\" : \"ghost\", \"category\" : \"x\"},"),
        "$.scorecard: must list exactly the scorers who gave a score, in the order of their first score: "
            + "[Mr Panha, Kaphon farmer, PDAFF officer], but lists [ghost, Mr Panha, Kaphon farmer, PDAFF officer]");
  }

  @Test
  void aDeliveryOfAGradeWithNoPrice_isRefusedNamingThePricesKnown() {
    String day = AgriJson.COLLECTION_DAY.write(JsonSamples.takeoDay());
    refused(AgriJson.COLLECTION_DAY, day.replace("\"grade\" : \"B\"", "\"grade\" : \"C\""),
        "$.collectionDay: Crop and grade must be one of [cucumber / A, cucumber / B, yard-long bean / A] but was "
            + "'cucumber / C'");
    refused(AgriJson.COLLECTION_DAY, day.replace("\"currency\" : \"KHR\",\n          \"amountPerKilogram\" : \"900\"",
        "\"currency\" : \"USD\",\n          \"amountPerKilogram\" : \"0.9\""),
        "$.collectionDay.prices: Price of 'cucumber / B' must be in KHR but was USD 0.90/kg");
  }

  @Test
  void strategyFiles_refuseADanglingActor_anActorListedButNotMentioned_anUnknownQuestion_andAPriceMissingFromFixedTerms() {
    String file = AgriJson.STRATEGY.write(JsonSamples.sesanStrategy());
    refused(AgriJson.STRATEGY, file.replaceFirst("\"proposer\" : \"panha\"", "\"proposer\" : \"nobody\""),
        "$.strategy.propositions[1].proposer: must be the id of an actor in actors [PG-Kaphon, panha, pdaff-st, sopheary, "
            + "kaphon-f1, commune-chief] but was 'nobody'");
    refused(AgriJson.STRATEGY, file.replaceFirst("\"answers\" : \\{\n        \"Marketing: who", "\"answers\" : {\n        \"Who"),
        "$.strategy.strategy.answers: Question must be one of CollectiveStrategy.QUESTIONS but was 'Who will buy, how much, at "
            + "which price, …' (79 characters)");
    refused(AgriJson.STRATEGY, file.replaceFirst("\"kind\" : \"FIXED\",\n\\s*\"price\" : \\{[^}]*\\}",
        "\"kind\" : \"FIXED\""), "$.strategy.agreements[0].price: must have the field 'price' for FIXED terms");
    int agreements = file.indexOf("\"agreements\"");
    String noMeetings = file.substring(0, file.indexOf("\"meetings\" : [")) + "\"meetings\" : [ ],\n    \"actions\" : [ ]\n  }\n}\n";
    assertThat(agreements).isPositive();
    refused(AgriJson.STRATEGY, noMeetings, "$.strategy.actors: must list exactly the actors the file mentions, in order of first "
        + "mention: [PG-Kaphon, panha, pdaff-st], but lists [PG-Kaphon, panha, pdaff-st, sopheary, kaphon-f1, commune-chief]");
  }

  @Test
  void plans_refuseAPlanWorseThanItsBaseline_andAPlantingWithoutItsReason() {
    String plan = AgriJson.PLAN.write(JsonSamples.sesanPlan());
    int plantings = plan.indexOf("\"plantings\" : [");
    String worse = plan.substring(0, plantings) + plan.substring(plantings).replaceAll("\"squareMetres\" : \"[0-9.]+\"",
        "\"squareMetres\" : \"90000\"");
    assertThatThrownBy(() -> AgriJson.PLAN.read(worse)).isInstanceOf(JsonFormatException.class)
        .hasMessageStartingWith("$.plan: Plan must be no worse than its baseline (Σ|gap| at most ");
    refused(AgriJson.PLAN, plan.replaceFirst(",\n        \"reason\" : \"[^\"]*\"", ""),
        "$.plan.plantings[0]: must have the field 'reason'");
  }

  @Test
  void calendars_refuseAPlantingOfACropWithNoProfile_aShortDemandRow_andAWeekOutsideTheHorizon() {
    String calendar = AgriJson.CALENDAR.write(JsonSamples.sesanCalendar());
    refused(AgriJson.CALENDAR, calendar.replaceFirst("\"profile\" : \"cucumber\",\n        \"week\"",
        "\"profile\" : \"okra\",\n        \"week\""),
        "$.calendar.plantings[5].profile: must be the id of a profile in crops [choy sum, cucumber] but was 'okra'");
    refused(AgriJson.CALENDAR, calendar.replaceFirst("\"id\" : \"cucumber\"", "\"id\" : \"choy sum\""),
        "$.calendar.crops[1]: must have an id of its own but repeats 'choy sum'");
    refused(AgriJson.CALENDAR, calendar.replaceFirst("\"1050\",", ""),
        "$.calendar.demand: must give the demand for 'choy sum' in each of the horizon's 12 weeks but gives 11");
    refused(AgriJson.CALENDAR, calendar.replaceFirst("\"week\" : \"2024-W10\"", "\"week\" : \"2025-W10\""),
        "$.calendar: Week of the planting kaphon-f1: 437.5 m² choy sum in 2025-W10 must be a week of the horizon "
            + "12 weeks from 2024-W10 (2024-W10..2024-W21) but was 2025-W10");
  }

  @Test
  void hugeNumbersStringsAndNesting_areRefusedBeforeTheyCostTimeOrMemory() {
    // a million-digit string is refused while it is read, long before it is held whole
    assertThatThrownBy(() -> AgriJson.CROP_BUDGETS.read(BUDGETS.replace("\"squareMetres\" : \"2000\"",
        "\"squareMetres\" : \"" + "9".repeat(1_000_000) + "\""))).isInstanceOf(JsonFormatException.class)
        .hasMessageStartingWith("$: is not well-formed JSON, or exceeds the limits: String value length (")
        .hasMessageContaining("exceeds the maximum allowed (100000");
    refused(AgriJson.CROP_BUDGETS, BUDGETS.replace("\"squareMetres\" : \"2000\"", "\"squareMetres\" : \"" + "9".repeat(5_000) + "\""),
        "$.budgets[0].area.squareMetres: must be a decimal such as \"2.50\" but was a string of 5000 characters");
    refused(AgriJson.CROP_BUDGETS, BUDGETS.replace("\"squareMetres\" : \"2000\"", "\"squareMetres\" : \"1E+999999999\""),
        "$.budgets[0].area.squareMetres: must be a decimal such as \"2.50\" but was '1E+999999999'");
    assertThatThrownBy(() -> AgriJson.CLUSTER.read("[".repeat(10_000) + "]".repeat(10_000)))
        .isInstanceOf(JsonFormatException.class).hasMessageContaining("Document nesting depth (65) exceeds the maximum allowed");
    assertThatThrownBy(() -> AgriJson.CLUSTER.read("{\"" + "k".repeat(2_000) + "\": 1}"))
        .isInstanceOf(JsonFormatException.class).hasMessageContaining("Name length (2000) exceeds the maximum allowed");
  }

  @Test
  void everyRefusalIsAnIllegalArgumentExceptionWithAPath() {
    JsonFormatException e = org.junit.jupiter.api.Assertions.assertThrows(JsonFormatException.class,
        () -> AgriJson.CLUSTER.read("{}"));
    assertThat(e).isInstanceOf(IllegalArgumentException.class);
    assertThat(e.path()).isEqualTo("$");
    assertThat(e).hasMessage("$: must have the field '$schema'");
    assertThat(List.of(AgriJson.CLUSTER, AgriJson.CROP_BUDGETS)).allSatisfy(d ->
        assertThatThrownBy(() -> d.read((CharSequence) null)).isInstanceOf(NullPointerException.class));
  }
}
