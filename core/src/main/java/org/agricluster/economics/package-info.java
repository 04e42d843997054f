/**
 * Farm economics the CHAIN rapid mapping asks for (§5.1: "simplified gross margin for each
 * actor"): {@link org.agricluster.economics.CropBudget}s and their
 * {@link org.agricluster.economics.GrossMargin}s under an explicit
 * {@link org.agricluster.economics.MarginPolicy}, {@link org.agricluster.economics.Scenario}s
 * (collective purchase, price premium, contract price, yield and price changes), margins along the
 * chain ({@link org.agricluster.economics.ChainFlow}), aggregation of survey budgets
 * ({@link org.agricluster.economics.BudgetSummary}), checks of published budgets
 * ({@link org.agricluster.economics.BudgetAudit}) and the collection point's ledger, reconciliation
 * and exact payment split ({@link org.agricluster.economics.CollectionLedger}).
 *
 * <pre>{@code
 * CropBudget cucumber = CropBudget.builder("cucumber", Area.ofSquareMetres(1000))
 *     .harvested(Mass.ofKilograms(2500)).lossShare(Share.ofPercent(10))
 *     .sale("grade A", Share.WHOLE, PricePerMass.perKilogram(Money.of(KHR, 1500)))
 *     .cost(CostLine.of(CostCategory.SEED, "cucumber seed", new BigDecimal("0.2"), "kg", Money.of(KHR, 400_000)))
 *     .build();
 * cucumber.margin().perArea().perHectare();
 * }</pre>
 *
 * <p>All amounts are exact {@link org.agricluster.measure.Money}; nothing is rounded unless a
 * method takes a {@link java.math.RoundingMode}. Budgets in different currencies never meet
 * without an {@link org.agricluster.measure.ExchangeRate}.
 *
 * <p>Null policy: no method accepts {@code null}; every parameter is checked and a
 * {@link java.lang.NullPointerException} names it. No method returns {@code null}; undefined
 * results (a break-even price with nothing to sell) are empty {@link java.util.Optional}s. Every
 * type is immutable and thread-safe.
 */
@AgriStyle
package org.agricluster.economics;

import org.agricluster.internal.AgriStyle;
