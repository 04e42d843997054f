package org.agricluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks every value type's contract the same way: its accessors answer (never {@code null}, and
 * never empty where the value holds something), its text form says something, and distinct values
 * are unequal and hash apart.
 */
public final class ValueContracts {
  private ValueContracts() {}

  /**
   * Calls every public accessor (public, non-static, no parameters) the value's class declares and
   * checks it answers: never {@code null}; a text, optional, collection or map is not empty unless
   * its name is listed in {@code mayBeEmpty}. The value's {@code toString} is not empty either.
   */
  public static void accessorsAnswer(Object value, String... mayBeEmpty) {
    Set<String> allowed = Set.of(mayBeEmpty);
    assertThat(value.toString()).as("toString of %s", value.getClass().getSimpleName()).isNotEmpty();
    for (Method method : value.getClass().getDeclaredMethods()) {
      if (!Modifier.isPublic(method.getModifiers()) || Modifier.isStatic(method.getModifiers())
          || method.getParameterCount() > 0 || method.getReturnType() == void.class
          || List.of("hashCode", "toString", "builder", "toBuilder").contains(method.getName()) || method.isSynthetic()) {
        continue;
      }
      Object result;
      try {
        method.setAccessible(true);
        result = method.invoke(value);
      } catch (IllegalAccessException e) {
        throw new AssertionError(e);
      } catch (InvocationTargetException e) {
        throw new AssertionError(value.getClass().getSimpleName() + "." + method.getName() + "() threw", e.getCause());
      }
      String name = value.getClass().getSimpleName() + "." + method.getName() + "()";
      assertThat(result).as(name).isNotNull();
      if (allowed.contains(method.getName())) {
        continue;
      }
      if (result instanceof String text) {
        assertThat(text).as(name).isNotEmpty();
      } else if (result instanceof Optional<?> optional) {
        assertThat(optional).as(name).isPresent();
      } else if (result instanceof Collection<?> collection) {
        assertThat(collection).as(name).isNotEmpty();
      } else if (result instanceof Map<?, ?> map) {
        assertThat(map).as(name).isNotEmpty();
      }
    }
  }

  /** The values are pairwise unequal, and their hash codes all differ. */
  public static void distinctValuesHashApart(Object... distinct) {
    List<Object> values = Arrays.asList(distinct);
    assertThat(new HashSet<>(values)).as("distinct values").hasSameSizeAs(values);
    Set<Integer> hashes = new HashSet<>();
    values.forEach(v -> hashes.add(v.hashCode()));
    assertThat(hashes).as("hash codes of %s", values).hasSameSizeAs(values);
  }
}
