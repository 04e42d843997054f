package org.agricluster.field;

/**
 * A file AgriCluster cannot read as a table at all, or a row refused in strict mode: not CSV or
 * XLSX, an unbalanced quote, a header missing a required column or naming one twice, a line longer
 * than the limit. The message starts with where — {@code members.csv line 1} or {@code
 * members.xlsx sheet 'members' row 1} — and then says what was found and what was allowed.
 *
 * <p>It is an {@link IllegalArgumentException}, like every refusal of the library.
 */
public final class FieldFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String where;

  FieldFormatException(String where, String message, Throwable cause) {
    super(where + ": " + message, cause);
    this.where = where;
  }

  /** Where in the file: {@code members.csv line 12}, {@code scores.xlsx sheet 'scores' row 3}. */
  public String where() {
    return where;
  }
}
