package org.agricluster.field;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Stream;
import org.agricluster.internal.Check;

/**
 * A CSV or XLSX file read as a header and a stream of rows, one row at a time: nothing is held but
 * the row being read. CSV goes through FastCSV (UTF-8 with or without BOM; the delimiter — comma,
 * semicolon as in KoboToolbox's legacy export, or tab — found from the header line), XLSX through
 * FastExcel's streaming reader (the first sheet, or a named one; numbers, dates and shared strings).
 */
final class TabularFile implements Closeable, Iterator<TabularFile.Line> {
  /** The longest CSV field or line FastCSV buffers: {@value} characters; a longer one refuses the file. */
  static final int MAX_FIELD_LENGTH = 1 << 20;
  /** The most columns a header may have: {@value}. */
  static final int MAX_COLUMNS = 5_000;

  /**
   * One row: where it is ({@code line 12}, {@code row 12}) and its cells as text, never null; {@code
   * exact} when the row must have as many cells as the header (CSV; a workbook leaves trailing
   * empty cells out).
   */
  record Line(String where, List<String> cells, boolean exact) {}

  private final String name;
  private final List<String> header;
  private final Iterator<Line> rows;
  private final Closeable resource;

  TabularFile(String name, List<String> header, Iterator<Line> rows, Closeable resource) {
    this.name = name;
    this.header = header;
    this.rows = rows;
    this.resource = resource;
  }

  /** The first bytes of an OLE2 compound file, as old binary Excel files (.xls) are. */
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

  /** Opens a file: {@code .xlsx} as a workbook (its first sheet), anything else as CSV text. */
  static TabularFile open(Path file, Optional<String> sheet) {
    String name = file.getFileName().toString();
    byte[] head = new byte[8];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, head.length);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + name, e);
    }
    // told by their first bytes here, so that reading CSV never loads FastExcel (README, "What your build receives")
    boolean zip = n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    if (zip || name.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
      if (!zip) {
        throw new FieldFormatException(name, "must be an XLSX workbook (a zip file) but does not start like one", null);
      }
      return XlsxTable.open(file, name, sheet);
    }
    if (n >= 8 && Arrays.equals(head, 0, 8, OLE2, 0, 8)) {
      throw new FieldFormatException(name, "is an old binary Excel file (.xls); save it as .xlsx or .csv", null);
    }
    return csv(file, name);
  }

  private static TabularFile csv(Path file, String name) {
    char separator = separator(file, name);
    CsvReader<CsvRecord> reader;
    try {
      reader = CsvReader.builder().fieldSeparator(separator).detectBomHeader(true).skipEmptyLines(true).allowUnclosedQuote(false)
          .extraFieldStrategy(FieldMismatchStrategy.IGNORE).missingFieldStrategy(FieldMismatchStrategy.IGNORE).maxBufferSize(MAX_FIELD_LENGTH)
          .ofCsvRecord(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + name, e);
    }
    Iterator<CsvRecord> records = reader.iterator();
    Iterator<Line> lines = new Iterator<>() {
      @Override
      public boolean hasNext() {
        try {
          return records.hasNext();
        } catch (CsvParseException | UncheckedIOException e) {
          throw csvError(name, e);
        }
      }

      @Override
      public Line next() {
        try {
          CsvRecord r = records.next();
          return new Line("line " + r.getStartingLineNumber(), r.getFields(), true);
        } catch (CsvParseException | UncheckedIOException e) {
          throw csvError(name, e);
        }
      }
    };
    if (!lines.hasNext()) {
      closeQuietly(reader);
      throw new FieldFormatException(name + " line 1", "must be a header row but the file is empty", null);
    }
    Line first = lines.next();
    List<String> header = header(name + " " + first.where(), first.cells());
    return new TabularFile(name, header, lines, reader);
  }

  private static FieldFormatException csvError(String name, RuntimeException e) {
    Throwable cause = e.getCause() != null ? e.getCause() : e;
    String text = String.valueOf(cause.getMessage());
    if (cause instanceof CharacterCodingException || text.contains("Input length") || text.contains("Malformed")) {
      return new FieldFormatException(name, "must be UTF-8 text but holds bytes that are not", e);
    }
    return new FieldFormatException(name, "is not well-formed CSV: " + (text.length() > 200 ? text.substring(0, 200) + "…" : text)
        + " (fields longer than " + String.format(Locale.ROOT, "%,d", MAX_FIELD_LENGTH) + " characters are refused)", e);
  }

  /**
   * The delimiter: the one of comma, semicolon and tab that occurs most often, outside quotes, in
   * the header line (the first 64 KB). The header must be UTF-8 text without NUL bytes.
   */
  private static char separator(Path file, String name) {
    byte[] bytes;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      bytes = in.readNBytes(1 << 16);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + name, e);
    }
    int end = 0;
    while (end < bytes.length && bytes[end] != '\n' && bytes[end] != '\r') {
      if (bytes[end] == 0) {
        throw new FieldFormatException(name + " line 1", "must be CSV text but holds a NUL byte: a binary file?", null);
      }
      end++;
    }
    String line;
    try {
      line = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, 0, end)).toString();
    } catch (CharacterCodingException e) {
      throw new FieldFormatException(name + " line 1", "must be UTF-8 text but holds bytes that are not", e);
    }
    int[] counts = new int[3];
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted) {
        int k = c == ',' ? 0 : c == ';' ? 1 : c == '\t' ? 2 : -1;
        if (k >= 0) {
          counts[k]++;
        }
      }
    }
    char[] candidates = {',', ';', '\t'};
    int best = 0;
    for (int i = 1; i < 3; i++) {
      if (counts[i] > counts[best]) {
        best = i;
      }
    }
    return candidates[best];
  }

  static List<String> header(String where, List<String> cells) {
    if (cells.size() > MAX_COLUMNS) {
      throw new FieldFormatException(where, "must have at most " + MAX_COLUMNS + " columns but has " + cells.size(), null);
    }
    List<String> header = new ArrayList<>(cells.size());
    for (String cell : cells) {
      header.add(cell.strip());
    }
    return List.copyOf(header);
  }

  static Line firstNonEmpty(Iterator<Line> lines) {
    while (lines.hasNext()) {
      Line line = lines.next();
      if (line.cells().stream().anyMatch(c -> !c.isEmpty())) {
        return line;
      }
    }
    return null;
  }

  static void closeQuietly(Closeable c) {
    try {
      c.close();
    } catch (IOException | RuntimeException ignored) {
      // already failing; the first error is the one to report
    }
  }

  /** The file's name ({@code members.csv}, {@code scores.xlsx sheet 'scores'}), for messages. */
  String name() {
    return name;
  }

  /** The header's cells, stripped. */
  List<String> header() {
    return header;
  }

  @Override
  public boolean hasNext() {
    return rows.hasNext();
  }

  @Override
  public Line next() {
    return rows.next();
  }

  @Override
  public void close() {
    try {
      resource.close();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot close " + name, e);
    }
  }
}
