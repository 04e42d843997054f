package org.agricluster.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import org.agricluster.cluster.Cluster;
import org.agricluster.field.FieldExport;
import org.agricluster.field.FieldImport;
import org.agricluster.field.ImportResult;
import org.agricluster.field.Member;
import org.agricluster.field.TableExport;
import org.agricluster.field.XlsForm;
import org.agricluster.report.ClusterTables;
import org.agricluster.report.ScoringTables;
import org.agricluster.scoring.Candidate;
import org.agricluster.scoring.CriteriaTemplates;
import org.agricluster.scoring.Ranking;
import org.agricluster.scoring.Scorecard;

/**
 * Field data, end to end: a KoboToolbox export of the Sesan member registration (62 rows, Khmer
 * names, a quoted comma, two bad rows) and of a three-scorer village score sheet, read into a
 * cluster and a ranking with the rejected rows reported; the tables written to an Excel workbook;
 * the scoring form for the next round generated as an XLSForm.
 */
final class FieldWalkthrough implements Walkthrough {

  @Override
  public String name() {
    return "field";
  }

  @Override
  public String title() {
    return "Sesan's KoboToolbox exports into a cluster and a ranking, back out to Excel, and the next round's form";
  }

  /** The exercise the score sheet was collected for: CHAIN's pre-assessment criteria, five Sesan villages. */
  static Scorecard villages() {
    return Scorecard.builder().criteria(CriteriaTemplates.preAssessment()).candidates(List.of(
        Candidate.of("Kaphon", "Sesan, Stung Treng"), Candidate.of("Katout", "Sesan, Stung Treng"),
        Candidate.of("Samkhuoy", "Sesan, Stung Treng"), Candidate.of("Hang Savath", "Sesan, Stung Treng"),
        Candidate.of("Badeum", "Sesan, Stung Treng"))).build();
  }

  @Override
  public void run(PrintStream out) {
    Path dir = Path.of("target", "field");
    Path members = copy("kobo-sesan-members.csv", dir);
    Path scores = copy("kobo-sesan-scores.csv", dir);

    out.println("1. The member registration, as KoboToolbox exported it (semicolons, group paths, a byte-order mark):");
    ImportResult<Member> register = FieldImport.defaults().withCountry("Cambodia")
        .withCrops(List.of("choy sum", "cucumber", "yard-long bean", "tomato")).members(members);
    out.print(register.report().indent(3));
    Cluster sesan = Member.cluster("Sesan vegetable cluster", "vegetables", register.records(), LocalDate.of(2024, 1, 10));
    out.println("   " + sesan.groups().size() + " producer groups, " + sesan.actors().size() + " members; one of them: "
        + register.records().get(16).actor().name() + " (the quoted comma came through)");
    out.println();

    out.println("2. The village score sheet, one submission per scorer and village, from the form the library made:");
    Scorecard exercise = villages();
    ImportResult<Scorecard> sheet = FieldImport.defaults().scores(scores, exercise);
    out.print(sheet.report().indent(3));
    Ranking ranking = sheet.records().get(0).ranking();
    out.println(ScoringTables.ranking(ranking).toText().indent(3));

    Path workbook = dir.resolve("sesan-field.xlsx");
    TableExport.xlsx(List.of(ScoringTables.ranking(ranking), ClusterTables.actorsByCategory(sesan),
        FieldExport.members(register.records())), workbook);
    out.println("3. Written for the facilitator's Excel: " + workbook + " (sheets: ranking, actors by category, members;"
        + " numbers as numbers, phone numbers as text, header rows frozen).");

    Path form = dir.resolve("sesan-scoring-round-2.xlsx");
    XlsForm next = XlsForm.scoring(exercise, "sesan_villages_round_2", "2024-03");
    next.write(form);
    out.println("4. The scoring form for the next round: " + form + " — " + next + "; checked against the XLSForm "
        + "specification: " + (next.problems().isEmpty() ? "no problem" : next.problems()) + ". Upload it to KoboToolbox or "
        + "ODK Central; its export reads back with FieldImport.defaults().scores(export, exercise).");
  }

  private static Path copy(String resource, Path dir) {
    try (InputStream in = FieldWalkthrough.class.getResourceAsStream("field/" + resource)) {
      if (in == null) {
        throw new IllegalStateException("The walkthrough's file " + resource + " is missing from the examples jar");
      }
      Files.createDirectories(dir);
      Path file = dir.resolve(resource);
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
