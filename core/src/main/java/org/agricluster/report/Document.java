package org.agricluster.report;

import static org.agricluster.internal.Check.notNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.agricluster.internal.Check;

/**
 * A document built from the model — a title and a sequence of headings, paragraphs, bullet lists,
 * tables and charts — rendered as Markdown or as a single self-contained HTML page (no external
 * files; charts embedded as SVG; printable to PDF from a browser). Both renderings carry the same
 * content: every heading, paragraph, item and table cell.
 *
 * <pre>{@code
 * Document doc = Documents.workingDocument(cluster, file, asOf);
 * Files.writeString(Path.of("working-document.md"), doc.toMarkdown());
 * Files.writeString(Path.of("working-document.html"), doc.toHtml());
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Document {
  /** One part of a document. */
  public sealed interface Block permits Heading, Paragraph, Bullets, TableBlock, Chart {}

  /**
   * A section heading at level 2 (a section), 3 (a subsection) or 4.
   *
   * @param level 2..4
   * @param text the heading
   */
  public record Heading(int level, String text) implements Block {
    /** Validates the heading. */
    public Heading {
      if (level < 2 || level > 4) {
        throw Check.refusal("Level of heading '" + text + "'", "2..4", level);
      }
      notNull(text, "text");
    }
  }

  /**
   * A paragraph, optionally opened by a bold lead ("Vision.") and optionally in italics (a remark
   * about the document rather than content).
   *
   * @param lead bold text before the paragraph, or empty
   * @param text the paragraph
   * @param remark whether it is set in italics
   */
  public record Paragraph(String lead, String text, boolean remark) implements Block {
    /** Validates the paragraph. */
    public Paragraph {
      notNull(lead, "lead");
      notNull(text, "text");
    }
  }

  /**
   * A bullet list.
   *
   * @param items the items, in order
   */
  public record Bullets(List<String> items) implements Block {
    /** Copies the items. */
    public Bullets {
      items = ImmutableList.copyOf(notNull(items, "items"));
    }
  }

  /**
   * A table.
   *
   * @param table the table
   */
  public record TableBlock(Table table) implements Block {
    /** Validates the block. */
    public TableBlock {
      notNull(table, "table");
    }
  }

  /**
   * A chart: an SVG picture embedded in the HTML page; the Markdown names it by its caption.
   *
   * @param svg a complete {@code <svg>} element
   * @param caption what it shows
   */
  public record Chart(String svg, String caption) implements Block {
    /** Validates the chart. */
    public Chart {
      notNull(svg, "svg");
      notNull(caption, "caption");
      if (!svg.strip().startsWith("<svg")) {
        throw Check.refusal("Chart '" + caption + "'", "an <svg> element", Check.quoted(svg));
      }
    }
  }

  private final String title;
  private final ImmutableList<Block> blocks;

  private Document(String title, ImmutableList<Block> blocks) {
    this.title = title;
    this.blocks = blocks;
  }

  /** A builder for a document with a title. */
  public static Builder builder(String title) {
    return new Builder(Check.singleLine(notNull(title, "title"), "Document title"));
  }

  /** The title. */
  public String title() {
    return title;
  }

  /** The blocks, in order. */
  public ImmutableList<Block> blocks() {
    return blocks;
  }

  /** The document as GitHub-flavoured Markdown; a chart appears as its caption. */
  public String toMarkdown() {
    StringBuilder md = new StringBuilder("# ").append(title).append("\n\n");
    for (Block block : blocks) {
      if (block instanceof Heading h) {
        md.append("#".repeat(h.level())).append(' ').append(h.text()).append("\n\n");
      } else if (block instanceof Paragraph p) {
        String text = p.remark() ? "*" + p.text() + "*" : p.text();
        md.append(p.lead().isEmpty() ? text : p.text().isEmpty() ? "**" + p.lead() + "**" : "**" + p.lead() + "** " + text)
            .append("\n\n");
      } else if (block instanceof Bullets b) {
        if (b.items().isEmpty()) {
          md.append("*None recorded.*\n\n");
        } else {
          b.items().forEach(i -> md.append("- ").append(i.replace("\n", " ")).append('\n'));
          md.append('\n');
        }
      } else if (block instanceof TableBlock t) {
        md.append(t.table().toMarkdown()).append('\n');
      } else if (block instanceof Chart c) {
        md.append("*Chart: ").append(c.caption()).append(" (in the HTML version of this document).*\n\n");
      }
    }
    return md.toString();
  }

  /**
   * The document as one self-contained HTML5 page: an inline style sheet that also prints well, no
   * scripts, no external files, charts inline as SVG. All text is escaped.
   */
  public String toHtml() {
    StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(escape(title)).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<h1>")
        .append(escape(title)).append("</h1>\n");
    for (Block block : blocks) {
      if (block instanceof Heading h) {
        html.append("<h").append(h.level()).append('>').append(escape(h.text())).append("</h").append(h.level()).append(">\n");
      } else if (block instanceof Paragraph p) {
        html.append(p.remark() ? "<p class=\"remark\">" : "<p>");
        if (!p.lead().isEmpty()) {
          html.append("<strong>").append(escape(p.lead())).append(p.text().isEmpty() ? "</strong>" : "</strong> ");
        }
        html.append(escape(p.text())).append("</p>\n");
      } else if (block instanceof Bullets b) {
        if (b.items().isEmpty()) {
          html.append("<p class=\"remark\">None recorded.</p>\n");
        } else {
          html.append("<ul>\n");
          b.items().forEach(i -> html.append("<li>").append(escape(i)).append("</li>\n"));
          html.append("</ul>\n");
        }
      } else if (block instanceof TableBlock t) {
        html.append(table(t.table()));
      } else if (block instanceof Chart c) {
        html.append("<figure>\n").append(c.svg().strip()).append("\n<figcaption>").append(escape(c.caption()))
            .append("</figcaption>\n</figure>\n");
      }
    }
    return html.append("</body>\n</html>\n").toString();
  }

  private static String table(Table table) {
    StringBuilder html = new StringBuilder("<table>\n");
    if (!table.title().isEmpty()) {
      html.append("<caption>").append(escape(table.title())).append("</caption>\n");
    }
    html.append("<thead><tr>");
    for (int i = 0; i < table.headers().size(); i++) {
      html.append(cell("th", table.headers().get(i), table.aligns().get(i)));
    }
    html.append("</tr></thead>\n<tbody>\n");
    for (List<String> row : table.rows()) {
      html.append("<tr>");
      for (int i = 0; i < row.size(); i++) {
        html.append(cell("td", row.get(i), table.aligns().get(i)));
      }
      html.append("</tr>\n");
    }
    html.append("</tbody>\n</table>\n");
    table.notes().forEach(n -> html.append("<p class=\"note\">").append(escape(n)).append("</p>\n"));
    return html.toString();
  }

  private static String cell(String tag, String text, Table.Align align) {
    return "<" + tag + (align == Table.Align.RIGHT ? " class=\"num\">" : ">") + escape(text) + "</" + tag + ">";
  }

  /** Text as HTML character data or an attribute value: {@code & < > " '} escaped. */
  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
  }

  private static final String STYLE = """
      body { font-family: system-ui, sans-serif; max-width: 60em; margin: 2em auto; padding: 0 1em; line-height: 1.45; color: #222; }
      h1 { font-size: 1.6em; border-bottom: 2px solid #4f8f4f; padding-bottom: .2em; }
      h2 { font-size: 1.3em; margin-top: 1.6em; }
      h3 { font-size: 1.1em; }
      table { border-collapse: collapse; margin: 1em 0; font-size: .92em; }
      caption { text-align: left; font-weight: bold; padding-bottom: .3em; }
      th, td { border: 1px solid #bbb; padding: .25em .5em; vertical-align: top; text-align: left; }
      th { background: #eef3ee; }
      .num { text-align: right; font-variant-numeric: tabular-nums; }
      .remark { font-style: italic; color: #555; }
      .note { font-size: .85em; color: #555; margin: .2em 0; }
      figure { margin: 1em 0; } svg { max-width: 100%; height: auto; }
      @media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } table, figure { break-inside: avoid; } }
      """;

  /** The document as Markdown, as {@link #toMarkdown()} gives it. */
  @Override
  public String toString() {
    return toMarkdown();
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Document d && d.title.equals(title) && d.blocks.equals(blocks);
  }

  @Override
  public int hashCode() {
    return title.hashCode() * 31 + blocks.hashCode();
  }

  /** Builds a {@link Document} block by block. */
  public static final class Builder {
    private final String title;
    private final ImmutableList.Builder<Block> blocks = ImmutableList.builder();

    private Builder(String title) {
      this.title = title;
    }

    /** Adds a section heading (level 2). */
    public Builder section(String text) {
      blocks.add(new Heading(2, text));
      return this;
    }

    /** Adds a subsection heading (level 3). */
    public Builder subsection(String text) {
      blocks.add(new Heading(3, text));
      return this;
    }

    /** Adds a level-4 heading. */
    public Builder minorHeading(String text) {
      blocks.add(new Heading(4, text));
      return this;
    }

    /** Adds a paragraph; a blank one reads "open". */
    public Builder paragraph(String text) {
      blocks.add(notNull(text, "text").isBlank() ? new Paragraph("", "open", true) : new Paragraph("", text, false));
      return this;
    }

    /** Adds a paragraph with a bold lead; a blank text reads "open". */
    public Builder paragraph(String lead, String text) {
      blocks.add(notNull(text, "text").isBlank() ? new Paragraph(lead, "open", true) : new Paragraph(lead, text, false));
      return this;
    }

    /** Adds a bold lead on its own ("Constraints:"), introducing the block after it. */
    public Builder lead(String lead) {
      blocks.add(new Paragraph(lead, "", false));
      return this;
    }

    /** Adds a remark in italics. */
    public Builder remark(String text) {
      blocks.add(new Paragraph("", text, true));
      return this;
    }

    /** Adds a bullet list; an empty one reads "None recorded." */
    public Builder bullets(List<String> items) {
      blocks.add(new Bullets(items));
      return this;
    }

    /** Adds a table. */
    public Builder table(Table table) {
      blocks.add(new TableBlock(table));
      return this;
    }

    /** Adds an SVG chart with its caption. */
    public Builder chart(String svg, String caption) {
      blocks.add(new Chart(svg, caption));
      return this;
    }

    /** The document. */
    public Document build() {
      return new Document(title, blocks.build());
    }
  }
}
