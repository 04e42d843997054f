package org.agricluster.examples;

import static org.agricluster.measure.CurrencyUnit.KHR;
import static org.agricluster.measure.CurrencyUnit.USD;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.agricluster.measure.Allocation;
import org.agricluster.measure.Area;
import org.agricluster.measure.ExchangeRate;
import org.agricluster.measure.Mass;
import org.agricluster.measure.Money;
import org.agricluster.measure.MoneyPerArea;

/**
 * Exact measures, on the ASPIRE Takeo vegetable cluster (seed {@code 000}): income per area and in
 * dollars at a dated rate, and a buyer's payment split among members exact to the riel and in
 * 100-riel cash.
 */
final class MeasuresWalkthrough implements Walkthrough {

  @Override
  public String name() {
    return "measures";
  }

  @Override
  public String title() {
    return "Takeo income per area, in dollars, and a payment split to the riel";
  }

  @Override
  public void run(PrintStream out) {
    // 1. Income per area. "Per 2,000 square meters of land ... around 3 million riels or around $US 750."
    Money income = Money.of(KHR, 3_000_000);
    Area plot = Area.ofSquareMetres(2000);
    MoneyPerArea perArea = income.dividedBy(plot);
    ExchangeRate aspire = ExchangeRate.of(USD, KHR, 4000, LocalDate.of(2020, 1, 1), "ASPIRE Cambodia, as reported");

    out.println("Takeo vegetable cluster, one member's season (ASPIRE):");
    out.printf("  income                 %s on %s (%s ha)%n", income, plot, plot.toHectares().toPlainString());
    out.printf("  per 1,000 m²           %s%n", perArea.amountPerThousandSquareMetres());
    out.printf("  per hectare            %s%n", perArea.amountPerHectare());
    out.printf("  in dollars             %s%n", aspire.conversionOf(income).rounded(RoundingMode.HALF_EVEN));
    out.printf("  per hectare in dollars %s%n", perArea.convertedTo(USD, aspire).amountPerHectare().rounded(RoundingMode.HALF_EVEN));
    out.printf("  \"1,000 m² earns more than one million riel\": %s%n",
        perArea.amountPerThousandSquareMetres().isGreaterThan(Money.of(KHR, 1_000_000)));
    out.println();

    // 2. Splitting the buyer's payment by delivered kilograms.
    Money payment = Money.of(KHR, 1_234_567);
    List<String> members = List.of("Sokha", "Dara", "Chenda");
    List<Mass> delivered = List.of(Mass.ofKilograms(120), Mass.ofKilograms(new BigDecimal("85.5")), Mass.ofKilograms(64));
    List<BigDecimal> kilograms = delivered.stream().map(Mass::toKilograms).toList();
    List<Money> exact = payment.allocate(kilograms);
    Allocation cash = payment.allocateInCash(kilograms);

    out.printf("Buyer's payment of %s split by delivered kilograms (largest remainder):%n", payment);
    out.printf("  %-8s %10s %16s %16s%n", "member", "delivered", "to the riel", "in 100-riel cash");
    for (int i = 0; i < members.size(); i++) {
      out.printf("  %-8s %10s %16s %16s%n", members.get(i), delivered.get(i), exact.get(i), cash.part(i));
    }
    Money exactSum = Money.total(KHR, exact);
    out.printf("  %-8s %10s %16s %16s%n", "total", "", exactSum, cash.allocated());
    out.printf("  left over in coins below 100 riel (kept by the cluster): %s%n", cash.remainder());
    out.printf("  parts sum exactly to the payment: %s%n",
        exactSum.equals(payment) && cash.allocated().plus(cash.remainder()).equals(payment));
  }
}
