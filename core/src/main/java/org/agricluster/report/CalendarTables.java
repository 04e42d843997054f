package org.agricluster.report;

import static org.agricluster.internal.Check.notNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.agricluster.calendar.Balance;
import org.agricluster.calendar.Gap;
import org.agricluster.calendar.IsoWeek;
import org.agricluster.calendar.Plan;
import org.agricluster.internal.Decimals;
import org.agricluster.measure.Mass;

/**
 * Calendars as tables and charts: a crop's week-by-week balance, a plan's plantings with their
 * reasons, and an SVG chart of supply against demand that a person would rather look at than read.
 */
public final class CalendarTables {
  private CalendarTables() {}

  private static String kg(BigDecimal value) {
    return Decimals.grouped(value.setScale(0, RoundingMode.HALF_EVEN), 0);
  }

  /** Week, supply, demand and gap of one crop, with totals, share of demand met and the worst weeks. */
  public static Table balance(Balance balance, String crop) {
    notNull(balance, "balance");
    notNull(crop, "crop");
    Table.Builder t = Table.builder("Supply and demand: " + crop + " (kg per week)").column("Week", Table.Align.LEFT)
        .column("Supply", Table.Align.RIGHT).column("Demand", Table.Align.RIGHT).column("Gap", Table.Align.RIGHT)
        .column("", Table.Align.LEFT);
    ImmutableList<Mass> supply = balance.supply().weekly(crop).values().asList();
    ImmutableList<Mass> demand = balance.demand().weekly(crop).values().asList();
    BigDecimal max = BigDecimal.ONE;
    for (int w = 0; w < supply.size(); w++) {
      max = max.max(supply.get(w).toKilograms()).max(demand.get(w).toKilograms());
    }
    for (IsoWeek week : balance.horizon().allWeeks()) {
      Gap gap = balance.gap(crop, week);
      BigDecimal s = gap.supply().toKilograms();
      int bar = s.multiply(BigDecimal.valueOf(30)).divide(max, 0, RoundingMode.HALF_EVEN).intValue();
      int mark = gap.demand().toKilograms().multiply(BigDecimal.valueOf(30)).divide(max, 0, RoundingMode.HALF_EVEN).intValue();
      StringBuilder chart = new StringBuilder("#".repeat(bar));
      while (chart.length() < mark) {
        chart.append(' ');
      }
      if (mark < chart.length()) {
        chart.setCharAt(mark, '|');
      } else {
        chart.append('|');
      }
      BigDecimal signed = gap.toKilograms();
      t.row(week.toString(), kg(s), kg(gap.demand().toKilograms()), (signed.signum() > 0 ? "+" : "") + kg(signed), chart.toString());
    }
    t.note("'#' supply, '|' demand. Shortfall " + kg(balance.shortfall(crop).toKilograms()) + " kg, surplus "
        + kg(balance.surplus(crop).toKilograms()) + " kg, Σ|gap| " + kg(balance.totalAbsoluteGap(crop).toKilograms()) + " kg.");
    balance.shareOfDemandMet(crop).ifPresent(s -> t.note("Share of demand met in its week: "
        + s.toPercent(1, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString() + "%."));
    List<IsoWeek> worst = balance.worstWeeks(crop, 3);
    if (!worst.isEmpty()) {
      t.note("Worst weeks: " + worst.stream().map(w -> w + " (" + kg(balance.gap(crop, w).toKilograms()) + " kg)").toList()
          + ".");
    }
    return t.build();
  }

  /** The plan's plantings with their reasons, and the plan against its baseline. */
  public static Table plan(Plan plan, int maxRows) {
    notNull(plan, "plan");
    Table.Builder t = Table.builder("Planting plan").column("Week", Table.Align.LEFT).column("Member", Table.Align.LEFT)
        .column("Crop", Table.Align.LEFT).column("Area", Table.Align.RIGHT).column("Why", Table.Align.LEFT);
    plan.plantings().stream().limit(Math.max(0, maxRows)).forEach(p -> t.row(
        p.planting().week().toString(), p.planting().member(), p.planting().crop(),
        p.planting().area().toString(), p.reason()));
    if (plan.plantings().size() > maxRows) {
      t.note("… and " + (plan.plantings().size() - maxRows) + " more plantings.");
    }
    return t.note(plan.summary()).build();
  }

  /** An SVG chart of one crop: weekly supply as bars, demand as a line; weeks along the bottom, kg up the side. */
  public static String svg(Balance balance, String crop) {
    return chart(notNull(balance, "balance"), notNull(crop, "crop"), null);
  }

  /** An SVG chart of one crop of a plan: the plan's supply as bars, demand as a line, the baseline's supply dashed. */
  public static String svg(Plan plan, String crop) {
    notNull(plan, "plan");
    return chart(plan.balance(), notNull(crop, "crop"), plan.baselineBalance());
  }

  private static String chart(Balance balance, String crop, Balance baselineOrNull) {
    int weeks = balance.horizon().weeks();
    int width = 760;
    int height = 320;
    int left = 60;
    int bottom = 40;
    int top = 30;
    double plotW = width - left - 20.0;
    double plotH = height - bottom - top;
    List<IsoWeek> labels = balance.horizon().allWeeks();
    double[] supply = kilograms(balance.supply().weekly(crop));
    double[] demand = kilograms(balance.demand().weekly(crop));
    double[] baseline = baselineOrNull == null ? null : kilograms(baselineOrNull.supply().weekly(crop));
    double max = 1;
    for (int w = 0; w < weeks; w++) {
      max = Math.max(max, Math.max(supply[w], demand[w]));
      if (baseline != null) {
        max = Math.max(max, baseline[w]);
      }
    }
    double barW = plotW / weeks;
    StringBuilder svg = new StringBuilder();
    svg.append(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"11\">%n",
        width, height, width, height));
    svg.append(String.format(Locale.ROOT, "<title>%s: supply against demand, kg per week</title>%n", escape(crop)));
    svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
    svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"18\" font-size=\"14\">%s: supply (bars) against demand (line), kg per week</text>%n",
        left, escape(crop)));
    for (int i = 0; i <= 4; i++) {
      double y = top + plotH - plotH * i / 4;
      svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>%n", left, y,
          width - 20, y));
      svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%.0f</text>%n", left - 6, y + 4,
          max * i / 4));
    }
    for (int w = 0; w < weeks; w++) {
      double s = supply[w];
      double h = plotH * s / max;
      double x = left + w * barW;
      double d = demand[w];
      String fill = s < d * 0.95 ? "#e8a33d" : s > d * 1.2 ? "#4a7fb5" : "#4f8f4f";
      svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s: %.0f kg</title></rect>%n",
          x + 1, top + plotH - h, Math.max(barW - 2, 1), h, fill, labels.get(w), s));
      if (w % 4 == 0) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">W%d</text>%n", x + barW / 2,
            height - bottom + 16, labels.get(w).week()));
      }
    }
    svg.append(polyline(demand, weeks, left, top, plotH, barW, max, "#c0392b", ""));
    if (baselineOrNull != null) {
      svg.append(polyline(baseline, weeks, left, top, plotH, barW, max, "#555", " stroke-dasharray=\"5,4\""));
    }
    svg.append(String.format(Locale.ROOT,
        "<text x=\"%d\" y=\"%d\">bars: supply (green ≈ demand, orange short, blue glut) · red: demand%s</text>%n", left, height - 6,
        baselineOrNull != null ? " · dashed: all plant in the same week" : ""));
    svg.append("</svg>\n");
    return svg.toString();
  }

  private static double[] kilograms(Map<IsoWeek, Mass> weekly) {
    return weekly.values().stream().mapToDouble(m -> m.toKilograms().doubleValue()).toArray();
  }

  private static String polyline(double[] values, int weeks, int left, int top, double plotH, double barW, double max,
      String colour, String extra) {
    StringBuilder points = new StringBuilder();
    for (int w = 0; w < weeks; w++) {
      points.append(String.format(Locale.ROOT, "%.1f,%.1f ", left + w * barW + barW / 2,
          top + plotH - plotH * values[w] / max));
    }
    return String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s/>%n",
        points.toString().strip(), colour, extra);
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
