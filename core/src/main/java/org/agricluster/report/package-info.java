/**
 * Renderings a facilitator can paste into a report: plain-text and Markdown {@link
 * org.agricluster.report.Table}s built from the model ({@link org.agricluster.report.ScoringTables}).
 * This package reads every other package; none reads it.
 *
 * <pre>{@code
 * System.out.println(ScoringTables.ranking(card.ranking()).toMarkdown());
 * }</pre>
 *
 * <p>Null policy: no method accepts or returns {@code null}. Every type is immutable and
 * thread-safe.
 */
@AgriStyle
package org.agricluster.report;

import org.agricluster.internal.AgriStyle;
