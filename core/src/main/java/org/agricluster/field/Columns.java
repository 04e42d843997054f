package org.agricluster.field;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.agricluster.internal.Check;

/**
 * The columns of one file's header, found by field name: a declared header first, else the field's
 * own name, else a header that ends with the field's name after a KoboToolbox or ODK group path
 * separator ({@code /}, {@code -} or {@code .}). Two headers that both match refuse the file, as
 * does a header that appears twice; the columns no field took — the exports' submission metadata
 * ({@code _id}, {@code _uuid}, {@code SubmissionDate}, {@code KEY}, …) and questions the import does
 * not know — are reported, never dropped silently.
 */
final class Columns {
  private final String file;
  private final List<String> header;
  private final ColumnMapping mapping;
  private final boolean[] used;

  Columns(String file, List<String> header, ColumnMapping mapping) {
    this.file = file;
    this.header = header;
    this.mapping = mapping;
    this.used = new boolean[header.size()];
    Map<String, Integer> seen = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String h = header.get(i);
      if (h.isEmpty()) {
        continue;
      }
      Integer before = seen.putIfAbsent(h.toLowerCase(Locale.ROOT), i);
      if (before != null) {
        throw new FieldFormatException(file + " header", "names the column " + Check.quoted(h) + " twice (columns "
            + (before + 1) + " and " + (i + 1) + ")", null);
      }
    }
  }

  /** The column of a field, if the file has one. */
  OptionalInt find(String field) {
    Optional<String> declared = mapping.header(field);
    List<Integer> matches = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      String h = header.get(i);
      if (declared.isPresent() ? h.equalsIgnoreCase(declared.get()) : matches(h, field)) {
        matches.add(i);
      }
    }
    if (matches.size() > 1) {
      // the field's own name wins over group paths ending in it
      List<Integer> exact = matches.stream().filter(i -> header.get(i).equalsIgnoreCase(field)).toList();
      if (exact.size() != 1) {
        throw new FieldFormatException(file + " header", "has " + matches.size() + " columns for the field " + field + ": "
            + matches.stream().map(i -> Check.quoted(header.get(i))).toList() + "; declare one with ColumnMapping.column", null);
      }
      matches = exact;
    }
    if (matches.isEmpty()) {
      return OptionalInt.empty();
    }
    used[matches.get(0)] = true;
    return OptionalInt.of(matches.get(0));
  }

  /** The column of a field the import cannot do without. */
  int require(String field) {
    OptionalInt i = find(field);
    if (i.isEmpty()) {
      throw new FieldFormatException(file + " header", "must have a column for the field " + field
          + mapping.header(field).map(h -> " (declared as " + Check.quoted(h) + ")").orElse(
              " (named " + field + ", or ending in /" + field + ", -" + field + " or ." + field + ")") + " but has "
          + (header.size() <= 30 ? header.toString() : header.size() + " other columns"), null);
    }
    return i.getAsInt();
  }

  /**
   * The 0/1 columns a KoboToolbox export gives a select_multiple question, one per option
   * ({@code crops/choy_sum}): option name → column.
   */
  Map<String, Integer> options(String field) {
    Map<String, Integer> options = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String h = header.get(i);
      for (String sep : List.of("/", "-", ".")) {
        int at = h.lastIndexOf(field + sep);
        if (at >= 0 && (at == 0 || "/-.".indexOf(h.charAt(at - 1)) >= 0) && at + field.length() + 1 < h.length()) {
          options.put(h.substring(at + field.length() + 1), i);
          used[i] = true;
          break;
        }
      }
    }
    return options;
  }

  private static boolean matches(String header, String field) {
    if (header.equalsIgnoreCase(field)) {
      return true;
    }
    String h = header.toLowerCase(Locale.ROOT);
    String f = field.toLowerCase(Locale.ROOT);
    return h.endsWith("/" + f) || h.endsWith("-" + f) || h.endsWith("." + f);
  }

  /** The header of a column, as the file spells it. */
  String name(int column) {
    return header.get(column);
  }

  /** The columns no field took, in file order: submission metadata and unknown questions. */
  List<String> unused() {
    List<String> unused = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      if (!used[i] && !header.get(i).isEmpty()) {
        unused.add(header.get(i));
      }
    }
    return unused;
  }

  /**
   * The column holding the submission's id, if the export has one ({@code _uuid}, {@code KEY}, …);
   * asking for it uses it.
   */
  OptionalInt submissionId() {
    for (String name : List.of("_uuid", "meta/instanceid", "meta-instanceid", "instanceid", "key", "_id")) {
      for (int i = 0; i < header.size(); i++) {
        if (header.get(i).equalsIgnoreCase(name)) {
          used[i] = true;
          return OptionalInt.of(i);
        }
      }
    }
    return OptionalInt.empty();
  }
}
