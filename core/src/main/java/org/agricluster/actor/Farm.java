package org.agricluster.actor;

import static org.agricluster.internal.Check.notNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.agricluster.measure.Area;
import org.immutables.value.Value;

/**
 * A farmer's holding as the rapid mapping records it (CHAIN §5.1 step 4: "farming land size, water
 * sources, seasonality of production, types of crops"): land, water source and crops grown.
 *
 * <pre>{@code
 * Farm.of(Area.ofSquareMetres(600), "river", List.of("cucumber", "long bean"));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public abstract class Farm {
  Farm() {}

  /** A farm; the water source may be empty when unknown. */
  public static Farm of(Area land, String waterSource, List<String> crops) {
    return ImmutableFarm.builder().land(land).waterSource(waterSource).crops(notNull(crops, "crops")).build();
  }

  /** A farm of which only the land is known. */
  public static Farm of(Area land) {
    return of(land, "", List.of());
  }

  /** The land farmed. */
  public abstract Area land();

  /** The water source ("river", "well", "rain-fed"); empty when unknown. */
  public abstract String waterSource();

  /** The crops grown. */
  public abstract ImmutableList<String> crops();

  /** The water source is stripped, however the farm is made. */
  @Value.Check
  Farm check() {
    String water = waterSource().strip();
    return water.equals(waterSource()) ? this : ImmutableFarm.builder().from(this).waterSource(water).build();
  }

  /** The size class under a rule. */
  public FarmSize size(FarmSizeRule rule) {
    return notNull(rule, "rule").classify(land());
  }

  /** {@code Farm{600 m², water=river, crops=[cucumber, long bean]}}. */
  @Override
  public String toString() {
    return "Farm{" + land() + (waterSource().isEmpty() ? "" : ", water=" + waterSource())
        + (crops().isEmpty() ? "" : ", crops=" + crops()) + "}";
  }
}
