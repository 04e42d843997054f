package org.agricluster.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.agricluster.actor.Actor;
import org.agricluster.actor.Gender;
import org.agricluster.actor.Location;
import org.agricluster.actor.Role;
import org.agricluster.calendar.DemandCalendar;
import org.agricluster.calendar.Horizon;
import org.agricluster.calendar.IsoWeek;
import org.agricluster.cluster.GroupStage;
import org.agricluster.cluster.ProducerGroup;
import org.agricluster.economics.CostCategory;
import org.agricluster.economics.CostLine;
import org.agricluster.economics.CropBudget;
import org.agricluster.economics.Delivery;
import org.agricluster.measure.Area;
import org.agricluster.measure.CurrencyUnit;
import org.agricluster.measure.Mass;
import org.agricluster.measure.Money;
import org.agricluster.measure.PricePerMass;
import org.agricluster.measure.Share;
import org.agricluster.report.AllianceTables;
import org.agricluster.strategy.BusinessPlan;
import org.agricluster.strategy.BusinessPlan.Financing;
import org.agricluster.strategy.BusinessPlan.FinancingSource;
import org.agricluster.strategy.BusinessPlan.Investment;
import org.agricluster.strategy.ContractFarmingAgreement;
import org.agricluster.strategy.PriceTerms;
import org.agricluster.strategy.ProductiveAlliance;

/**
 * A productive alliance in the style of the FAO <i>Productive Alliances</i> note's Benin PADAAM
 * example: a pineapple producers' cooperative, a processor with a purchase agreement, PADAAM
 * co-financing the business plan, FAO as technical partner; the financing table; the women and
 * young people among the members against the alliance's targets (PADAAM primarily targets women
 * and young people); the income change a member can expect; deliveries month by month; and a grant
 * requested before the purchase agreement, refused. The note gives the approach and PADAAM's
 * targeting; the cooperative, the buyer, every amount, price and date are example data.
 */
final class AllianceWalkthrough implements Walkthrough {
  static final CurrencyUnit XOF = CurrencyUnit.of("XOF");
  static final Location ZOU = Location.country("Benin").province("Zou");

  @Override
  public String name() {
    return "alliance";
  }

  @Override
  public String title() {
    return "A PADAAM-style productive alliance: roles, business plan financing, women and youth, monitoring";
  }

  /** 30 members: 13 women, birth years 1960–2005 (two not recorded), example data. */
  static ProducerGroup cooperative() {
    List<Actor> members = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      Actor.Builder b = Actor.builder().id("zou-m" + (i + 1)).name("Member " + (i + 1)).addRoles(Role.FARMER)
          .gender(i % 7 < 3 ? Gender.FEMALE : Gender.MALE).location(ZOU);
      if (i % 15 != 14) {
        b.birthYear(1960 + (i * 17) % 46);
      }
      members.add(b.build());
    }
    return ProducerGroup.builder("coop-zou", "Zou pineapple cooperative").members(members).committeeSize(3)
        .committee(members.subList(0, 3)).addStage(GroupStage.FORMING, LocalDate.of(2022, 1, 10)).build();
  }

  static final Actor BUYER = Actor.builder().id("fruitex").name("Fruitex Bénin").addRoles(Role.PROCESSOR).build();
  static final Actor PADAAM = Actor.builder().id("padaam").name("PADAAM (Government of Benin)").addRoles(Role.GOVERNMENT_AGENCY)
      .build();
  static final Actor FAO = Actor.builder().id("fao").name("FAO").addRoles(Role.NGO).build();
  static final Actor MFI = Actor.builder().id("mfi").name("Zou microfinance bank").addRoles(Role.FINANCIAL_INSTITUTION).build();

  static BusinessPlan plan(ProducerGroup coop) {
    Actor organisation = Actor.of(coop.id(), coop.name(), Role.PRODUCER_GROUP);
    return BusinessPlan.builder("Zou pineapple upgrade")
        .addInvestments(Investment.of("drip irrigation", Money.of(XOF, 18_000_000)), Investment.of("packhouse", Money.of(XOF, 12_000_000)),
            Investment.of("planting material", Money.of(XOF, 6_000_000)))
        .addFinancing(Financing.of(FinancingSource.PUBLIC_GRANT, PADAAM, Money.of(XOF, 21_600_000)),
            Financing.of(FinancingSource.PRODUCERS_IN_KIND, organisation, Money.of(XOF, 5_400_000)),
            Financing.of(FinancingSource.PRODUCERS_CASH, organisation, Money.of(XOF, 1_800_000)),
            Financing.of(FinancingSource.CREDIT, MFI, Money.of(XOF, 5_400_000)),
            Financing.of(FinancingSource.BUYER, BUYER, Money.of(XOF, 1_800_000)))
        .build();
  }

  static ContractFarmingAgreement agreement(ProducerGroup coop) {
    Horizon year = Horizon.of(IsoWeek.of(2025, 1), 52);
    return ContractFarmingAgreement.of(BUYER, Actor.of(coop.id(), coop.name(), Role.PRODUCER_GROUP), "pineapple", "export",
        DemandCalendar.builder(year).weeks("pineapple", IsoWeek.of(2025, 10), IsoWeek.of(2025, 35), Mass.ofTonnes(8)).build(),
        PriceTerms.fixed(PricePerMass.perKilogram(Money.of(XOF, 150))), Optional.empty(), Optional.empty());
  }

  /** One member's half hectare of pineapple, before and after drip irrigation and better planting material (example). */
  static CropBudget pineapple(boolean after) {
    return CropBudget.builder("pineapple", Area.ofHectares(0.5)).harvested(Mass.ofTonnes(after ? 22 : 15))
        .addSale("export", Share.ofPercent(after ? 70 : 40), PricePerMass.perKilogram(Money.of(XOF, 150)))
        .addSale("local", Share.ofPercent(after ? 30 : 60), PricePerMass.perKilogram(Money.of(XOF, 90)))
        .addCost(CostLine.lumpSum(CostCategory.SEED, "suckers", Money.of(XOF, after ? 300_000 : 200_000)))
        .addCost(CostLine.lumpSum(CostCategory.FERTILISER, "fertiliser", Money.of(XOF, 250_000)))
        .addCost(CostLine.lumpSum(CostCategory.WATER_AND_FUEL, "pumping", Money.of(XOF, after ? 150_000 : 0)))
        .addCost(CostLine.lumpSum(CostCategory.HIRED_LABOUR, "harvest", Money.of(XOF, after ? 220_000 : 150_000)))
        .build();
  }

  @Override
  public void run(PrintStream out) {
    ProducerGroup coop = cooperative();
    BusinessPlan plan = plan(coop);
    ProductiveAlliance.Builder alliance = ProductiveAlliance.builder(coop, BUYER, PADAAM, plan).addTechnicalPartners(FAO)
        .womenTarget(Share.ofPercent(40)).youthTarget(Share.ofPercent(30))
        .budgetBefore(pineapple(false)).budgetAfter(pineapple(true));
    out.println("1. The alliance and its roles are checked when it is made:");
    try {
      ProductiveAlliance.builder(coop, Actor.of("zou-m1", "Member 1", Role.FARMER), PADAAM, plan).build();
    } catch (IllegalArgumentException refused) {
      out.println("   a member as buyer: " + refused.getMessage());
    }
    try {
      ProductiveAlliance.builder(coop, BUYER, FAO, plan).build();
    } catch (IllegalArgumentException refused) {
      out.println("   FAO as co-financier: " + refused.getMessage());
    }
    out.println();
    out.println(AllianceTables.financing(plan).toText());
    out.println("2. The grant before the buyer's purchase agreement:");
    try {
      alliance.grantPaid(LocalDate.of(2025, 2, 1)).build();
    } catch (IllegalArgumentException refused) {
      out.println("   refused: " + refused.getMessage());
    }
    ProductiveAlliance signed = alliance.purchaseAgreement(agreement(coop)).agreementSigned(LocalDate.of(2025, 2, 14))
        .grantPaid(LocalDate.of(2025, 3, 3)).build();
    out.println("   after the agreement of " + signed.agreementSigned().orElseThrow() + " (" + agreement(coop) + "): " + signed);
    out.println();
    out.println("3. Targeting — " + signed.targeting(2025));
    out.println("4. A member's expected income change on half a hectare: " + signed.incomeChange() + " (SGM "
        + pineapple(false).margin().sgm() + " before, " + pineapple(true).margin().sgm() + " after).");
    out.println();
    List<Delivery> deliveries = new ArrayList<>();
    for (IsoWeek w = IsoWeek.of(2025, 10); !w.isAfter(IsoWeek.of(2025, 35)); w = w.plusWeeks(1)) {
      int kg = w.week() >= 23 && w.week() <= 27 ? 6_000 : 8_100;
      deliveries.add(Delivery.of(coop.id(), "pineapple", "export", Mass.ofKilograms(kg), w.monday().plusDays(2)));
    }
    out.println("5. Monitoring (June short: example data):");
    out.println(AllianceTables.monitoring(signed.monitoring(deliveries)).toText());
  }
}
