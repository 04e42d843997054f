package org.agricluster.bench;

import static org.agricluster.measure.CurrencyUnit.KHR;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.agricluster.actor.Actor;
import org.agricluster.actor.Farm;
import org.agricluster.actor.Gender;
import org.agricluster.actor.Location;
import org.agricluster.actor.Role;
import org.agricluster.cluster.Cluster;
import org.agricluster.cluster.GroupStage;
import org.agricluster.cluster.ProducerGroup;
import org.agricluster.economics.CostCategory;
import org.agricluster.economics.CostLine;
import org.agricluster.economics.CropBudget;
import org.agricluster.json.AgriJson;
import org.agricluster.measure.Area;
import org.agricluster.measure.Mass;
import org.agricluster.measure.Money;
import org.agricluster.measure.PricePerMass;
import org.agricluster.measure.Share;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON exchange: write and read a cluster of 10,000 members (100 groups of 100) and a survey of 10⁵
 * crop budgets, against plain Jackson parsing of the same bytes into a {@code JsonNode} tree (the
 * floor for any reader that builds a tree). The setup prints each document's size, for MB/s.
 *
 * <pre>mvn -Pbench -pl core -am clean test-compile exec:exec -Djmh.args="JsonBenchmark -f 1"</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx6g"})
public class JsonBenchmark {
  private static final JsonMapper PLAIN = JsonMapper.builder().build();

  private Cluster cluster;
  private String clusterJson;
  private List<CropBudget> survey;
  private String surveyJson;

  @Setup(Level.Trial)
  public void setUp() {
    Random random = new Random(3);
    Location district = Location.country("Cambodia").province("Takeo").district("Tram Kak");
    Cluster.Builder b = Cluster.builder("Takeo vegetable cluster", "vegetables").addLocation(district);
    for (int g = 0; g < 100; g++) {
      List<Actor> members = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        members.add(Actor.builder().id("g" + g + "-m" + i).name("Farmer " + g + "-" + i).addRoles(Role.FARMER)
            .gender(random.nextBoolean() ? Gender.FEMALE : Gender.MALE).location(district.village("Village " + g))
            .farm(Farm.of(Area.ofSquareMetres(200 + random.nextInt(2000)), "well", List.of("cucumber", "choy sum")))
            .build());
      }
      b.addGroup(ProducerGroup.builder("PG-" + g, "Group " + g).members(members).committee(members.subList(0, 5))
          .addStage(GroupStage.FORMING, LocalDate.of(2020, 1, 1)).build());
    }
    cluster = b.build();
    clusterJson = AgriJson.CLUSTER.write(cluster);
    survey = new ArrayList<>();
    for (int i = 0; i < 100_000; i++) {
      survey.add(CropBudget.builder("crop " + (i % 8), Area.ofSquareMetres(200 + random.nextInt(1800)))
          .harvested(Mass.ofKilograms(random.nextInt(5000))).lossShare(Share.ofPercent(random.nextInt(20)))
          .addSale("A", Share.ofPercent(70), PricePerMass.perKilogram(Money.of(KHR, 1000 + random.nextInt(1000))))
          .addSale("B", Share.ofPercent(30), PricePerMass.perKilogram(Money.of(KHR, 500 + random.nextInt(500))))
          .addCost(CostLine.of(CostCategory.SEED, "seed", BigDecimal.valueOf(random.nextInt(100), 2), "kg", Money.of(KHR, 400_000)))
          .addCost(CostLine.of(CostCategory.FERTILISER, "NPK", BigDecimal.valueOf(random.nextInt(60)), "kg", Money.of(KHR, 3_000)))
          .build());
    }
    surveyJson = AgriJson.CROP_BUDGETS.write(survey);
    System.out.printf("%ncluster of 10,000 members: %,d bytes; survey of 100,000 budgets: %,d bytes%n",
        clusterJson.getBytes(StandardCharsets.UTF_8).length, surveyJson.getBytes(StandardCharsets.UTF_8).length);
  }

  @Benchmark
  public String writeCluster() {
    return AgriJson.CLUSTER.write(cluster);
  }

  @Benchmark
  public Cluster readCluster() {
    return AgriJson.CLUSTER.read(clusterJson);
  }

  @Benchmark
  public JsonNode parseClusterTreeOnly() {
    return PLAIN.readTree(clusterJson);
  }

  @Benchmark
  public String writeSurvey() {
    return AgriJson.CROP_BUDGETS.write(survey);
  }

  @Benchmark
  public List<CropBudget> readSurvey() {
    return AgriJson.CROP_BUDGETS.read(surveyJson);
  }

  @Benchmark
  public JsonNode parseSurveyTreeOnly() {
    return PLAIN.readTree(surveyJson);
  }
}
