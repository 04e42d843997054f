package org.agricluster.economics;

import static org.agricluster.internal.Check.notNull;

import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.agricluster.internal.Check;
import org.agricluster.measure.CurrencyUnit;
import org.agricluster.measure.PricePerMass;

/**
 * The buyer's price for each crop and quality grade, in one currency.
 *
 * <pre>{@code
 * GradePrices prices = GradePrices.builder()
 *     .price("cucumber", "A", PricePerMass.perKilogram(Money.of(KHR, 1_500)))
 *     .price("cucumber", "B", PricePerMass.perKilogram(Money.of(KHR, 1_000)))
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class GradePrices {
  private final ImmutableMap<String, PricePerMass> prices;
  private final CurrencyUnit currency;

  private GradePrices(ImmutableMap<String, PricePerMass> prices, CurrencyUnit currency) {
    this.prices = prices;
    this.currency = currency;
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  private static String key(String crop, String grade) {
    return crop + " / " + grade;
  }

  /**
   * The price of a crop's grade.
   *
   * @throws IllegalArgumentException if no price is set for it
   */
  public PricePerMass price(String crop, String grade) {
    notNull(crop, "crop");
    notNull(grade, "grade");
    PricePerMass price = prices.get(key(crop, grade));
    if (price == null) {
      throw Check.refusal("Crop and grade", "one of " + prices.keySet(), "'" + key(crop, grade) + "'");
    }
    return price;
  }

  /** The currency of every price. */
  public CurrencyUnit currency() {
    return currency;
  }

  /** The prices keyed by {@code "crop / grade"}. */
  public ImmutableMap<String, PricePerMass> prices() {
    return prices;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof GradePrices && ((GradePrices) obj).prices.equals(prices);
  }

  @Override
  public int hashCode() {
    return prices.hashCode();
  }

  @Override
  public String toString() {
    return "GradePrices" + prices;
  }

  /** Builds {@link GradePrices}. */
  public static final class Builder {
    private final Map<String, PricePerMass> prices = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets a crop's grade price.
     *
     * @throws IllegalArgumentException if it is set twice, negative, or in another currency
     */
    public Builder price(String crop, String grade, PricePerMass price) {
      notNull(crop, "crop");
      notNull(grade, "grade");
      notNull(price, "price");
      String key = key(crop.strip(), grade.strip());
      if (prices.containsKey(key)) {
        throw Check.refusal("Price of '" + key + "'", "set once", price + " beside " + prices.get(key));
      }
      if (price.amountPerKilogram().isNegative()) {
        throw Check.refusal("Price of '" + key + "'", ">= 0", price);
      }
      if (!prices.isEmpty() && !prices.values().iterator().next().currency().equals(price.currency())) {
        throw Check.refusal("Price of '" + key + "'", "in " + prices.values().iterator().next().currency(), price);
      }
      prices.put(key, price);
      return this;
    }

    /**
     * Builds the prices.
     *
     * @throws IllegalStateException if none was set
     */
    public GradePrices build() {
      if (prices.isEmpty()) {
        throw new IllegalStateException("Grade prices need at least one price");
      }
      return new GradePrices(ImmutableMap.copyOf(prices), prices.values().iterator().next().currency());
    }
  }
}
