package org.agricluster.internal;

import java.util.List;
import java.util.Locale;

/**
 * Text people read: a count with its noun in the right number ({@code 1 planting}, {@code 2 plantings}).
 *
 * <p>Not part of the API.
 */
public final class Words {
  private Words() {}

  /** {@code 1 criterion}, {@code 5 criteria}, {@code 0 criteria}; thousands separated ({@code 1,496 farmers}). */
  public static String count(long n, String one, String many) {
    return String.format(Locale.ROOT, "%,d", n) + " " + (n == 1 ? one : many);
  }

  /**
   * Names in the order people expect: runs of digits compare as numbers, so "farmer 2" comes before
   * "farmer 10"; otherwise by characters, then (for names equal but for leading zeros) by text.
   */
  public static final java.util.Comparator<String> NATURAL_ORDER = Words::compareNaturally;

  private static int compareNaturally(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char x = a.charAt(i);
      char y = b.charAt(j);
      if (Character.isDigit(x) && Character.isDigit(y)) {
        int endA = digitsEnd(a, i);
        int endB = digitsEnd(b, j);
        int byNumber = new java.math.BigInteger(a.substring(i, endA))
            .compareTo(new java.math.BigInteger(b.substring(j, endB)));
        if (byNumber != 0) {
          return byNumber;
        }
        i = endA;
        j = endB;
      } else {
        if (x != y) {
          return Character.compare(x, y);
        }
        i++;
        j++;
      }
    }
    int byLength = Integer.compare(a.length() - i, b.length() - j);
    return byLength != 0 ? byLength : a.compareTo(b);
  }

  private static int digitsEnd(String s, int from) {
    int end = from;
    while (end < s.length() && Character.isDigit(s.charAt(end))) {
      end++;
    }
    return end;
  }

  /** {@code 1 week}, {@code 52 weeks}. */
  /** Items in words: "a", "a and b", "a, b and c"; "" for none. */
  public static String and(java.util.Collection<String> items) {
    List<String> list = List.copyOf(items);
    if (list.size() <= 1) {
      return list.isEmpty() ? "" : list.get(0);
    }
    return String.join(", ", list.subList(0, list.size() - 1)) + " and " + list.get(list.size() - 1);
  }

  public static String count(long n, String one) {
    return count(n, one, one + "s");
  }
}
