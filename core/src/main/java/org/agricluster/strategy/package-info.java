/**
 * CHAIN step 3 and 4 (§5.3–5.4): {@link org.agricluster.strategy.ValueProposition}s pitched at the
 * multi-stakeholder platform, {@link org.agricluster.strategy.ContractFarmingAgreement}s and
 * {@link org.agricluster.strategy.ProductiveAlliance}s, the
 * {@link org.agricluster.strategy.CollectiveStrategy collective business strategy},
 * {@link org.agricluster.strategy.Action}s with their status history, and
 * {@link org.agricluster.strategy.Meeting MSP meetings} with agenda, attendance and decisions.
 *
 * <p>Null policy: no method accepts {@code null}; every parameter is checked and a
 * {@link java.lang.NullPointerException} names it. No method returns {@code null}; absent values are
 * {@link java.util.Optional}. Every type is immutable and thread-safe.
 */
@AgriStyle
package org.agricluster.strategy;

import org.agricluster.internal.AgriStyle;
