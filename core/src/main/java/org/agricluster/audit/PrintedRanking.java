package org.agricluster.audit;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.agricluster.internal.Check;
import org.agricluster.internal.Decimals;

/**
 * A published ranking or priority list checked against the ranks its own totals give, by the
 * competition rule (equal totals share a rank, the next rank skips: 1, 1, 3). Each printed rank is a
 * finding: an item printed above one with a higher total, items with equal totals printed with
 * distinct ranks, and items with different totals printed as tied are wrong, and the finding says
 * which.
 *
 * <pre>{@code
 * Audit audit = PrintedRanking.check("Priority list, Table 4", totals, printedRanks);
 * }</pre>
 */
public final class PrintedRanking {
  private PrintedRanking() {}

  /**
   * Checks printed ranks against the totals (decimals allowed: a weighted mean of 3.4).
   *
   * @throws IllegalArgumentException if the items of the two maps differ, a rank is below 1, or a
   *     total is outside the supported range
   */
  public static Audit check(String title, Map<String, BigDecimal> totals, Map<String, Integer> printedRanks) {
    Check.name(title, "Title of a printed ranking");
    Check.notNull(totals, "totals");
    Check.notNull(printedRanks, "printedRanks");
    if (!totals.keySet().equals(printedRanks.keySet())) {
      throw Check.refusal("Items of the printed ranking", "the items with totals " + totals.keySet(), printedRanks.keySet());
    }
    totals.forEach((item, total) -> Decimals.checked(Check.notNull(total, "total of " + item), "Total of " + item));
    List<Finding> findings = new ArrayList<>();
    int i = 0;
    for (Map.Entry<String, Integer> e : printedRanks.entrySet()) {
      String item = e.getKey();
      int printed = Check.notNull(e.getValue(), "rank of " + item);
      if (printed < 1) {
        throw Check.refusal("Printed rank of " + item, ">= 1", printed);
      }
      BigDecimal mine = totals.get(item);
      int computed = 1 + (int) totals.values().stream().filter(t -> t.compareTo(mine) > 0).count();
      List<String> why = new ArrayList<>();
      for (String other : totals.keySet()) {
        if (other.equals(item)) {
          continue;
        }
        int c = totals.get(other).compareTo(mine);
        int p = printedRanks.get(other);
        if (c > 0 && p > printed) {
          why.add("printed above " + other + " (" + plain(totals.get(other)) + ")");
        } else if (c == 0 && p != printed) {
          why.add("tied with " + other + " but printed with a distinct rank");
        } else if (c != 0 && p == printed) {
          why.add("printed tied with " + other + " (" + plain(totals.get(other)) + ")");
        }
      }
      Verdict v = computed == printed ? Verdict.AGREES : Verdict.WRONG;
      String note = "total " + plain(mine) + (why.isEmpty() ? "" : "; " + String.join("; ", why));
      findings.add(new Finding("rank-" + (++i), "rank of " + item, PrintedFigure.of(BigDecimal.valueOf(printed)),
          BigDecimal.valueOf(computed), v, ImmutableSet.of(), ImmutableList.of(), note));
    }
    return new Audit(title, ImmutableList.copyOf(findings));
  }

  private static String plain(BigDecimal d) {
    return d.stripTrailingZeros().toPlainString();
  }

  /**
   * A printed top-N selection or priority list — the items it lists — checked against the totals:
   * an item listed though N items have higher totals, and an item left out though its total beats a
   * listed one, are wrong. Items tied at the cut-off may be listed or left out.
   *
   * @throws IllegalArgumentException if a listed item has no total, or nothing is listed
   */
  public static Audit checkSelection(String title, Map<String, BigDecimal> totals, java.util.Collection<String> listed) {
    Check.name(title, "Title of a printed selection");
    Check.notNull(totals, "totals");
    Check.notNull(listed, "listed");
    if (listed.isEmpty()) {
      throw Check.refusal("Items of the printed selection", "at least one", "none");
    }
    for (String item : listed) {
      if (!totals.containsKey(Check.notNull(item, "item"))) {
        throw Check.refusal("Listed item", "one of " + totals.keySet(), Check.quoted(item));
      }
    }
    totals.forEach((item, total) -> Decimals.checked(Check.notNull(total, "total of " + item), "Total of " + item));
    int n = listed.size();
    BigDecimal cutOff = totals.values().stream().sorted(java.util.Comparator.reverseOrder()).skip(n - 1L).findFirst().orElseThrow();
    BigDecimal lowestListed = listed.stream().map(totals::get).min(java.util.Comparator.naturalOrder()).orElseThrow();
    List<Finding> findings = new ArrayList<>();
    int i = 0;
    for (Map.Entry<String, BigDecimal> e : totals.entrySet()) {
      boolean isListed = listed.contains(e.getKey());
      int above = (int) totals.values().stream().filter(t -> t.compareTo(e.getValue()) > 0).count();
      boolean wrong = isListed ? above >= n : e.getValue().compareTo(lowestListed) > 0;
      boolean belongs = e.getValue().compareTo(cutOff) >= 0;
      String note = "total " + plain(e.getValue()) + (isListed ? (wrong ? "; listed though " + above + " items score higher"
          : "") : (wrong ? "; left out though it beats the listed " + plain(lowestListed) : ""));
      findings.add(new Finding("item-" + (++i), e.getKey() + " in the top " + n,
          new PrintedFigure(isListed ? "listed" : "not listed", isListed ? BigDecimal.ONE : BigDecimal.ZERO, 0, false),
          belongs ? BigDecimal.ONE : BigDecimal.ZERO, wrong ? Verdict.WRONG : Verdict.AGREES, ImmutableSet.of(), ImmutableList.of(),
          note));
    }
    return new Audit(title, ImmutableList.copyOf(findings));
  }
}
