package org.agricluster.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.agricluster.json.JsonDocument;

/**
 * Runs the AgriCluster walkthroughs: all of them in turn, or one by name.
 *
 * <pre>
 * mvn -q -pl examples -am compile exec:java                               # all
 * mvn -q -pl examples -am compile exec:java -Dexec.args=measures          # one
 * </pre>
 */
public final class Walkthroughs {
  static final List<Walkthrough> ALL = List.of(new MeasuresWalkthrough(), new ActorsWalkthrough(), new ScoringWalkthrough(),
      new EconomicsWalkthrough(),
      new CalendarWalkthrough(), new ChainWalkthrough(), new TakeoWalkthrough(), new SeedsWalkthrough(),
      new AllianceWalkthrough(), new AuditWalkthrough(), new FieldWalkthrough());

  private Walkthroughs() {}

  /**
   * Runs every walkthrough, or the one named by the first argument.
   *
   * @param args empty, or the name of one walkthrough
   */
  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    Map<String, Walkthrough> byName = new LinkedHashMap<>();
    ALL.forEach(w -> byName.put(w.name(), w));
    if (args.length == 0) {
      for (Walkthrough walkthrough : ALL) {
        runOne(walkthrough, out);
      }
      return 0;
    }
    Walkthrough chosen = byName.get(args[0]);
    if (chosen == null) {
      err.println("No walkthrough named '" + args[0] + "'. Choose one of: " + String.join(", ", byName.keySet()));
      return 2;
    }
    runOne(chosen, out);
    return 0;
  }

  /**
   * Saves a model as a JSON document under {@code target/}, reads it back and says whether it came
   * back equal: every walkthrough's model travels to other tools and back.
   */
  static <T> void saveAndReadBack(PrintStream out, JsonDocument<T> document, T model, String file) {
    Path path = Path.of("target", file);
    try {
      Files.createDirectories(path.getParent());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    document.write(model, path);
    T back = document.read(path);
    out.println("Saved as " + ("aeiou".indexOf(document.name().charAt(0)) >= 0 ? "an " : "a ") + document.name() + " document (" + document.schemaId() + ") in " + path + ": "
        + String.format(Locale.ROOT, "%,d", path.toFile().length()) + " bytes; read back equal: " + back.equals(model));
  }

  /** Writes a document under {@code target/} as Markdown and as a self-contained HTML page, and says where. */
  static void writeDocument(PrintStream out, org.agricluster.report.Document document, String name) {
    Path md = Path.of("target", name + ".md");
    Path html = Path.of("target", name + ".html");
    try {
      Files.createDirectories(md.getParent());
      Files.writeString(md, document.toMarkdown(), java.nio.charset.StandardCharsets.UTF_8);
      Files.writeString(html, document.toHtml(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println("Written as " + md + " and " + html + ".");
  }

  private static void runOne(Walkthrough walkthrough, PrintStream out) {
    String heading = "== " + walkthrough.name() + ": " + walkthrough.title() + " ==";
    out.println(heading);
    out.println();
    walkthrough.run(out);
    out.println();
  }
}
