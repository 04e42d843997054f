package org.agricluster.measure;

import static org.agricluster.internal.Check.notNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.agricluster.internal.Check;
import org.agricluster.internal.Decimals;

/**
 * Splits a whole number of units in proportion to non-negative weights by the largest-remainder
 * (Hamilton) rule, in exact integer arithmetic: each part gets the floor of its exact share, and
 * the units left over go one each to the parts with the largest remainders; equal remainders go to
 * the earlier part. The parts sum exactly to the units, each lies within one unit of its exact
 * share, and a larger weight never gets fewer units.
 */
final class LargestRemainder {
  private LargestRemainder() {}

  /** Turns decimal ratios into integer weights of one common scale, refusing negative or all-zero ratios. */
  static List<BigInteger> weights(List<BigDecimal> ratios) {
    Check.notNull(ratios, "ratios");
    if (ratios.isEmpty()) {
      throw Check.refusal("Number of ratios", "at least 1", 0);
    }
    int scale = 0;
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < ratios.size(); i++) {
      BigDecimal ratio = Decimals.checked(Check.notNull(ratios.get(i), "ratios[" + i + "]"), "Ratio " + (i + 1));
      if (ratio.signum() < 0) {
        throw Check.refusal("Ratio " + (i + 1) + " of " + ratios.size(), ">= 0", ratio.toPlainString());
      }
      scale = Math.max(scale, ratio.stripTrailingZeros().scale());
      sum = sum.add(ratio);
    }
    if (sum.signum() <= 0) {
      throw Check.refusal("Sum of the " + ratios.size() + " ratios", "> 0", sum.toPlainString());
    }
    List<BigInteger> weights = new ArrayList<>(ratios.size());
    for (BigDecimal ratio : ratios) {
      weights.add(ratio.setScale(Math.max(scale, 0)).unscaledValue());
    }
    return weights;
  }

  /** Splits {@code units} (>= 0) by {@code weights} (>= 0, sum > 0). */
  static List<BigInteger> split(BigInteger units, List<BigInteger> weights) {
    BigInteger total = weights.stream().reduce(BigInteger.ZERO, BigInteger::add);
    int n = weights.size();
    BigInteger[] parts = new BigInteger[n];
    BigInteger[] remainders = new BigInteger[n];
    BigInteger given = BigInteger.ZERO;
    for (int i = 0; i < n; i++) {
      BigInteger[] qr = units.multiply(weights.get(i)).divideAndRemainder(total);
      parts[i] = qr[0];
      remainders[i] = qr[1];
      given = given.add(qr[0]);
    }
    int leftover = units.subtract(given).intValueExact(); // < n
    List<Integer> order = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    order.sort(Comparator.<Integer, BigInteger>comparing(i -> remainders[i]).reversed()
        .thenComparing(Comparator.naturalOrder()));
    for (int k = 0; k < leftover; k++) {
      int i = order.get(k);
      parts[i] = parts[i].add(BigInteger.ONE);
    }
    return List.of(parts);
  }

  /** Whole-number ratios as decimals: {@code allocate(3, 2, 1)}. */
  static List<BigDecimal> wholeRatios(long... ratios) {
    notNull(ratios, "ratios");
    List<BigDecimal> list = new ArrayList<>(ratios.length);
    for (long ratio : ratios) {
      list.add(BigDecimal.valueOf(ratio));
    }
    return list;
  }

  /** Shares as whole-number ratios over their least common denominator, exactly. */
  static List<BigDecimal> ratiosOf(List<Share> shares) {
    BigInteger common = BigInteger.ONE;
    for (Share share : shares) {
      BigInteger d = share.denominator();
      common = common.divide(common.gcd(d)).multiply(d);
    }
    List<BigDecimal> ratios = new ArrayList<>(shares.size());
    for (Share share : shares) {
      ratios.add(new BigDecimal(share.numerator().multiply(common.divide(share.denominator()))));
    }
    return ratios;
  }
}
