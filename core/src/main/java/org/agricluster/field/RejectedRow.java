package org.agricluster.field;

import org.agricluster.internal.Check;

/**
 * A row an import did not accept, and why: the file, where in it ({@code line 12}, {@code row 12}),
 * the column, the value found and the rule it broke, in the library's words.
 *
 * <pre>{@code
 * members.csv line 14, column gender: 'x' — Gender must be one of [f, female, m, male, …] but was 'x'
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public abstract class RejectedRow {
  RejectedRow() {}

  static RejectedRow of(String file, String where, String column, String value, String rule) {
    return ImmutableRejectedRow.builder().file(file).where(where).column(column).value(value).rule(rule).build();
  }

  /** The file ({@code members.csv}, {@code scores.xlsx sheet 'scores'}). */
  public abstract String file();

  /** Where in the file: {@code line 12} for CSV (the line the row starts on), {@code row 12} for XLSX. */
  public abstract String where();

  /** The column (its header as the file spells it), or "" when the rule concerns the whole row. */
  public abstract String column();

  /** The value found, as the file holds it; "" when the cell was empty. */
  public abstract String value();

  /** The rule it broke, in the library's words. */
  public abstract String rule();

  /** {@code members.csv line 14, column gender: 'x' — Gender must be one of […] but was 'x'}. */
  @Override
  public String toString() {
    return file() + " " + where() + detail();
  }

  /** {@code , column gender: 'x' — …}: the part after the place. */
  String detail() {
    return (column().isEmpty() ? "" : ", column " + column()) + ": " + (value().isEmpty() ? "(empty)" : Check.quoted(value()))
        + " — " + rule();
  }
}
