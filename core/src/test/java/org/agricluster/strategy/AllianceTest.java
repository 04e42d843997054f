package org.agricluster.strategy;

import static org.agricluster.PropertyTests.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.agricluster.actor.Actor;
import org.agricluster.actor.Gender;
import org.agricluster.actor.Role;
import org.agricluster.calendar.DemandCalendar;
import org.agricluster.calendar.Horizon;
import org.agricluster.calendar.IsoWeek;
import org.agricluster.cluster.GroupStage;
import org.agricluster.cluster.ProducerGroup;
import org.agricluster.economics.CropBudget;
import org.agricluster.economics.Delivery;
import org.agricluster.measure.Area;
import org.agricluster.measure.CurrencyUnit;
import org.agricluster.measure.Mass;
import org.agricluster.measure.Money;
import org.agricluster.measure.PricePerMass;
import org.agricluster.measure.Share;
import org.agricluster.strategy.BusinessPlan.Financing;
import org.agricluster.strategy.BusinessPlan.FinancingSource;
import org.agricluster.strategy.BusinessPlan.Investment;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class AllianceTest {
  static final CurrencyUnit USD = CurrencyUnit.USD;
  static final Actor BUYER = Actor.of("buyer", "Fruitex", Role.PROCESSOR);
  static final Actor MINISTRY = Actor.of("padaam", "PADAAM", Role.GOVERNMENT_AGENCY);
  static final Actor BANK = Actor.of("bank", "Microfinance bank", Role.FINANCIAL_INSTITUTION);
  static final LocalDate DAY = LocalDate.of(2025, 2, 14);

  static ProducerGroup coop(int women, int men) {
    List<Actor> members = new ArrayList<>();
    for (int i = 0; i < women + men; i++) {
      members.add(Actor.builder().id("m" + i).name("Member " + i).addRoles(Role.FARMER).gender(i < women ? Gender.FEMALE : Gender.MALE)
          .birthYear(1970 + i).build());
    }
    return ProducerGroup.builder("coop", "Pineapple cooperative").members(members).addStage(GroupStage.FORMING, DAY).build();
  }

  static Actor organisation() {
    return Actor.of("coop", "Pineapple cooperative", Role.PRODUCER_GROUP);
  }

  static BusinessPlan plan() {
    return BusinessPlan.builder("Upgrade").addInvestments(Investment.of("irrigation", Money.of(USD, 600)),
        Investment.of("packhouse", Money.of(USD, 400)))
        .addFinancing(Financing.of(FinancingSource.PUBLIC_GRANT, MINISTRY, Money.of(USD, 600)),
            Financing.of(FinancingSource.PRODUCERS_IN_KIND, organisation(), Money.of(USD, 150)),
            Financing.of(FinancingSource.CREDIT, BANK, Money.of(USD, 150)),
            Financing.of(FinancingSource.BUYER, BUYER, Money.of(USD, 100)))
        .build();
  }

  static ProductiveAlliance.Builder alliance() {
    return ProductiveAlliance.builder(coop(4, 6), BUYER, MINISTRY, plan());
  }

  static ContractFarmingAgreement agreement() {
    Horizon h = Horizon.of(IsoWeek.of(2025, 1), 20);
    return ContractFarmingAgreement.of(BUYER, organisation(), "pineapple", "export",
        DemandCalendar.builder(h).weeks("pineapple", IsoWeek.of(2025, 10), IsoWeek.of(2025, 17), Mass.ofTonnes(1)).build(),
        PriceTerms.fixed(PricePerMass.perKilogram(Money.of(USD, 1))), Optional.empty(), Optional.empty());
  }

  @Test
  void financingSharesAlwaysSumToExactly100Percent_andAmountsToTheTotal() {
    qt(300).forAll(SourceDSL.lists().of(SourceDSL.integers().between(1, 1_000_000)).ofSizeBetween(1, 6),
        SourceDSL.lists().of(SourceDSL.integers().between(1, 1_000_000)).ofSizeBetween(1, 6))
        .checkAssert((investments, financing) -> {
          BusinessPlan.Builder b = BusinessPlan.builder("plan");
          investments.forEach(i -> b.addInvestments(Investment.of("item", Money.of(USD, i))));
          long total = investments.stream().mapToLong(Integer::longValue).sum();
          long given = 0;
          for (int i = 0; i < financing.size() - 1 && given + financing.get(i) < total; i++) {
            b.addFinancing(Financing.of(FinancingSource.values()[i % 6], BUYER, Money.of(USD, financing.get(i))));
            given += financing.get(i);
          }
          b.addFinancing(Financing.of(FinancingSource.OTHER, MINISTRY, Money.of(USD, total - given)));
          BusinessPlan plan = b.build();
          assertThat(plan.shares().values().stream().reduce(Share.ZERO, Share::plus)).isEqualTo(Share.WHOLE);
          assertThat(Money.total(USD, plan.amounts().values())).isEqualTo(plan.total());
          assertThat(plan.total()).isEqualTo(Money.of(USD, total));
        });
    assertThatThrownBy(() -> BusinessPlan.builder("Upgrade").addInvestments(Investment.of("irrigation", Money.of(USD, 600)))
        .addFinancing(Financing.of(FinancingSource.PUBLIC_GRANT, MINISTRY, Money.of(USD, 500))).build())
        .hasMessage("Financing of business plan 'Upgrade' must be exactly the investments' USD 600.00 but was USD 500.00");
  }

  @Test
  void rolesAreAlwaysDistinctAndOfTheRightFunctions() {
    ProducerGroup coop = coop(2, 2);
    Actor member = coop.members().get(0);
    assertThatThrownBy(() -> ProductiveAlliance.builder(coop, Actor.of("m0", "Member 0", Role.COLLECTOR_TRADER), MINISTRY, plan())
        .build()).hasMessage("Buyer of the alliance 'Upgrade' must be not one of the producers but was Member 0");
    assertThatThrownBy(() -> ProductiveAlliance.builder(coop, member, MINISTRY, plan()).build())
        .hasMessageContaining("must be an actor with a marketing function but was Member 0");
    assertThatThrownBy(() -> ProductiveAlliance.builder(coop, BUYER, Actor.of("fao", "FAO", Role.NGO), plan()).build())
        .hasMessage("Co-financier of the alliance 'Upgrade' must be a public body (government agency or local authority) but was "
            + "FAO (NGO/development partner)");
    assertThatThrownBy(() -> ProductiveAlliance.builder(coop, BUYER, MINISTRY, BusinessPlan.builder("Upgrade")
        .addInvestments(Investment.of("irrigation", Money.of(USD, 100)))
        .addFinancing(Financing.of(FinancingSource.PUBLIC_GRANT, BANK, Money.of(USD, 100))).build()).build())
        .hasMessage("Payer of the public grant in 'Upgrade' must be the co-financier, PADAAM but was Microfinance bank");
    assertThatThrownBy(() -> ProductiveAlliance.builder(coop, BUYER, MINISTRY, BusinessPlan.builder("Upgrade")
        .addInvestments(Investment.of("irrigation", Money.of(USD, 100)))
        .addFinancing(Financing.of(FinancingSource.CREDIT, BUYER, Money.of(USD, 100))).build()).build())
        .hasMessage("Payer of the credit in 'Upgrade' must be a financial institution but was Fruitex");
    assertThatThrownBy(() -> ProductiveAlliance.builder(coop, BUYER, MINISTRY, plan()).addTechnicalPartners(member).build())
        .hasMessageContaining("Technical partner of the alliance 'Upgrade' must be neither the buyer nor a producer");
    assertThat(ProductiveAlliance.builder(coop, BUYER, MINISTRY, BusinessPlan.builder("Upgrade")
        .addInvestments(Investment.of("irrigation", Money.of(USD, 100)))
        .addFinancing(Financing.of(FinancingSource.PRODUCERS_CASH, member, Money.of(USD, 100))).build()).build().plan().total())
        .as("a member may pay the producers' share").isEqualTo(Money.of(USD, 100));
  }

  @Test
  void theGrantWaitsForTheBuyersSignedAgreement() {
    assertThatThrownBy(() -> alliance().grantPaid(DAY).build())
        .hasMessage("Grant for 'Upgrade' paid on 2025-02-14 must be on or after Fruitex's signed purchase agreement but was no "
            + "agreement signed");
    assertThatThrownBy(() -> alliance().agreementSigned(DAY).build()).hasMessageContaining("with the agreement recorded");
    assertThatThrownBy(() -> alliance().purchaseAgreement(agreement()).agreementSigned(DAY).grantPaid(DAY.minusDays(1)).build())
        .hasMessageContaining("but was agreement signed 2025-02-14");
    ProductiveAlliance ok = alliance().purchaseAgreement(agreement()).agreementSigned(DAY).grantPaid(DAY).build();
    assertThat(ok.grantPayableOn(DAY)).isTrue();
    assertThat(ok.grantPayableOn(DAY.minusDays(1))).isFalse();
    assertThat(alliance().build().grantPayableOn(DAY)).isFalse();
    assertThat(ok).hasToString("ProductiveAlliance{Pineapple cooperative + Fruitex, co-financed by PADAAM, plan USD 1,000.00, "
        + "agreement 2025-02-14, grant 2025-02-14}");
  }

  @Test
  void womenAndYouthShares_lieIn0To100Percent_andCountEachMemberOnce() {
    qt(200).forAll(SourceDSL.integers().between(0, 20), SourceDSL.integers().between(0, 20), SourceDSL.integers().between(2000, 2060))
        .assuming((w, m, year) -> w + m > 0)
        .checkAssert((w, m, year) -> {
          ProductiveAlliance a = ProductiveAlliance.builder(coop(w, m), BUYER, MINISTRY, plan()).build();
          ProductiveAlliance.Targeting t = a.targeting(year);
          assertThat(t.members()).isEqualTo(w + m);
          assertThat(t.women()).isEqualTo(w);
          assertThat(t.womenShare().compareTo(Share.WHOLE)).isLessThanOrEqualTo(0);
          assertThat(t.youthShare().compareTo(Share.WHOLE)).isLessThanOrEqualTo(0);
          long young = a.producers().members().stream().filter(x -> year - x.birthYear().orElseThrow() >= 15
              && year - x.birthYear().orElseThrow() <= 35).count();
          assertThat(t.young()).isEqualTo((int) young);
        });
    ProductiveAlliance a = alliance().womenTarget(Share.ofPercent(40)).youthTarget(Share.ofPercent(50)).build();
    ProductiveAlliance.Targeting t = a.targeting(2020);
    assertThat(t.womenTargetMet()).contains(true);
    assertThat(t.youthTargetMet()).contains(false);
    assertThat(t).hasToString("2020: women 4 of 10 (40%) against 40% — met; young (15–35 years) 0 of 10 (0%) against 50% — not met");
    assertThat(a.targeting(2000).young()).as("born 1970–1979: 21–30 in 2000").isEqualTo(10);
    assertThat(ProductiveAlliance.builder(coop(1, 1), BUYER, MINISTRY, plan()).youthBracket(new YouthBracket(18, 24)).build()
        .targeting(1995).young()).as("born 1970 and 1971: 25 and 24 in 1995").isEqualTo(1);
    assertThatThrownBy(() -> new YouthBracket(30, 20)).hasMessage("Youth bracket must be 0 <= min <= max <= 120 but was 30–20");
  }

  @Test
  void theIncomeChange_comesFromTheBudgetsBeforeAndAfter_andDeliveriesAreMonitoredMonthByMonth() {
    CropBudget before = CropBudget.builder("pineapple", Area.ofHectares(0.5)).harvested(Mass.ofTonnes(10))
        .addSale("all", Share.WHOLE, PricePerMass.perKilogram(Money.of(USD, 1))).build();
    CropBudget after = before.toBuilder().harvested(Mass.ofTonnes(12)).build();
    ProductiveAlliance a = alliance().budgetBefore(before).budgetAfter(after).purchaseAgreement(agreement()).build();
    assertThat(a.incomeChange()).isEqualTo(Money.of(USD, 2_000));
    assertThatThrownBy(() -> alliance().budgetBefore(before).build()).hasMessageContaining("both before and after, or neither");
    assertThatThrownBy(() -> alliance().build().incomeChange()).isInstanceOf(IllegalStateException.class);
    List<Delivery> deliveries = new ArrayList<>();
    for (IsoWeek w = IsoWeek.of(2025, 10); !w.isAfter(IsoWeek.of(2025, 17)); w = w.plusWeeks(1)) {
      deliveries.add(Delivery.of("coop", "pineapple", "export", Mass.ofKilograms(w.week() < 14 ? 1_000 : 700), w.monday()));
      deliveries.add(Delivery.of("coop", "pineapple", "local", Mass.ofKilograms(500), w.monday()));
    }
    List<ProductiveAlliance.PeriodCheck> months = a.monitoring(deliveries);
    assertThat(months).extracting(c -> c.month().toString()).containsExactly("2025-03", "2025-04");
    assertThat(months.get(0).agreed()).as("weeks 10–14 begin in March").isEqualTo(Mass.ofTonnes(5));
    assertThat(months.get(0).shortfall()).isEqualTo(Mass.ofKilograms(300));
    assertThat(months.get(1).shortfall()).isEqualTo(Mass.ofKilograms(900));
    assertThat(months.get(1).percentDelivered()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("70.0"));
    assertThat(org.agricluster.report.AllianceTables.monitoring(months).toText()).contains("2025-04", "900 kg", "70.0%");
    assertThat(org.agricluster.report.AllianceTables.financing(plan()).toText()).contains("public grant 60%", "credit 15%");
  }
}
