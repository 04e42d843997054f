package org.agricluster.field;

import static org.agricluster.internal.Check.notNull;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.agricluster.internal.Check;
import org.agricluster.report.Table;
import org.dhatim.fastexcel.Worksheet;

/**
 * Report tables written for Excel and LibreOffice: one table as CSV, or many as an XLSX workbook
 * with a sheet per table — the header row bold and frozen, numbers as numbers, the table's notes
 * under it. Files are written whole or not at all.
 *
 * <pre>{@code
 * TableExport.xlsx(List.of(ScoringTables.ranking(ranking), ClusterTables.contacts(sesan)), Path.of("sesan.xlsx"));
 * TableExport.csv(EconomicsTables.budget(budget), Path.of("budget.csv"));
 * }</pre>
 *
 * <p>In a column of numbers (one aligned {@link Table.Align#RIGHT}), a cell that holds a number as
 * tables print them ({@code 1,496}, {@code 2.5}, {@code -300}) becomes a number cell, money with
 * its currency ({@code KHR 3,000,000}, {@code USD 750.00}) a number formatted with its currency
 * ({@code "KHR "#,##0}), so that Excel sums it, and a percentage ({@code 29%}) a number formatted
 * as a percentage; every other cell — {@code ≈2.33}, and everything in a text column, where
 * {@code 012345678} is a phone number and not a number — stays text as shown. An ISO date
 * ({@code 2024-03-04}) becomes a date cell in any column.
 */
public final class TableExport {
  private static final Pattern NUMBER = Pattern.compile("-?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\\.[0-9]+)?");
  private static final Pattern MONEY = Pattern.compile("([A-Z]{3}) (-?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+))(?:\\.([0-9]+))?");
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final Pattern PERCENT = Pattern.compile("(-?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\\.[0-9]+)?)%");

  private TableExport() {}

  /**
   * Writes a table as CSV: UTF-8 with a byte-order mark (so Excel reads Khmer and Cyrillic
   * correctly), comma-separated, fields quoted where they must be, CRLF line ends as RFC 4180 says;
   * the header first, then the rows. Notes are not written: CSV has no place for them.
   */
  public static void csv(Table table, Path file) {
    notNull(table, "table");
    notNull(file, "file");
    Xlsx.atomically(file, out -> {
      try {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(writer);
        csv.writeRecord(table.headers());
        table.rows().forEach(csv::writeRecord);
        csv.flush();
        writer.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /**
   * Writes tables as an XLSX workbook, a sheet per table named after its title (cut to Excel's 31
   * characters, made unique).
   *
   * @throws IllegalArgumentException if there is no table
   */
  public static void xlsx(List<Table> tables, Path file) {
    notNull(tables, "tables");
    notNull(file, "file");
    if (tables.isEmpty()) {
      throw Check.refusal("Tables of a workbook", "at least one", "none");
    }
    tables.forEach(t -> notNull(t, "table"));
    Xlsx.write(file, workbook -> {
      Set<String> names = new HashSet<>();
      for (int i = 0; i < tables.size(); i++) {
        Table table = tables.get(i);
        Worksheet ws = workbook.newWorksheet(sheetName(table.title(), i, names));
        for (int c = 0; c < table.headers().size(); c++) {
          ws.value(0, c, table.headers().get(c));
          ws.style(0, c).bold().set();
          int column = c;
          ws.width(c, Math.min(60, 2 + Math.max(table.headers().get(c).length(), table.rows().stream()
              .mapToInt(r -> r.get(column).length()).max().orElse(0))));
        }
        for (int r = 0; r < table.rows().size(); r++) {
          List<String> row = table.rows().get(r);
          for (int c = 0; c < row.size(); c++) {
            cell(ws, r + 1, c, row.get(c), table.aligns().get(c) == Table.Align.RIGHT);
          }
        }
        int line = table.rows().size() + 2;
        for (String note : table.notes()) {
          ws.value(line++, 0, note);
        }
        ws.freezePane(0, 1);
      }
    });
  }

  private static void cell(Worksheet ws, int row, int column, String text, boolean numeric) {
    String t = text.strip();
    if (DATE.matcher(t).matches()) {
      try {
        ws.value(row, column, java.time.LocalDate.parse(t));
        ws.style(row, column).format("yyyy-mm-dd").set();
        return;
      } catch (java.time.format.DateTimeParseException notADate) {
        // 2024-02-30 and the like stay text, as shown
      }
    }
    if (!numeric) {
      if (!text.isEmpty()) {
        ws.value(row, column, text);
      }
    } else if (NUMBER.matcher(t).matches()) {
      ws.value(row, column, new BigDecimal(t.replace(",", "")));
    } else if (MONEY.matcher(t).matches()) {
      var m = MONEY.matcher(t);
      m.matches();
      String decimals = m.group(3) == null ? "" : m.group(3);
      ws.value(row, column, new BigDecimal(m.group(2).replace(",", "") + (decimals.isEmpty() ? "" : "." + decimals)));
      ws.style(row, column).format("\"" + m.group(1) + " \"#,##0" + (decimals.isEmpty() ? "" : "." + "0".repeat(decimals.length())))
          .set();
    } else if (PERCENT.matcher(t).matches()) {
      ws.value(row, column, new BigDecimal(t.substring(0, t.length() - 1).replace(",", "")).movePointLeft(2));
      ws.style(row, column).format("0.##%").set();
    } else if (!t.isEmpty()) {
      ws.value(row, column, text);
    }
  }

  /** A sheet name Excel accepts: no {@code []:*?/\}, at most 31 characters, unique in the workbook. */
  static String sheetName(String title, int index, Set<String> used) {
    String base = title.replaceAll("[\\[\\]:*?/\\\\]", " ").replaceAll("\\s+", " ").strip();
    base = base.isEmpty() ? "Table " + (index + 1) : base;
    String name = base.length() > 31 ? base.substring(0, 31).strip() : base;
    int n = 2;
    while (!used.add(name.toLowerCase(Locale.ROOT))) {
      String suffix = " (" + n++ + ")";
      name = (base.length() > 31 - suffix.length() ? base.substring(0, 31 - suffix.length()).strip() : base) + suffix;
    }
    return name;
  }
}
