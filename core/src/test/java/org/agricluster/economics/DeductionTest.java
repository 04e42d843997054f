package org.agricluster.economics;

import static org.agricluster.PropertyTests.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agricluster.measure.CurrencyMismatchException;
import org.agricluster.measure.CurrencyUnit;
import org.agricluster.measure.Mass;
import org.agricluster.measure.Money;
import org.agricluster.measure.PricePerMass;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class DeductionTest {
  static final LocalDate DAY = LocalDate.of(2024, 7, 1);

  static MemberStatement statement() {
    GradePrices prices = GradePrices.builder().price("cucumber", "A", PricePerMass.perKilogram(Money.of(CurrencyUnit.KHR, 1_000)))
        .build();
    CollectionLedger ledger = CollectionLedger.of(prices, List.of(Delivery.of("sa-em", "cucumber", "A", Mass.ofKilograms(100), DAY),
        Delivery.of("h2", "cucumber", "A", Mass.ofKilograms(300), DAY)));
    return ledger.statement("sa-em", ledger.split(Money.of(CurrencyUnit.KHR, 400_000)));
  }

  @Test
  void deductionsComeOffThePayout_neverBelowZero_andTheRestIsCarriedOver() {
    MemberStatement s = statement();
    assertThat(s.payout()).isEqualTo(Money.of(CurrencyUnit.KHR, 100_000));
    assertThat(s.deductions()).isEmpty();
    assertThat(s.netPayout()).isEqualTo(s.payout());
    MemberStatement less = s.withDeductions(List.of(Deduction.of("input advance", Money.of(CurrencyUnit.KHR, 30_000)),
        Deduction.of("loan repayment", Money.of(CurrencyUnit.KHR, 50_000))));
    assertThat(less.totalDeductions()).isEqualTo(Money.of(CurrencyUnit.KHR, 80_000));
    assertThat(less.netPayout()).isEqualTo(Money.of(CurrencyUnit.KHR, 20_000));
    assertThat(less.carriedOver().isZero()).isTrue();
    assertThat(less).hasToString("MemberStatement{sa-em: 1 deliveries worth KHR 100,000 (25%), paid KHR 100,000, KHR 80,000 deducted, "
        + "net KHR 20,000}");
    MemberStatement more = s.withDeductions(List.of(Deduction.of("loan repayment", Money.of(CurrencyUnit.KHR, 130_000))));
    assertThat(more.netPayout().isZero()).isTrue();
    assertThat(more.deducted()).isEqualTo(s.payout());
    assertThat(more.carriedOver()).isEqualTo(Money.of(CurrencyUnit.KHR, 30_000));
    assertThatThrownBy(() -> s.withDeductions(List.of(Deduction.of("fee", Money.of(CurrencyUnit.USD, 1)))))
        .isInstanceOf(CurrencyMismatchException.class);
    assertThat(org.agricluster.report.EconomicsTables.statement(more).toText())
        .contains("Less loan repayment: KHR 130,000.", "Net payout KHR 0; KHR 30,000 of the deductions carried over");
  }

  @Test
  void aDeduction_hasAReasonAndAPositiveAmount() {
    assertThatThrownBy(() -> Deduction.of(" ", Money.of(CurrencyUnit.KHR, 1))).hasMessage("Reason of a deduction must be not blank but was ' '");
    assertThatThrownBy(() -> Deduction.of("loan", Money.zero(CurrencyUnit.KHR)))
        .hasMessage("Amount of the deduction 'loan' must be more than zero but was KHR 0");
    assertThat(Deduction.of("loan repayment", Money.of(CurrencyUnit.KHR, 400_000))).hasToString("loan repayment: KHR 400,000");
  }

  @Test
  void sharedOutDeductions_sumExactlyToTheTotal_inProportionToTheWeights() {
    qt(300).forAll(SourceDSL.lists().of(SourceDSL.integers().between(0, 5_000)).ofSizeBetween(1, 40),
        SourceDSL.longs().between(1, 100_000_000L))
        .assuming((weights, total) -> weights.stream().anyMatch(w -> w > 0))
        .checkAssert((weights, total) -> {
          Map<String, BigDecimal> byMember = new LinkedHashMap<>();
          for (int i = 0; i < weights.size(); i++) {
            byMember.put("m" + i, BigDecimal.valueOf(weights.get(i)));
          }
          Money money = Money.of(CurrencyUnit.KHR, total);
          Map<String, Deduction> parts = Deduction.allocate("input advance", money, byMember);
          assertThat(Money.total(CurrencyUnit.KHR, parts.values().stream().map(Deduction::amount).toList())).isEqualTo(money);
          int sum = weights.stream().mapToInt(Integer::intValue).sum();
          parts.forEach((m, d) -> {
            BigDecimal exact = BigDecimal.valueOf(total).multiply(byMember.get(m)).divide(BigDecimal.valueOf(sum), 10,
                java.math.RoundingMode.HALF_EVEN);
            assertThat(d.amount().amount().subtract(exact).abs()).isLessThan(BigDecimal.ONE);
          });
          byMember.forEach((m, w) -> {
            if (w.signum() == 0) {
              assertThat(parts).doesNotContainKey(m);
            }
          });
        });
    assertThatThrownBy(() -> Deduction.allocate("advance", Money.of(CurrencyUnit.KHR, 10), Map.of()))
        .hasMessage("Members to share 'advance' among must be at least one but was 0");
    assertThatThrownBy(() -> Deduction.allocate("advance", Money.zero(CurrencyUnit.KHR), Map.of("a", BigDecimal.ONE)))
        .hasMessage("Total to share out as 'advance' must be more than zero but was KHR 0");
  }
}
