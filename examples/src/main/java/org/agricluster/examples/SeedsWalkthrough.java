package org.agricluster.examples;

import static org.agricluster.measure.CurrencyUnit.KHR;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.agricluster.actor.Actor;
import org.agricluster.actor.Location;
import org.agricluster.actor.Role;
import org.agricluster.economics.CostCategory;
import org.agricluster.economics.CostLine;
import org.agricluster.economics.CropBudget;
import org.agricluster.economics.MarginPolicy;
import org.agricluster.economics.Scenario;
import org.agricluster.economics.ScenarioTable;
import org.agricluster.economics.SeedFlow;
import org.agricluster.economics.SeedProduct;
import org.agricluster.economics.SeedSupplySystem;
import org.agricluster.economics.ServiceOffer;
import org.agricluster.measure.Area;
import org.agricluster.measure.Mass;
import org.agricluster.measure.Money;
import org.agricluster.measure.MoneyPerArea;
import org.agricluster.measure.PricePerMass;
import org.agricluster.measure.Share;
import org.agricluster.report.EconomicsTables;

/**
 * The <i>KropuchKasekor (Seeds to farmers)</i> note as a seed supply system in a Cambodian province:
 * the Department of Crop Seeds leading it, Smart Agro (formerly Natural Farm Kirirom) as the single
 * national producer with the 5.4 tonnes of cover-crop seed sold under the partnership, two local
 * cooperatives that also produce seed, a service provider with a no-till seeder and a roller
 * crimper, and farmers buying through their cooperatives; what local seed would save a
 * conservation-agriculture budget; and which products are unregistered and who depends on them. The
 * note gives the actors, the 5.4 tonnes and the registration bottleneck; the province, the split of
 * the 5.4 tonnes, prices, costs and yields are example data.
 */
final class SeedsWalkthrough implements Walkthrough {
  static final Location BATTAMBANG = Location.country("Cambodia").province("Battambang");

  @Override
  public String name() {
    return "seeds";
  }

  @Override
  public String title() {
    return "KropuchKasekor: a cover-crop seed system, local against national seed, and the registration bottleneck";
  }

  static final Actor DCS = Actor.builder().id("dcs").name("Department of Crop Seeds").addRoles(Role.GOVERNMENT_AGENCY).build();
  static final Actor SMART_AGRO = Actor.builder().id("smart-agro").name("Smart Agro (formerly Natural Farm Kirirom)")
      .addRoles(Role.SEED_COMPANY).build();
  static final Actor ISA = Actor.builder().id("isa").name("ISA project").addRoles(Role.NGO).build();
  static final Actor COOP_A = Actor.builder().id("coop-rm").name("Rattanak Mondul agricultural cooperative")
      .addRoles(Role.PRODUCER_GROUP, Role.SEED_COMPANY).primaryRole(Role.PRODUCER_GROUP)
      .location(BATTAMBANG.district("Rattanak Mondul")).build();
  static final Actor COOP_B = Actor.builder().id("coop-sl").name("Sampov Loun agricultural cooperative")
      .addRoles(Role.PRODUCER_GROUP, Role.SEED_COMPANY).primaryRole(Role.PRODUCER_GROUP)
      .location(BATTAMBANG.district("Sampov Loun")).build();
  static final Actor SERVICES = Actor.builder().id("sok-ca").name("Sok CA services").addRoles(Role.SERVICE_PROVIDER).build();

  static SeedSupplySystem system() {
    SeedProduct mix = SeedProduct.of("CA cover-crop mix", List.of("sunn hemp", "pearl millet"), SMART_AGRO);
    SeedProduct local = SeedProduct.of("Rattanak Mondul sunn hemp", List.of("sunn hemp"), COOP_A)
        .registered(SeedProduct.Registration.of("Department of Crop Seeds", java.time.LocalDate.of(2025, 3, 10)));
    PricePerMass national = PricePerMass.perKilogram(Money.of(KHR, 9_000));
    PricePerMass coopPrice = PricePerMass.perKilogram(Money.of(KHR, 9_500));
    PricePerMass localPrice = PricePerMass.perKilogram(Money.of(KHR, 5_000));
    SeedSupplySystem.Builder b = SeedSupplySystem.builder(DCS).addActors(SMART_AGRO, ISA, COOP_A, COOP_B, SERVICES)
        .addProducts(mix, local)
        .addFlows(SeedFlow.of(SMART_AGRO, COOP_A, mix, Mass.ofKilograms(2_000), national),
            SeedFlow.of(SMART_AGRO, COOP_B, mix, Mass.ofKilograms(1_400), national),
            SeedFlow.of(SMART_AGRO, ISA, mix, Mass.ofKilograms(2_000), national))
        .addServices(ServiceOffer.of(SERVICES, "no-till seeding", MoneyPerArea.perHectare(Money.of(KHR, 200_000))),
            ServiceOffer.of(SERVICES, "roller crimping", MoneyPerArea.perHectare(Money.of(KHR, 80_000))));
    for (int i = 0; i < 12; i++) {
      Actor coop = i < 6 ? COOP_A : COOP_B;
      Actor farmer = Actor.builder().id("ca-f" + (i + 1)).name((i < 6 ? "Rattanak Mondul" : "Sampov Loun") + " farmer " + (i % 6 + 1))
          .addRoles(Role.FARMER).location(coop.location().orElseThrow()).build();
      b.addActors(farmer).addFlows(SeedFlow.of(coop, farmer, mix, Mass.ofKilograms(25), coopPrice));
      if (i < 4) {
        b.addFlows(SeedFlow.of(COOP_A, farmer, local, Mass.ofKilograms(15), localPrice));
      }
    }
    return b.build();
  }

  /** A conservation-agriculture maize budget on one hectare: cover-crop seed, hired no-till seeding and crimping (example figures). */
  static CropBudget caMaize(SeedSupplySystem system, PricePerMass seedPrice) {
    ServiceOffer seeding = system.services().get(0);
    ServiceOffer crimping = system.services().get(1);
    return CropBudget.builder("maize after a cover crop (CA)", Area.ofHectares(1)).harvested(Mass.ofTonnes(5))
        .addSale("grain", Share.WHOLE, PricePerMass.perKilogram(Money.of(KHR, 1_000)))
        .addCost(CostLine.of(CostCategory.SEED, "cover-crop seed", BigDecimal.valueOf(25), "kg", seedPrice.amountPerKilogram()))
        .addCost(CostLine.of(CostCategory.SEED, "maize seed", BigDecimal.valueOf(20), "kg", Money.of(KHR, 12_000)))
        .addCost(CostLine.of(CostCategory.FERTILISER, "NPK", BigDecimal.valueOf(150), "kg", Money.of(KHR, 3_200)))
        .addCost(seeding.costLine(Area.ofHectares(1))).addCost(crimping.costLine(Area.ofHectares(1)))
        .build();
  }

  @Override
  public void run(PrintStream out) {
    SeedSupplySystem system = system();
    SeedProduct mix = system.products().get(0);
    out.println("1. " + system);
    out.println("   Sold by the national producer under the partnership: " + system.soldBy(SMART_AGRO)
        + " (the note: \"sales of 5.4 tons of cover crops\").");
    out.println(EconomicsTables.seedFlows(system).toText().lines().limit(8).reduce((a, b) -> a + "\n" + b).orElse("")
        + "\n   … " + (system.flows().size() - 5) + " more flows to farmers");
    out.println();

    PricePerMass national = PricePerMass.perKilogram(Money.of(KHR, 9_500));
    Money localCost = Money.of(KHR, 4_000);
    Share margin = Share.ofPercent(25);
    Money local = localCost.plus(localCost.multipliedBy(margin));
    CropBudget budget = caMaize(system, national);
    Money list = national.amountPerKilogram().multipliedBy(25L * 12);
    Money paid = Money.of(KHR, 2_565_000);
    out.println("2. Cover-crop seed for a farmer: " + national + " from the national producer through the cooperative, against "
        + local + "/kg produced locally (" + localCost + " production cost + " + margin + " producer margin; example data).");
    out.println(EconomicsTables.scenarios(ScenarioTable.of(budget, MarginPolicy.SIMPLIFIED_GROSS_MARGIN, List.of(
        Scenario.unitPrice(CostCategory.SEED, "cover-crop seed", local, "seed produced locally"),
        Scenario.collectivePurchase(list, paid, EnumSet.of(CostCategory.SEED))))).toText());
    out.println("   The cooperative's bulk order for its 12 members: " + list + " at list price, " + paid + " paid.");
    out.println();

    out.println("3. Registration — the bottleneck the note names (\"new farmers beyond projects are still limited on credibility\"):");
    out.println(EconomicsTables.seedRegistration(system).toText());
    List<String> names = new ArrayList<>();
    system.dependents(mix).forEach(a -> names.add(a.name()));
    out.println("   Farmers who depend on the unregistered " + mix.name() + ": " + names.size() + " ("
        + String.join(", ", names.subList(0, 3)) + ", …).");
    out.println("   Machinery services on offer: " + system.services() + "; in the budget as hired machinery: "
        + budget.cost(CostCategory.HIRED_MACHINERY).rounded(RoundingMode.HALF_EVEN) + " per ha.");
  }
}
