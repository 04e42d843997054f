/**
 * Auditing published figures: a {@link org.agricluster.audit.PublishedTable} attaches the figures a
 * report prints — lines, subtotals, totals, differences, shares, percentage changes, ratios and
 * per-area or per-unit figures — to the values the model computes, and its
 * {@link org.agricluster.audit.Audit} reports one {@link org.agricluster.audit.Finding} per printed
 * figure: agrees, agrees at the printed precision (with the rounding modes that give it), wrong (and
 * by how much), or a consequence of an error in a figure it is computed from, so that one misprint is
 * reported once, at its source.
 *
 * <p>Null policy: no method accepts {@code null}; every parameter is checked and a
 * {@link java.lang.NullPointerException} names it. No method returns {@code null}; absent values are
 * {@link java.util.Optional}. Every type is immutable and thread-safe.
 */
package org.agricluster.audit;
