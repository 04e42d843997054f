/**
 * The people and organisations of a cluster: {@link org.agricluster.actor.Actor}s with their
 * {@link org.agricluster.actor.Role}s, each role in one of CHAIN's three
 * {@link org.agricluster.actor.StakeholderCategory stakeholder categories} and one
 * {@link org.agricluster.actor.ChainFunction chain function}; {@link org.agricluster.actor.Contact}s;
 * {@link org.agricluster.actor.Farm}s with a {@link org.agricluster.actor.FarmSizeRule configurable
 * size class}; and {@link org.agricluster.actor.Location}s in an administrative hierarchy kept
 * consistent by a {@link org.agricluster.actor.Gazetteer}.
 *
 * <pre>{@code
 * Actor panha = Actor.builder().id("panha").name("Mr Panha").addRoles(Role.COLLECTOR_TRADER)
 *     .gender(Gender.MALE).location(sesan).build();
 * }</pre>
 *
 * <p>Null policy: no method accepts {@code null}; every parameter is checked and a
 * {@link java.lang.NullPointerException} names it. No method returns {@code null}; absent values are
 * {@link java.util.Optional}. Every type is immutable and thread-safe.
 */
@AgriStyle
package org.agricluster.actor;

import org.agricluster.internal.AgriStyle;
