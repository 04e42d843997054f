package org.agricluster.economics;

import static org.agricluster.PropertyTests.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.agricluster.actor.Actor;
import org.agricluster.actor.Role;
import org.agricluster.measure.Area;
import org.agricluster.measure.CurrencyUnit;
import org.agricluster.measure.Mass;
import org.agricluster.measure.Money;
import org.agricluster.measure.MoneyPerArea;
import org.agricluster.measure.PricePerMass;
import org.agricluster.measure.Share;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class SeedSupplyTest {
  static final Actor DCS = Actor.of("dcs", "Department of Crop Seeds", Role.GOVERNMENT_AGENCY);
  static final Actor NATIONAL = Actor.of("smart", "Smart Agro", Role.SEED_COMPANY);
  static final Actor COOP = Actor.builder().id("coop").name("Cooperative").addRoles(Role.PRODUCER_GROUP, Role.SEED_COMPANY).build();
  static final Actor FARMER_1 = Actor.of("f1", "Farmer 1", Role.FARMER);
  static final Actor FARMER_2 = Actor.of("f2", "Farmer 2", Role.FARMER);
  static final Actor PROVIDER = Actor.of("sp", "Service provider", Role.SERVICE_PROVIDER);
  static final PricePerMass PRICE = PricePerMass.perKilogram(Money.of(CurrencyUnit.KHR, 9_000));

  static SeedSupplySystem system(SeedProduct mix, SeedProduct local) {
    return SeedSupplySystem.builder(DCS).addActors(NATIONAL, COOP, FARMER_1, FARMER_2, PROVIDER).addProducts(mix, local)
        .addFlows(SeedFlow.of(NATIONAL, COOP, mix, Mass.ofKilograms(100), PRICE),
            SeedFlow.of(COOP, FARMER_1, mix, Mass.ofKilograms(25), PRICE), SeedFlow.of(COOP, FARMER_2, local, Mass.ofKilograms(10), PRICE))
        .addServices(ServiceOffer.of(PROVIDER, "no-till seeding", MoneyPerArea.perHectare(Money.of(CurrencyUnit.KHR, 200_000))))
        .build();
  }

  @Test
  void theSystem_reportsSalesUnregisteredProductsAndTheFarmersWhoDependOnThem() {
    SeedProduct mix = SeedProduct.of("mix", List.of("sunn hemp", "pearl millet"), NATIONAL);
    SeedProduct local = SeedProduct.of("local sunn hemp", List.of("sunn hemp"), COOP)
        .registered(SeedProduct.Registration.of("Department of Crop Seeds", LocalDate.of(2025, 3, 10)));
    SeedSupplySystem s = system(mix, local);
    assertThat(s.sold(mix)).isEqualTo(Mass.ofKilograms(125));
    assertThat(s.soldBy(NATIONAL)).isEqualTo(Mass.ofKilograms(100));
    assertThat(s.value(mix)).isEqualTo(Money.of(CurrencyUnit.KHR, 1_125_000));
    assertThat(s.unregistered()).containsExactly(mix);
    assertThat(s.dependents(mix)).as("reached through the cooperative").containsExactly(FARMER_1);
    assertThat(s.unregisteredDependents()).containsOnlyKeys(mix);
    assertThat(mix).hasToString("mix (sunn hemp, pearl millet) by Smart Agro, unregistered");
    assertThat(local.isRegistered()).isTrue();
    assertThat(s).hasToString("SeedSupplySystem{led by Department of Crop Seeds, 5 actors, 2 products (1 unregistered), 3 flows}");
    assertThat(org.agricluster.report.EconomicsTables.seedRegistration(s).toText()).contains("UNREGISTERED",
        "1 of 2 products unregistered; 1 farmers depend on them.");
    assertThat(org.agricluster.report.EconomicsTables.seedFlows(s).toText()).contains("mix: 125 kg sold in all flows");
  }

  @Test
  void theSystem_refusesOutsidersAndRepeats() {
    SeedProduct mix = SeedProduct.of("mix", List.of("sunn hemp"), NATIONAL);
    Actor outsider = Actor.of("x", "Outsider", Role.FARMER);
    assertThatThrownBy(() -> SeedSupplySystem.builder(DCS).addActors(NATIONAL).addProducts(mix)
        .addFlows(SeedFlow.of(NATIONAL, outsider, mix, Mass.ofKilograms(1), PRICE)).build())
        .hasMessageContaining("must be between actors of the system but was an outsider");
    assertThatThrownBy(() -> SeedSupplySystem.builder(DCS).addActors(NATIONAL, NATIONAL).build())
        .hasMessage("Actors of the seed system led by Department of Crop Seeds must be each listed once but was Smart Agro twice");
    assertThatThrownBy(() -> SeedSupplySystem.builder(DCS).addProducts(mix).build())
        .hasMessage("Producer of mix must be an actor of the system but was Smart Agro");
    assertThatThrownBy(() -> SeedFlow.of(NATIONAL, NATIONAL, mix, Mass.ofKilograms(1), PRICE))
        .hasMessageContaining("between two different actors");
    assertThatThrownBy(() -> SeedProduct.of("mix", List.of(), NATIONAL)).hasMessage("Crops of seed product 'mix' must be at least one but was none");
  }

  @Test
  void aServiceOffer_becomesAHiredMachineryCostLine() {
    ServiceOffer seeding = ServiceOffer.of(PROVIDER, "no-till seeding", MoneyPerArea.perHectare(Money.of(CurrencyUnit.KHR, 200_000)));
    CostLine line = seeding.costLine(Area.ofSquareMetres(5_000));
    assertThat(line.category()).isEqualTo(CostCategory.HIRED_MACHINERY);
    assertThat(line.amount()).isEqualTo(Money.of(CurrencyUnit.KHR, 100_000));
    assertThat(seeding).hasToString("no-till seeding by Service provider: KHR 200,000/ha");
  }

  @Test
  void aCollectivePurchasesSaving_equalsListLessPaidOverList_andItsNameStatesBoth() {
    qt(500).forAll(SourceDSL.longs().between(1, 1_000_000_000L), SourceDSL.integers().between(0, 1_000))
        .checkAssert((list, perMille) -> {
          long paid = list * perMille / 1_000;
          Scenario s = Scenario.collectivePurchase(Money.of(CurrencyUnit.KHR, list), Money.of(CurrencyUnit.KHR, paid),
              EnumSet.of(CostCategory.SEED));
          assertThat(s.saving()).contains(Share.ofRatio(BigDecimal.valueOf(list - paid), BigDecimal.valueOf(list)));
          assertThat(s.name()).contains(Money.of(CurrencyUnit.KHR, list) + " listed", Money.of(CurrencyUnit.KHR, paid) + " paid");
        });
    assertThat(Scenario.baseline().saving()).isEmpty();
  }

  @Test
  void localSeed_changesOnlyTheNamedLinesUnitPrice() {
    CropBudget b = CropBudget.builder("maize", Area.ofHectares(1)).harvested(Mass.ofTonnes(5))
        .addSale("grain", Share.WHOLE, PricePerMass.perKilogram(Money.of(CurrencyUnit.KHR, 1_000)))
        .addCost(CostLine.of(CostCategory.SEED, "cover-crop seed", 25, "kg", Money.of(CurrencyUnit.KHR, 9_000)))
        .addCost(CostLine.of(CostCategory.SEED, "maize seed", 20, "kg", Money.of(CurrencyUnit.KHR, 12_000))).build();
    CropBudget local = Scenario.unitPrice(CostCategory.SEED, "cover-crop seed", Money.of(CurrencyUnit.KHR, 5_000), "local")
        .applyTo(b);
    assertThat(local.margin().sgm().minus(b.margin().sgm())).isEqualTo(Money.of(CurrencyUnit.KHR, 100_000));
    assertThat(local.costs().get(1)).isEqualTo(b.costs().get(1));
  }
}
