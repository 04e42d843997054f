package org.agricluster.calendar;

import static org.agricluster.internal.Check.notNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.agricluster.internal.Check;
import org.agricluster.measure.Mass;

/**
 * What buyers need, per crop per week of a horizon: a trader's 150 kg a day (CHAIN Annex 3), a
 * contract's delivery schedule, a chain store's weekly order. Daily figures become weekly ones only
 * through {@link Builder#perDay}, which names the delivery days per week.
 *
 * <pre>{@code
 * DemandCalendar demand = DemandCalendar.builder(horizon)
 *     .perDay("leafy vegetables", Mass.ofKilograms(150), 7)   // 1,050 kg a week, every week
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DemandCalendar extends WeeklyCalendar {
  private DemandCalendar(Horizon horizon, ImmutableMap<String, ImmutableList<BigDecimal>> weekly) {
    super(horizon, weekly);
  }

  /** A builder over a horizon. */
  public static Builder builder(Horizon horizon) {
    return new Builder(notNull(horizon, "horizon"));
  }

  @Override
  String what() {
    return "demand";
  }

  /** This calendar also knowing {@code crops}, with no demand for those not demanded. */
  DemandCalendar withCrops(Collection<String> crops) {
    ImmutableMap<String, ImmutableList<BigDecimal>> rows = rowsWith(crops);
    return rows.keySet().equals(crops()) ? this : new DemandCalendar(horizon(), rows);
  }

  @Override
  public String toString() {
    return "DemandCalendar{" + horizon() + ", crops=" + crops() + "}";
  }

  /** Builds a {@link DemandCalendar}; demands for the same crop and week add up. */
  public static final class Builder {
    private final Horizon horizon;
    private final Map<String, BigDecimal[]> kg = new TreeMap<>();

    private Builder(Horizon horizon) {
      this.horizon = horizon;
    }

    private String crop(String crop) {
      notNull(crop, "crop");
      if (crop.isBlank()) {
        throw Check.refusal("Crop of a demand", "not blank", "''");
      }
      return crop.strip();
    }

    /** {@code mass} of a crop in one week. */
    public Builder week(String crop, IsoWeek week, Mass mass) {
      String c = crop(crop);
      notNull(mass, "mass");
      return add(c, horizon.indexOf(week, () -> "Week of the " + c + " demand"), mass);
    }

    private Builder add(String crop, int week, Mass mass) {
      BigDecimal[] weeks = kg.computeIfAbsent(crop, k -> zeros(horizon.weeks()));
      weeks[week] = weeks[week].add(mass.toKilograms());
      return this;
    }

    /**
     * {@code mass} of a crop in each week from {@code first} to {@code last} inclusive.
     *
     * @throws IllegalArgumentException if a week is outside the horizon or the last is before the first
     */
    public Builder weeks(String crop, IsoWeek first, IsoWeek last, Mass perWeek) {
      String c = crop(crop);
      notNull(perWeek, "perWeek");
      int from = horizon.indexOf(first, () -> "First week of the " + c + " demand");
      int to = horizon.indexOf(last, () -> "Last week of the " + c + " demand");
      if (to < from) {
        throw Check.refusal("Last week of the " + c + " demand", "not before the first, " + first, last);
      }
      for (int w = from; w <= to; w++) {
        add(c, w, perWeek);
      }
      return this;
    }

    /** {@code mass} of a crop in every week of the horizon. */
    public Builder everyWeek(String crop, Mass perWeek) {
      return weeks(crop, horizon.start(), horizon.end(), perWeek);
    }

    /**
     * A daily need turned into a weekly one, explicitly: {@code perDay × deliveryDaysPerWeek} in every
     * week of the horizon.
     *
     * @throws IllegalArgumentException if the days per week are outside 1..7
     */
    public Builder perDay(String crop, Mass perDay, int deliveryDaysPerWeek) {
      crop(crop);
      notNull(perDay, "perDay");
      if (deliveryDaysPerWeek < 1 || deliveryDaysPerWeek > 7) {
        throw Check.refusal("Delivery days per week of the " + crop + " demand", "in 1..7", deliveryDaysPerWeek);
      }
      return everyWeek(crop, perDay.multipliedBy(deliveryDaysPerWeek));
    }

    /** Builds the calendar. */
    public DemandCalendar build() {
      return new DemandCalendar(horizon, freeze(kg, "a demand calendar"));
    }
  }
}
