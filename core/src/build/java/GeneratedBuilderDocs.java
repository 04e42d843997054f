import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A build step (run by Maven before the javadoc jar, with Java's single-file source launcher): puts
 * each attribute's own description in front of the sentence Immutables writes on the generated builder
 * methods, so that the published javadoc of {@code Actor.Builder.id(String)} reads "A stable id:
 * letters, digits, … Initializes the value for the id attribute." instead of the second sentence alone.
 *
 * <p>Arguments: the generated sources directory and the sources directory. Only comments change; a
 * description's links become code, since the generated file does not import what the source does.
 */
public final class GeneratedBuilderDocs {
  private static final Pattern GENERATED = Pattern.compile(
      "(?m)^(\\s*)\\* ((?:Initializes|Adds|Sets|Put)[^\\n]*\\{@link ((?:[A-Z]\\w*\\.)*[A-Z]\\w*)#(\\w+)\\(\\) \\w+\\}[^\\n]*)$");
  private static final String MARK = "<!-- described -->";

  public static void main(String[] args) throws IOException {
    Path generated = Path.of(args[0]);
    Path sources = Path.of(args[1]);
    if (!Files.isDirectory(generated)) {
      return;
    }
    int described = 0;
    try (Stream<Path> files = Files.walk(generated)) {
      for (Path file : files.filter(f -> f.getFileName().toString().matches("Immutable\\w+\\.java")).sorted().toList()) {
        described += describe(file, sources.resolve(generated.relativize(file.getParent())));
      }
    }
    System.out.println("GeneratedBuilderDocs: " + described + " generated methods described in words");
  }

  private static int describe(Path file, Path sourcePackage) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    if (text.contains(MARK)) {
      return 0;
    }
    Matcher m = GENERATED.matcher(text);
    StringBuilder out = new StringBuilder();
    int count = 0;
    while (m.find()) {
      String description = description(sourcePackage, m.group(3), m.group(4));
      String replacement = m.group(0);
      if (!description.isEmpty()) {
        replacement = m.group(1) + "* " + description + " " + m.group(2);
        count++;
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    if (count > 0) {
      Files.writeString(file, out.toString().replaceFirst("\n", "\n// " + MARK + "\n"), StandardCharsets.UTF_8);
    }
    return count;
  }

  /** The main description of the accessor {@code attribute()} of {@code type} (maybe nested), or "". */
  static String description(Path sourcePackage, String type, String attribute) {
    List<String> names = List.of(type.split("\\."));
    Path source = sourcePackage.resolve(names.get(0) + ".java");
    if (!Files.isRegularFile(source)) {
      return "";
    }
    String text;
    try {
      text = Files.readString(source, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int from = 0;
    for (String nested : names.subList(1, names.size())) {
      Matcher declaration = Pattern.compile("\\b(?:class|interface)\\s+" + nested + "\\b").matcher(text);
      if (!declaration.find(from)) {
        return "";
      }
      from = declaration.end();
    }
    Matcher accessor = Pattern.compile(
        "/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*(?:@[\\w.]+(?:\\([^)]*\\))?\\s*)*"
            + "(?:public\\s+|protected\\s+)?(?:abstract\\s+)?[\\w<>,.?\\[\\] ]+\\s" + attribute + "\\(\\)\\s*[;{]")
        .matcher(text);
    if (!accessor.find(from)) {
      return "";
    }
    String comment = accessor.group(1).replaceAll("(?m)^\\s*\\*\\s?", "").strip();
    int end = comment.length();
    for (String stop : List.of("\n@", "<p>", "<ul>", "<pre>", "<ol>", "<table")) {
      int at = comment.indexOf(stop);
      if (at >= 0) {
        end = Math.min(end, at);
      }
    }
    String main = comment.substring(0, end).replaceAll("\\s+", " ").strip();
    main = main.replaceAll("\\{@link(?:plain)?\\s+[^}\\s]+\\s+([^}]+)}", "$1")
        .replaceAll("\\{@link(?:plain)?\\s+([^}\\s]+)}", "{@code $1}")
        .replaceAll("\\{@inheritDoc}", "");
    if (main.isEmpty()) {
      return "";
    }
    return main.endsWith(".") ? main : main + ".";
  }
}
