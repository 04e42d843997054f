package org.agricluster.economics;

import org.immutables.value.Value;

/**
 * The abstract value types of this package whose implementations Immutables generates (package-private
 * {@code Immutable*} classes behind each type's own factories and builder). They are listed here, not
 * annotated one by one, so that the published javadoc shows each type as what it is, not a bare
 * {@code @Immutable} annotation of a compile-time tool.
 */
@Value.Include({
    BudgetAudit.Finding.class,
    BudgetSummary.Group.class,
    BuyerPayment.class,
    ChainFlow.class,
    ChainFlow.Stage.class,
    CollectionLedger.class,
    CostLine.class,
    CropBudget.class,
    Deduction.class,
    Delivery.class,
    GradePrices.class,
    GradeSale.class,
    GrossMargin.class,
    MarginPolicy.class,
    PaymentSplit.class,
    Reconciliation.class,
    ScenarioTable.Row.class,
    SeedFlow.class,
    SeedProduct.class,
    SeedProduct.Registration.class,
    SeedSupplySystem.class,
    ServiceOffer.class
})
final class ValueTypes {
  private ValueTypes() {}
}
