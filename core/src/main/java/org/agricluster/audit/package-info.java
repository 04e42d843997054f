/**
 * Auditing published figures: a {@link org.agricluster.audit.PublishedTable} attaches the figures a
 * report prints — lines, subtotals, totals, differences, shares, percentage changes, ratios and
 * per-area or per-unit figures — to the values the model computes, and its
 * {@link org.agricluster.audit.Audit} reports one {@link org.agricluster.audit.Finding} per printed
 * figure: agrees, agrees at the printed precision (with the rounding modes that give it), wrong (and
 * by how much), or a consequence of an error in a figure it is computed from, so that one misprint is
 * reported once, at its source.
 *
 * <pre>{@code
 * Audit audit = PublishedTable.builder("Cucumber budget on 2,000 m²")
 *     .given("seed", "Seed", cucumber.cost(CostCategory.SEED), "150,000")
 *     .given("fert", "Fertiliser", cucumber.cost(CostCategory.FERTILISER), "480,000")
 *     .sum("cost", "Total variable cost", "640,000", "seed", "fert")    // they make 630,000
 *     .given("revenue", "Revenue", cucumber.margin().revenue(), "5,000,000")
 *     .difference("margin", "Simplified gross margin", "4,360,000", "revenue", "cost")
 *     .build().audit();
 * audit.toString();   // Audit{Cucumber budget on 2,000 m²: 5 figures, 1 wrong, 1 consequence}
 * System.out.println(AuditTables.findings(audit).toText());
 * }</pre>
 *
 * <p>Null policy: no method accepts {@code null}; every parameter is checked and a
 * {@link java.lang.NullPointerException} names it. No method returns {@code null}; absent values are
 * {@link java.util.Optional}. Every type is immutable and thread-safe.
 */
package org.agricluster.audit;
