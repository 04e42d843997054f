package org.agricluster.field;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.agricluster.internal.Words;

/**
 * What an import read: the accepted records, every rejected row with the reason, and the columns it
 * did not use. Nothing is dropped silently: {@link #acceptedRows()} + {@code rejected().size()} =
 * {@link #rowsRead()}.
 *
 * <pre>{@code
 * ImportResult<Member> register = FieldImport.members(Path.of("kobo-members.csv"));
 * register.records();          // the members
 * register.report();           // one line per rejected row, and the columns not used
 * }</pre>
 *
 * <p>This class is immutable and thread-safe when its records are.
 *
 * @param <T> the kind of record
 */
public final class ImportResult<T> {
  private final String file;
  private final ImmutableList<T> records;
  private final int acceptedRows;
  private final ImmutableList<RejectedRow> rejected;
  private final ImmutableList<String> unusedColumns;

  ImportResult(String file, List<T> records, int acceptedRows, List<RejectedRow> rejected, List<String> unusedColumns) {
    this.file = file;
    this.records = ImmutableList.copyOf(records);
    this.acceptedRows = acceptedRows;
    this.rejected = ImmutableList.copyOf(rejected);
    this.unusedColumns = ImmutableList.copyOf(unusedColumns);
  }

  /** The file read ({@code members.csv}, {@code scores.xlsx sheet 'scores'}). */
  public String file() {
    return file;
  }

  /** The records built from the accepted rows, in file order. */
  public ImmutableList<T> records() {
    return records;
  }

  /** The rows accepted. */
  public int acceptedRows() {
    return acceptedRows;
  }

  /** Every row not accepted, in file order, each with its first broken rule. */
  public ImmutableList<RejectedRow> rejected() {
    return rejected;
  }

  /** The data rows read (the header not counted): accepted plus rejected. */
  public int rowsRead() {
    return acceptedRows + rejected.size();
  }

  /**
   * The columns of the file the import did not use: the export's own metadata ({@code _id},
   * {@code SubmissionDate}, …) and any question the import does not know, so that nothing is
   * left out without saying so.
   */
  public ImmutableList<String> unusedColumns() {
    return unusedColumns;
  }

  /** Whether every row was accepted. */
  public boolean isClean() {
    return rejected.isEmpty();
  }

  /** The records, or a {@link FieldFormatException} naming the first rejected row. */
  public ImmutableList<T> recordsOrThrow() {
    if (!rejected.isEmpty()) {
      RejectedRow first = rejected.get(0);
      throw new FieldFormatException(first.file() + " " + first.where(), first.detail().replaceFirst("^, |^: ", "") + " (and "
          + Words.count(rejected.size() - 1, "more rejected row", "more rejected rows") + ")", null);
    }
    return records;
  }

  /**
   * The import in words: rows read, accepted and rejected, each rejected row on a line, and the
   * columns not used.
   */
  public String report() {
    StringBuilder s = new StringBuilder(file + ": " + Words.count(rowsRead(), "row") + " read, " + acceptedRows + " accepted, "
        + rejected.size() + " rejected");
    s.append(unusedColumns.isEmpty() ? "" : "; columns not used: " + String.join(", ", unusedColumns)).append('\n');
    rejected.forEach(r -> s.append("  ").append(r.where()).append(r.detail()).append('\n'));
    return s.toString();
  }

  /** {@code ImportResult{members.csv: 62 rows, 60 accepted, 2 rejected}}. */
  @Override
  public String toString() {
    return "ImportResult{" + file + ": " + Words.count(rowsRead(), "row") + ", " + acceptedRows + " accepted, " + rejected.size()
        + " rejected}";
  }
}
