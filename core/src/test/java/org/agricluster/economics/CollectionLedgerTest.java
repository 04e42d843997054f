package org.agricluster.economics;

import static org.agricluster.measure.CurrencyUnit.KHR;
import static org.agricluster.measure.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.agricluster.PropertyTests.qt;

import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.agricluster.measure.Mass;
import org.agricluster.measure.Money;
import org.agricluster.measure.PricePerMass;
import org.agricluster.measure.Share;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class CollectionLedgerTest {
  static final LocalDate DAY = LocalDate.of(2024, 3, 4);
  static final GradePrices PRICES = GradePrices.builder()
      .price("cucumber", "A", PricePerMass.perKilogram(Money.of(KHR, 1_500)))
      .price("cucumber", "B", PricePerMass.perKilogram(Money.of(KHR, 900)))
      .build();

  /** A collection-point day: five members, two grades (the ASPIRE Takeo story's routine). */
  static CollectionLedger day() {
    return CollectionLedger.of(PRICES, List.of(
        Delivery.of("Sokha", "cucumber", "A", Mass.ofKilograms(120), DAY),
        Delivery.of("Sokha", "cucumber", "B", Mass.ofKilograms(30), DAY),
        Delivery.of("Dara", "cucumber", "A", Mass.ofKilograms(85), DAY),
        Delivery.of("Chenda", "cucumber", "A", Mass.ofKilograms(64), DAY),
        Delivery.of("Chenda", "cucumber", "B", Mass.ofKilograms(20), DAY),
        Delivery.of("Vanna", "cucumber", "B", Mass.ofKilograms(55), DAY),
        Delivery.of("Srey", "cucumber", "A", Mass.ofKilograms(41), DAY)));
  }

  @Test
  void expectedPayment_isMassTimesGradePrice() {
    // A: 120 + 85 + 64 + 41 = 310 kg × 1,500 = 465,000; B: 30 + 20 + 55 = 105 kg × 900 = 94,500
    assertThat(day().expectedPayment()).isEqualTo(Money.of(KHR, 559_500));
    assertThat(day().valueByMember()).containsEntry("Sokha", Money.of(KHR, 207_000));
  }

  @Test
  void aPaymentOnePointFivePercentShort_isFlagged() {
    Money paid = Money.of(KHR, 551_108); // 559,500 × 0.985 = 551,107.5, paid rounded up
    Reconciliation r = day().reconcile(paid, Money.of(KHR, 1_000));
    assertThat(r.difference()).isEqualTo(Money.of(KHR, -8_392));
    assertThat(r.matches()).isFalse();
    assertThat(r).hasToString("paid KHR 551,108 against KHR 559,500 recorded: KHR -8,392, "
        + "outside the tolerance of KHR 1,000 — contact the buyer");
    assertThat(day().reconcile(Money.of(KHR, 559_000), Share.ofPercent(1)).matches()).isTrue();
  }

  @Test
  void aMatchingPaymentIsSplitExactlyToTheRielAndInCash() {
    PaymentSplit exact = day().split(Money.of(KHR, 559_500));
    assertThat(exact.part("Sokha")).isEqualTo(Money.of(KHR, 207_000));
    assertThat(Money.total(KHR, exact.parts().values())).isEqualTo(Money.of(KHR, 559_500));
    PaymentSplit cash = day().splitInCash(Money.of(KHR, 559_450));
    assertThat(cash.parts().values().stream().reduce(cash.remainder(), Money::plus)).isEqualTo(Money.of(KHR, 559_450));
    assertThat(cash.remainder()).isEqualTo(Money.of(KHR, 50));
  }

  @Test
  void thePaymentSplitAlwaysSumsExactlyToTheAmountReceived_eachShareIsNonNegative_andMoreValueNeverGetsLess() {
    qt().forAll(SourceDSL.lists().of(SourceDSL.integers().between(1, 500)).ofSizeBetween(1, 12),
        SourceDSL.longs().between(0, 100_000_000L)).checkAssert((kilograms, riel) -> {
          List<Delivery> deliveries = new ArrayList<>();
          for (int i = 0; i < kilograms.size(); i++) {
            deliveries.add(Delivery.of("member " + (char) ('a' + i), "cucumber", i % 2 == 0 ? "A" : "B",
                Mass.ofKilograms(kilograms.get(i)), DAY));
          }
          CollectionLedger ledger = CollectionLedger.of(PRICES, deliveries);
          Money received = Money.of(KHR, riel);
          for (PaymentSplit split : List.of(ledger.split(received), ledger.splitInCash(received))) {
            assertThat(split.parts().values().stream().reduce(split.remainder(), Money::plus)).isEqualTo(received);
            split.parts().values().forEach(p -> assertThat(p.isNegative()).isFalse());
            for (String a : split.parts().keySet()) {
              for (String b : split.parts().keySet()) {
                if (ledger.valueByMember().get(a).isGreaterThan(ledger.valueByMember().get(b))) {
                  assertThat(split.part(a).compareTo(split.part(b))).isGreaterThanOrEqualTo(0);
                }
              }
            }
          }
        });
  }

  @Test
  void reconciliationDifferenceIsActualMinusExpected_andWithinToleranceMatches() {
    qt().forAll(SourceDSL.longs().between(0, 2_000_000), SourceDSL.longs().between(0, 20_000)).checkAssert((paid, tol) -> {
      Reconciliation r = day().reconcile(Money.of(KHR, paid), Money.of(KHR, tol));
      assertThat(r.difference()).isEqualTo(Money.of(KHR, paid - 559_500));
      assertThat(r.matches()).isEqualTo(Math.abs(paid - 559_500) <= tol);
    });
  }

  @Test
  void memberStatement() {
    PaymentSplit split = day().split(Money.of(KHR, 559_500));
    MemberStatement sokha = day().statement("Sokha", split);
    assertThat(sokha.deliveries()).hasSize(2);
    assertThat(sokha.value()).isEqualTo(Money.of(KHR, 207_000));
    assertThat(sokha.payout()).isEqualTo(Money.of(KHR, 207_000));
    assertThat(sokha.shareOfValue().toPercent(2, java.math.RoundingMode.HALF_EVEN)).isEqualByComparingTo("37.00");
  }

  @Test
  void badInput_isRefused() {
    assertThatThrownBy(() -> CollectionLedger.of(PRICES,
        List.of(Delivery.of("Sokha", "tomato", "A", Mass.ofKilograms(1), DAY))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Crop and grade must be one of [cucumber / A, cucumber / B] but was 'tomato / A'");
    assertThatThrownBy(() -> Delivery.of("Sokha", "cucumber", "A", Mass.ZERO, DAY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Mass of Sokha's cucumber delivery on 2024-03-04 must be > 0 kg but was 0 kg");
    assertThatThrownBy(() -> day().reconcile(Money.of(USD, 1), Money.of(KHR, 0)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("without an exchange rate");
    assertThatThrownBy(() -> day().split(Money.of(KHR, new BigDecimal("0.5"))))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void nulls() {
    NullPointerTester tester = new NullPointerTester().setDefault(Money.class, Money.of(KHR, 1))
        .setDefault(Mass.class, Mass.ofKilograms(1)).setDefault(LocalDate.class, DAY).setDefault(String.class, "Sokha")
        .setDefault(GradePrices.class, PRICES).setDefault(PaymentSplit.class, day().split(Money.of(KHR, 559_500)))
        .setDefault(List.class, List.of(Delivery.of("Sokha", "cucumber", "A", Mass.ofKilograms(1), DAY)));
    tester.testAllPublicInstanceMethods(day());
    tester.testAllPublicStaticMethods(Delivery.class);
    tester.testAllPublicStaticMethods(CollectionLedger.class);
  }
}
