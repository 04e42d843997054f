package org.agricluster.strategy;

import org.immutables.value.Value;

/**
 * The abstract value types of this package whose implementations Immutables generates (package-private
 * {@code Immutable*} classes behind each type's own factories and builder). They are listed here, not
 * annotated one by one, so that the published javadoc shows each type as what it is, not a bare
 * {@code @Immutable} annotation of a compile-time tool.
 */
@Value.Include({
    Action.class,
    Action.Update.class,
    ActorProfile.class,
    BusinessPlan.class,
    BusinessPlan.Financing.class,
    BusinessPlan.Investment.class,
    ClusterFormation.class,
    CollectiveStrategy.class,
    Commitment.class,
    ContractFarmingAgreement.class,
    CoordinationFee.class,
    DeliveryCheck.Gap.class,
    FieldVisit.class,
    Interview.class,
    Meeting.class,
    Meeting.AgendaItem.class,
    PriceTerms.class,
    ProductFlow.class,
    ProductiveAlliance.class,
    RapidMapping.class,
    ValueProposition.class,
    WorkingFile.class
})
final class ValueTypes {
  private ValueTypes() {}
}
