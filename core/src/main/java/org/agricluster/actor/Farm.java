package org.agricluster.actor;

import static org.agricluster.internal.Check.notNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.agricluster.measure.Area;

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
public final class Farm {
  private final Area land;
  private final String waterSource;
  private final ImmutableList<String> crops;

  private Farm(Area land, String waterSource, ImmutableList<String> crops) {
    this.land = land;
    this.waterSource = waterSource;
    this.crops = crops;
  }

  /** A farm; the water source may be empty when unknown. */
  public static Farm of(Area land, String waterSource, List<String> crops) {
    notNull(land, "land");
    notNull(waterSource, "waterSource");
    notNull(crops, "crops");
    return new Farm(land, waterSource.strip(), ImmutableList.copyOf(crops));
  }

  /** A farm of which only the land is known. */
  public static Farm of(Area land) {
    return of(land, "", List.of());
  }

  /** The land farmed. */
  public Area land() {
    return land;
  }

  /** The water source ("river", "well", "rain-fed"); empty when unknown. */
  public String waterSource() {
    return waterSource;
  }

  /** The crops grown. */
  public ImmutableList<String> crops() {
    return crops;
  }

  /** The size class under a rule. */
  public FarmSize size(FarmSizeRule rule) {
    return notNull(rule, "rule").classify(land);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Farm && ((Farm) obj).land.equals(land) && ((Farm) obj).waterSource.equals(waterSource)
        && ((Farm) obj).crops.equals(crops);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(land, waterSource, crops);
  }

  /** {@code Farm{600 m², water=river, crops=[cucumber, long bean]}}. */
  @Override
  public String toString() {
    return "Farm{" + land + (waterSource.isEmpty() ? "" : ", water=" + waterSource) + (crops.isEmpty() ? "" : ", crops=" + crops)
        + "}";
  }
}
