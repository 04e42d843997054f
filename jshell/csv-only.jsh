// Run by .ci/csv-only with Guava and FastCSV alone on the class path (no FastExcel, no Jackson):
// reading a KoboToolbox CSV export and writing CSV must not need the XLSX library.
import org.agricluster.scoring.*;
import org.agricluster.field.*;
import org.agricluster.report.*;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
var villages = Scorecard.builder().criteria(CriteriaTemplates.preAssessment()).candidates(Stream.of("Kaphon", "Katout", "Samkhuoy", "Hang Savath", "Badeum").map(Candidate::of).toList()).build();
var sheet = FieldImport.defaults().scores(Path.of("examples/src/main/resources/org/agricluster/examples/field/kobo-sesan-scores.csv"), villages);
if (!sheet.isClean()) throw new AssertionError(sheet.report());
System.out.println("CSV read with FastCSV alone: " + sheet.report().lines().findFirst().orElseThrow());
TableExport.csv(ScoringTables.ranking(sheet.records().get(0).ranking()), Files.createTempFile("ranking", ".csv"));
var members = FieldImport.defaults().withCountry("Cambodia").members(Path.of("examples/src/main/resources/org/agricluster/examples/field/kobo-sesan-members.csv"));
var written = Files.createTempFile("members", ".csv");
TableExport.csv(FieldExport.members(members.records()), written);
System.out.println("CSV written with FastCSV alone: " + Files.size(written) + " bytes");
/exit
