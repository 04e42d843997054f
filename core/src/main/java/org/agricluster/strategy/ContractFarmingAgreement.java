package org.agricluster.strategy;

import static org.agricluster.internal.Check.notNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.agricluster.actor.Actor;
import org.agricluster.actor.ChainFunction;
import org.agricluster.calendar.Balance;
import org.agricluster.calendar.DemandCalendar;
import org.agricluster.calendar.Gap;
import org.agricluster.calendar.SupplyCalendar;
import org.agricluster.economics.Deduction;
import org.agricluster.internal.Check;
import org.agricluster.measure.Change;
import org.agricluster.measure.Mass;
import org.agricluster.measure.Money;
import org.agricluster.measure.PricePerMass;
import org.immutables.value.Value;

/**
 * A contract-farming agreement: a buyer, a seller (a producer group), a product and grade, a
 * delivery schedule, a price rule, input advances and a coordination fee. The Takeo buyer takes
 * everything with no fixed price (ASPIRE Takeo story): {@link PriceTerms#noneStated()}.
 *
 * <p>{@link #shortfalls(SupplyCalendar)} checks the schedule against the planned supply.
 *
 * <p>This class is immutable and thread-safe; two agreements are equal when every part is.
 */
public abstract class ContractFarmingAgreement {
  ContractFarmingAgreement() {}

  /**
   * An agreement.
   *
   * @param schedule the quantities to deliver of {@code product}, week by week
   * @throws IllegalArgumentException if the buyer is not a marketing actor, the seller not a
   *     production actor, or the schedule has no delivery of the product
   */
  public static ContractFarmingAgreement of(Actor buyer, Actor seller, String product, String grade, DemandCalendar schedule,
      PriceTerms price, Optional<Money> inputAdvances, Optional<CoordinationFee> coordinationFee) {
    return ImmutableContractFarmingAgreement.builder().buyer(buyer).seller(seller).product(product).grade(grade)
        .schedule(schedule).price(price).inputAdvances(inputAdvances).coordinationFee(coordinationFee).build();
  }

  /** The buyer. */
  public abstract Actor buyer();

  /** The seller. */
  public abstract Actor seller();

  /** The product. */
  public abstract String product();

  /** The quality grade; may be empty. */
  public abstract String grade();

  /** The delivery schedule. */
  public abstract DemandCalendar schedule();

  /** The price rule. */
  public abstract PriceTerms price();

  /** Inputs advanced by the buyer, to be deducted from payments. */
  public abstract Optional<Money> inputAdvances();

  /** The coordination fee paid to the group, if any. */
  public abstract Optional<CoordinationFee> coordinationFee();

  @Value.Check
  void check() {
    if (!buyer().functions().contains(ChainFunction.MARKETING)) {
      throw Check.refusal("Buyer " + buyer().name() + " of a contract", "a MARKETING actor", buyer().functions());
    }
    if (!seller().functions().contains(ChainFunction.PRODUCTION)) {
      throw Check.refusal("Seller " + seller().name() + " of a contract", "a PRODUCTION actor", seller().functions());
    }
    if (!schedule().crops().contains(product())) {
      throw Check.refusal("Delivery schedule of the " + product() + " contract", "deliveries of " + product(), schedule().crops());
    }
  }

  /**
   * The weeks in which the planned supply of the product falls short of the schedule, in order, each
   * as the gap between the plan and the schedule.
   *
   * @throws IllegalArgumentException if the supply's horizon is not the schedule's
   */
  public ImmutableList<Gap> shortfalls(SupplyCalendar supply) {
    notNull(supply, "supply");
    if (!supply.horizon().equals(schedule().horizon())) {
      throw Check.refusal("Horizon of the supply checked against " + this, "the schedule's " + schedule().horizon(),
          supply.horizon());
    }
    Balance balance = Balance.of(supply, schedule());
    return schedule().horizon().allWeeks().stream().map(w -> balance.gap(product(), w)).filter(g -> !g.shortfall().isZero())
        .collect(ImmutableList.toImmutableList());
  }

  /** The volume the schedule asks for over its horizon. */
  public Mass volume() {
    return schedule().total(product());
  }

  /**
   * The price per kg the terms give at a market price: the fixed price, the market price, the market
   * price plus the premium, or (no price stated) the market price.
   *
   * @throws org.agricluster.measure.CurrencyMismatchException if a fixed price or premium is in
   *     another currency
   */
  public PricePerMass priceAt(PricePerMass market) {
    notNull(market, "market");
    return switch (price().kind()) {
      case FIXED -> {
        PricePerMass fixed = price().price().orElseThrow();
        fixed.amountPerKilogram().minus(market.amountPerKilogram()); // one currency, or CurrencyMismatchException
        yield fixed;
      }
      case PREMIUM_OVER_MARKET -> market.plus(price().price().orElseThrow());
      default -> market;
    };
  }

  /** The contract's value: the agreed volume at the price the terms give at a market price. */
  public Money value(PricePerMass market) {
    return volume().multipliedBy(priceAt(market));
  }

  /**
   * The contract price against a market price: per kg (negative below the market), as a percentage
   * change from the market price, and in total over the agreed volume.
   */
  public Premium premiumOver(PricePerMass market) {
    PricePerMass contract = priceAt(market);
    Money perKg = contract.amountPerKilogram().minus(market.amountPerKilogram());
    return new Premium(perKg, Change.between(market, contract), volume().multipliedBy(contract).minus(volume().multipliedBy(market)));
  }

  /**
   * A contract price's premium over a market price.
   *
   * @param perKilogram the contract price less the market price, per kg (negative below the market)
   * @param change the contract price as a change from the market price
   * @param total the premium over the agreed volume
   */
  public record Premium(Money perKilogram, Change change, Money total) {
    /** {@code KHR 500/kg (+25%), KHR 3,250,000 in all}. */
    @Override
    public String toString() {
      return perKilogram + "/kg (" + change + "), " + total + " in all";
    }
  }

  /**
   * The input advances shared out among the seller's members as deductions from their payouts, in
   * proportion to weights (each member's planted area, or the inputs each received), exact to the
   * riel: the deductions sum to the advances.
   *
   * @throws IllegalArgumentException if the agreement records no input advances, or the weights are
   *     empty, negative or all zero
   */
  public ImmutableMap<String, Deduction> advanceDeductions(Map<String, BigDecimal> weights) {
    Money advances = inputAdvances().orElseThrow(() -> Check.refusal("Input advances of the agreement with " + buyer().name(),
        "recorded", "none"));
    return Deduction.allocate("input advance from " + buyer().name(), advances, weights);
  }

  @Override
  public String toString() {
    return "ContractFarmingAgreement{" + buyer().name() + " buys " + product() + (grade().isEmpty() ? "" : " grade " + grade())
        + " from " + seller().name() + ", price " + price() + ", total " + schedule().total(product()) + "}";
  }

}
