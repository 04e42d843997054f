package org.agricluster.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.agricluster.internal.Check;
import org.agricluster.internal.Decimals;
import tools.jackson.databind.JsonNode;

/**
 * One JSON value being read, with its path. Reading an object marks each field it takes; {@link
 * #end()} then refuses any field left over, so nothing is silently dropped. Every refusal becomes a
 * {@link JsonFormatException} naming the path.
 */
final class In {
  private final JsonNode node;
  private final String path;
  private final Set<String> taken = new HashSet<>();

  /** Where unknown fields are reported in a lenient reading; {@code null} when reading strictly. */
  private final List<String> ignored;

  private In(JsonNode node, String path, List<String> ignored) {
    this.node = node;
    this.path = path;
    this.ignored = ignored;
  }

  /** The root of a strict reading: an unknown field is refused. */
  static In root(JsonNode node) {
    return new In(node, "$", null);
  }

  /** The root of a lenient reading: an unknown field is added to {@code ignored}, by path. */
  static In lenientRoot(JsonNode node, List<String> ignored) {
    return new In(node, "$", ignored);
  }

  JsonFormatException refusal(String message) {
    return new JsonFormatException(path, message, null);
  }

  /** Runs a reading step; a refusal of the library's own rules gets this value's path. */
  <T> T as(Function<In, T> reader) {
    try {
      return reader.apply(this);
    } catch (JsonFormatException e) {
      throw e;
    } catch (IllegalArgumentException | IllegalStateException | ArithmeticException e) {
      throw new JsonFormatException(path, e.getMessage(), e);
    }
  }

  private In object() {
    if (!node.isObject()) {
      throw refusal("must be an object but was " + kind(node));
    }
    return this;
  }

  private static String kind(JsonNode node) {
    return switch (node.getNodeType()) {
      case OBJECT -> "an object";
      case ARRAY -> "an array";
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case NULL -> "null";
      default -> node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    };
  }

  private String childPath(String name) {
    return path + "." + name;
  }

  /** A required field. */
  In field(String name) {
    object();
    taken.add(name);
    JsonNode child = node.get(name);
    if (child == null || child.isNull()) {
      throw refusal("must have the field '" + name + "'");
    }
    return new In(child, childPath(name), ignored);
  }

  /** An optional field: absent and {@code null} are both "not given". */
  Optional<In> optional(String name) {
    object();
    taken.add(name);
    JsonNode child = node.get(name);
    return child == null || child.isNull() ? Optional.empty() : Optional.of(new In(child, childPath(name), ignored));
  }

  /** This value as a string. */
  String string() {
    if (!node.isString()) {
      throw refusal("must be a string but was " + kind(node));
    }
    return node.stringValue();
  }

  /** This value as a whole number in a range. */
  int integer(int min, int max) {
    if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < min || node.intValue() > max) {
      throw refusal("must be a whole number in " + min + ".." + max + " but was " + (node.isNumber() ? node.toString() : kind(node)));
    }
    return node.intValue();
  }

  /** Whether this value is a JSON number (as opposed to a string, object, …). */
  boolean isNumber() {
    return node.isNumber();
  }

  /** This value as an exact decimal written as a JSON string ({@code "2.50"}), never a binary number. */
  BigDecimal decimal() {
    if (node.isNumber()) {
      throw refusal("must be a decimal written as a string, such as \"2.50\", never a JSON number, but was "
          + (node.toString().length() > 40 ? "a number of " + node.toString().length() + " characters" : node.toString()));
    }
    String text = string();
    if (text.length() > Decimals.MAX_DIGITS + 10 || !text.matches("-?[0-9]+(\\.[0-9]+)?")) {
      throw refusal("must be a decimal such as \"2.50\" but was " + (text.length() > 40 ? "a string of "
          + text.length() + " characters" : Check.quoted(text)));
    }
    return as(in -> Decimals.checked(new BigDecimal(text), "Decimal"));
  }

  /** This value as an ISO date ({@code "2024-01-15"}). */
  LocalDate date() {
    String text = string();
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw refusal("must be an ISO date such as \"2024-01-15\" but was " + Check.quoted(text));
    }
  }

  /** This value as {@code true} or {@code false}. */
  boolean bool() {
    if (!node.isBoolean()) {
      throw refusal("must be true or false but was " + kind(node));
    }
    return node.booleanValue();
  }

  /** This value as an ISO local time ({@code "08:30"}). */
  LocalTime time() {
    String text = string();
    try {
      return LocalTime.parse(text);
    } catch (DateTimeParseException e) {
      throw refusal("must be an ISO time such as \"08:30\" but was " + Check.quoted(text));
    }
  }

  /** This value as one of an enum's names. */
  <E extends Enum<E>> E enumValue(Class<E> type) {
    String text = string();
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text)) {
        return constant;
      }
    }
    Set<String> names = new TreeSet<>();
    for (E constant : type.getEnumConstants()) {
      names.add(constant.name());
    }
    throw refusal("must be one of " + names + " but was " + Check.quoted(text));
  }

  /** This value as an array, each element read by {@code reader}. */
  <T> List<T> list(Function<In, T> reader) {
    if (!node.isArray()) {
      throw refusal("must be an array but was " + kind(node));
    }
    List<T> items = new ArrayList<>(node.size());
    for (int i = 0; i < node.size(); i++) {
      In item = new In(node.get(i), path + "[" + i + "]", ignored);
      items.add(item.as(reader));
    }
    return items;
  }

  /** This value as an object whose field names are keys (crops, grades), each value read by {@code reader}, in document order. */
  <T> Map<String, T> map(Function<In, T> reader) {
    object();
    Map<String, T> entries = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      taken.add(e.getKey());
      In value = new In(e.getValue(), childPath(e.getKey()), ignored);
      entries.put(e.getKey(), value.as(reader));
    }
    return entries;
  }

  /** Refuses every field of this object that no reading step took: nothing is dropped silently. */
  void end() {
    object();
    Set<String> unknown = new TreeSet<>(node.propertyNames());
    unknown.removeAll(taken);
    if (ignored != null) {
      unknown.forEach(name -> ignored.add(childPath(name)));
    } else if (!unknown.isEmpty()) {
      String name = unknown.iterator().next();
      throw new JsonFormatException(childPath(name), "is not a field of this object (known: " + new TreeSet<>(taken) + ")",
          null);
    }
  }
}
