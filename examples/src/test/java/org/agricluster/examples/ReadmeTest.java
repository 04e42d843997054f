package org.agricluster.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The README's code runs as a reader would run it: every {@code java} block and every {@code jshell>}
 * line is evaluated in JShell after {@code jshell/startup.jsh}, on the library as built, and each
 * {@code $n ==>} value the README shows is the value JShell gives.
 */
@Timeout(120)
class ReadmeTest {
  private static final Path ROOT = Path.of("..");
  private JShell shell;

  @BeforeEach
  void startShell() throws IOException {
    shell = JShell.builder().executionEngine("local").build();
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    for (String entry : classPath.split(java.io.File.pathSeparator)) {
      shell.addToClasspath(entry);
    }
    for (String line : Files.readAllLines(ROOT.resolve("jshell/startup.jsh"), StandardCharsets.UTF_8)) {
      if (line.startsWith("import ")) {
        evaluate(line);
      }
    }
  }

  @AfterEach
  void closeShell() {
    shell.close();
  }

  /** Evaluates source that may hold several snippets; returns the value of the last. */
  private String evaluate(String source) {
    SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
    String rest = source;
    String value = null;
    while (!rest.isBlank()) {
      SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
      assertThat(info.completeness().isComplete()).as("complete snippet in %s", rest).isTrue();
      for (SnippetEvent event : shell.eval(info.source())) {
        assertThat(event.exception()).as("%s", info.source()).isNull();
        if (event.status() == Snippet.Status.REJECTED) {
          List<String> errors = shell.diagnostics(event.snippet())
              .map(d -> d.getMessage(java.util.Locale.ROOT)).toList();
          throw new AssertionError("README snippet does not compile: " + info.source() + "\n" + errors);
        }
        if (event.value() != null) {
          value = event.value();
        }
      }
      rest = info.remaining();
    }
    return value;
  }

  /** The fenced blocks of a language ("" for none), read fence by fence. */
  private static List<String> blocks(String markdown, String language) {
    List<String> blocks = new ArrayList<>();
    StringBuilder block = null;
    boolean wanted = false;
    for (String line : markdown.split("\n", -1)) {
      if (line.startsWith("```")) {
        if (block == null) {
          block = new StringBuilder();
          wanted = line.substring(3).strip().equals(language);
        } else {
          if (wanted) {
            blocks.add(block.toString());
          }
          block = null;
        }
      } else if (block != null) {
        block.append(line).append('\n');
      }
    }
    return blocks;
  }

  @Test
  void everyJavaBlockOfTheReadmeCompilesAndRuns() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    List<String> java = blocks(readme, "java");
    assertThat(java).isNotEmpty();
    for (String block : java) {
      evaluate(block);
    }
  }

  @Test
  void theJshellSessionOfTheReadmeGivesTheValuesItShows() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    List<String> sessions = blocks(readme, "");
    int checked = 0;
    for (String session : sessions) {
      if (!session.contains("jshell> ")) {
        continue;
      }
      String last = null;
      for (String line : session.split("\n")) {
        if (line.startsWith("jshell> ")) {
          last = evaluate(line.substring("jshell> ".length()));
        } else if (line.matches("\\$\\d+ ==> .*")) {
          assertThat(last).as("value shown in the README: %s", line).isEqualTo(line.substring(line.indexOf("==> ") + 4));
          checked++;
        }
      }
    }
    assertThat(checked).as("values the README shows").isPositive();
  }

  /** The commands of a shell text: its lines that run Maven, JShell or a script, in order. */
  private static List<String> commands(String shell) {
    return shell.lines().map(String::strip)
        .filter(line -> line.startsWith("mvn ") || line.startsWith("jshell ") || line.startsWith("bash "))
        .toList();
  }

  @Test
  void ciRunsTheReadmesCommandsAsWrittenAndInItsOrder() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    String section = readme.substring(readme.indexOf("## The commands"));
    section = section.substring(0, section.indexOf("\n## ", 1));
    List<String> documented = blocks(section, "bash").stream().flatMap(block -> commands(block).stream())
        // the two run before a change lands rather than by CI: explore, and the planner's mutation testing
        .filter(command -> !command.contains("-Pexplore") && !command.contains("-Pmutation-planner"))
        .toList();
    List<String> run = commands(Files.readString(ROOT.resolve(".ci/run"), StandardCharsets.UTF_8));
    assertThat(documented).as("the README's commands, but explore and the planner's mutation testing")
        .hasSizeGreaterThanOrEqualTo(4);
    assertThat(run).as("the commands .ci/run runs").isEqualTo(documented);
  }
}
