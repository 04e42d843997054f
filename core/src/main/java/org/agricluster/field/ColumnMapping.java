package org.agricluster.field;

import static org.agricluster.internal.Check.notNull;

import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.agricluster.internal.Check;

/**
 * Which column of a file holds which field. By default a field is found under its own name
 * ({@code land_m2}) or at the end of a KoboToolbox or ODK group path ({@code group_farm/land_m2},
 * {@code group_farm-land_m2}, {@code group_farm.land_m2}); a declared header overrides that, for
 * exports with labels as headers or other names.
 *
 * <pre>{@code
 * ColumnMapping.defaults().column("land_m2", "Land (m²)").column("gender", "Sex of respondent");
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ColumnMapping {
  private static final ColumnMapping DEFAULTS = new ColumnMapping(ImmutableMap.of());

  private final ImmutableMap<String, String> headers;

  private ColumnMapping(ImmutableMap<String, String> headers) {
    this.headers = headers;
  }

  /** The default mapping: each field under its own name or at the end of a group path. */
  public static ColumnMapping defaults() {
    return DEFAULTS;
  }

  /**
   * This mapping with a field read from the column whose header is {@code header} (compared
   * without surrounding spaces, ignoring case).
   *
   * @throws IllegalArgumentException if the field or header is blank
   */
  public ColumnMapping column(String field, String header) {
    Check.name(notNull(field, "field"), "Field of a column mapping");
    Check.name(notNull(header, "header"), "Header of field " + field);
    Map<String, String> copy = new LinkedHashMap<>(headers);
    copy.put(field.strip(), header.strip());
    return new ColumnMapping(ImmutableMap.copyOf(copy));
  }

  /** The header declared for a field, if any. */
  public Optional<String> header(String field) {
    return Optional.ofNullable(headers.get(notNull(field, "field")));
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ColumnMapping o && headers.equals(o.headers);
  }

  @Override
  public int hashCode() {
    return headers.hashCode();
  }

  /** {@code ColumnMapping{land_m2 ← 'Land (m²)'}}, or {@code ColumnMapping{defaults}}. */
  @Override
  public String toString() {
    if (headers.isEmpty()) {
      return "ColumnMapping{defaults}";
    }
    StringBuilder s = new StringBuilder("ColumnMapping{");
    headers.forEach((f, h) -> s.append(s.length() > 14 ? ", " : "").append(f).append(" ← '").append(h).append('\''));
    return s.append('}').toString();
  }
}
