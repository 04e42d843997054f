package org.agricluster.economics;

import static org.agricluster.internal.Check.notNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.agricluster.internal.Check;
import org.agricluster.internal.Words;
import org.agricluster.measure.Allocation;
import org.agricluster.measure.CurrencyUnit;
import org.agricluster.measure.Money;
import org.immutables.value.Value;
import org.agricluster.measure.Share;

/**
 * The collection point's records: deliveries graded and weighed, valued at the buyer's grade prices;
 * the expected payment; the buyer's actual payment reconciled against it; and the received amount
 * split among members exactly (ASPIRE Takeo story).
 *
 * <pre>{@code
 * CollectionLedger day = CollectionLedger.of(prices, deliveries);
 * day.reconcile(Money.of(KHR, 985_000), Money.of(KHR, 1_000));   // paid less than recorded?
 * day.split(Money.of(KHR, 985_000));                             // exact to the riel
 * day.splitInCash(Money.of(KHR, 985_000));                       // in 100-riel notes
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public abstract class CollectionLedger {
  CollectionLedger() {}

  /**
   * A ledger of deliveries at grade prices.
   *
   * @throws IllegalArgumentException if there is no delivery, or a delivery's crop and grade has no price
   */
  public static CollectionLedger of(GradePrices prices, List<Delivery> deliveries) {
    return ImmutableCollectionLedger.builder().prices(prices).deliveries(notNull(deliveries, "deliveries")).build();
  }

  /** The grade prices. */
  public abstract GradePrices prices();

  /** The deliveries, in the order recorded. */
  public abstract ImmutableList<Delivery> deliveries();

  /** Each member's delivered value, members in natural order; every delivery has a price, however the ledger is made. */
  @Value.Derived
  public ImmutableMap<String, Money> valueByMember() {
    if (deliveries().isEmpty()) {
      throw Check.refusal("Number of deliveries in a ledger", "at least 1", 0);
    }
    Map<String, Money> byMember = new TreeMap<>(Words.NATURAL_ORDER);
    for (Delivery d : deliveries()) {
      byMember.merge(d.member(), value(prices(), d), Money::plus);
    }
    return ImmutableMap.copyOf(byMember);
  }

  /** The currency of every amount. */
  public CurrencyUnit currency() {
    return prices().currency();
  }

  /** The value of one delivery at its grade price. */
  public Money valueOf(Delivery delivery) {
    return value(prices(), notNull(delivery, "delivery"));
  }

  private static Money value(GradePrices prices, Delivery delivery) {
    return prices.price(delivery.crop(), delivery.grade()).multipliedBy(delivery.mass());
  }


  /** What the buyer owes by the records: {@code Σ mass × grade price}. */
  public Money expectedPayment() {
    return Money.total(currency(), valueByMember().values());
  }

  /**
   * Compares the buyer's payment with the records.
   *
   * @param tolerance the largest difference accepted, {@code >= 0}
   */
  public Reconciliation reconcile(Money actual, Money tolerance) {
    notNull(actual, "actual");
    notNull(tolerance, "tolerance");
    if (tolerance.isNegative()) {
      throw Check.refusal("Tolerance of a reconciliation", ">= 0", tolerance);
    }
    return Reconciliation.of(expectedPayment(), actual, tolerance);
  }

  /** Compares the buyer's payment with the records, with a tolerance as a share of the expected payment. */
  public Reconciliation reconcile(Money actual, Share tolerance) {
    notNull(tolerance, "tolerance");
    return reconcile(actual, expectedPayment().multipliedBy(tolerance));
  }

  /**
   * Splits a received amount among members in proportion to their delivered value, exact to the
   * currency's minor unit (whole riel).
   *
   * @throws ArithmeticException if the amount is not a whole number of minor units
   */
  public PaymentSplit split(Money received) {
    Allocation exact = allocate(received, received.currency().minorUnit());
    if (!exact.remainder().isZero()) {
      throw new ArithmeticException(received + " is not a whole number of " + received.currency().minorUnit()
          + "; round it first or use splitInCash");
    }
    return toSplit(received, exact);
  }

  /** Splits a received amount in the currency's cash unit (100-riel notes); what notes cannot carry is the remainder. */
  public PaymentSplit splitInCash(Money received) {
    return toSplit(received, allocate(received, notNull(received, "received").currency().cashUnit()));
  }

  private Allocation allocate(Money received, Money unit) {
    notNull(received, "received");
    List<BigDecimal> weights = new ArrayList<>();
    valueByMember().values().forEach(v -> weights.add(v.amount()));
    if (weights.stream().allMatch(w -> w.signum() == 0)) {
      throw new IllegalStateException("Every delivery is valued at zero; there is nothing to split " + received + " by");
    }
    return received.allocateIn(unit, weights);
  }

  private PaymentSplit toSplit(Money received, Allocation allocation) {
    ImmutableMap.Builder<String, Money> parts = ImmutableMap.builder();
    int i = 0;
    for (String member : valueByMember().keySet()) {
      parts.put(member, allocation.part(i++));
    }
    return PaymentSplit.of(received, parts.buildOrThrow(), allocation);
  }

  /**
   * One member's deliveries, their value and their part of a split.
   *
   * @throws IllegalArgumentException if the member delivered nothing
   */
  public MemberStatement statement(String member, PaymentSplit split) {
    notNull(member, "member");
    notNull(split, "split");
    Money value = valueByMember().get(member);
    if (value == null) {
      throw Check.refusal("Member", "one of " + valueByMember().keySet(), "'" + member + "'");
    }
    List<Delivery> own = deliveries().stream().filter(d -> d.member().equals(member)).toList();
    return new MemberStatement(member, ImmutableList.copyOf(own), this, value, expectedPayment(), split.part(member));
  }

  @Override
  public String toString() {
    return "CollectionLedger{" + Words.count(deliveries().size(), "delivery", "deliveries") + " by "
        + Words.count(valueByMember().size(), "member") + ", expected "
        + expectedPayment() + "}";
  }
}
