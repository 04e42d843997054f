package org.agricluster.economics;

import com.google.common.collect.ImmutableList;
import org.agricluster.measure.Money;
import org.agricluster.measure.Share;

/**
 * What a member delivered, what it was worth, and what the member is paid from a split.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MemberStatement {
  private final String member;
  private final ImmutableList<Delivery> deliveries;
  private final CollectionLedger ledger;
  private final Money value;
  private final Money totalValue;
  private final Money payout;

  MemberStatement(String member, ImmutableList<Delivery> deliveries, CollectionLedger ledger, Money value,
      Money totalValue, Money payout) {
    this.member = member;
    this.deliveries = deliveries;
    this.ledger = ledger;
    this.value = value;
    this.totalValue = totalValue;
    this.payout = payout;
  }

  /** The member. */
  public String member() {
    return member;
  }

  /** The member's deliveries. */
  public ImmutableList<Delivery> deliveries() {
    return deliveries;
  }

  /** The value of one of the member's deliveries. */
  public Money valueOf(Delivery delivery) {
    return ledger.valueOf(delivery);
  }

  /** The value of all the member's deliveries at grade prices. */
  public Money value() {
    return value;
  }

  /** The member's share of all delivered value. */
  public Share shareOfValue() {
    return totalValue.isZero() ? Share.ZERO : Share.ofRatio(value.amount(), totalValue.amount());
  }

  /** The member's part of the received payment. */
  public Money payout() {
    return payout;
  }

  @Override
  public String toString() {
    return "MemberStatement{" + member + ": " + deliveries.size() + " deliveries worth " + value + " ("
        + shareOfValue() + "), paid " + payout + "}";
  }
}
