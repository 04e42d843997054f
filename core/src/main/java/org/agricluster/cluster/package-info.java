/**
 * How actors group: {@link org.agricluster.cluster.ProducerGroup}s with an elected executive
 * committee and a {@link org.agricluster.cluster.GroupStage stage} history (Oxfam Khatlon),
 * {@link org.agricluster.cluster.Cluster}s with their groups, direct members, development step
 * (CHAIN §4) and membership over time, {@link org.agricluster.cluster.ApexPlatform}s federating
 * clusters, and the {@link org.agricluster.cluster.InclusionReport governance and inclusion
 * checks} the field documents apply to them.
 *
 * <pre>{@code
 * InclusionReport report = InclusionReport.of(cluster, InclusionThresholds.OXFAM);
 * report.checks();   // women's shares, parity index, small producers, elite capture, stages
 * }</pre>
 *
 * <p>Null policy: no method accepts {@code null}; every parameter is checked and a
 * {@link java.lang.NullPointerException} names it. No method returns {@code null}; absent values are
 * {@link java.util.Optional}. Every type is immutable and thread-safe.
 */
@AgriStyle
package org.agricluster.cluster;

import org.agricluster.internal.AgriStyle;
