package org.agricluster.field;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;
import org.dhatim.fastexcel.Workbook;

/** Writing a file whole or not at all: into a temporary file beside it, moved into place when complete. */
final class Xlsx {
  private Xlsx() {}

  /** Writes an XLSX workbook with FastExcel; the file appears only once complete. */
  static void write(Path file, Consumer<Workbook> content) {
    atomically(file, out -> {
      Workbook workbook = new Workbook(out, "AgriCluster", "1.0");
      content.accept(workbook);
      try {
        workbook.finish();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** Writes a file through a temporary file beside it, moved into place when the writer is done. */
  static void atomically(Path file, Consumer<OutputStream> writer) {
    Path target = file.toAbsolutePath();
    Path temp = null;
    try {
      Path dir = target.getParent();
      Files.createDirectories(dir);
      temp = Files.createTempFile(dir, "." + target.getFileName(), ".part");
      try (OutputStream out = Files.newOutputStream(temp)) {
        writer.accept(out);
      }
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      temp = null;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // the write failed already; that is the error to report
        }
      }
    }
  }
}
