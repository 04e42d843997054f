package org.agricluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.NullPointerTester;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agricluster.actor.Actor;
import org.agricluster.actor.Location;
import org.agricluster.actor.Role;
import org.agricluster.calendar.Balance;
import org.agricluster.calendar.CropProfile;
import org.agricluster.calendar.DemandCalendar;
import org.agricluster.calendar.ExampleCrops;
import org.agricluster.calendar.Horizon;
import org.agricluster.calendar.IsoWeek;
import org.agricluster.calendar.Plan;
import org.agricluster.calendar.Planner;
import org.agricluster.calendar.PlannerMember;
import org.agricluster.calendar.Planting;
import org.agricluster.calendar.SupplyCalendar;
import org.agricluster.cluster.ApexPlatform;
import org.agricluster.cluster.Cluster;
import org.agricluster.economics.CollectionLedger;
import org.agricluster.economics.CropBudget;
import org.agricluster.economics.Delivery;
import org.agricluster.economics.GradePrices;
import org.agricluster.economics.GrossMargin;
import org.agricluster.economics.MarginPolicy;
import org.agricluster.economics.PaymentSplit;
import org.agricluster.economics.Scenario;
import org.agricluster.measure.Area;
import org.agricluster.measure.Change;
import org.agricluster.measure.CurrencyUnit;
import org.agricluster.measure.ExchangeRate;
import org.agricluster.measure.Mass;
import org.agricluster.measure.Money;
import org.agricluster.measure.PricePerMass;
import org.agricluster.measure.Share;
import org.agricluster.measure.YieldPerArea;
import org.agricluster.scoring.Candidate;
import org.agricluster.scoring.CriteriaTemplates;
import org.agricluster.scoring.Criterion;
import org.agricluster.scoring.CutOff;
import org.agricluster.scoring.Evaluation;
import org.agricluster.scoring.GradeScale;
import org.agricluster.scoring.Ranking;
import org.agricluster.scoring.Scorecard;
import org.agricluster.scoring.ScoringMethod;
import org.agricluster.scoring.Selection;
import org.agricluster.scoring.WeightedAssessment;
import org.agricluster.strategy.CollectiveStrategy;
import org.agricluster.strategy.Direction;
import org.agricluster.strategy.Meeting;
import org.agricluster.strategy.PriceTerms;
import org.agricluster.strategy.ValueProposition;
import org.agricluster.strategy.WorkingFile;
import org.junit.jupiter.api.Test;

/**
 * Every public static method of every public type of the library refuses a null argument with a
 * {@link NullPointerException} at once (the null policy of every package), found by scanning the
 * library rather than listed by hand, so a new type cannot be forgotten.
 */
class NullPointerContractTest {
  private static final LocalDate DAY = LocalDate.of(2024, 1, 15);

  private static Map<Class<?>, Object> samples() {
    Horizon year = Horizon.of(IsoWeek.of(2024, 1), 52);

    Actor farmer = Actor.of("f", "F", Role.FARMER);
    Actor trader = Actor.of("t", "T", Role.COLLECTOR_TRADER);
    SupplyCalendar supply = SupplyCalendar.of(year, List.of(Planting.of("f", ExampleCrops.CUCUMBER, IsoWeek.of(2024, 1),
        Area.ofSquareMetres(100))));
    Balance balance = Balance.of(supply, DemandCalendar.builder(year).everyWeek("cucumber", Mass.ofKilograms(1)).build());
    PricePerMass price = PricePerMass.perKilogram(Money.of(CurrencyUnit.KHR, 1_000));
    GradePrices prices = GradePrices.builder().price("cucumber", "A", price).build();
    CollectionLedger ledger = CollectionLedger.of(prices, List.of(Delivery.of("f", "cucumber", "A", Mass.ofKilograms(1), DAY)));
    CropBudget budget = CropBudget.builder("cucumber", Area.ofSquareMetres(100)).harvested(Mass.ofKilograms(10))
        .addSale("A", Share.WHOLE, price).build();
    Scorecard card = Scorecard.builder().criteria(CriteriaTemplates.preAssessment()).scores("a", 1, 2, 3).scores("b", 3, 2, 1)
        .build();
    Cluster cluster = Cluster.builder("c", "vegetables").addDirectActor(trader).build();
    Map<Class<?>, Object> samples = new LinkedHashMap<>();
    samples.put(CurrencyUnit.class, CurrencyUnit.KHR);
    samples.put(Money.class, Money.of(CurrencyUnit.KHR, 100));
    samples.put(BigDecimal.class, BigDecimal.ONE);
    samples.put(RoundingMode.class, RoundingMode.HALF_EVEN);
    samples.put(LocalDate.class, DAY);
    samples.put(LocalTime.class, LocalTime.of(8, 0));
    samples.put(String.class, "x");
    samples.put(CharSequence.class, "x");
    samples.put(Area.class, Area.ofSquareMetres(1));
    samples.put(Mass.class, Mass.ofKilograms(1));
    samples.put(Share.class, Share.ofPercent(50));
    samples.put(Change.class, Change.ofPercent(10));
    samples.put(PricePerMass.class, PricePerMass.perKilogram(Money.of(CurrencyUnit.KHR, 1)));
    samples.put(YieldPerArea.class, YieldPerArea.ofTonnesPerHectare(1));
    samples.put(ExchangeRate.class, ExchangeRate.of(CurrencyUnit.USD, CurrencyUnit.KHR, 4000, DAY, "test"));
    samples.put(IsoWeek.class, IsoWeek.of(2024, 1));
    samples.put(Horizon.class, year);
    samples.put(CropProfile.class, ExampleCrops.CUCUMBER);
    samples.put(Planting.class, supply.plantings().get(0));
    samples.put(WorkingFile.class, WorkingFile.builder().build());
    samples.put(org.agricluster.report.Table.class, org.agricluster.report.Table.builder("t").column("a",
        org.agricluster.report.Table.Align.LEFT).build());
    samples.put(DemandCalendar.class, DemandCalendar.builder(year).everyWeek("cucumber", Mass.ofKilograms(1)).build());
    samples.put(Actor.class, Actor.of("a", "A", Role.FARMER));
    samples.put(Location.class, Location.country("Cambodia"));
    samples.put(List.class, List.of());
    samples.put(SupplyCalendar.class, supply);
    samples.put(Balance.class, balance);
    samples.put(org.agricluster.calendar.CropWeights.class, org.agricluster.calendar.CropWeights.of("cucumber", 2));
    samples.put(org.agricluster.calendar.PlanOptions.class, org.agricluster.calendar.PlanOptions.standard());
    samples.put(Plan.class, Planner.plan(List.of(PlannerMember.of("f", Area.ofSquareMetres(1_000), List.of("cucumber"),
            Area.ofSquareMetres(100))), List.of(ExampleCrops.CUCUMBER), balance.demand()));
    samples.put(GradePrices.class, prices);
    samples.put(CollectionLedger.class, ledger);
    samples.put(PaymentSplit.class, ledger.split(Money.of(CurrencyUnit.KHR, 1_000)));
    samples.put(CropBudget.class, budget);
    samples.put(GrossMargin.class, budget.margin());
    samples.put(MarginPolicy.class, MarginPolicy.SIMPLIFIED_GROSS_MARGIN);
    samples.put(Scenario.class, Scenario.baseline());
    samples.put(Scorecard.class, card);
    samples.put(Evaluation.class, card.evaluate());
    samples.put(Ranking.class, card.ranking());
    samples.put(Selection.class, card.ranking().top(1, CutOff.INCLUDE_TIES));
    samples.put(ScoringMethod.class, ScoringMethod.defaults());
    samples.put(Criterion.class, card.criteria().get(0));
    samples.put(Candidate.class, card.candidates().get(0));
    samples.put(Cluster.class, cluster);
    samples.put(PriceTerms.class, PriceTerms.marketLinked());
    samples.put(ApexPlatform.class, ApexPlatform.of("apex", List.of(cluster)));
    samples.put(Meeting.class, Meeting.builder(DAY, "hall").build());
    samples.put(CollectiveStrategy.class, CollectiveStrategy.builder().vision("v").build());
    samples.put(WeightedAssessment.class, WeightedAssessment.builder(GradeScale.OXFAM).area("all", 100, "Good").build());
    samples.put(ValueProposition.class, ValueProposition.builder().proposer(farmer).addTargets(trader)
            .direction(Direction.PRODUCTION_TO_MARKETING).offer("cucumber").pitch("fresh").build());
    org.agricluster.strategy.RapidMapping mapping = org.agricluster.strategy.StrategyFixtures.mapping();
    samples.put(org.agricluster.strategy.RapidMapping.class, mapping);
    samples.put(org.agricluster.strategy.ClusterFormation.class, org.agricluster.strategy.StrategyFixtures.formation(1).build());
    samples.put(org.agricluster.strategy.FieldVisit.class, mapping.visits().get(0));
    samples.put(org.agricluster.strategy.Interview.class, mapping.interviews().get(0));
    samples.put(org.agricluster.strategy.ActorProfile.class, mapping.profiles().get(0));
    samples.put(org.agricluster.strategy.ProductFlow.class, mapping.flows().get(0));
    samples.put(org.agricluster.strategy.MappingActivity.class, org.agricluster.strategy.MappingActivity.OBSERVE);
    samples.put(org.agricluster.strategy.InterviewGuide.class, org.agricluster.strategy.InterviewGuide.TRADERS);
    samples.put(org.agricluster.report.Document.class, org.agricluster.report.Document.builder("d").build());
    samples.put(org.agricluster.economics.SeedProduct.class, org.agricluster.economics.SeedProduct.of("mix", List.of("sunn hemp"),
        Actor.of("s", "Seed co", Role.SEED_COMPANY)));
    samples.put(org.agricluster.cluster.ProducerGroup.class, org.agricluster.cluster.ProducerGroup.builder("g", "Group")
        .addMembers(Actor.of("f", "F", Role.FARMER)).addStage(org.agricluster.cluster.GroupStage.FORMING, DAY).build());
    samples.put(org.agricluster.measure.MoneyPerArea.class, org.agricluster.measure.MoneyPerArea.perHectare(Money.of(CurrencyUnit.KHR,
        1_000)));
    samples.put(org.agricluster.strategy.BusinessPlan.class, org.agricluster.strategy.BusinessPlan.builder("plan")
        .addInvestments(org.agricluster.strategy.BusinessPlan.Investment.of("x", Money.of(CurrencyUnit.KHR, 100)))
        .addFinancing(org.agricluster.strategy.BusinessPlan.Financing.of(org.agricluster.strategy.BusinessPlan.FinancingSource.OTHER,
            Actor.of("o", "Other", Role.NGO), Money.of(CurrencyUnit.KHR, 100))).build());
    return samples;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static NullPointerTester tester(Map<Class<?>, Object> samples) {
    NullPointerTester tester = new NullPointerTester();
    samples.forEach((type, sample) -> tester.setDefault((Class) type, sample));
    return tester;
  }

  @Test
  void everyPublicStaticMethodOfTheLibraryRefusesNull() {
    List<Class<?>> types = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.agricluster").stream()
        .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC))
        .filter(c -> !c.getPackageName().startsWith("org.agricluster.internal"))
        .filter(c -> !c.getSimpleName().startsWith("Immutable") && !c.getSimpleName().equals("package-info"))
        .filter(c -> !c.isEnum() && !c.isAnnotation())
        .map(JavaClass::reflect)
        .toList();
    assertThat(types).hasSizeGreaterThan(80);
    NullPointerTester tester = tester(samples());
    java.util.Set<String> missing = new java.util.TreeSet<>();
    for (Class<?> type : types) {
      try {
        tester.testAllPublicStaticMethods(type);
      } catch (AssertionError e) {
        missing.add(type.getName() + ": " + e.getMessage());
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void everyPublicInstanceMethodOfASampleOfEachTypeRefusesNull() {
    Map<Class<?>, Object> samples = samples();
    NullPointerTester tester = tester(samples);
    int tested = 0;
    java.util.Set<String> failures = new java.util.TreeSet<>();
    for (Object sample : samples.values()) {
      if (sample.getClass().getName().startsWith("org.agricluster.")) {
        try {
          tester.testAllPublicInstanceMethods(sample);
        } catch (AssertionError e) {
          failures.add(e.getMessage().lines().findFirst().orElse(""));
        }
        tested++;
      }
    }
    assertThat(failures).isEmpty();
    assertThat(tested).isGreaterThan(30);
  }
}
