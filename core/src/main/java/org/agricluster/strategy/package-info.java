/**
 * CHAIN step 3 and 4 (§5.3–5.4): {@link org.agricluster.strategy.ValueProposition}s pitched at the
 * multi-stakeholder platform, {@link org.agricluster.strategy.ContractFarmingAgreement}s and
 * {@link org.agricluster.strategy.ProductiveAlliance}s, the
 * {@link org.agricluster.strategy.CollectiveStrategy collective business strategy},
 * {@link org.agricluster.strategy.Action}s with their status history, and
 * {@link org.agricluster.strategy.Meeting MSP meetings} with agenda, attendance and decisions.
 *
 * <p>A producer group's offer to a trader, and the strategy the platform agrees on (the walkthrough
 * {@code chain} builds both from the CHAIN guide's Sesan story):
 *
 * <pre>{@code
 * ValueProposition offer = ValueProposition.builder().proposer(kaphon).addTargets(panha)
 *     .direction(Direction.PRODUCTION_TO_MARKETING)
 *     .offer("cucumber every week on a staggered planting schedule").crop("cucumber").grade("A")
 *     .firstWeek(IsoWeek.of(2019, 10)).volumePerWeek(Mass.ofKilograms(600))
 *     .priceTerms(PriceTerms.marketLinked())
 *     .pitch("One collection point, graded produce, every week of the year.").build();
 * CollectiveStrategy strategy = CollectiveStrategy.builder()
 *     .vision("Sesan supplies its own markets with local vegetables all year.")
 *     .addPriority("Supply the traders every week from week 10")
 *     .addProduction(Commitment.builder(kaphon, "grow cucumber on the agreed weekly schedule")
 *         .howMuch("600 kg a week").conditions("grade A at the collection point").build())
 *     .addSupport(Commitment.of(pdaff, "monthly field days on staggered planting"))
 *     .build();
 * }</pre>
 *
 * <p>Null policy: no method accepts {@code null}; every parameter is checked and a
 * {@link java.lang.NullPointerException} names it. No method returns {@code null}; absent values are
 * {@link java.util.Optional}. Every type is immutable and thread-safe.
 */
@AgriStyle
package org.agricluster.strategy;

import org.agricluster.internal.AgriStyle;
