package org.agricluster.field;

import static org.agricluster.internal.Check.notNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.nio.file.Path;
import org.agricluster.actor.Actor;
import org.agricluster.actor.AdminLevel;
import org.agricluster.actor.Role;
import org.agricluster.economics.BuyerPayment;
import org.agricluster.economics.CostCategory;
import org.agricluster.economics.CostLine;
import org.agricluster.economics.CropBudget;
import org.agricluster.economics.Delivery;
import org.agricluster.economics.GradeSale;
import org.agricluster.measure.Money;
import org.agricluster.measure.Share;
import org.agricluster.internal.Decimals;
import org.agricluster.report.Table;
import org.agricluster.scoring.Candidate;
import org.agricluster.scoring.Criterion;
import org.agricluster.scoring.Scorecard;
import org.agricluster.scoring.Scorer;

/**
 * Records written as the tables {@link FieldImport} reads, under its default column names, so that
 * a register or a day's deliveries goes to a spreadsheet, is kept there by hand, and comes back:
 * export → import gives equal records.
 *
 * <pre>{@code
 * TableExport.xlsx(List.of(FieldExport.members(register)), Path.of("register.xlsx"));
 * FieldImport.defaults().members(Path.of("register.xlsx")).records();   // equal to register
 * }</pre>
 */
public final class FieldExport {
  private FieldExport() {}

  /**
   * A member register: {@code member_id}, {@code name}, {@code gender}, {@code roles}, the place
   * from {@code country} to {@code village}, {@code phone}, {@code land_m2}, {@code water_source},
   * {@code crops} (separated by spaces as a select_multiple writes them, or by semicolons when a
   * crop's name has a space), {@code group_id}, {@code group_name}; empty cells where a member has no
   * value.
   */
  public static Table members(List<Member> members) {
    notNull(members, "members");
    Table.Builder t = Table.builder("members");
    List<String> columns = new ArrayList<>(List.of("member_id", "name", "gender", "roles"));
    for (AdminLevel level : AdminLevel.values()) {
      columns.add(level.name().toLowerCase(Locale.ROOT));
    }
    columns.addAll(List.of("phone", "land_m2", "water_source", "crops", "group_id", "group_name"));
    columns.forEach(c -> t.column(c, c.equals("land_m2") ? Table.Align.RIGHT : Table.Align.LEFT));
    for (Member m : members) {
      Actor a = notNull(m, "member").actor();
      List<String> row = new ArrayList<>();
      row.add(a.id());
      row.add(a.name());
      row.add(a.gender().map(g -> g.name().toLowerCase(Locale.ROOT)).orElse(""));
      List<Role> roles = new ArrayList<>(a.roles());
      roles.remove(a.primaryRole());
      roles.add(0, a.primaryRole());
      row.add(String.join(" ", roles.stream().map(r -> r.name().toLowerCase(Locale.ROOT)).toList()));
      for (AdminLevel level : AdminLevel.values()) {
        row.add(a.location().flatMap(l -> l.nameAt(level)).orElse(""));
      }
      row.add(a.contact().phone().orElse(""));
      row.add(a.farm().map(f -> Decimals.plain(f.land().toSquareMetres())).orElse(""));
      row.add(a.farm().map(f -> f.waterSource()).orElse(""));
      row.add(a.farm().map(f -> crops(f.crops())).orElse(""));
      row.add(m.groupId().orElse(""));
      row.add(m.groupName().orElse(""));
      t.row(row);
    }
    return t.build();
  }

  /**
   * Crops as a select_multiple writes them, separated by spaces; when a name has a space, separated
   * by semicolons instead, with one after a single name ({@code yard-long bean;}) so that it reads
   * back as one.
   */
  static String crops(List<String> crops) {
    if (crops.stream().noneMatch(c -> c.contains(" "))) {
      return String.join(" ", crops);
    }
    return String.join("; ", crops) + (crops.size() == 1 ? ";" : "");
  }

  /**
   * A crop budget survey, a plot per row, under the columns {@link FieldImport#budgets} reads:
   * {@code crop}, {@code area_m2}, {@code currency}, {@code harvested_kg}, {@code loss_percent},
   * {@code own_use_percent}, {@code cycle_days}, {@code price_per_kg} or per grade {@code
   * grade_g_percent} and {@code grade_g_price_per_kg}, and a {@code cost_…} column per cost category
   * holding the sum of the budget's lines of that category. A budget whose lines are one lump sum
   * per category, as a survey records them, reads back equal.
   *
   * @throws IllegalArgumentException if a grade's name is not letters and digits (it names columns),
   *     or a share's percent does not terminate (a third)
   */
  public static Table budgets(List<CropBudget> budgets) {
    notNull(budgets, "budgets");
    java.util.Set<String> grades = new java.util.LinkedHashSet<>();
    for (CropBudget b : budgets) {
      for (GradeSale sale : notNull(b, "budget").sales()) {
        if (!single(b)) {
          if (!sale.grade().matches("[A-Za-z0-9]+")) {
            throw org.agricluster.internal.Check.refusal("Grade of a " + b.crop() + " budget in a survey table",
                "letters and digits (it names the columns grade_…_percent)", org.agricluster.internal.Check.quoted(sale.grade()));
          }
          grades.add(sale.grade());
        }
      }
    }
    Table.Builder t = Table.builder("crop budgets").column("crop", Table.Align.LEFT).column("area_m2", Table.Align.RIGHT)
        .column("currency", Table.Align.LEFT).column("harvested_kg", Table.Align.RIGHT).column("loss_percent", Table.Align.RIGHT)
        .column("own_use_percent", Table.Align.RIGHT).column("cycle_days", Table.Align.RIGHT)
        .column("price_per_kg", Table.Align.RIGHT);
    for (String g : grades) {
      t.column("grade_" + g + "_percent", Table.Align.RIGHT).column("grade_" + g + "_price_per_kg", Table.Align.RIGHT);
    }
    for (CostCategory c : CostCategory.values()) {
      t.column("cost_" + c.name().toLowerCase(Locale.ROOT), Table.Align.RIGHT);
    }
    for (CropBudget b : budgets) {
      List<String> row = new ArrayList<>(List.of(b.crop(), Decimals.plain(b.area().toSquareMetres()), b.currency().code(),
          Decimals.plain(b.harvested().toKilograms()), percent(b.lossShare()), percent(b.ownUseShare()),
          b.cycleDays().map(String::valueOf).orElse(""),
          single(b) ? Decimals.plain(b.sales().get(0).price().amountPerKilogram().amount()) : ""));
      for (String g : grades) {
        var sale = single(b) ? java.util.Optional.<GradeSale>empty()
            : b.sales().stream().filter(s -> s.grade().equals(g)).findFirst();
        row.add(sale.map(s -> percent(s.share())).orElse(""));
        row.add(sale.map(s -> Decimals.plain(s.price().amountPerKilogram().amount())).orElse(""));
      }
      for (CostCategory c : CostCategory.values()) {
        List<CostLine> lines = b.costs().stream().filter(l -> l.category() == c).toList();
        row.add(lines.isEmpty() ? "" : Decimals.plain(Money.total(b.currency(), lines.stream().map(CostLine::amount).toList())
            .amount()));
      }
      t.row(row);
    }
    return t.build();
  }

  private static boolean single(CropBudget b) {
    return b.sales().size() == 1 && b.sales().get(0).grade().equals(FieldImport.ALL_GRADES)
        && b.sales().get(0).share().equals(Share.WHOLE);
  }

  private static String percent(Share share) {
    return Decimals.plain(share.toPercent());
  }

  /**
   * A scorecard's scores in long form, one row per scorer × candidate × criterion, as {@link
   * FieldImport#scores(Path, Scorecard)} reads them: {@code scorer}, {@code category}, {@code
   * candidate}, {@code criterion} (its id) and {@code score}. Read back into the scorecard's criteria
   * and candidates, it gives the same scorecard.
   */
  public static Table scores(Scorecard card) {
    notNull(card, "card");
    Table.Builder t = Table.builder("scores").column("scorer", Table.Align.LEFT).column("category", Table.Align.LEFT)
        .column("candidate", Table.Align.LEFT).column("criterion", Table.Align.LEFT).column("score", Table.Align.RIGHT);
    for (Scorer s : card.scorers()) {
      for (Candidate c : card.candidates()) {
        for (Criterion k : card.criteria()) {
          card.score(s, c, k).ifPresent(v -> t.row(s.name(), s.category(), c.name(), k.id(), String.valueOf(v)));
        }
      }
    }
    return t.build();
  }

  /** A buyer's payments: {@code date}, {@code payer}, {@code amount}, {@code currency}, {@code reference}. */
  public static Table payments(List<BuyerPayment> payments) {
    notNull(payments, "payments");
    Table.Builder t = Table.builder("payments").column("date", Table.Align.LEFT).column("payer", Table.Align.LEFT)
        .column("amount", Table.Align.RIGHT).column("currency", Table.Align.LEFT).column("reference", Table.Align.LEFT);
    for (BuyerPayment p : payments) {
      notNull(p, "payment");
      t.row(p.date().toString(), p.payer(), Decimals.plain(p.amount().amount()), p.amount().currency().code(), p.reference());
    }
    return t.build();
  }

  /** A collection-point record: {@code date}, {@code member}, {@code crop}, {@code grade}, {@code kg}. */
  public static Table deliveries(List<Delivery> deliveries) {
    notNull(deliveries, "deliveries");
    Table.Builder t = Table.builder("deliveries").column("date", Table.Align.LEFT).column("member", Table.Align.LEFT)
        .column("crop", Table.Align.LEFT).column("grade", Table.Align.LEFT).column("kg", Table.Align.RIGHT);
    for (Delivery d : deliveries) {
      notNull(d, "delivery");
      t.row(d.date().toString(), d.member(), d.crop(), d.grade(), Decimals.plain(d.mass().toKilograms()));
    }
    return t.build();
  }
}
