package org.agricluster.economics;

import static org.agricluster.internal.Check.notNull;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agricluster.internal.Check;
import org.agricluster.measure.CurrencyUnit;
import org.agricluster.measure.PricePerMass;
import org.immutables.value.Value;

/**
 * The buyer's price for each crop and quality grade, in one currency.
 *
 * <pre>{@code
 * GradePrices prices = GradePrices.builder()
 *     .price("cucumber", "A", PricePerMass.perKilogram(Money.of(KHR, 1_500)))
 *     .price("cucumber", "B", PricePerMass.perKilogram(Money.of(KHR, 1_000)))
 *     .build();
 * prices.price("cucumber", "B");   // KHR 1,000/kg
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public abstract class GradePrices {
  GradePrices() {}

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The prices by crop, then by grade, in the order they were set. */
  public abstract ImmutableMap<String, ImmutableMap<String, PricePerMass>> byCrop();

  /**
   * Validates the prices however they are made.
   *
   * @throws IllegalArgumentException if a crop or grade is blank or not stripped, a crop has no
   *     grade, a price is negative, or the prices are in more than one currency
   * @throws IllegalStateException if there is no price
   */
  @Value.Check
  void check() {
    if (byCrop().isEmpty()) {
      throw new IllegalStateException("Grade prices need at least one price");
    }
    CurrencyUnit currency = currency();
    byCrop().forEach((crop, grades) -> {
      checkName(crop, "Crop");
      if (grades.isEmpty()) {
        throw Check.refusal("Grades priced for " + crop, "at least one", "none");
      }
      grades.forEach((grade, price) -> {
        checkName(grade, "Grade of " + crop);
        checkPrice(crop, grade, price, currency);
      });
    });
  }

  private static void checkName(String name, String thing) {
    if (name.isBlank() || !name.equals(name.strip())) {
      throw Check.refusal(thing + " of a grade price", "not blank, without spaces around it", Check.quoted(name));
    }
  }

  private static void checkPrice(String crop, String grade, PricePerMass price, CurrencyUnit currency) {
    String key = key(crop, grade);
    if (price.amountPerKilogram().isNegative()) {
      throw Check.refusal("Price of '" + key + "'", ">= 0", price);
    }
    if (!price.currency().equals(currency)) {
      throw Check.refusal("Price of '" + key + "'", "in " + currency, price);
    }
  }

  private static String key(String crop, String grade) {
    return crop + " / " + grade;
  }

  /**
   * The price of a crop's grade.
   *
   * @throws IllegalArgumentException if no price is set for it, naming those that are
   */
  public PricePerMass price(String crop, String grade) {
    notNull(crop, "crop");
    notNull(grade, "grade");
    PricePerMass price = byCrop().getOrDefault(crop, ImmutableMap.of()).get(grade);
    if (price == null) {
      List<String> known = new ArrayList<>();
      byCrop().forEach((c, grades) -> grades.keySet().forEach(g -> known.add(key(c, g))));
      throw Check.refusal("Crop and grade", "one of " + known, Check.quoted(key(crop, grade)));
    }
    return price;
  }

  /** The currency of every price. */
  public CurrencyUnit currency() {
    return byCrop().values().iterator().next().values().iterator().next().currency();
  }

  /** {@code GradePrices{cucumber={A=KHR 1,500/kg, B=KHR 1,000/kg}}}. */
  @Override
  public String toString() {
    return "GradePrices" + byCrop();
  }

  /** Builds {@link GradePrices}, refusing a bad price as soon as it is set. */
  public static final class Builder extends ImmutableGradePrices.Builder {
    private final Map<String, Map<String, PricePerMass>> prices = new LinkedHashMap<>();

    Builder() {}

    /**
     * Sets a crop's grade price; names are stripped.
     *
     * @throws IllegalArgumentException if it is set twice, negative, or in another currency
     */
    public Builder price(String crop, String grade, PricePerMass price) {
      String c = notNull(crop, "crop").strip();
      String g = notNull(grade, "grade").strip();
      notNull(price, "price");
      Map<String, PricePerMass> grades = prices.computeIfAbsent(c, k -> new LinkedHashMap<>());
      if (grades.containsKey(g)) {
        throw Check.refusal("Price of '" + key(c, g) + "'", "set once", price + " beside " + grades.get(g));
      }
      CurrencyUnit currency = prices.values().stream().flatMap(m -> m.values().stream()).findFirst()
          .map(PricePerMass::currency).orElse(price.currency());
      checkPrice(c, g, price, currency);
      grades.put(g, price);
      Map<String, ImmutableMap<String, PricePerMass>> byCrop = new LinkedHashMap<>();
      prices.forEach((k, v) -> byCrop.put(k, ImmutableMap.copyOf(v)));
      return byCrop(byCrop);
    }
  }
}
