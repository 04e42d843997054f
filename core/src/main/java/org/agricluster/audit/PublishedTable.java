package org.agricluster.audit;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.agricluster.internal.Check;
import org.agricluster.internal.Decimals;
import org.agricluster.measure.Money;

/**
 * A published table's figures attached to the model: the lines the model gives (with what the table
 * prints for them, if it prints them) and the figures the table derives from them — sums (subtotals,
 * totals, at any depth), differences (margins), shares of a total, percentage changes, ratios and
 * per-area or per-unit quotients — each with its printed value. {@link #audit()} checks every printed
 * figure against the model at its printed precision, and against the printed figures it is computed
 * from, so a misprint is reported once as {@link Verdict#WRONG} and the figures computed correctly
 * from it as {@link Verdict#CONSEQUENCE}.
 *
 * <pre>{@code
 * Audit audit = PublishedTable.builder("Maize budget (published)")
 *     .given("seed", "Seed", budget.cost(CostCategory.SEED), "150,000")
 *     .given("fert", "Fertiliser", budget.cost(CostCategory.FERTILISER), "480,000")
 *     .sum("materials", "Total materials", "640,000", "seed", "fert")          // wrong: 630,000
 *     .given("revenue", "Revenue", margin.revenue(), "5,000,000")
 *     .difference("margin", "Gross margin", "4,360,000", "revenue", "materials") // consequence
 *     .percentOf("seedShare", "Seed, % of materials", "23.8 %", "seed", "materials")
 *     .change("price", "Price change", "+23.5 %", "price2023", "price2024")
 *     .build().audit();
 * }</pre>
 *
 * <p>Figures refer only to figures defined before them. Quotients are computed to 34 significant
 * digits. This class is immutable and thread-safe.
 */
public final class PublishedTable {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private enum Kind { GIVEN, SUM, DIFFERENCE, PRODUCT, PERCENT_OF, CHANGE, RATIO }

  private record Figure(String id, String label, Kind kind, Optional<BigDecimal> given, ImmutableList<String> inputs,
      BigDecimal multiplier, Optional<PrintedFigure> printed) {}

  private final String title;
  private final ImmutableList<Figure> figures;

  private PublishedTable(String title, ImmutableList<Figure> figures) {
    this.title = title;
    this.figures = figures;
  }

  /** A builder for a table with a title ("Table 3, crop budget for maize, 2023"). */
  public static Builder builder(String title) {
    return new Builder(Check.name(title, "Title of a published table"));
  }

  /** The table's title. */
  public String title() {
    return title;
  }

  /** The ids of the figures, in order. */
  public ImmutableList<String> ids() {
    return figures.stream().map(Figure::id).collect(ImmutableList.toImmutableList());
  }

  /** The value the model gives for a figure, at full precision. */
  public BigDecimal computed(String id) {
    Map<String, BigDecimal> values = new HashMap<>();
    for (Figure f : figures) {
      values.put(f.id(), value(f, values));
    }
    BigDecimal v = values.get(Check.notNull(id, "id"));
    if (v == null) {
      throw Check.refusal("Figure id", "one of " + ids(), Check.quoted(id));
    }
    return v;
  }

  /**
   * Checks every printed figure: against the model at its printed precision, then, if it disagrees,
   * against the printed figures it is computed from.
   *
   * @throws ArithmeticException if a share, change or ratio divides by zero
   */
  public Audit audit() {
    Map<String, BigDecimal> computed = new HashMap<>();
    Map<String, BigDecimal> asPrinted = new HashMap<>();
    Map<String, Set<String>> errors = new HashMap<>();
    List<Finding> findings = new ArrayList<>();
    for (Figure f : figures) {
      BigDecimal c = value(f, computed);
      BigDecimal fromPrinted = f.kind() == Kind.GIVEN ? c : value(f, asPrinted);
      computed.put(f.id(), c);
      Set<String> upstream = new LinkedHashSet<>();
      for (String input : f.inputs()) {
        upstream.addAll(errors.getOrDefault(input, Set.of()));
      }
      if (f.printed().isEmpty()) {
        asPrinted.put(f.id(), fromPrinted);
        errors.put(f.id(), upstream);
        continue;
      }
      PrintedFigure p = f.printed().get();
      asPrinted.put(f.id(), p.value());
      Verdict v = p.verdict(c);
      List<String> sources = List.of();
      if (!v.isConsistent()) {
        if (!upstream.isEmpty() && p.verdict(fromPrinted).isConsistent()) {
          v = Verdict.CONSEQUENCE;
          sources = List.copyOf(upstream);
        } else {
          v = Verdict.WRONG;
          upstream = Set.of(f.id());
        }
      }
      errors.put(f.id(), v.isConsistent() ? Set.of() : upstream);
      findings.add(new Finding(f.id(), f.label(), p, c, v, com.google.common.collect.ImmutableSet.copyOf(p.modesGiving(c)),
          ImmutableList.copyOf(sources), describe(f)));
    }
    return new Audit(title, ImmutableList.copyOf(findings));
  }

  private String describe(Figure f) {
    return switch (f.kind()) {
      case GIVEN -> "from the model";
      case SUM -> "Σ " + String.join(", ", f.inputs());
      case DIFFERENCE -> f.inputs().get(0) + " − " + f.inputs().get(1);
      case PRODUCT -> f.inputs().get(0) + " × " + f.inputs().get(1);
      case PERCENT_OF -> f.inputs().get(0) + " as % of " + f.inputs().get(1);
      case CHANGE -> "% change from " + f.inputs().get(0) + " to " + f.inputs().get(1);
      case RATIO -> f.inputs().get(0) + " ÷ " + f.inputs().get(1)
          + (f.multiplier().compareTo(BigDecimal.ONE) == 0 ? "" : " × " + f.multiplier().toPlainString());
    };
  }

  private static BigDecimal value(Figure f, Map<String, BigDecimal> values) {
    List<BigDecimal> in = f.inputs().stream().map(values::get).toList();
    return switch (f.kind()) {
      case GIVEN -> f.given().orElseThrow();
      case SUM -> in.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      case DIFFERENCE -> in.get(0).subtract(in.get(1));
      case PRODUCT -> in.get(0).multiply(in.get(1));
      case PERCENT_OF -> divide(in.get(0).multiply(HUNDRED), in.get(1), f);
      case CHANGE -> divide(in.get(1).subtract(in.get(0)).multiply(HUNDRED), in.get(0), f);
      case RATIO -> divide(in.get(0).multiply(f.multiplier()), in.get(1), f);
    };
  }

  private static BigDecimal divide(BigDecimal a, BigDecimal b, Figure f) {
    if (b.signum() == 0) {
      throw new ArithmeticException("Cannot compute '" + f.label() + "': " + f.inputs().get(f.kind() == Kind.CHANGE ? 0 : 1)
          + " is zero");
    }
    return a.divide(b, MathContext.DECIMAL128);
  }

  @Override
  public String toString() {
    return "PublishedTable{" + title + ", " + figures.size() + " figures}";
  }

  /** Builds a {@link PublishedTable} figure by figure; a figure refers only to figures added before it. */
  public static final class Builder {
    private final String title;
    private final List<Figure> figures = new ArrayList<>();

    private Builder(String title) {
      this.title = title;
    }

    private Builder add(String id, String label, Kind kind, Optional<BigDecimal> given, List<String> inputs, BigDecimal multiplier,
        Optional<String> printed) {
      Check.notNull(id, "id");
      Check.name(label, "Label of figure '" + id + "'");
      if (!id.matches("[A-Za-z0-9._-]+")) {
        throw Check.refusal("Id of figure '" + label + "'", "letters, digits, '.', '_' or '-'", Check.quoted(id));
      }
      for (Figure f : figures) {
        if (f.id().equals(id)) {
          throw Check.refusal("Id of figure '" + label + "'", "one no other figure has", Check.quoted(id));
        }
      }
      for (String input : inputs) {
        Check.notNull(input, "input");
        if (figures.stream().noneMatch(f -> f.id().equals(input))) {
          throw Check.refusal("Figure '" + input + "' used by '" + label + "'", "a figure added before it",
              "unknown; known: " + figures.stream().map(Figure::id).toList());
        }
      }
      figures.add(new Figure(id, label, kind, given, ImmutableList.copyOf(inputs), multiplier, printed.map(PrintedFigure::parse)));
      return this;
    }

    /** A figure the model gives, with what the table prints for it. */
    public Builder given(String id, String label, BigDecimal model, String printed) {
      Check.notNull(printed, "printed");
      return add(id, label, Kind.GIVEN, Optional.of(Decimals.checked(Check.notNull(model, "model"), "Model value of '" + id + "'")),
          List.of(), BigDecimal.ONE, Optional.of(printed));
    }

    /** An amount the model gives, with what the table prints for it (the amount's number, currency aside). */
    public Builder given(String id, String label, Money model, String printed) {
      return given(id, label, Check.notNull(model, "model").amount(), printed);
    }

    /** A figure the model gives that the table does not print, used by other figures (an area, a price). */
    public Builder input(String id, String label, BigDecimal model) {
      return add(id, label, Kind.GIVEN, Optional.of(Decimals.checked(Check.notNull(model, "model"), "Model value of '" + id + "'")),
          List.of(), BigDecimal.ONE, Optional.empty());
    }

    /** A printed sum of earlier figures: a subtotal or a total. */
    public Builder sum(String id, String label, String printed, String... of) {
      Check.notNull(printed, "printed");
      Check.notNull(of, "of");
      if (of.length == 0) {
        throw Check.refusal("Figures summed by '" + label + "'", "at least one", 0);
      }
      return add(id, label, Kind.SUM, Optional.empty(), List.of(of), BigDecimal.ONE, Optional.of(printed));
    }

    /** A printed difference {@code a − b}: a margin, revenue less costs. */
    public Builder difference(String id, String label, String printed, String a, String b) {
      return add(id, label, Kind.DIFFERENCE, Optional.empty(), List.of(a, b), BigDecimal.ONE, Optional.of(Check.notNull(printed,
          "printed")));
    }

    /**
     * A printed product {@code a × b}: a cost line's amount from its quantity and unit price. When the
     * unit price is itself printed rounded, give it with {@link #given} at its printed text: the
     * amount is then judged against the exact price and, if that disagrees, against the printed one.
     */
    public Builder product(String id, String label, String printed, String a, String b) {
      return add(id, label, Kind.PRODUCT, Optional.empty(), List.of(a, b), BigDecimal.ONE,
          Optional.of(Check.notNull(printed, "printed")));
    }

    /** A printed share: {@code part} as a percentage of {@code whole} (women among members, seed in total cost). */
    public Builder percentOf(String id, String label, String printed, String part, String whole) {
      return add(id, label, Kind.PERCENT_OF, Optional.empty(), List.of(part, whole), BigDecimal.ONE,
          Optional.of(Check.notNull(printed, "printed")));
    }

    /** A printed percentage change from {@code from} to {@code to} ("+15.4 %" from 2.60 to 3.00). */
    public Builder change(String id, String label, String printed, String from, String to) {
      return add(id, label, Kind.CHANGE, Optional.empty(), List.of(from, to), BigDecimal.ONE,
          Optional.of(Check.notNull(printed, "printed")));
    }

    /** A printed ratio {@code a ÷ b}: a gross-margin ratio, a return on variable cost, a price per kg. */
    public Builder ratio(String id, String label, String printed, String a, String b) {
      return add(id, label, Kind.RATIO, Optional.empty(), List.of(a, b), BigDecimal.ONE, Optional.of(Check.notNull(printed, "printed")));
    }

    /**
     * A printed per-area or per-unit figure {@code a ÷ b × multiplier}: income per 1,000 m² is revenue
     * ÷ area in m² × 1,000; yield per ha is harvest ÷ area in ha.
     */
    public Builder per(String id, String label, String printed, String a, String b, BigDecimal multiplier) {
      Check.notNull(multiplier, "multiplier");
      if (multiplier.signum() <= 0) {
        throw Check.refusal("Multiplier of '" + label + "'", "more than 0", multiplier);
      }
      return add(id, label, Kind.RATIO, Optional.empty(), List.of(a, b), Decimals.checked(multiplier, "Multiplier"),
          Optional.of(Check.notNull(printed, "printed")));
    }

    /**
     * States the precision the last figure added is printed to, when its text does not show it: a
     * unit price printed to ten-thousands is {@code printedTo(-4)}, an amount printed to thousands
     * {@code printedTo(-3)}.
     *
     * @throws IllegalStateException if no printed figure has been added yet
     */
    public Builder printedTo(int scale) {
      if (figures.isEmpty() || figures.get(figures.size() - 1).printed().isEmpty()) {
        throw new IllegalStateException("printedTo(" + scale + ") needs a printed figure just before it");
      }
      Figure last = figures.remove(figures.size() - 1);
      figures.add(new Figure(last.id(), last.label(), last.kind(), last.given(), last.inputs(), last.multiplier(),
          last.printed().map(p -> p.withScale(scale))));
      return this;
    }

    /** The table. */
    public PublishedTable build() {
      return new PublishedTable(title, ImmutableList.copyOf(figures));
    }
  }
}
