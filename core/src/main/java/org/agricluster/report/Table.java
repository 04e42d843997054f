package org.agricluster.report;

import static org.agricluster.internal.Check.notNull;

import com.google.common.base.Strings;
import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.agricluster.internal.Check;
import org.agricluster.internal.Decimals;

/**
 * A titled table with aligned columns and notes underneath, rendered as plain text for a terminal or
 * as Markdown for a report.
 *
 * <pre>{@code
 * Table t = Table.builder("Ranking").column("Rank", Table.Align.RIGHT).column("Area", Table.Align.LEFT)
 *     .row("1", "Area 3").note("Method: sum of scores").build();
 * t.toText();
 * t.toMarkdown();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Table {
  /** How a column's cells line up. */
  public enum Align {
    /** Text: flush left. */
    LEFT,
    /** Numbers: flush right. */
    RIGHT
  }

  private final String title;
  private final ImmutableList<String> headers;
  private final ImmutableList<Align> aligns;
  private final ImmutableList<ImmutableList<String>> rows;
  private final ImmutableList<String> notes;

  private Table(String title, ImmutableList<String> headers, ImmutableList<Align> aligns,
      ImmutableList<ImmutableList<String>> rows, ImmutableList<String> notes) {
    this.title = title;
    this.headers = headers;
    this.aligns = aligns;
    this.rows = rows;
    this.notes = notes;
  }

  /** A builder for a table with a title (may be empty). */
  public static Builder builder(String title) {
    return new Builder(notNull(title, "title"));
  }

  /**
   * A number as a table shows it, with thousands separators: exact where it has at most two decimals
   * ({@code 12}, {@code 2.5}, {@code 3,000}),
   * else rounded half-even to two and marked {@code ≈} ({@code ≈2.33}).
   */
  public static String number(BigDecimal value) {
    BigDecimal v = Decimals.normalize(notNull(value, "value"));
    return v.scale() <= 2 ? Decimals.grouped(v, 0) : "≈" + Decimals.grouped(v.setScale(2, RoundingMode.HALF_EVEN), 2);
  }

  /** The title. */
  public String title() {
    return title;
  }

  /** The column headers. */
  public ImmutableList<String> headers() {
    return headers;
  }

  /** How each column lines up: {@link Align#RIGHT} marks the columns of numbers. */
  public ImmutableList<Align> aligns() {
    return aligns;
  }

  /** The rows, each with one cell per column. */
  public ImmutableList<ImmutableList<String>> rows() {
    return rows;
  }

  /** The notes printed under the table. */
  public ImmutableList<String> notes() {
    return notes;
  }

  /** The table as aligned plain text, title and notes included. */
  public String toText() {
    int[] widths = widths();
    StringBuilder out = new StringBuilder();
    if (!title.isEmpty()) {
      out.append(title).append('\n');
    }
    out.append(line(headers, widths)).append('\n');
    StringBuilder rule = new StringBuilder();
    for (int i = 0; i < widths.length; i++) {
      rule.append(i == 0 ? "" : "  ").append(Strings.repeat("-", widths[i]));
    }
    out.append(rule).append('\n');
    for (List<String> row : rows) {
      out.append(line(row, widths)).append('\n');
    }
    for (String note : notes) {
      out.append(note).append('\n');
    }
    return out.toString();
  }

  /** The table as GitHub-flavoured Markdown: a bold title, a pipe table and the notes as a list. */
  public String toMarkdown() {
    StringBuilder out = new StringBuilder();
    if (!title.isEmpty()) {
      out.append("**").append(escape(title)).append("**\n\n");
    }
    out.append(markdownRow(headers)).append('\n');
    StringBuilder rule = new StringBuilder("|");
    for (Align align : aligns) {
      rule.append(align == Align.RIGHT ? "---:|" : "---|");
    }
    out.append(rule).append('\n');
    for (List<String> row : rows) {
      out.append(markdownRow(row)).append('\n');
    }
    if (!notes.isEmpty()) {
      out.append('\n');
      for (String note : notes) {
        out.append("- ").append(escape(note)).append('\n');
      }
    }
    return out.toString();
  }

  private int[] widths() {
    int[] widths = new int[headers.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = headers.get(i).length();
      for (List<String> row : rows) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    return widths;
  }

  private String line(List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i);
      if (i > 0) {
        line.append("  ");
      }
      line.append(aligns.get(i) == Align.RIGHT ? Strings.padStart(cell, widths[i], ' ')
          : i == cells.size() - 1 ? cell : Strings.padEnd(cell, widths[i], ' '));
    }
    return line.toString();
  }

  private static String markdownRow(List<String> cells) {
    StringBuilder row = new StringBuilder("|");
    for (String cell : cells) {
      row.append(' ').append(escape(cell)).append(" |");
    }
    return row.toString();
  }

  private static String escape(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Table && ((Table) obj).toText().equals(toText());
  }

  @Override
  public int hashCode() {
    return toText().hashCode();
  }

  @Override
  public String toString() {
    return toText();
  }

  /** Builds a {@link Table}: columns first, then rows with one cell per column. */
  public static final class Builder {
    private final String title;
    private final List<String> headers = new ArrayList<>();
    private final List<Align> aligns = new ArrayList<>();
    private final List<ImmutableList<String>> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    private Builder(String title) {
      this.title = title;
    }

    /** Adds a column. */
    public Builder column(String header, Align align) {
      Check.condition(rows.isEmpty(), "Columns of table '%s' must all be added before its rows", title);
      headers.add(notNull(header, "header"));
      aligns.add(notNull(align, "align"));
      return this;
    }

    /**
     * Adds a row.
     *
     * @throws IllegalArgumentException if the number of cells differs from the number of columns
     */
    public Builder row(List<String> cells) {
      notNull(cells, "cells");
      if (cells.size() != headers.size()) {
        throw Check.refusal("Number of cells in row " + (rows.size() + 1) + " of table '" + title + "'", headers.size() + " (one per column)", cells.size());
      }
      cells.forEach(c -> notNull(c, "cell"));
      rows.add(ImmutableList.copyOf(cells));
      return this;
    }

    /** Adds a row. */
    public Builder row(String... cells) {
      return row(List.of(notNull(cells, "cells")));
    }

    /** Adds a note under the table. */
    public Builder note(String note) {
      notes.add(notNull(note, "note"));
      return this;
    }

    /**
     * Builds the table.
     *
     * @throws IllegalStateException if it has no column
     */
    public Table build() {
      if (headers.isEmpty()) {
        throw new IllegalStateException("Table '" + title + "' needs at least one column");
      }
      return new Table(title, ImmutableList.copyOf(headers), ImmutableList.copyOf(aligns), ImmutableList.copyOf(rows),
          ImmutableList.copyOf(notes));
    }
  }
}
