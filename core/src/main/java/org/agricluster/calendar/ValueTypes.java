package org.agricluster.calendar;

import org.immutables.value.Value;

/**
 * The abstract value types of this package whose implementations Immutables generates (package-private
 * {@code Immutable*} classes behind each type's own factories and builder). They are listed here, not
 * annotated one by one, so that the published javadoc shows each type as what it is, not a bare
 * {@code @Immutable} annotation of a compile-time tool.
 */
@Value.Include({
    BackCalculation.class,
    Gap.class,
    Plan.PlannedPlanting.class,
    PlannerMember.class,
    Planting.class,
    Season.class,
    ShadowPrices.LandValue.class,
    ShadowPrices.Opening.class
})
final class ValueTypes {
  private ValueTypes() {}
}
