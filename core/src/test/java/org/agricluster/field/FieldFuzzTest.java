package org.agricluster.field;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.agricluster.PropertyTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutated exports — bytes changed, inserted, deleted, lines repeated, quotes and delimiters thrown
 * in, invalid UTF-8 — are read or refused with a {@link FieldFormatException}; nothing else escapes,
 * nothing hangs, and every row read is counted once. 10,000 files of each kind (100,000 with
 * {@code -Pexplore}, from a fresh seed); XLSX workbooks with corrupted bytes, 1,000 (10,000).
 */
@Timeout(300)
class FieldFuzzTest {
  private static final int FILES = PropertyTests.EXPLORE ? 100_000 : 10_000;
  private static final byte[] JUNK = ";,\"\n\r\t 0123456789-.ab_/\u00ff".getBytes(StandardCharsets.ISO_8859_1);

  @TempDir
  Path dir;

  static byte[] mutate(byte[] file, Random r) {
    byte[] b = file.clone();
    int edits = 1 + r.nextInt(4);
    for (int e = 0; e < edits && b.length > 0; e++) {
      int at = r.nextInt(b.length);
      switch (r.nextInt(5)) {
        case 0 -> b[at] = JUNK[r.nextInt(JUNK.length)];
        case 1 -> b[at] = (byte) r.nextInt(256);
        case 2 -> {
          int end = Math.min(b.length, at + 1 + r.nextInt(60));
          byte[] shorter = new byte[b.length - (end - at)];
          System.arraycopy(b, 0, shorter, 0, at);
          System.arraycopy(b, end, shorter, at, b.length - end);
          b = shorter;
        }
        case 3 -> {
          int end = Math.min(b.length, at + 1 + r.nextInt(120));
          int to = r.nextInt(b.length);
          byte[] longer = new byte[b.length + (end - at)];
          System.arraycopy(b, 0, longer, 0, to);
          System.arraycopy(b, at, longer, to, end - at);
          System.arraycopy(b, to, longer, to + (end - at), b.length - to);
          b = longer;
        }
        default -> {
          byte[] longer = new byte[b.length + 1];
          System.arraycopy(b, 0, longer, 0, at);
          longer[at] = JUNK[r.nextInt(JUNK.length)];
          System.arraycopy(b, at, longer, at + 1, b.length - at);
          b = longer;
        }
      }
    }
    return b;
  }

  private interface Import {
    ImportResult<?> read(Path file);
  }

  private void fuzz(byte[] original, String name, Import reader, int files) throws IOException {
    Random r = new Random(PropertyTests.EXPLORE ? new Random().nextLong() : PropertyTests.SEED);
    Path file = dir.resolve(name);
    int read = 0;
    for (int i = 0; i < files; i++) {
      byte[] mutated = mutate(original, r);
      Files.write(file, mutated);
      try {
        ImportResult<?> result = reader.read(file);
        assertThat(result.acceptedRows() + result.rejected().size()).isEqualTo(result.rowsRead());
        read++;
      } catch (FieldFormatException expected) {
        assertThat(expected.getMessage()).startsWith(expected.where());
      } catch (RuntimeException e) {
        throw new AssertionError("file " + i + " threw " + e + " instead of FieldFormatException:\n"
            + new String(mutated, StandardCharsets.UTF_8), e);
      }
    }
    assertThat(read).as("most mutated files still read").isPositive();
  }

  @Test
  void mutatedMemberRegisters_areReadOrRefusedWithFieldFormatException() throws IOException {
    fuzz(FieldImportTest.KOBO.getBytes(StandardCharsets.UTF_8), "members.csv",
        f -> FieldImport.defaults().withCountry("Cambodia").members(f), FILES);
  }

  @Test
  void mutatedDeliveryRecords_areReadOrRefusedWithFieldFormatException() throws IOException {
    String csv = "date,member,crop,grade,kg\n2024-03-04,sokha,cucumber,A,120\n2024-03-04T07:15:00+07:00,dara,\"yard-long bean\",A,85.5\n"
        + "2024-03-05,vanna,cucumber,B,30\n";
    fuzz(csv.getBytes(StandardCharsets.UTF_8), "deliveries.csv", f -> FieldImport.defaults().deliveries(f), FILES);
  }

  @Test
  void corruptedWorkbooks_areReadOrRefusedWithFieldFormatException() throws IOException {
    Path xlsx = dir.resolve("register.xlsx");
    TableExport.xlsx(List.of(FieldExport.members(FieldRoundTripTest.members(7))), xlsx);
    fuzz(Files.readAllBytes(xlsx), "corrupt.xlsx", f -> FieldImport.defaults().members(f), FILES / 10);
  }
}
