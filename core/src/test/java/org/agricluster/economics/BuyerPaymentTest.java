package org.agricluster.economics;

import static org.agricluster.measure.CurrencyUnit.KHR;
import static org.agricluster.measure.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.agricluster.measure.CurrencyMismatchException;
import org.agricluster.measure.Money;
import org.junit.jupiter.api.Test;

class BuyerPaymentTest {
  private static final LocalDate DAY = LocalDate.of(2024, 3, 5);

  @Test
  void aPayment_isStripped_equalByValue_andReadable() {
    BuyerPayment p = BuyerPayment.of(DAY, " Takeo buyer ", Money.of(KHR, 551_108), " transfer 0042 ");
    assertThat(p.payer()).isEqualTo("Takeo buyer");
    assertThat(p.reference()).isEqualTo("transfer 0042");
    assertThat(p).isEqualTo(BuyerPayment.of(DAY, "Takeo buyer", Money.of(KHR, 551_108), "transfer 0042"))
        .hasToString("2024-03-05 Takeo buyer KHR 551,108 (transfer 0042)");
    assertThat(BuyerPayment.of(DAY, "buyer", Money.of(KHR, 1), "")).hasToString("2024-03-05 buyer KHR 1");
  }

  @Test
  void aPayment_refusesABlankPayer_aNonPositiveAmount_andAReferenceOnTwoLines() {
    assertThatThrownBy(() -> BuyerPayment.of(DAY, " ", Money.of(KHR, 1), ""))
        .hasMessage("Payer of a payment on 2024-03-05 must be not blank but was ' '");
    assertThatThrownBy(() -> BuyerPayment.of(DAY, "buyer", Money.of(KHR, 0), ""))
        .hasMessage("Amount of buyer's payment on 2024-03-05 must be > 0 but was KHR 0");
    assertThatThrownBy(() -> BuyerPayment.of(DAY, "buyer", Money.of(KHR, -5), ""))
        .hasMessage("Amount of buyer's payment on 2024-03-05 must be > 0 but was KHR -5");
    assertThatThrownBy(() -> BuyerPayment.of(DAY, "buyer", Money.of(KHR, 5), "a\nb"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Reference of a payment must be a single line");
  }

  @Test
  void theTotal_addsADaysPayments_inOneCurrency() {
    List<BuyerPayment> payments = List.of(BuyerPayment.of(DAY, "buyer", Money.of(KHR, 200_000), "41"),
        BuyerPayment.of(DAY, "buyer", Money.of(KHR, 86_800), "42"));
    assertThat(BuyerPayment.total(payments, KHR)).isEqualTo(Money.of(KHR, 286_800));
    assertThat(BuyerPayment.total(List.of(), KHR)).isEqualTo(Money.zero(KHR));
    assertThatThrownBy(() -> BuyerPayment.total(payments, USD)).isInstanceOf(CurrencyMismatchException.class);
  }
}
