package org.agricluster.strategy;

import static org.agricluster.calendar.Weeks.w;
import static org.agricluster.measure.CurrencyUnit.KHR;
import static org.agricluster.measure.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.agricluster.PropertyTests.qt;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.agricluster.actor.Actor;
import org.agricluster.actor.ChainFunction;
import org.agricluster.actor.Gender;
import org.agricluster.actor.Role;
import org.agricluster.calendar.DemandCalendar;
import org.agricluster.calendar.ExampleCrops;
import org.agricluster.calendar.Gap;
import org.agricluster.calendar.Horizon;
import org.agricluster.calendar.IsoWeek;
import org.agricluster.calendar.Planting;
import org.agricluster.calendar.SupplyCalendar;
import org.agricluster.measure.Area;
import org.agricluster.measure.Mass;
import org.agricluster.measure.Money;
import org.agricluster.measure.PricePerMass;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

class StrategyTest {
  static final LocalDate DAY = LocalDate.of(2024, 2, 20);
  static final Actor PANHA = Actor.builder().id("panha").name("Mr Panha").addRoles(Role.COLLECTOR_TRADER).gender(Gender.MALE).build();
  static final Actor GROUP = Actor.of("pg-kaphon", "Kaphon farmers' group", Role.PRODUCER_GROUP);
  static final Actor PDAFF = Actor.of("pdaff", "PDAFF Stung Treng", Role.EXTENSION_AGENT);

  @Test
  void aValuePropositionsDirectionAlwaysAgreesWithItsProposersAndTargetsChainFunctions() {
    List<Role> roles = List.of(Role.values());
    qt().forAll(Generate.pick(roles), SourceDSL.lists().of(Generate.pick(roles)).ofSizeBetween(0, 3),
        Generate.enumValues(Direction.class)).checkAssert((from, to, direction) -> {
          Actor proposer = Actor.of("p", "Proposer", from);
          List<Actor> targets = new ArrayList<>();
          for (int i = 0; i < to.size(); i++) {
            targets.add(Actor.of("t" + i, "Target " + i, to.get(i)));
          }
          boolean agrees = from.function() == direction.from()
              && direction.to().map(f -> !to.isEmpty() && to.stream().allMatch(r -> r.function() == f)).orElse(true)
              && (direction != Direction.INPUT_SUPPLY || from == Role.INPUT_SUPPLIER || from == Role.SEED_COMPANY);
          ValueProposition.Builder b = ValueProposition.builder().proposer(proposer).addAllTargets(targets).direction(direction)
              .offer("an offer").pitch("a pitch");
          if (agrees) {
            ValueProposition p = b.build();
            assertThat(p.proposer().functions()).contains(p.direction().from());
          } else {
            assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Proposer");
          }
        });
  }

  @Test
  void aTraderCannotMakeAProductionOffer_theMessageSaysWhy() {
    assertThatThrownBy(() -> ValueProposition.builder().proposer(PANHA).addTargets(GROUP)
        .direction(Direction.PRODUCTION_TO_MARKETING).offer("cucumbers").pitch("fresh").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Chain function of Mr Panha, who makes a PRODUCTION_TO_MARKETING proposition, must be PRODUCTION "
            + "but was [MARKETING]");
    ValueProposition ok = ValueProposition.builder().proposer(PANHA).addTargets(GROUP).direction(Direction.MARKETING_TO_PRODUCTION)
        .offer("buys leafy vegetables daily").volumePerWeek(Mass.ofKilograms(3500))
        .priceTerms(PriceTerms.premiumOverMarket(PricePerMass.perKilogram(Money.of(KHR, 500))))
        .pitch("Local produce sells for 500 riel/kg more than imports.").build();
    assertThat(ok.priceTerms()).hasToString("KHR 500/kg above the market price");
  }

  @Test
  void anActionsHistoryIsInTimeOrderAndNeverLeavesATerminalStateExceptByAnExplicitReopen() {
    qt().forAll(SourceDSL.lists().of(SourceDSL.integers().between(0, 4)).ofSizeBetween(0, 12)).checkAssert(ops -> {
      Action a = Action.of("A1", "buy seed together", PDAFF, DAY.plusDays(30), DAY);
      LocalDate d = DAY;
      for (int op : ops) {
        d = d.plusDays(1);
        try {
          a = op == 4 ? a.withReopening(d, "again") : a.withStatus(ActionStatus.values()[op], d, "follow-up");
        } catch (IllegalArgumentException refused) {
          assertThat(op == 4 ? !a.status().isTerminal() : a.status().isTerminal()).isTrue();
        }
      }
      for (int i = 1; i < a.history().size(); i++) {
        Action.Update before = a.history().get(i - 1);
        Action.Update after = a.history().get(i);
        assertThat(after.date()).isAfterOrEqualTo(before.date());
        if (before.status().isTerminal()) {
          assertThat(after.reopened()).isTrue();
        }
      }
    });
  }

  @Test
  void attendanceCountsByCategoryAndByGenderEachSumToTheNumberOfAttendees() {
    List<Role> roles = List.of(Role.values());
    qt().forAll(SourceDSL.lists().of(Generate.pick(roles)).ofSizeBetween(0, 20), SourceDSL.integers().between(0, 2))
        .checkAssert((people, g) -> {
          List<Actor> attendees = new ArrayList<>();
          for (int i = 0; i < people.size(); i++) {
            Actor.Builder b = Actor.builder().id("a" + i).name("A" + i).addRoles(people.get(i));
            if ((i + g) % 3 != 0) {
              b.gender(i % 2 == 0 ? Gender.FEMALE : Gender.MALE);
            }
            attendees.add(b.build());
          }
          Meeting m = Meeting.builder(DAY, "hall").attendees(attendees).build();
          assertThat(m.attendanceByCategory().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(people.size());
          assertThat(m.attendanceByGender().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(people.size());
        });
  }

  @Test
  void annex5Agenda_isTheGuidesTemplate_withPresentersFromTheCluster() {
    Actor chief = Actor.of("chief", "Commune chief", Role.LOCAL_AUTHORITY);
    Actor trader = Actor.of("panha", "Mr Panha", Role.COLLECTOR_TRADER);
    Actor depot = Actor.of("depot", "Khin Seang depot", Role.INPUT_SUPPLIER);
    Actor mfi = Actor.of("mfi", "AMK Sesan branch", Role.FINANCIAL_INSTITUTION);
    Actor leader = Actor.of("f1", "Ms Sreymom", Role.FARMER);
    org.agricluster.cluster.Cluster cluster = org.agricluster.cluster.Cluster.builder("Sesan", "vegetables")
        .addGroup(org.agricluster.cluster.ProducerGroup.builder("PG", "Kaphon").committeeSize(1).addMembers(leader, Actor.of("f2", "Farmer 2",
            Role.FARMER)).addCommittee(leader).addStage(org.agricluster.cluster.GroupStage.FORMING, DAY).build())
        .addDirectActor(chief).addDirectActor(trader).addDirectActor(depot).addDirectActor(mfi).addDirectActor(PDAFF).build();
    List<Meeting.AgendaItem> agenda = Meeting.annex5Agenda(LocalTime.of(7, 30), cluster);
    assertThat(agenda).extracting(Meeting.AgendaItem::title).containsSubsequence("Registration",
        "Opening remarks and presentation on the local business situation", "Welcome speech",
        "Introduction to agribusiness clusters", "Presentations by traders", "Presentations by producers/farmers", "Refreshments",
        "Presentations by input suppliers", "Discuss opportunities and solutions to common problems",
        "Presentation by financial sector representatives (MFIs/banks)",
        "Presentations by development partners, private and public sector actors", "Wrap-up", "Lunch");
    assertThat(agenda.get(0).start()).isEqualTo(LocalTime.of(7, 30));
    assertThat(agenda.get(1).start()).as("Annex 5: opening remarks at 08:00").isEqualTo(LocalTime.of(8, 0));
    assertThat(agenda.get(4).start()).as("Annex 5: traders at 08:40").isEqualTo(LocalTime.of(8, 40));
    assertThat(agenda.get(6).start()).as("Annex 5: refreshments at 09:40").isEqualTo(LocalTime.of(9, 40));
    assertThat(agenda.get(12).end()).as("Annex 5: wrap-up ends 12:30").isEqualTo(LocalTime.of(12, 30));
    assertThat(agenda.get(1).presenters()).containsExactly(chief);
    assertThat(agenda.get(4).presenters()).containsExactly(trader);
    assertThat(agenda.get(5).presenters()).containsExactly(leader);
    assertThat(agenda.get(7).presenters()).containsExactly(depot);
    assertThat(agenda.get(9).presenters()).containsExactly(mfi);
    assertThat(agenda.get(10).presenters()).containsExactly(PDAFF);
    assertThat(agenda.get(4).part()).startsWith("Part 1");
    assertThat(agenda.get(11).part()).startsWith("Part 4");
    assertThat(Meeting.annex5Agenda(LocalTime.of(8, 0), cluster).get(13).start()).as("shifted to the start").isEqualTo(LocalTime.of(13, 0));
    Meeting m = Meeting.builder(DAY, "Sesan district hall").agenda(agenda).build();
    assertThat(m.agenda()).hasSize(14);
  }

  @Test
  void contractFarming_valueAndPremiumOverAMarketPrice_areComputedNotTypedByHand() {
    Horizon horizon = Horizon.of(IsoWeek.of(2024, 1), 10);
    Actor buyer = Actor.of("ide", "LusTmey (iDE)", Role.BUYING_COMPANY);
    DemandCalendar schedule = DemandCalendar.builder(horizon).everyWeek("cucumber", Mass.ofKilograms(650)).build();
    PricePerMass market = PricePerMass.perKilogram(Money.of(KHR, 2_000));
    ContractFarmingAgreement premium = ContractFarmingAgreement.of(buyer, GROUP, "cucumber", "A", schedule,
        PriceTerms.premiumOverMarket(PricePerMass.perKilogram(Money.of(KHR, 500))), Optional.empty(), Optional.empty());
    assertThat(premium.volume()).isEqualTo(Mass.ofKilograms(6_500));
    assertThat(premium.value(market)).isEqualTo(Money.of(KHR, 16_250_000));
    assertThat(premium.premiumOver(market)).hasToString("KHR 500/kg (+25%), KHR 3,250,000 in all");
    ContractFarmingAgreement fixed = ContractFarmingAgreement.of(buyer, GROUP, "cucumber", "A", schedule,
        PriceTerms.fixed(PricePerMass.perKilogram(Money.of(KHR, 1_800))), Optional.empty(), Optional.empty());
    assertThat(fixed.premiumOver(market).perKilogram()).isEqualTo(Money.of(KHR, -200));
    assertThat(fixed.premiumOver(market).change()).isEqualTo(org.agricluster.measure.Change.ofPercent(-10));
    ContractFarmingAgreement none = ContractFarmingAgreement.of(buyer, GROUP, "cucumber", "A", schedule, PriceTerms.noneStated(),
        Optional.empty(), Optional.empty());
    assertThat(none.priceAt(market)).isEqualTo(market);
    assertThatThrownBy(() -> fixed.priceAt(PricePerMass.perKilogram(Money.of(USD, 1))))
        .isInstanceOf(org.agricluster.measure.CurrencyMismatchException.class);
  }

  @Test
  void aCoordinationFee_perTonneOrAsARange_comesToAnAmountOnAVolume() {
    CoordinationFee range = CoordinationFee.perTonneRange(Money.of(USD, 10), Money.of(USD, 15));
    assertThat(range.lowOver(Mass.ofTonnes(208))).isEqualTo(Money.of(USD, 2_080));
    assertThat(range.highOver(Mass.ofTonnes(208))).isEqualTo(Money.of(USD, 3_120));
    assertThat(range).hasToString("USD 10.00–15.00 per tonne");
    assertThat(CoordinationFee.perTonne(Money.of(USD, 12)).highOver(Mass.ofKilograms(500))).isEqualTo(Money.of(USD, 6));
    assertThat(CoordinationFee.lumpSum(Money.of(KHR, 200_000)).lowOver(Mass.ofTonnes(3))).isEqualTo(Money.of(KHR, 200_000));
    assertThat(CoordinationFee.lumpSum(Money.of(KHR, 200_000))).hasToString("KHR 200,000 in all");
    assertThatThrownBy(() -> CoordinationFee.perTonneRange(Money.of(USD, 15), Money.of(USD, 10)))
        .hasMessage("Range of a coordination fee per tonne must be from a lower to a higher rate but was USD 15.00 to USD 10.00");
  }

  @Test
  void contractFarming_inputAdvances_areDeductedFromTheMembersPayouts_toTheRiel() {
    Horizon horizon = Horizon.of(IsoWeek.of(2024, 1), 10);
    Actor buyer = Actor.of("ide", "LusTmey (iDE)", Role.BUYING_COMPANY);
    DemandCalendar schedule = DemandCalendar.builder(horizon).everyWeek("cucumber", org.agricluster.measure.Mass.ofKilograms(100))
        .build();
    ContractFarmingAgreement c = ContractFarmingAgreement.of(buyer, GROUP, "cucumber", "A", schedule, PriceTerms.noneStated(),
        Optional.of(org.agricluster.measure.Money.of(org.agricluster.measure.CurrencyUnit.KHR, 1_000_000)), Optional.empty());
    java.util.Map<String, java.math.BigDecimal> area = new java.util.LinkedHashMap<>();
    area.put("a", java.math.BigDecimal.valueOf(300));
    area.put("b", java.math.BigDecimal.valueOf(700));
    area.put("c", java.math.BigDecimal.ZERO);
    var deductions = c.advanceDeductions(area);
    assertThat(deductions).containsOnlyKeys("a", "b");
    assertThat(deductions.get("a").amount()).isEqualTo(org.agricluster.measure.Money.of(org.agricluster.measure.CurrencyUnit.KHR, 300_000));
    assertThat(deductions.get("b").reason()).isEqualTo("input advance from LusTmey (iDE)");
    ContractFarmingAgreement none = ContractFarmingAgreement.of(buyer, GROUP, "cucumber", "A", schedule, PriceTerms.noneStated(),
        Optional.empty(), Optional.empty());
    assertThatThrownBy(() -> none.advanceDeductions(area))
        .hasMessage("Input advances of the agreement with LusTmey (iDE) must be recorded but was none");
  }

  @Test
  void contractFarming_checksItsScheduleAgainstThePlannedSupply() {
    Horizon horizon = Horizon.of(IsoWeek.of(2024, 1), 10);
    Actor buyer = Actor.of("ide", "LusTmey (iDE)", Role.BUYING_COMPANY);
    ContractFarmingAgreement c = ContractFarmingAgreement.of(buyer, GROUP, "cucumber", "",
        DemandCalendar.builder(horizon).everyWeek("cucumber", Mass.ofKilograms(500)).build(), PriceTerms.noneStated(),
        Optional.empty(), Optional.empty());
    SupplyCalendar supply = SupplyCalendar.of(horizon, List.of(Planting.of("m", ExampleCrops.CUCUMBER, w(0), Area.ofSquareMetres(800))));
    // 800 m² × 2.5 kg/m² = 2,000 kg over weeks 5–8: 500 a week, nothing before
    assertThat(c.shortfalls(supply)).extracting(Gap::week).containsExactly(w(0), w(1), w(2), w(3), w(4), w(9));
    assertThat(c.shortfalls(supply).get(0).shortfall()).isEqualTo(Mass.ofKilograms(500));
    assertThat(c.price()).hasToString("no price stated");
    assertThatThrownBy(() -> ContractFarmingAgreement.of(GROUP, buyer, "cucumber", "", c.schedule(), PriceTerms.marketLinked(),
        Optional.empty(), Optional.empty())).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Buyer Kaphon farmers' group of a contract must be a MARKETING actor but was [" + ChainFunction.PRODUCTION + "]");
  }

  @Test
  void deliveryCheck_findsOffersThePlanCannotMeet_andBuyersWantsTheOffersDoNotCover() {
    Horizon horizon = Horizon.of(IsoWeek.of(2024, 1), 12);
    SupplyCalendar supply = SupplyCalendar.of(horizon, List.of(Planting.of("m", ExampleCrops.CUCUMBER, w(0), Area.ofSquareMetres(800))));
    ValueProposition offer = ValueProposition.builder().proposer(GROUP).addTargets(PANHA).direction(Direction.PRODUCTION_TO_MARKETING)
        .offer("cucumber").crop("cucumber").volumePerWeek(Mass.ofKilograms(500)).firstWeek(w(5)).lastWeek(w(9)).pitch("fresh").build();
    ValueProposition want = ValueProposition.builder().proposer(PANHA).addTargets(GROUP).direction(Direction.MARKETING_TO_PRODUCTION)
        .offer("buys cucumber").crop("cucumber").volumePerWeek(Mass.ofKilograms(700)).firstWeek(w(5)).lastWeek(w(6)).pitch("daily").build();
    DeliveryCheck check = DeliveryCheck.of(List.of(offer, want), supply);
    // 800 m² of cucumber gives 500 kg a week in weeks 5–8; week 9 has nothing
    assertThat(check.undeliverable()).extracting(DeliveryCheck.Gap::week).containsExactly(w(9));
    assertThat(check.undeliverable().get(0)).hasToString("Kaphon farmers' group in 2024-W10: wants 500 kg, 0 kg available");
    assertThat(check.unmetDemand()).extracting(g -> g.missing().toKilograms().intValue()).containsExactly(200, 200);
  }

  @Test
  void actions_byOwnerAndOverdue() {
    Action a = Action.of("A1", "one", PDAFF, DAY.plusDays(1), DAY);
    Action b = Action.of("A2", "two", PANHA, DAY.plusDays(5), DAY);
    Action c = Action.of("A3", "three", PDAFF, DAY.plusDays(9), DAY).withStatus(ActionStatus.DONE, DAY.plusDays(2), "done");
    assertThat(Action.byOwner(List.of(a, b, c)).get(PDAFF)).containsExactly(a, c);
    assertThat(Action.overdue(List.of(a, b, c), DAY.plusDays(10))).containsExactly(a, b);
  }
}
