package org.agricluster.actor;

import static org.agricluster.internal.Check.notNull;

import org.agricluster.internal.Check;
import org.agricluster.measure.Area;
import org.immutables.value.Value;

/**
 * How land decides a farm's size class: small below one threshold, large from another, medium in
 * between.
 *
 * <p>{@link #OXFAM_KHATLON} uses 1 ha for "small". The Oxfam Khatlon paper (section 3)
 * writes "small producers (having &gt; 1 hectare of land)", but its context — 80 % of members are
 * small, against an average of 1.43 ha — shows that "&lt; 1 hectare" was meant; the rule follows
 * the context. The paper gives no threshold for "large"; 5 ha is this library's assumption. Build
 * your own rule with {@link #of} where your programme defines the classes.
 *
 * <p>This class is immutable and thread-safe.
 */
public abstract class FarmSizeRule {
  /** Small below 1 ha, large from 5 ha (the large threshold is an assumption; see above). */
  public static final FarmSizeRule OXFAM_KHATLON = of(Area.ofHectares(1), Area.ofHectares(5));

  FarmSizeRule() {}

  /**
   * A rule: small below {@code smallBelow}, large from {@code largeFrom}.
   *
   * @throws IllegalArgumentException if {@code largeFrom < smallBelow}
   */
  public static FarmSizeRule of(Area smallBelow, Area largeFrom) {
    return ImmutableFarmSizeRule.builder().smallBelow(smallBelow).largeFrom(largeFrom).build();
  }

  /** Small below this. */
  public abstract Area smallBelow();

  /** Large from this. */
  public abstract Area largeFrom();

  @Value.Check
  void check() {
    if (largeFrom().isLessThan(smallBelow())) {
      throw Check.refusal("Large-farm threshold", ">= the small-farm threshold " + smallBelow(), largeFrom());
    }
  }

  /** The class of a farm with this much land. */
  public FarmSize classify(Area land) {
    notNull(land, "land");
    return land.isLessThan(smallBelow()) ? FarmSize.SMALL : land.isLessThan(largeFrom()) ? FarmSize.MEDIUM : FarmSize.LARGE;
  }

  /** {@code small < 1 ha, large >= 5 ha}. */
  @Override
  public String toString() {
    return "small < " + smallBelow().toHectares().toPlainString() + " ha, large >= " + largeFrom().toHectares().toPlainString()
        + " ha";
  }
}
