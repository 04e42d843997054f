package org.agricluster.economics;

import static org.agricluster.internal.Check.notNull;

import java.time.LocalDate;
import java.util.List;
import org.agricluster.internal.Check;
import org.agricluster.measure.CurrencyUnit;
import org.agricluster.measure.Money;
import org.immutables.value.Value;

/**
 * A payment a buyer made to the collection point for a day's produce: "the next morning, the buyer
 * transfers the money, and I pay each member" (the cluster leader in the ASPIRE Takeo story). A
 * day's payments add up to the amount reconciled against the ledger.
 *
 * <pre>{@code
 * BuyerPayment.of(LocalDate.of(2024, 3, 5), "Takeo buyer", Money.of(KHR, 551_108), "transfer 0042");
 * ledger.reconcile(BuyerPayment.total(payments, KHR), Money.of(KHR, 1_000));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public abstract class BuyerPayment {
  BuyerPayment() {}

  /**
   * A payment.
   *
   * @param reference the transfer or receipt reference; may be empty
   * @throws IllegalArgumentException if the payer is blank or the amount is not positive
   */
  public static BuyerPayment of(LocalDate date, String payer, Money amount, String reference) {
    return ImmutableBuyerPayment.builder().date(date).payer(payer).amount(amount).reference(reference).build();
  }

  /** The day of the payment. */
  public abstract LocalDate date();

  /** Who paid (the buyer). */
  public abstract String payer();

  /** How much. */
  public abstract Money amount();

  /** The transfer or receipt reference; may be empty. */
  public abstract String reference();

  @Value.Check
  BuyerPayment check() {
    if (payer().isBlank()) {
      throw Check.refusal("Payer of a payment on " + date(), "not blank", Check.quoted(payer()));
    }
    if (!amount().isPositive()) {
      throw Check.refusal("Amount of " + payer().strip() + "'s payment on " + date(), "> 0", amount());
    }
    Check.singleLine(reference(), "Reference of a payment");
    return payer().equals(payer().strip()) && reference().equals(reference().strip()) ? this
        : ImmutableBuyerPayment.builder().from(this).payer(payer().strip()).reference(reference().strip()).build();
  }

  /**
   * The sum of payments, all in one currency.
   *
   * @throws org.agricluster.measure.CurrencyMismatchException if a payment is in another currency
   */
  public static Money total(List<BuyerPayment> payments, CurrencyUnit currency) {
    notNull(payments, "payments");
    Money total = Money.zero(notNull(currency, "currency"));
    for (BuyerPayment p : payments) {
      total = total.plus(notNull(p, "payment").amount());
    }
    return total;
  }

  /** {@code 2024-03-05 Takeo buyer KHR 551,108 (transfer 0042)}. */
  @Override
  public String toString() {
    return date() + " " + payer() + " " + amount() + (reference().isEmpty() ? "" : " (" + reference() + ")");
  }
}
