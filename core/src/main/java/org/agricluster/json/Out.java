package org.agricluster.json;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.function.Function;
import org.agricluster.internal.Decimals;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Writing helpers: fields in a fixed order, decimals as plain strings, so the same value gives the same bytes. */
final class Out {
  private Out() {}

  static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  /** A decimal as its plain string: {@code "2.5"}, never {@code 2.5} or {@code "2.5E+3"}. */
  static String decimal(BigDecimal value) {
    return Decimals.plain(value);
  }

  static <T> ArrayNode array(Collection<T> items, Function<T, JsonNode> writer) {
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    for (T item : items) {
      array.add(writer.apply(item));
    }
    return array;
  }

  static ArrayNode strings(Collection<String> items) {
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    items.forEach(array::add);
    return array;
  }

  static ArrayNode enums(Collection<? extends Enum<?>> items) {
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    items.forEach(e -> array.add(e.name()));
    return array;
  }
}
