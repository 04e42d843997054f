package org.agricluster.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.agricluster.actor.Actor;
import org.agricluster.actor.Contact;
import org.agricluster.actor.Farm;
import org.agricluster.actor.Gender;
import org.agricluster.actor.Location;
import org.agricluster.actor.Role;
import org.agricluster.field.FieldExport;
import org.agricluster.field.FieldImport;
import org.agricluster.field.ImportResult;
import org.agricluster.field.Member;
import org.agricluster.field.TableExport;
import org.agricluster.measure.Area;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Field data at scale: a season's 10⁶ collection-point deliveries read from CSV and from XLSX,
 * streamed to a sink in a JVM with a 96 MB heap (memory constant in the number of rows: the file
 * alone is 40 MB as CSV, the records would be hundreds of MB), and a 10,000-member register written
 * to XLSX. Rows per second = 10⁶ ÷ the time of one read.
 *
 * <pre>mvn -Pbench -pl core -am clean test-compile exec:exec -Djmh.args="FieldBenchmark -f 1"</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx96m"})
public class FieldBenchmark {
  static final int ROWS = 1_000_000;
  private static final String[] CROPS = {"cucumber", "yard-long bean", "choy sum", "tomato"};

  private Path dir;
  private Path csv;
  private Path xlsx;
  private List<Member> register;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    dir = Files.createTempDirectory("agricluster-bench");
    csv = dir.resolve("deliveries.csv");
    try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      w.write("date,member,crop,grade,kg\n");
      LocalDate day = LocalDate.of(2024, 1, 1);
      for (int i = 0; i < ROWS; i++) {
        w.write(day.plusDays(i % 365) + ",member-" + (i % 2_000) + "," + CROPS[i % 4] + "," + (i % 3 == 0 ? "B" : "A") + ","
            + (10 + i % 90) + "." + (i % 10) + "\n");
      }
    }
    xlsx = dir.resolve("deliveries.xlsx");
    try (var out = Files.newOutputStream(xlsx)) {
      Workbook wb = new Workbook(out, "bench", "1.0");
      Worksheet ws = wb.newWorksheet("deliveries");
      String[] header = {"date", "member", "crop", "grade", "kg"};
      for (int c = 0; c < header.length; c++) {
        ws.value(0, c, header[c]);
      }
      LocalDate day = LocalDate.of(2024, 1, 1);
      for (int i = 0; i < ROWS; i++) {
        ws.value(i + 1, 0, day.plusDays(i % 365).toString());
        ws.value(i + 1, 1, "member-" + (i % 2_000));
        ws.value(i + 1, 2, CROPS[i % 4]);
        ws.value(i + 1, 3, i % 3 == 0 ? "B" : "A");
        ws.value(i + 1, 4, 10 + i % 90 + (i % 10) / 10.0);
        if (i % 100_000 == 0) {
          ws.flush();
        }
      }
      wb.finish();
    }
    System.out.printf("%n[field] %,d rows: CSV %,d bytes, XLSX %,d bytes%n", ROWS, Files.size(csv), Files.size(xlsx));
    register = new ArrayList<>();
    Location district = Location.country("Cambodia").province("Takeo").district("Tram Kak");
    for (int i = 0; i < 10_000; i++) {
      register.add(Member.of(Actor.builder().id("m" + i).name("Farmer " + i).addRoles(Role.FARMER)
          .gender(i % 2 == 0 ? Gender.FEMALE : Gender.MALE).location(district.village("Village " + i % 50))
          .contact(Contact.builder().phone("0" + (12_000_000 + i)).build())
          .farm(Farm.of(Area.ofSquareMetres(200 + i % 2_000), "well", List.of("cucumber", "choy sum"))).build(),
          Optional.of("PG-" + i % 100), Optional.empty()));
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }

  private static long check(ImportResult<?> result, LongAdder count) {
    if (result.acceptedRows() != ROWS || count.sum() != ROWS) {
      throw new AssertionError(result.report());
    }
    return count.sum();
  }

  @Benchmark
  public long streamMillionDeliveriesFromCsv() {
    LongAdder count = new LongAdder();
    return check(FieldImport.defaults().deliveries(csv, d -> count.increment()), count);
  }

  @Benchmark
  public long streamMillionDeliveriesFromXlsx() {
    LongAdder count = new LongAdder();
    return check(FieldImport.defaults().deliveries(xlsx, d -> count.increment()), count);
  }

  @Benchmark
  public long writeTenThousandMemberRegisterToXlsx() throws IOException {
    Path out = dir.resolve("register.xlsx");
    TableExport.xlsx(List.of(FieldExport.members(register)), out);
    return Files.size(out);
  }
}
