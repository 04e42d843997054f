/**
 * Internal support shared by the AgriCluster packages: the Immutables style and the one place
 * where refusal messages and decimal working precision are defined. Not exported by the module;
 * not part of the API.
 *
 * <p>Null policy: no method accepts or returns {@code null}.
 */
@AgriStyle
package org.agricluster.internal;
