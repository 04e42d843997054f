package org.agricluster.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.agricluster.calendar.Balance;
import org.agricluster.calendar.CropProfile;
import org.agricluster.calendar.DemandCalendar;
import org.agricluster.calendar.ExampleCrops;
import org.agricluster.calendar.Horizon;
import org.agricluster.calendar.IsoWeek;
import org.agricluster.calendar.Planting;
import org.agricluster.calendar.SupplyCalendar;
import org.agricluster.cluster.Cluster;
import org.agricluster.economics.CropBudget;
import org.agricluster.measure.Area;
import org.agricluster.measure.Mass;
import org.agricluster.measure.Share;
import org.junit.jupiter.api.Test;

class JsonDocumentTest {
  /** The samples in the repository, which the README points non-Java developers to. */
  static final Path SAMPLES = Path.of("src", "main", "resources", "META-INF", "agricluster", "samples");

  static List<Error> validate(JsonDocument<?> document, String json) {
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(document.schema(), InputFormat.JSON);
    return schema.validate(json, InputFormat.JSON);
  }

  @Test
  void aClusterReadsBackEqual_andWritesTheSameBytesTwice() {
    Cluster sesan = JsonSamples.sesan();
    String json = AgriJson.CLUSTER.write(sesan);
    assertThat(AgriJson.CLUSTER.read(json)).isEqualTo(sesan);
    assertThat(AgriJson.CLUSTER.write(AgriJson.CLUSTER.read(json))).isEqualTo(json);
    assertThat(json).startsWith("{\n  \"$schema\" : \"https://agricluster.org/schema/cluster-1.json\",\n  \"cluster\" : {");
    assertThat(validate(AgriJson.CLUSTER, json)).isEmpty();
  }

  @Test
  void aCropBudgetSurveyReadsBackEqual_andWritesTheSameBytesTwice() {
    List<CropBudget> budgets = JsonSamples.budgets();
    String json = AgriJson.CROP_BUDGETS.write(budgets);
    assertThat(AgriJson.CROP_BUDGETS.read(json)).isEqualTo(budgets);
    assertThat(AgriJson.CROP_BUDGETS.write(AgriJson.CROP_BUDGETS.read(json))).isEqualTo(json);
    assertThat(json).contains("\"numerator\" : \"1\"", "\"denominator\" : \"3\"", "\"amountPerKilogram\" : \"3.5\"",
        "\"quantity\" : \"120.5\"");
    assertThat(validate(AgriJson.CROP_BUDGETS, json)).isEmpty();
  }

  @Test
  void aScorecardReadsBackEqual_andWritesTheSameBytesTwice() {
    org.agricluster.scoring.Scorecard card = JsonSamples.villages();
    String json = AgriJson.SCORECARD.write(card);
    assertThat(AgriJson.SCORECARD.read(json)).isEqualTo(card);
    assertThat(AgriJson.SCORECARD.read(json).ranking()).isEqualTo(card.ranking());
    assertThat(AgriJson.SCORECARD.write(AgriJson.SCORECARD.read(json))).isEqualTo(json);
    assertThat(validate(AgriJson.SCORECARD, json)).isEmpty();
  }

  @Test
  void aCollectionDayReadsBackEqual_withItsPricesInOrder_andTheSameValues() {
    org.agricluster.economics.CollectionLedger day = JsonSamples.takeoDay();
    String json = AgriJson.COLLECTION_DAY.write(day);
    org.agricluster.economics.CollectionLedger back = AgriJson.COLLECTION_DAY.read(json);
    assertThat(back).isEqualTo(day);
    assertThat(back.expectedPayment()).isEqualTo(day.expectedPayment());
    assertThat(AgriJson.COLLECTION_DAY.write(back)).isEqualTo(json);
    assertThat(json).contains("\"yard-long bean\" : {", "\"amountPerKilogram\" : \"1250.5\"");
    assertThat(validate(AgriJson.COLLECTION_DAY, json)).isEmpty();
  }

  @Test
  void aCalendarReadsBackAsAnEqualBalance_withTheSameGaps() {
    org.agricluster.calendar.Balance balance = JsonSamples.sesanCalendar();
    String json = AgriJson.CALENDAR.write(balance);
    org.agricluster.calendar.Balance back = AgriJson.CALENDAR.read(json);
    assertThat(back).isEqualTo(balance);
    assertThat(back.totalAbsoluteGap()).isEqualTo(balance.totalAbsoluteGap());
    assertThat(back.supply().beyondHorizon("cucumber")).isEqualTo(balance.supply().beyondHorizon("cucumber"));
    assertThat(AgriJson.CALENDAR.write(back)).isEqualTo(json);
    assertThat(json).contains("\"week\" : \"2024-W10\"", "\"start\" : \"2024-W10\"");
    assertThat(validate(AgriJson.CALENDAR, json)).isEmpty();
  }

  @Test
  void aPlanReadsBackEqual_withItsReasons_baselineAndSummary() {
    org.agricluster.calendar.Plan plan = JsonSamples.sesanPlan();
    String json = AgriJson.PLAN.write(plan);
    org.agricluster.calendar.Plan back = AgriJson.PLAN.read(json);
    assertThat(back).isEqualTo(plan).hasSameHashCodeAs(plan);
    assertThat(back.improvement()).isEqualTo(plan.improvement());
    assertThat(back.plantings().get(0).reason()).isEqualTo(plan.plantings().get(0).reason());
    assertThat(AgriJson.PLAN.write(back)).isEqualTo(json);
    assertThat(json).contains("\"profile\" : \"choy sum\"", "\"reason\" : ", "\"baseline\" : [");
    assertThat(validate(AgriJson.PLAN, json)).isEmpty();
  }

  @Test
  void aStrategyWorkingFileReadsBackEqual_withEachActorWrittenOnce() {
    org.agricluster.strategy.WorkingFile file = JsonSamples.sesanStrategy();
    String json = AgriJson.STRATEGY.write(file);
    org.agricluster.strategy.WorkingFile back = AgriJson.STRATEGY.read(json);
    assertThat(back).isEqualTo(file).hasSameHashCodeAs(file);
    assertThat(back.strategy().openQuestions()).hasSize(3);
    assertThat(back.actions().get(0).status()).isEqualTo(org.agricluster.strategy.ActionStatus.DONE);
    assertThat(AgriJson.STRATEGY.write(back)).isEqualTo(json);
    assertThat(json).contains("\"proposer\" : \"PG-Kaphon\"", "\"kind\" : \"PREMIUM_OVER_MARKET\"", "\"start\" : \"08:00\"");
    assertThat(json.split("\"name\" : \"Mr Panha\"", -1)).as("Mr Panha written once").hasSize(2);
    assertThat(validate(AgriJson.STRATEGY, json)).isEmpty();
  }

  @Test
  void anApexPlatformAndAChainFlowReadBackEqual_withTheSameTotalsAndMargins() {
    org.agricluster.cluster.ApexPlatform apex = JsonSamples.apex();
    String json = AgriJson.APEX.write(apex);
    assertThat(AgriJson.APEX.read(json)).isEqualTo(apex);
    assertThat(AgriJson.APEX.read(json).actors()).hasSameSizeAs(apex.actors());
    assertThat(AgriJson.APEX.write(AgriJson.APEX.read(json))).isEqualTo(json);
    assertThat(validate(AgriJson.APEX, json)).isEmpty();
    org.agricluster.economics.ChainFlow chain = JsonSamples.sesanChain();
    String text = AgriJson.CHAIN_FLOW.write(chain);
    org.agricluster.economics.ChainFlow back = AgriJson.CHAIN_FLOW.read(text);
    assertThat(back).isEqualTo(chain);
    assertThat(back.stages().get(2).margin()).isEqualTo(chain.stages().get(2).margin());
    assertThat(AgriJson.CHAIN_FLOW.write(back)).isEqualTo(text);
    assertThat(text).contains("\"loss\" : {\n          \"numerator\" : \"1\",\n          \"denominator\" : \"30\"");
    assertThat(validate(AgriJson.CHAIN_FLOW, text)).isEmpty();
  }

  @Test
  void twoProfilesOfOneCrop_getNumberedIds_andReadBackEqual() {
    Horizon horizon = Horizon.of(IsoWeek.of(2024, 10), 12);
    CropProfile early = CropProfile.builder("choy sum").variety("early").weeksToFirstHarvest(4)
        .harvestShares(List.of(Share.ofPercent(50), Share.ofPercent(50))).yield(ExampleCrops.CHOY_SUM.yield()).build();
    Balance balance = Balance.of(SupplyCalendar.of(horizon, List.of(
        Planting.of("a", ExampleCrops.CHOY_SUM, IsoWeek.of(2024, 10), Area.ofSquareMetres(100)),
        Planting.of("b", early, IsoWeek.of(2024, 11), Area.ofSquareMetres(100)))),
        DemandCalendar.builder(horizon).everyWeek("choy sum", Mass.ofKilograms(50)).build());
    String json = AgriJson.CALENDAR.write(balance);
    assertThat(json).contains("\"id\" : \"choy sum #1\"", "\"id\" : \"choy sum #2\"", "\"profile\" : \"choy sum #2\"");
    assertThat(AgriJson.CALENDAR.read(json)).isEqualTo(balance);
    assertThat(validate(AgriJson.CALENDAR, json)).isEmpty();
  }

  @Test
  void theSamplesInTheRepositoryAreWhatTheLibraryWrites_andValidate() throws IOException {
    check(AgriJson.CLUSTER, SAMPLES.resolve("cluster-sesan.json"), AgriJson.CLUSTER.write(JsonSamples.sesan()));
    check(AgriJson.CROP_BUDGETS, SAMPLES.resolve("crop-budgets-takeo-khatlon.json"),
        AgriJson.CROP_BUDGETS.write(JsonSamples.budgets()));
    check(AgriJson.SCORECARD, SAMPLES.resolve("scorecard-sesan-villages.json"), AgriJson.SCORECARD.write(JsonSamples.villages()));
    check(AgriJson.COLLECTION_DAY, SAMPLES.resolve("collection-day-takeo.json"),
        AgriJson.COLLECTION_DAY.write(JsonSamples.takeoDay()));
    check(AgriJson.CALENDAR, SAMPLES.resolve("calendar-sesan-choy-sum.json"), AgriJson.CALENDAR.write(JsonSamples.sesanCalendar()));
    check(AgriJson.PLAN, SAMPLES.resolve("plan-sesan.json"), AgriJson.PLAN.write(JsonSamples.sesanPlan()));
    check(AgriJson.APEX, SAMPLES.resolve("apex-stung-treng.json"), AgriJson.APEX.write(JsonSamples.apex()));
    check(AgriJson.CHAIN_FLOW, SAMPLES.resolve("chain-flow-sesan-samaky.json"), AgriJson.CHAIN_FLOW.write(JsonSamples.sesanChain()));
    check(AgriJson.STRATEGY, SAMPLES.resolve("strategy-sesan.json"), AgriJson.STRATEGY.write(JsonSamples.sesanStrategy()));
  }

  private static void check(JsonDocument<?> document, Path sample, String written) throws IOException {
    if (Boolean.getBoolean("agricluster.writeSamples")) {
      Files.writeString(sample, written, StandardCharsets.UTF_8);
    }
    String text = Files.readString(sample, StandardCharsets.UTF_8);
    assertThat(text).as("%s is what the library writes (regenerate with -Dagricluster.writeSamples=true)", sample)
        .isEqualTo(written);
    assertThat(text).contains("\"$schema\" : \"" + document.schemaId() + "\"");
    assertThat(validate(document, text)).as("%s against %s", sample, document.schemaResource()).isEmpty();
    assertThat(document.read(text)).isNotNull();
  }

  @Test
  void theSchemasAreReadableFromTheJar_andCarryTheirIds() {
    for (JsonDocument<?> document : List.of(AgriJson.CLUSTER, AgriJson.CROP_BUDGETS, AgriJson.SCORECARD,
        AgriJson.COLLECTION_DAY, AgriJson.CALENDAR, AgriJson.PLAN, AgriJson.STRATEGY, AgriJson.APEX,
        AgriJson.CHAIN_FLOW)) {
      assertThat(document.schema()).contains("\"$id\": \"" + document.schemaId() + "\"",
          "https://json-schema.org/draft/2020-12/schema");
    }
    assertThat(AgriJson.CLUSTER).hasToString("JsonDocument{cluster, https://agricluster.org/schema/cluster-1.json}");
  }

  private static List<String> names(Class<? extends Enum<?>> type) {
    return java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
  }

  private static List<String> schemaEnum(JsonDocument<?> document, String... path) {
    tools.jackson.databind.JsonNode node = JsonDocument.MAPPER.readTree(document.schema()).get("$defs");
    for (String step : path) {
      node = node.get(step);
    }
    List<String> values = new java.util.ArrayList<>();
    node.get("enum").forEach(v -> values.add(v.stringValue()));
    return values;
  }

  @Test
  void theSchemasListEveryValueOfEveryEnumeration_inTheLibrarysOrder() {
    assertThat(schemaEnum(AgriJson.CLUSTER, "role")).isEqualTo(names(org.agricluster.actor.Role.class));
    assertThat(schemaEnum(AgriJson.STRATEGY, "role")).isEqualTo(names(org.agricluster.actor.Role.class));
    assertThat(schemaEnum(AgriJson.STRATEGY, "proposition", "properties", "direction"))
        .isEqualTo(names(org.agricluster.strategy.Direction.class));
    assertThat(schemaEnum(AgriJson.STRATEGY, "priceTerms", "properties", "kind"))
        .isEqualTo(names(org.agricluster.strategy.PriceTerms.Kind.class));
    assertThat(schemaEnum(AgriJson.STRATEGY, "update", "properties", "status"))
        .isEqualTo(names(org.agricluster.strategy.ActionStatus.class));
    assertThat(schemaEnum(AgriJson.CLUSTER, "actor", "properties", "gender")).isEqualTo(names(org.agricluster.actor.Gender.class));
    assertThat(schemaEnum(AgriJson.CLUSTER, "stageChange", "properties", "stage"))
        .isEqualTo(names(org.agricluster.cluster.GroupStage.class));
    assertThat(schemaEnum(AgriJson.CLUSTER, "cluster", "properties", "step"))
        .isEqualTo(names(org.agricluster.cluster.DevelopmentStep.class));
    assertThat(schemaEnum(AgriJson.CLUSTER, "membershipChange", "properties", "kind"))
        .isEqualTo(names(org.agricluster.cluster.MembershipChange.Kind.class));
    assertThat(schemaEnum(AgriJson.CROP_BUDGETS, "costLine", "properties", "category"))
        .isEqualTo(names(org.agricluster.economics.CostCategory.class));
  }

  @Test
  void aDocumentOfAnotherKindOrVersion_isRefusedNamingTheExpectedId() {
    String budgets = AgriJson.CROP_BUDGETS.write(JsonSamples.budgets());
    assertThatThrownBy(() -> AgriJson.CLUSTER.read(budgets)).isInstanceOf(JsonFormatException.class)
        .hasMessage("$.$schema: must be https://agricluster.org/schema/cluster-1.json for a cluster document but was "
            + "'https://agricluster.org/schema/crop-budgets-1.json'");
  }
}
