package org.agricluster.economics;

import static org.agricluster.measure.CurrencyUnit.KHR;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.agricluster.measure.Area;
import org.agricluster.measure.Mass;
import org.agricluster.measure.Money;
import org.agricluster.measure.PricePerMass;
import org.agricluster.measure.Share;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** Shared QuickTheories generators for crop budgets in riel. */
final class EconomicsGenerators {
  private EconomicsGenerators() {}

  private static final CostCategory[] CATEGORIES = CostCategory.values();

  /** Budgets with 1–3 grades, 0–6 cost lines of any category, positive area. */
  static Gen<CropBudget> budgets() {
    Gen<List<Integer>> numbers = SourceDSL.lists().of(SourceDSL.integers().between(0, 1_000_000)).ofSize(24);
    return numbers.map(EconomicsGenerators::budget);
  }

  private static CropBudget budget(List<Integer> n) {
    int grades = 1 + n.get(0) % 3;
    CropBudget.Builder b = CropBudget.builder("crop", Area.ofSquareMetres(100 + n.get(1) % 10_000))
        .harvested(Mass.ofKilograms(BigDecimal.valueOf(n.get(2) % 100_000, 1)))
        .lossShare(Share.ofPercent(n.get(3) % 31))
        .ownUseShare(Share.ofPercent(n.get(4) % 21));
    // whole-percent grade shares, as recorded in the field (70 % grade A, 30 % grade B)
    List<Integer> percents = new ArrayList<>();
    int left = 100;
    for (int g = 0; g < grades - 1; g++) {
      int p = left <= 1 ? 0 : 1 + n.get(5 + g) % (left - 1);
      percents.add(p);
      left -= p;
    }
    percents.add(left);
    for (int g = 0; g < grades; g++) {
      b.addSale("grade " + g, Share.ofPercent(percents.get(g)),
          PricePerMass.perKilogram(Money.of(KHR, 100 + n.get(8 + g) % 5_000)));
    }
    int lines = n.get(11) % 7;
    for (int i = 0; i < lines; i++) {
      b.addCost(CostLine.of(CATEGORIES[n.get(12 + i) % CATEGORIES.length], "input " + i,
          BigDecimal.valueOf(n.get(18 - i) % 1000, 1), "kg", Money.of(KHR, n.get(19 + i % 5) % 20_000)));
    }
    b.cycleDays(30 + n.get(23) % 100);
    return b.build();
  }
}
