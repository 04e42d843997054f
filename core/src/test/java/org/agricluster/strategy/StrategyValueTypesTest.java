package org.agricluster.strategy;

import static org.agricluster.strategy.StrategyTest.DAY;
import static org.agricluster.strategy.StrategyTest.GROUP;
import static org.agricluster.strategy.StrategyTest.PANHA;
import static org.agricluster.strategy.StrategyTest.PDAFF;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.agricluster.actor.Actor;
import org.agricluster.calendar.DemandCalendar;
import org.agricluster.calendar.Horizon;
import org.agricluster.calendar.IsoWeek;
import org.agricluster.calendar.SupplyCalendar;
import org.agricluster.measure.Mass;
import org.agricluster.measure.Money;
import org.agricluster.measure.PricePerMass;
import org.agricluster.measure.Share;
import org.junit.jupiter.api.Test;

/** Guava testlib over the strategy types: nulls refused everywhere, equality by value. */
class StrategyValueTypesTest {
  private static final Horizon HORIZON = Horizon.of(IsoWeek.of(2024, 1), 4);

  private NullPointerTester tester() {
    return new NullPointerTester().setDefault(Actor.class, PANHA).setDefault(LocalDate.class, DAY)
        .setDefault(LocalTime.class, LocalTime.NOON).setDefault(String.class, "x")
        .setDefault(Money.class, Money.of(org.agricluster.measure.CurrencyUnit.USD, 1))
        .setDefault(Share.class, Share.WHOLE).setDefault(PricePerMass.class,
            PricePerMass.perKilogram(Money.of(org.agricluster.measure.CurrencyUnit.KHR, 1)))
        .setDefault(Mass.class, Mass.ofKilograms(1)).setDefault(Optional.class, Optional.empty())
        .setDefault(DemandCalendar.class, DemandCalendar.builder(HORIZON).everyWeek("x", Mass.ofKilograms(1)).build())
        .setDefault(SupplyCalendar.class, SupplyCalendar.of(HORIZON, List.of()))
        .setDefault(PriceTerms.class, PriceTerms.marketLinked()).setDefault(ActionStatus.class, ActionStatus.IN_PROGRESS)
        .setDefault(Commitment.class, Commitment.of(PANHA, "x"))
        .setDefault(BusinessPlan.class, AllianceTest.plan()).setDefault(org.agricluster.cluster.ProducerGroup.class, AllianceTest.coop(1, 1))
        .setDefault(org.agricluster.cluster.Cluster.class, org.agricluster.cluster.Cluster.builder("c", "vegetables").build());
  }

  @Test
  void nullsAreRefusedByEveryPublicMethod() {
    NullPointerTester t = tester();
    t.testAllPublicStaticMethods(PriceTerms.class);
    t.testAllPublicStaticMethods(Action.class);
    t.testAllPublicInstanceMethods(Action.of("A1", "do", PDAFF, DAY.plusDays(3), DAY));
    t.testAllPublicStaticMethods(Meeting.class);
    t.testAllPublicInstanceMethods(Meeting.builder(DAY, "hall"));
    t.testAllPublicStaticMethods(Commitment.class);
    t.testAllPublicStaticMethods(ProductiveAlliance.class);
    t.testAllPublicInstanceMethods(AllianceTest.alliance().build());
    t.testAllPublicStaticMethods(ContractFarmingAgreement.class);
    t.testAllPublicStaticMethods(DeliveryCheck.class);
    t.testAllPublicInstanceMethods(CollectiveStrategy.builder());
  }

  @Test
  void equalValuesAreInterchangeable() {
    PricePerMass premium = PricePerMass.perKilogram(Money.of(org.agricluster.measure.CurrencyUnit.KHR, 500));
    new EqualsTester()
        .addEqualityGroup(PriceTerms.premiumOverMarket(premium), PriceTerms.premiumOverMarket(premium))
        .addEqualityGroup(PriceTerms.marketLinked(), PriceTerms.marketLinked())
        .addEqualityGroup(PriceTerms.noneStated())
        .testEquals();
    Action a = Action.of("A1", "do", PDAFF, DAY.plusDays(3), DAY);
    new EqualsTester().addEqualityGroup(a, Action.of("A1", "do", PDAFF, DAY.plusDays(3), DAY))
        .addEqualityGroup(a.withStatus(ActionStatus.DONE, DAY, "done")).testEquals();
    new EqualsTester()
        .addEqualityGroup(Commitment.of(PANHA, "collect daily"), Commitment.builder(PANHA, "collect daily").build())
        .addEqualityGroup(Commitment.of(PANHA, "collect weekly")).testEquals();
  }
}
