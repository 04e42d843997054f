package org.agricluster.json;

/**
 * A JSON document that AgriCluster refuses to read: malformed JSON, a wrong type, a missing or
 * unknown field, or a value the library's own rules refuse. The message starts with the JSON path
 * of the offending value and then gives the same words the library's factory would:
 * {@code $.cluster.groups[0].members[3].farm.land.squareMetres: Area must be >= 0 m² but was -5 m²}.
 *
 * <p>It is an {@link IllegalArgumentException}, like every refusal of the library.
 */
public final class JsonFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String path;

  JsonFormatException(String path, String message, Throwable cause) {
    super(path + ": " + message, cause);
    this.path = path;
  }

  /** Where in the document: {@code $.cluster.groups[0].name}, or {@code $} for the whole document. */
  public String path() {
    return path;
  }
}
