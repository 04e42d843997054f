package org.agricluster.economics;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.agricluster.internal.Check;

/**
 * How a figure spreads over the plots of a survey: lowest, lower quartile, median, upper quartile,
 * highest. Quartiles interpolate linearly between the ordered values (the spreadsheet rule
 * QUARTILE.INC: the p-quantile sits at position 1 + p × (n − 1)), exactly in decimals.
 *
 * @param min the lowest value
 * @param lowerQuartile the 25 % quantile
 * @param median the 50 % quantile
 * @param upperQuartile the 75 % quantile
 * @param max the highest value
 */
public record Spread(BigDecimal min, BigDecimal lowerQuartile, BigDecimal median, BigDecimal upperQuartile, BigDecimal max) {
  /** Validates the spread: the five values in order. */
  public Spread {
    List<BigDecimal> all = List.of(Check.notNull(min, "min"), Check.notNull(lowerQuartile, "lowerQuartile"),
        Check.notNull(median, "median"), Check.notNull(upperQuartile, "upperQuartile"), Check.notNull(max, "max"));
    for (int i = 1; i < all.size(); i++) {
      if (all.get(i).compareTo(all.get(i - 1)) < 0) {
        throw Check.refusal("Spread", "min ≤ lower quartile ≤ median ≤ upper quartile ≤ max", all);
      }
    }
  }

  /**
   * The spread of some values.
   *
   * @throws IllegalArgumentException if there are none
   */
  public static Spread of(List<BigDecimal> values) {
    Check.notNull(values, "values");
    if (values.isEmpty()) {
      throw Check.refusal("Values to spread", "at least one", "none");
    }
    List<BigDecimal> sorted = new ArrayList<>(values);
    sorted.forEach(v -> Check.notNull(v, "value"));
    sorted.sort(null);
    return new Spread(sorted.get(0), quantile(sorted, 1), quantile(sorted, 2), quantile(sorted, 3), sorted.get(sorted.size() - 1));
  }

  /** The {@code quarters}/4 quantile: position (n − 1) × quarters / 4 from the lowest, interpolated. */
  private static BigDecimal quantile(List<BigDecimal> sorted, int quarters) {
    int n = sorted.size();
    int whole = (n - 1) * quarters / 4;
    int remainder = (n - 1) * quarters % 4;
    BigDecimal low = sorted.get(whole);
    if (remainder == 0) {
      return low;
    }
    BigDecimal high = sorted.get(whole + 1);
    return low.add(high.subtract(low).multiply(BigDecimal.valueOf(remainder)).divide(BigDecimal.valueOf(4)));
  }

  /** The values as a list, lowest first. */
  public ImmutableList<BigDecimal> values() {
    return ImmutableList.of(min, lowerQuartile, median, upperQuartile, max);
  }

  /** {@code 1.2 | 2.5 | 3 | 4.1 | 7} (min | Q1 | median | Q3 | max). */
  @Override
  public String toString() {
    return String.join(" | ", values().stream().map(v -> v.stripTrailingZeros().toPlainString()).toList());
  }
}
