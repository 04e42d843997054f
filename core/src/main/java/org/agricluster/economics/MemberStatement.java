package org.agricluster.economics;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.agricluster.internal.Check;
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
  private final ImmutableList<Deduction> deductions;

  MemberStatement(String member, ImmutableList<Delivery> deliveries, CollectionLedger ledger, Money value,
      Money totalValue, Money payout) {
    this(member, deliveries, ledger, value, totalValue, payout, ImmutableList.of());
  }

  private MemberStatement(String member, ImmutableList<Delivery> deliveries, CollectionLedger ledger, Money value,
      Money totalValue, Money payout, ImmutableList<Deduction> deductions) {
    this.member = member;
    this.deliveries = deliveries;
    this.ledger = ledger;
    this.value = value;
    this.totalValue = totalValue;
    this.payout = payout;
    this.deductions = deductions;
  }

  /**
   * This statement with deductions taken from the payout (input advances, loan repayments), in
   * order; replaces any deductions it had.
   *
   * @throws org.agricluster.measure.CurrencyMismatchException if a deduction is not in the payout's currency
   */
  public MemberStatement withDeductions(List<Deduction> deductions) {
    Check.notNull(deductions, "deductions");
    for (Deduction d : deductions) {
      Check.notNull(d, "deduction");
      payout.plus(d.amount());
    }
    return new MemberStatement(member, this.deliveries, ledger, value, totalValue, payout, ImmutableList.copyOf(deductions));
  }

  /** The deductions taken from the payout, in order; empty unless given. */
  public ImmutableList<Deduction> deductions() {
    return deductions;
  }

  /** What the deductions come to in all. */
  public Money totalDeductions() {
    return deductions.stream().map(Deduction::amount).reduce(Money.zero(payout.currency()), Money::plus);
  }

  /** What is deducted from this payout: the deductions, but never more than the payout. */
  public Money deducted() {
    Money all = totalDeductions();
    return all.isGreaterThan(payout) ? payout : all;
  }

  /** What the member is paid after deductions: the payout less what is deducted, never negative. */
  public Money netPayout() {
    return payout.minus(deducted());
  }

  /** What the deductions exceed the payout by, carried over to the next payment; zero if none. */
  public Money carriedOver() {
    return totalDeductions().minus(deducted());
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
        + shareOfValue() + "), paid " + payout + (deductions.isEmpty() ? "" : ", " + deducted() + " deducted, net " + netPayout()
        + (carriedOver().isZero() ? "" : ", " + carriedOver() + " carried over")) + "}";
  }
}
