package org.agricluster.field;

import static org.agricluster.internal.Check.notNull;

import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.agricluster.actor.Gender;
import org.agricluster.internal.Check;

/**
 * A declared table from the codes a form or spreadsheet uses to the library's values: {@code f},
 * {@code female}, {@code ស្រី} → {@link Gender#FEMALE}. Codes compare without surrounding spaces and
 * ignoring case. Nothing is guessed: a code not in the table is a rejected row, and numeric codes
 * ({@code 1}, {@code 2}) mean nothing until a table declares them, as forms disagree on them.
 *
 * <pre>{@code
 * Codes<Gender> sex = Codes.GENDER.with("1", Gender.FEMALE).with("2", Gender.MALE);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <E> the kind of value
 */
public final class Codes<E extends Enum<E>> {
  /**
   * Gender as forms write it: {@code f}, {@code female}, {@code woman}, {@code w}, Khmer {@code ស្រី},
   * Russian {@code ж}/{@code женский} for women; {@code m}, {@code male}, {@code man}, Khmer
   * {@code ប្រុស}, Russian {@code м}/{@code мужской} for men; and {@code FEMALE}/{@code MALE}.
   */
  public static final Codes<Gender> GENDER = of(Gender.class).with("f", Gender.FEMALE).with("female", Gender.FEMALE)
      .with("woman", Gender.FEMALE).with("w", Gender.FEMALE).with("ស្រី", Gender.FEMALE).with("ж", Gender.FEMALE)
      .with("женский", Gender.FEMALE).with("m", Gender.MALE).with("male", Gender.MALE).with("man", Gender.MALE)
      .with("ប្រុស", Gender.MALE).with("м", Gender.MALE).with("мужской", Gender.MALE);

  private final Class<E> type;
  private final ImmutableMap<String, E> codes;

  private Codes(Class<E> type, ImmutableMap<String, E> codes) {
    this.type = type;
    this.codes = codes;
  }

  /** A table in which each value's own name ({@code FEMALE}, in any case) is its code. */
  public static <E extends Enum<E>> Codes<E> of(Class<E> type) {
    notNull(type, "type");
    Map<String, E> codes = new LinkedHashMap<>();
    for (E e : type.getEnumConstants()) {
      codes.put(e.name().toLowerCase(Locale.ROOT), e);
    }
    return new Codes<>(type, ImmutableMap.copyOf(codes));
  }

  /**
   * This table with one more code.
   *
   * @throws IllegalArgumentException if the code is blank or already means another value
   */
  public Codes<E> with(String code, E value) {
    notNull(code, "code");
    notNull(value, "value");
    String key = key(code);
    if (key.isEmpty()) {
      throw Check.refusal("Code for " + value, "not blank", Check.quoted(code));
    }
    E before = codes.get(key);
    if (before != null && before != value) {
      throw Check.refusal("Code " + Check.quoted(code), "one meaning", before + " and " + value);
    }
    Map<String, E> copy = new LinkedHashMap<>(codes);
    copy.put(key, value);
    return new Codes<>(type, ImmutableMap.copyOf(copy));
  }

  private static String key(String code) {
    return code.strip().toLowerCase(Locale.ROOT);
  }

  /** The value a code means, if the table has it. */
  public Optional<E> value(String code) {
    return Optional.ofNullable(codes.get(key(notNull(code, "code"))));
  }

  /** The codes, in the order declared, for messages. */
  public ImmutableMap<String, E> codes() {
    return codes;
  }

  /** The value a code means, or a refusal listing the codes known. */
  E decode(String code, String thing) {
    return value(code).orElseThrow(() -> Check.refusal(thing, "one of the codes " + codes.keySet(), Check.quoted(code)));
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Codes<?> o && type.equals(o.type) && codes.equals(o.codes);
  }

  @Override
  public int hashCode() {
    return codes.hashCode();
  }

  /** {@code Codes{Gender: female ← [female, f, …], male ← […]}}. */
  @Override
  public String toString() {
    Map<E, java.util.List<String>> byValue = new LinkedHashMap<>();
    codes.forEach((code, value) -> byValue.computeIfAbsent(value, v -> new java.util.ArrayList<>()).add(code));
    StringBuilder s = new StringBuilder("Codes{" + type.getSimpleName() + ": ");
    byValue.forEach((value, list) -> s.append(value).append(" ← ").append(list).append("; "));
    return s.substring(0, s.length() - 2) + "}";
  }
}
