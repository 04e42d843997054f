/**
 * JSON documents for data exchange with other tools: {@link org.agricluster.json.AgriJson} holds one
 * {@link org.agricluster.json.JsonDocument} per kind of document, each with a JSON Schema (Draft
 * 2020-12) in the jar under {@code META-INF/agricluster/schema/}.
 *
 * <pre>{@code
 * String json = AgriJson.SCORECARD.write(card);
 * Scorecard back = AgriJson.SCORECARD.read(json);   // equal to card; a document the library cannot
 *                                                   // read is a JsonFormatException naming the JSON path
 * }</pre>
 *
 * <p>This package sits at the top of the library beside {@code report}: it reads the domain
 * packages and none of them reads it; the domain types carry no JSON annotations. It is the only
 * package that needs Jackson, an optional dependency.
 *
 * <p>Null policy: no method accepts or returns {@code null}; a null argument is refused with a
 * {@link java.lang.NullPointerException} naming it.
 */
@AgriStyle
package org.agricluster.json;

import org.agricluster.internal.AgriStyle;
