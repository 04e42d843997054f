package org.agricluster.json;

import static org.agricluster.internal.Check.notNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One kind of self-describing JSON document: {@code {"$schema": "<id>", "<content>": …}}, where the
 * {@code $schema} id names the kind and its major version, and the JSON Schema of that id ships in
 * the jar ({@link #schemaResource()}) and in the repository.
 *
 * <pre>{@code
 * String json = AgriJson.CLUSTER.write(sesan);
 * Cluster back = AgriJson.CLUSTER.read(json);   // equal to sesan
 * }</pre>
 *
 * <p>Writing is canonical: fields in a fixed order, two-space indents, {@code \n} line ends, so
 * writing one value twice gives the same bytes. Reading is strict and bounded: an unknown field, a
 * duplicate key, a missing field, a dangling reference or a value the library refuses is a {@link
 * JsonFormatException} naming its JSON path; documents over 256 MB, strings over 100,000
 * characters, numbers over 1,000 digits and nesting deeper than 64 are refused before they are
 * built. No class names are read and nothing is instantiated by reflection.
 *
 * @param <T> the model the document holds
 */
public final class JsonDocument<T> {
  static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder().maxDocumentLength(256L << 20).maxStringLength(100_000)
              .maxNumberLength(1_000).maxNestingDepth(64).maxNameLength(1_000).build())
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build())
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();
  private static final DefaultIndenter LF = new DefaultIndenter("  ", "\n");
  private static final ObjectWriter WRITER = MAPPER.writer().with(new DefaultPrettyPrinter().withObjectIndenter(LF)
      .withArrayIndenter(LF));

  private final String name;
  private final String content;
  private final Function<T, ? extends JsonNode> writer;
  private final Function<In, T> reader;

  JsonDocument(String name, String content, Function<T, ? extends JsonNode> writer, Function<In, T> reader) {
    this.name = name;
    this.content = content;
    this.writer = writer;
    this.reader = reader;
  }

  /** The kind of document: {@code "cluster"}. */
  public String name() {
    return name;
  }

  /** The stable id of the schema, written as the document's {@code $schema}: {@code https://agricluster.org/schema/cluster-1.json}. */
  public String schemaId() {
    return "https://agricluster.org/schema/" + name + "-1.json";
  }

  /** Where the JSON Schema (Draft 2020-12) lies in the jar and in the repository's {@code core/src/main/resources}. */
  public String schemaResource() {
    return "META-INF/agricluster/schema/" + name + "-1.json";
  }

  /** The JSON Schema of this document, as text. */
  public String schema() {
    try (InputStream in = JsonDocument.class.getModule().getResourceAsStream(schemaResource())) {
      if (in == null) {
        throw new IllegalStateException("The schema " + schemaResource() + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The document of a value, as canonical JSON text ending with a line break. */
  public String write(T value) {
    notNull(value, "value");
    ObjectNode root = Out.object();
    root.put("$schema", schemaId());
    root.set(content, writer.apply(value));
    return WRITER.writeValueAsString(root) + "\n";
  }

  /** Writes the document of a value to a file, in UTF-8. */
  public void write(T value, Path file) {
    notNull(file, "file");
    try {
      Files.writeString(file, write(value), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a document of this kind.
   *
   * @throws JsonFormatException if the text is not well-formed JSON, is another kind of document or
   *     another major version, or holds a value the library refuses; the message names the path
   */
  public T read(CharSequence json) {
    return read(json, null);
  }

  /**
   * Reads a document of this kind, reporting the fields it does not know instead of refusing them:
   * for a newer 1.y document read by an older reader. Every other rule holds as in {@link
   * #read(CharSequence)}; nothing is dropped silently, as {@link Lenient#ignored()} lists each field
   * left unread by its JSON path.
   *
   * @throws JsonFormatException as {@link #read(CharSequence)}, except for unknown fields
   */
  public Lenient<T> readLenient(CharSequence json) {
    List<String> ignored = new ArrayList<>();
    T value = read(json, ignored);
    return new Lenient<>(value, List.copyOf(ignored));
  }

  private T read(CharSequence json, List<String> ignoredOrNull) {
    notNull(json, "json");
    JsonNode tree;
    try {
      tree = MAPPER.readTree(json.toString());
    } catch (JacksonException e) {
      throw new JsonFormatException("$", "is not well-formed JSON, or exceeds the limits: " + e.getOriginalMessage()
          + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr() + ")"), e);
    }
    if (tree == null || tree.isMissingNode()) {
      throw new JsonFormatException("$", "must be a JSON document but was empty", null);
    }
    In root = ignoredOrNull == null ? In.root(tree) : In.lenientRoot(tree, ignoredOrNull);
    String schema = root.field("$schema").string();
    if (!schema.equals(schemaId())) {
      throw new JsonFormatException("$.$schema", "must be " + schemaId() + " for a " + name + " document but was '"
          + (schema.length() > 200 ? schema.substring(0, 200) + "…" : schema) + "'", null);
    }
    T value = root.field(content).as(reader);
    root.end();
    return value;
  }

  /** Reads a document of this kind from a UTF-8 file. */
  public T read(Path file) {
    notNull(file, "file");
    try {
      return read(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What a lenient reading gives: the value, and the JSON paths of the fields it did not read.
   *
   * @param <T> the model
   */
  public static final class Lenient<T> {
    private final T value;
    private final List<String> ignored;

    Lenient(T value, List<String> ignored) {
      this.value = value;
      this.ignored = ignored;
    }

    /** The value read. */
    public T value() {
      return value;
    }

    /** The paths of the fields left unread ({@code $.cluster.colour}), in document order; empty if none. */
    public List<String> ignored() {
      return ignored;
    }

    @Override
    public String toString() {
      return "Lenient{" + value + ", ignored " + ignored + "}";
    }
  }

  @Override
  public String toString() {
    return "JsonDocument{" + name + ", " + schemaId() + "}";
  }
}
