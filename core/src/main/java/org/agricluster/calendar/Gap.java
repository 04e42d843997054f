package org.agricluster.calendar;

import java.math.BigDecimal;
import org.agricluster.internal.Check;
import org.agricluster.measure.Mass;
import org.immutables.value.Value;

/**
 * A crop's supply against its demand in one week: a surplus, a shortfall, or neither. The signed
 * difference is {@link #toKilograms()}; its two sides are masses, {@link #surplus()} and {@link
 * #shortfall()}, of which at most one is not zero.
 *
 * <pre>{@code
 * Gap gap = balance.gap("cucumber", IsoWeek.of(2024, 12));
 * gap.shortfall();     // 80 kg
 * gap.toKilograms();   // -80
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public abstract class Gap {
  Gap() {}

  /**
   * The gap of a crop in a week.
   *
   * @throws IllegalArgumentException if the crop is blank
   */
  public static Gap of(String crop, IsoWeek week, Mass supply, Mass demand) {
    return ImmutableGap.builder().crop(crop).week(week).supply(supply).demand(demand).build();
  }

  /** The crop. */
  public abstract String crop();

  /** The week. */
  public abstract IsoWeek week();

  /** What is harvested in the week. */
  public abstract Mass supply();

  /** What buyers want in the week. */
  public abstract Mass demand();

  @Value.Check
  void check() {
    if (crop().isBlank()) {
      throw Check.refusal("Crop of a gap", "not blank", "''");
    }
  }

  /** {@code supply − demand} in kg: positive for a surplus, negative for a shortfall. */
  public BigDecimal toKilograms() {
    return supply().toKilograms().subtract(demand().toKilograms());
  }

  /** Supply not demanded, or zero. */
  public Mass surplus() {
    return supply().isGreaterThan(demand()) ? supply().minus(demand()) : Mass.ZERO;
  }

  /** Demand not supplied, or zero. */
  public Mass shortfall() {
    return demand().isGreaterThan(supply()) ? demand().minus(supply()) : Mass.ZERO;
  }

  /** {@code |supply − demand|}: the surplus or the shortfall, whichever is not zero. */
  public Mass absolute() {
    return surplus().plus(shortfall());
  }

  /** {@code cucumber in 2024-W12: supply 120 kg, demand 200 kg, shortfall 80 kg}. */
  @Override
  public String toString() {
    String side = shortfall().isZero() ? (surplus().isZero() ? "balanced" : "surplus " + surplus())
        : "shortfall " + shortfall();
    return crop() + " in " + week() + ": supply " + supply() + ", demand " + demand() + ", " + side;
  }
}
