package org.agricluster.field;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Stream;
import org.agricluster.internal.Check;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * A sheet of an XLSX workbook as a {@link TabularFile}, read with FastExcel. Kept apart from
 * {@link TabularFile} so that reading CSV never loads FastExcel's classes: a user who reads only CSV
 * needs FastCSV alone.
 */
final class XlsxTable {
  private XlsxTable() {}

  /** The most a workbook's parts may hold once inflated: {@value} bytes (1 GiB) in all. */
  static final long MAX_INFLATED_BYTES = 1L << 30;
  /** The most a single part may inflate to relative to its compressed size, past 10 MB: {@value}. */
  static final long MAX_RATIO = 200;

  /**
   * Refuses a zip bomb before any part is inflated: the central directory's sizes must add up to at
   * most {@link #MAX_INFLATED_BYTES}, and no part over 10 MB may inflate more than {@link #MAX_RATIO}
   * times (an XLSX sheet inflates some 10 to 30 times).
   */
  private static void checkInflation(Path file, String name) {
    long total = 0;
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
      var entries = zip.entries();
      while (entries.hasMoreElements()) {
        var entry = entries.nextElement();
        long size = entry.getSize();
        long compressed = entry.getCompressedSize();
        if (size < 0 || compressed < 0) {
          throw new FieldFormatException(name, "part " + entry.getName() + " does not declare its size", null);
        }
        total += size;
        if (size > 10_000_000 && size > MAX_RATIO * Math.max(1, compressed)) {
          throw new FieldFormatException(name, "part " + entry.getName() + " would inflate " + size / Math.max(1, compressed)
              + " times, to " + String.format(Locale.ROOT, "%,d", size) + " bytes: a zip bomb? (at most " + MAX_RATIO
              + " times is read)", null);
        }
        if (total > MAX_INFLATED_BYTES) {
          throw new FieldFormatException(name, "would inflate to more than " + String.format(Locale.ROOT, "%,d",
              MAX_INFLATED_BYTES) + " bytes: a zip bomb, or a workbook too large to read", null);
        }
      }
    } catch (IOException e) {
      throw new FieldFormatException(name, "is not a readable XLSX workbook: " + e.getMessage(), e);
    } catch (FieldFormatException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      // java.util.zip refuses a part name or comment that is not valid UTF-8 this way, while listing the parts
      throw new FieldFormatException(name, "is not a readable XLSX workbook: a part's name or comment is not valid UTF-8", e);
    }
  }

  static TabularFile open(Path file, String name, Optional<String> sheetName) {
    checkInflation(file, name);
    ReadableWorkbook workbook;
    try {
      workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
    } catch (IOException | RuntimeException e) {
      throw new FieldFormatException(name, "is not a readable XLSX workbook: " + e.getMessage(), e);
    }
    try {
      Sheet sheet = sheetName.isPresent() ? workbook.findSheet(sheetName.get()).orElseThrow(() -> new FieldFormatException(name,
          "must have a sheet named " + Check.quoted(sheetName.get()) + " but has " + workbook.getSheets().map(Sheet::getName)
              .toList(), null)) : workbook.getFirstSheet();
      String where = name + " sheet '" + sheet.getName() + "'";
      Stream<Row> stream = sheet.openStream();
      Iterator<Row> rows = stream.iterator();
      Iterator<TabularFile.Line> lines = new Iterator<>() {
        @Override
        public boolean hasNext() {
          try {
            return rows.hasNext();
          } catch (RuntimeException e) {
            throw new FieldFormatException(where, "is not a readable sheet: " + e.getMessage(), e);
          }
        }

        @Override
        public TabularFile.Line next() {
          try {
            Row row = rows.next();
            return new TabularFile.Line("row " + row.getRowNum(), cells(row, where), false);
          } catch (FieldFormatException e) {
            throw e;
          } catch (RuntimeException e) {
            throw new FieldFormatException(where, "is not a readable sheet: " + e.getMessage(), e);
          }
        }
      };
      TabularFile.Line first = TabularFile.firstNonEmpty(lines);
      if (first == null) {
        TabularFile.closeQuietly(workbook);
        throw new FieldFormatException(where + " row 1", "must be a header row but the sheet is empty", null);
      }
      Iterator<TabularFile.Line> nonEmpty = new Iterator<>() {
        private TabularFile.Line next = advance();

        private TabularFile.Line advance() {
          return TabularFile.firstNonEmpty(lines);
        }

        @Override
        public boolean hasNext() {
          return next != null;
        }

        @Override
        public TabularFile.Line next() {
          if (next == null) {
            throw new NoSuchElementException();
          }
          TabularFile.Line line = next;
          next = advance();
          return line;
        }
      };
      List<String> header = TabularFile.header(where + " " + first.where(), first.cells());
      return new TabularFile(name + " sheet '" + sheet.getName() + "'", header, nonEmpty, () -> {
        stream.close();
        workbook.close();
      });
    } catch (IOException e) {
      TabularFile.closeQuietly(workbook);
      throw new FieldFormatException(name, "is not a readable XLSX workbook: " + e.getMessage(), e);
    } catch (FieldFormatException e) {
      TabularFile.closeQuietly(workbook);
      throw e;
    } catch (RuntimeException e) {
      TabularFile.closeQuietly(workbook);
      throw new FieldFormatException(name, "is not a readable XLSX workbook: " + e.getMessage(), e);
    }
  }

  /**
   * A row's cells as text: strings as they are, numbers as their plain decimal, dates as ISO dates
   * (ISO date-times when they carry a time), booleans as {@code true}/{@code false}, empty as "".
   * A formula is refused: its value is whatever Excel last computed, which the file may not hold.
   */
  private static List<String> cells(Row row, String where) {
    List<String> cells = new ArrayList<>(row.getCellCount());
    for (int i = 0; i < row.getCellCount(); i++) {
      Cell cell = row.getCell(i);
      if (cell == null) {
        cells.add("");
        continue;
      }
      CellType type = cell.getType();
      switch (type) {
        case EMPTY -> cells.add("");
        case NUMBER -> {
          String format = Optional.ofNullable(cell.getDataFormatString()).orElse("");
          BigDecimal number = cell.asNumber();
          cells.add(isDateFormat(format) ? dateText(cell) : number.stripTrailingZeros().toPlainString());
        }
        case BOOLEAN -> cells.add(String.valueOf(cell.asBoolean()));
        case STRING -> cells.add(cell.asString());
        case FORMULA -> throw new FieldFormatException(where + " row " + row.getRowNum(), "column " + (i + 1)
            + " holds a formula (" + Check.quoted(String.valueOf(cell.getFormula())) + "); paste values instead", null);
        default -> cells.add(cell.getRawValue() == null ? "" : cell.getRawValue());
      }
    }
    return cells;
  }

  private static boolean isDateFormat(String format) {
    String f = format.toLowerCase(Locale.ROOT).replaceAll("\\[[^]]*]|\"[^\"]*\"", "");
    return f.contains("yy") || f.contains("dd") || (f.contains("m") && f.contains("d"));
  }

  private static String dateText(Cell cell) {
    var dateTime = cell.asDate();
    return dateTime.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? dateTime.toLocalDate().toString() : dateTime.toString();
  }

}
