package org.agricluster.field;

import static org.agricluster.internal.Check.notNull;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agricluster.actor.Actor;
import org.agricluster.actor.AdminLevel;
import org.agricluster.actor.Contact;
import org.agricluster.actor.Farm;
import org.agricluster.actor.Gender;
import org.agricluster.actor.Location;
import org.agricluster.actor.Role;
import org.agricluster.actor.StakeholderCategory;
import org.agricluster.economics.BuyerPayment;
import org.agricluster.economics.CostCategory;
import org.agricluster.economics.CostLine;
import org.agricluster.economics.CropBudget;
import org.agricluster.economics.Delivery;
import org.agricluster.economics.GradePrices;
import org.agricluster.internal.Check;
import org.agricluster.measure.Area;
import org.agricluster.measure.CurrencyUnit;
import org.agricluster.measure.Mass;
import org.agricluster.measure.Money;
import org.agricluster.measure.PricePerMass;
import org.agricluster.measure.Share;
import org.agricluster.scoring.Candidate;
import org.agricluster.scoring.Criterion;
import org.agricluster.scoring.Scorecard;
import org.agricluster.scoring.Scorer;

/**
 * Reads field data — the CSV and XLSX exports of KoboToolbox and ODK Central, or a spreadsheet kept
 * by hand — into the library's model. Each row is accepted or rejected with the reason; nothing is
 * dropped, nothing guessed. An instance holds the reading options and is immutable; the defaults
 * read the exports of forms made with {@link XlsForm} without any declaration.
 *
 * <pre>{@code
 * ImportResult<Member> register = FieldImport.defaults().withCountry("Cambodia").members(Path.of("members.csv"));
 * ImportResult<Scorecard> sheet = FieldImport.defaults().scores(Path.of("scores.csv"), exercise);
 * sheet.records().get(0).ranking();
 * }</pre>
 *
 * <p><b>Member registers</b> (one row per member) read the fields {@code member_id} (else the
 * export's submission id), {@code name}, and optionally {@code gender} (through {@link Codes}),
 * {@code roles} (role names separated by spaces, {@code farmer} unless given; the first is the
 * primary role), {@code country}, {@code province}, {@code district}, {@code commune}, {@code
 * village}, {@code phone}, {@code land_m2}, {@code water_source}, {@code crops} (a select_multiple:
 * one column of names separated by spaces — or by semicolons or commas, for names with spaces —
 * or KoboToolbox's 0/1 column per option) and {@code
 * group_id}, {@code group_name}.
 *
 * <p><b>Score sheets</b> come in two forms, told apart by their columns. Long: one row per scorer ×
 * candidate × criterion, with {@code scorer}, {@code category}, {@code candidate}, {@code criterion}
 * (name or id) and {@code score}. Wide, as {@link XlsForm#scoring} collects them: one row per
 * scorer × candidate, with {@code scorer}, {@code category}, {@code candidate} and one column per
 * criterion named by {@link XlsForm#questionName(Criterion, int)}. A score may be the value or, on
 * a labelled scale, its code.
 *
 * <p>Cells reading {@code n/a} count as empty. A row whose every cell is empty is skipped, as
 * spreadsheets leave them; it is not a record.
 */
public final class FieldImport {
  /** What an import does with a bad row. */
  public enum OnError {
    /** Rejects the row with its reason and goes on (the default). */
    COLLECT,
    /** Stops at the first bad row with a {@link FieldFormatException}. */
    STOP
  }

  private static final FieldImport DEFAULTS = new FieldImport(ColumnMapping.defaults(), Codes.GENDER, Optional.empty(),
      OnError.COLLECT, Optional.empty(), List.of());

  private final ColumnMapping mapping;
  private final Codes<Gender> genders;
  private final Optional<String> country;
  private final OnError onError;
  private final Optional<String> sheet;
  private final List<String> crops;

  private FieldImport(ColumnMapping mapping, Codes<Gender> genders, Optional<String> country, OnError onError,
      Optional<String> sheet, List<String> crops) {
    this.mapping = mapping;
    this.genders = genders;
    this.country = country;
    this.onError = onError;
    this.sheet = sheet;
    this.crops = crops;
  }

  /** Default options: default column names, {@link Codes#GENDER}, no default country, bad rows collected, first sheet. */
  public static FieldImport defaults() {
    return DEFAULTS;
  }

  /** These options with a column mapping. */
  public FieldImport withMapping(ColumnMapping mapping) {
    return new FieldImport(notNull(mapping, "mapping"), genders, country, onError, sheet, crops);
  }

  /** These options with a table of gender codes. */
  public FieldImport withGenderCodes(Codes<Gender> codes) {
    return new FieldImport(mapping, notNull(codes, "codes"), country, onError, sheet, crops);
  }

  /** These options with the country of members whose row names places below it but no country. */
  public FieldImport withCountry(String name) {
    Location.country(notNull(name, "name"));
    return new FieldImport(mapping, genders, Optional.of(name.strip()), onError, sheet, crops);
  }

  /** These options with what to do with a bad row. */
  public FieldImport onError(OnError what) {
    return new FieldImport(mapping, genders, country, notNull(what, "what"), sheet, crops);
  }

  /**
   * These options with the crops a registration form offered ({@link XlsForm#registration}): a
   * crop ticked in the form arrives as its choice name ({@code choy_sum}) and is read as the crop
   * ({@code choy sum}).
   *
   * @throws IllegalArgumentException if a crop is blank or named twice
   */
  public FieldImport withCrops(List<String> crops) {
    XlsForm.choiceNames(notNull(crops, "crops"), "Crop");
    return new FieldImport(mapping, genders, country, onError, sheet, List.copyOf(crops));
  }

  /** These options reading a workbook's sheet of this name instead of its first. */
  public FieldImport sheet(String name) {
    return new FieldImport(mapping, genders, country, onError, Optional.of(Check.name(notNull(name, "name"), "Sheet name")),
        crops);
  }

  // ---- member registers ----

  /**
   * The members a register lists, one per row.
   *
   * @throws FieldFormatException if the file is not CSV or XLSX, its header lacks {@code name} (or
   *     an id column) or repeats a column, or (with {@link OnError#STOP}) a row is bad
   */
  public ImportResult<Member> members(Path file) {
    notNull(file, "file");
    try (TabularFile table = TabularFile.open(file, sheet)) {
      Columns columns = new Columns(table.name(), table.header(), mapping);
      OptionalInt idColumn = columns.find("member_id");
      int id = idColumn.isPresent() ? idColumn.getAsInt() : columns.submissionId().orElseGet(() -> columns.require("member_id"));
      int name = columns.require("name");
      OptionalInt gender = columns.find("gender");
      OptionalInt roles = columns.find("roles");
      Map<AdminLevel, OptionalInt> places = new LinkedHashMap<>();
      for (AdminLevel level : AdminLevel.values()) {
        places.put(level, columns.find(level.name().toLowerCase(Locale.ROOT)));
      }
      OptionalInt phone = columns.find("phone");
      OptionalInt land = columns.find("land_m2");
      OptionalInt water = columns.find("water_source");
      OptionalInt crops = columns.find("crops");
      Map<String, Integer> cropOptions = crops.isPresent() ? Map.of() : columns.options("crops");
      OptionalInt groupId = columns.find("group_id");
      OptionalInt groupName = columns.find("group_name");
      Map<String, String> cropNames = new LinkedHashMap<>();
      List<String> choiceNames = XlsForm.choiceNames(this.crops, "Crop");
      for (int i = 0; i < this.crops.size(); i++) {
        cropNames.put(choiceNames.get(i), this.crops.get(i).strip());
      }
      return read(table, columns, row -> {
        Actor.Builder b = Actor.builder().id(row.required(id)).name(row.required(name));
        gender.ifPresent(c -> row.text(c).ifPresent(g -> b.gender(row.as(c, () -> genders.decode(g, "Gender")))));
        List<Role> roleList = new ArrayList<>();
        if (roles.isPresent()) {
          for (String r : row.text(roles.getAsInt()).map(t -> t.split("\\s+")).orElse(new String[0])) {
            roleList.add(row.as(roles.getAsInt(), () -> role(r)));
          }
        }
        if (roleList.isEmpty()) {
          roleList.add(Role.FARMER);
        }
        b.addAllRoles(roleList).primaryRole(roleList.get(0));
        location(row, places).ifPresent(b::location);
        phone.ifPresent(c -> row.text(c).ifPresent(p -> b.contact(Contact.builder().phone(p).build())));
        List<String> grown = new ArrayList<>();
        if (crops.isPresent()) {
          row.text(crops.getAsInt()).ifPresent(t -> {
            for (String crop : t.split(t.contains(";") ? ";" : t.contains(",") ? "," : "\\s+")) {
              if (!crop.isBlank()) {
                grown.add(cropNames.getOrDefault(crop.strip(), crop.strip()));
              }
            }
          });
        }
        cropOptions.forEach((option, c) -> {
          if (row.text(c).map(v -> row.as(c, () -> flag(v))).orElse(false)) {
            grown.add(cropNames.getOrDefault(option, option));
          }
        });
        if (land.isPresent() && row.text(land.getAsInt()).isPresent()) {
          int c = land.getAsInt();
          Area area = row.as(c, () -> Area.ofSquareMetres(decimal(row.text(c).get(), "Land in m²")));
          String source = water.isPresent() ? row.text(water.getAsInt()).orElse("") : "";
          b.farm(row.as(c, () -> Farm.of(area, source, List.copyOf(new LinkedHashSet<>(grown)))));
        } else {
          // a farm is recorded with its land: crops or a water source without it would be lost
          Optional<String> waterText = water.isPresent() ? row.text(water.getAsInt()) : Optional.empty();
          if (!grown.isEmpty() || waterText.isPresent()) {
            int c = land.isPresent() ? land.getAsInt() : -1;
            throw row.rejection(c, "", "A farm's land in m² (land_m2), which its crops and water source need");
          }
        }
        Optional<String> group = groupId.isPresent() ? row.text(groupId.getAsInt()) : Optional.empty();
        Optional<String> groupLabel = groupName.isPresent() ? row.text(groupName.getAsInt()) : Optional.empty();
        Actor actor = row.as(-1, b::build);
        return row.as(groupName.orElse(-1), () -> Member.of(actor, group, groupLabel));
      });
    }
  }

  private Optional<Location> location(Row row, Map<AdminLevel, OptionalInt> places) {
    Location place = null;
    for (Map.Entry<AdminLevel, OptionalInt> e : places.entrySet()) {
      if (e.getValue().isEmpty()) {
        continue;
      }
      int c = e.getValue().getAsInt();
      Optional<String> name = row.text(c);
      if (name.isEmpty()) {
        continue;
      }
      if (place == null && e.getKey() != AdminLevel.COUNTRY) {
        if (country.isEmpty()) {
          throw row.rejection(c, name.get(), "A place below the country needs the country: a column country, or "
              + "FieldImport.withCountry");
        }
        place = Location.country(country.get());
      }
      Location parent = place;
      place = row.as(c, () -> parent == null ? Location.country(name.get()) : parent.child(e.getKey(), name.get()));
    }
    return Optional.ofNullable(place);
  }

  private static Role role(String text) {
    String name = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    for (Role r : Role.values()) {
      if (r.name().equals(name)) {
        return r;
      }
    }
    throw Check.refusal("Role", "one of " + Arrays.stream(Role.values()).map(r -> r.name().toLowerCase(Locale.ROOT))
        .toList(), Check.quoted(text));
  }

  private static boolean flag(String text) {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "1", "true", "yes" -> true;
      case "0", "false", "no" -> false;
      default -> throw Check.refusal("Select-multiple option column", "1 or 0 (true or false)", Check.quoted(text));
    };
  }

  /** A decimal as forms write it: {@code 1200}, {@code 1200.5}, {@code -3}; no thousands separators, no exponent. */
  static BigDecimal decimal(String text, String thing) {
    String t = Check.parseable(text, thing);
    if (!t.matches("-?[0-9]{1,30}(\\.[0-9]{1,30})?")) {
      throw Check.refusal(thing, "a decimal number such as 1200 or 1200.5", Check.quoted(text));
    }
    return new BigDecimal(t);
  }

  // ---- crop budget surveys ----

  /**
   * The crop budgets of a survey, one plot per row: {@code crop}, {@code area_m2}, {@code currency}
   * (ISO code), and optionally {@code harvested_kg}, {@code loss_percent}, {@code own_use_percent},
   * {@code cycle_days}; the sales as {@code price_per_kg} (one price for all grades) or, per grade
   * {@code g}, {@code grade_g_percent} and {@code grade_g_price_per_kg}; the costs as one lump sum per
   * {@link CostCategory}, {@code cost_seed}, {@code cost_fertiliser}, … {@code cost_other} (the
   * category's name in lower case), each in the row's currency.
   *
   * @throws FieldFormatException if the file is not CSV or XLSX, its header lacks {@code crop},
   *     {@code area_m2} or {@code currency}, or (with {@link OnError#STOP}) a row is bad
   */
  public ImportResult<CropBudget> budgets(Path file) {
    notNull(file, "file");
    try (TabularFile table = TabularFile.open(file, sheet)) {
      Columns columns = new Columns(table.name(), table.header(), mapping);
      int crop = columns.require("crop");
      int area = columns.require("area_m2");
      int currency = columns.require("currency");
      OptionalInt harvested = columns.find("harvested_kg");
      OptionalInt loss = columns.find("loss_percent");
      OptionalInt ownUse = columns.find("own_use_percent");
      OptionalInt cycle = columns.find("cycle_days");
      OptionalInt price = columns.find("price_per_kg");
      Map<String, int[]> grades = new LinkedHashMap<>();
      for (int i = 0; i < table.header().size(); i++) {
        String name = table.header().get(i).replaceAll("^.*[/.-]", "");
        Matcher m = GRADE_PERCENT.matcher(name);
        if (m.matches()) {
          int pricedAt = columns.require("grade_" + m.group(1) + "_price_per_kg");
          grades.put(m.group(1), new int[] {columns.require(name), pricedAt});
        }
      }
      Map<CostCategory, Integer> costs = new LinkedHashMap<>();
      for (CostCategory c : CostCategory.values()) {
        columns.find("cost_" + c.name().toLowerCase(Locale.ROOT)).ifPresent(i -> costs.put(c, i));
      }
      return read(table, columns, row -> {
        CurrencyUnit unit = row.as(currency, () -> CurrencyUnit.of(row.required(currency)));
        CropBudget.Builder b = row.as(area, () -> CropBudget.builder(row.required(crop),
            Area.ofSquareMetres(decimal(row.required(area), "Area in m²"))));
        harvested.ifPresent(c -> row.text(c).ifPresent(t -> b.harvested(row.as(c, () -> Mass.ofKilograms(decimal(t, "Harvest in kg"))))));
        loss.ifPresent(c -> row.text(c).ifPresent(t -> b.lossShare(row.as(c, () -> Share.ofPercent(decimal(t, "Loss in %"))))));
        ownUse.ifPresent(c -> row.text(c).ifPresent(t -> b.ownUseShare(row.as(c, () -> Share.ofPercent(decimal(t, "Own use in %"))))));
        cycle.ifPresent(c -> row.text(c).ifPresent(t -> b.cycleDays(row.as(c, () -> decimal(t, "Cycle in days").intValueExact()))));
        Optional<String> single = price.isPresent() ? row.text(price.getAsInt()) : Optional.empty();
        boolean graded = false;
        for (Map.Entry<String, int[]> g : grades.entrySet()) {
          Optional<String> percent = row.text(g.getValue()[0]);
          Optional<String> gradePrice = row.text(g.getValue()[1]);
          if (percent.isPresent() != gradePrice.isPresent()) {
            int missing = percent.isPresent() ? g.getValue()[1] : g.getValue()[0];
            throw row.rejection(missing, "", "A grade's share and price are given together (grade " + g.getKey() + ")");
          }
          if (percent.isPresent()) {
            graded = true;
            if (single.isPresent()) {
              throw row.rejection(price.getAsInt(), single.get(), "Either one price for all grades or a price per grade, not both");
            }
            Share share = row.as(g.getValue()[0], () -> Share.ofPercent(decimal(percent.get(), "Share of grade " + g.getKey())));
            PricePerMass perKg = row.as(g.getValue()[1], () -> PricePerMass.perKilogram(Money.of(unit,
                decimal(gradePrice.get(), "Price of grade " + g.getKey()))));
            b.addSale(g.getKey(), share, perKg);
          }
        }
        if (!graded) {
          single.ifPresent(t -> b.addSale(ALL_GRADES, Share.WHOLE, row.as(price.getAsInt(),
              () -> PricePerMass.perKilogram(Money.of(unit, decimal(t, "Price per kg"))))));
        }
        costs.forEach((category, c) -> row.text(c).ifPresent(t -> {
          Money amount = row.as(c, () -> Money.of(unit, decimal(t, "Cost of " + category.label())));
          if (!amount.isZero()) {
            b.addCost(row.as(c, () -> CostLine.lumpSum(category, category.label(), amount)));
          }
        }));
        return row.as(-1, b::build);
      });
    }
  }

  /** The grade of a survey's one-price sale. */
  static final String ALL_GRADES = "all grades";
  private static final Pattern GRADE_PERCENT = Pattern.compile("grade_([A-Za-z0-9]+)_percent");

  // ---- buyer payments ----

  /**
   * The payments a buyer made, one per row: {@code date}, {@code payer}, {@code amount}, {@code
   * currency} (ISO code) and optionally {@code reference}.
   *
   * @throws FieldFormatException if the file is not CSV or XLSX, its header lacks one of the
   *     required columns, or (with {@link OnError#STOP}) a row is bad
   */
  public ImportResult<BuyerPayment> payments(Path file) {
    notNull(file, "file");
    try (TabularFile table = TabularFile.open(file, sheet)) {
      Columns columns = new Columns(table.name(), table.header(), mapping);
      int date = columns.require("date");
      int payer = columns.require("payer");
      int amount = columns.require("amount");
      int currency = columns.require("currency");
      OptionalInt reference = columns.find("reference");
      return read(table, columns, row -> {
        LocalDate day = row.as(date, () -> date(row.required(date)));
        CurrencyUnit unit = row.as(currency, () -> CurrencyUnit.of(row.required(currency)));
        Money paid = row.as(amount, () -> Money.of(unit, decimal(row.required(amount), "Amount paid")));
        String ref = reference.isPresent() ? row.text(reference.getAsInt()).orElse("") : "";
        return row.as(amount, () -> BuyerPayment.of(day, row.required(payer), paid, ref));
      });
    }
  }

  // ---- collection-point deliveries ----

  /**
   * The deliveries a collection-point record lists, one per row: {@code date} (an ISO date, or the
   * date of an ISO date-time with its zone, as exports write {@code 2024-03-04T07:15:00.000+07:00}),
   * {@code member}, {@code crop}, {@code grade} and {@code kg}.
   *
   * @throws FieldFormatException if the file is not CSV or XLSX, its header lacks one of the
   *     columns, or (with {@link OnError#STOP}) a row is bad
   */
  public ImportResult<Delivery> deliveries(Path file) {
    return deliveries(file, Optional.empty(), Optional.empty());
  }

  /**
   * The deliveries of a record too large to hold, each handed to {@code sink} as it is read — a
   * season's million rows in constant memory. The result counts them and holds the rejected rows,
   * but no records: they went to the sink.
   *
   * @throws FieldFormatException as {@link #deliveries(Path)}
   */
  public ImportResult<Delivery> deliveries(Path file, Consumer<? super Delivery> sink) {
    return deliveries(file, Optional.empty(), Optional.of(notNull(sink, "sink")));
  }

  private ImportResult<Delivery> deliveries(Path file, Optional<GradePrices> book,
      Optional<Consumer<? super Delivery>> sink) {
    notNull(file, "file");
    List<String> cropList = book.map(p -> List.copyOf(p.byCrop().keySet())).orElse(List.of());
    List<String> cropChoices = XlsForm.choiceNames(cropList, "Crop");
    List<String> gradeList = book.map(XlsForm::grades).orElse(List.of());
    List<String> gradeChoices = XlsForm.choiceNames(gradeList, "Grade");
    try (TabularFile table = TabularFile.open(file, sheet)) {
      Columns columns = new Columns(table.name(), table.header(), mapping);
      int date = columns.require("date");
      int member = columns.require("member");
      int crop = columns.require("crop");
      int grade = columns.require("grade");
      int kg = columns.require("kg");
      return read(table, columns, sink.orElse(null), row -> {
        LocalDate day = row.as(date, () -> date(row.required(date)));
        String who = row.required(member);
        String what = byChoice(row.required(crop), cropList, cropChoices);
        String quality = byChoice(row.required(grade), gradeList, gradeChoices);
        if (book.isPresent()) {
          var prices = book.get().byCrop();
          if (!prices.containsKey(what)) {
            throw row.rejection(crop, row.required(crop), "A crop the price book prices: " + prices.keySet());
          }
          if (!prices.get(what).containsKey(quality)) {
            throw row.rejection(grade, row.required(grade), "A grade the price book prices for " + what + ": "
                + prices.get(what).keySet());
          }
        }
        Mass mass = row.as(kg, () -> Mass.ofKilograms(decimal(row.required(kg), "Kilograms delivered")));
        return row.as(-1, () -> Delivery.of(who, what, quality, mass, day));
      });
    }
  }

  /**
   * The deliveries of a collection-point record for a buyer's price book, as {@link
   * XlsForm#delivery} collects them: crops and grades given by name or by the form's choice name
   * ({@code yard_long_bean}), and a crop or grade the book does not price rejected with the row,
   * not later in the ledger.
   *
   * @throws FieldFormatException as {@link #deliveries(Path)}
   */
  public ImportResult<Delivery> deliveries(Path file, GradePrices prices) {
    return deliveries(file, Optional.of(notNull(prices, "prices")), Optional.empty());
  }

  private static String byChoice(String text, List<String> names, List<String> choices) {
    int i = choices.indexOf(text);
    return names.contains(text) || i < 0 ? text : names.get(i);
  }

  /** A date as exports write it: {@code 2024-03-04}, or the date part of an ISO date-time with or without its zone. */
  static LocalDate date(String text) {
    String t = Check.parseable(text, "Date");
    try {
      if (t.length() <= 10) {
        return LocalDate.parse(t);
      }
      try {
        return OffsetDateTime.parse(t).toLocalDate();
      } catch (DateTimeParseException e) {
        return LocalDateTime.parse(t).toLocalDate();
      }
    } catch (DateTimeParseException e) {
      throw Check.refusal("Date", "an ISO date such as 2024-03-04 (or date-time 2024-03-04T07:15:00+07:00)", Check.quoted(text));
    }
  }

  // ---- score sheets ----

  /**
   * The scores a sheet gives the exercise's candidates on its criteria, as one scorecard of the
   * exercise's criteria and candidates with the sheet's scorers and scores added (the exercise's
   * own scores kept). Long and wide sheets are told apart by the columns: a {@code criterion} column
   * makes a long sheet.
   *
   * @throws FieldFormatException if the file is not CSV or XLSX, or its header lacks a column the
   *     form needs (in a wide sheet: one per criterion), or (with {@link OnError#STOP}) a row is bad
   */
  public ImportResult<Scorecard> scores(Path file, Scorecard exercise) {
    notNull(file, "file");
    notNull(exercise, "exercise");
    try (TabularFile table = TabularFile.open(file, sheet)) {
      Columns columns = new Columns(table.name(), table.header(), mapping);
      int scorer = columns.require("scorer");
      OptionalInt category = columns.find("category");
      return scores(table, columns, exercise, row -> scorer(row, scorer, category));
    }
  }

  /**
   * The scores of a form whose candidates are a repeat group, exported as two files: the
   * submissions (one per scorer: {@code scorer}, {@code category} and the submission's key) and the
   * repeat (one row per candidate, wide or long as {@link #scores(Path, Scorecard)} reads them,
   * with its parent's key). ODK Central joins them by {@code KEY} and {@code PARENT_KEY},
   * KoboToolbox by {@code _index} and {@code _parent_index}. The result counts the rows of both
   * files; a repeat row whose parent is missing or rejected is rejected.
   *
   * @throws FieldFormatException if a file is not CSV or XLSX or lacks the columns, or (with
   *     {@link OnError#STOP}) a row is bad
   */
  public ImportResult<Scorecard> scores(Path submissions, Path repeat, Scorecard exercise) {
    notNull(submissions, "submissions");
    notNull(repeat, "repeat");
    notNull(exercise, "exercise");
    Map<String, Scorer> parents = new LinkedHashMap<>();
    ImportResult<Scorer> scorers;
    try (TabularFile table = TabularFile.open(submissions, sheet)) {
      Columns columns = new Columns(table.name(), table.header(), mapping);
      int scorer = columns.require("scorer");
      OptionalInt category = columns.find("category");
      OptionalInt odkKey = columns.find("KEY");
      int key = odkKey.isPresent() ? odkKey.getAsInt() : columns.require("_index");
      scorers = read(table, columns, row -> {
        String k = row.required(key);
        Scorer s = scorer(row, scorer, category);
        if (parents.putIfAbsent(k, s) != null) {
          throw row.rejection(key, k, "A submission key no other submission has");
        }
        return s;
      });
    }
    try (TabularFile table = TabularFile.open(repeat, sheet)) {
      Columns columns = new Columns(table.name(), table.header(), mapping);
      OptionalInt odkParent = columns.find("PARENT_KEY");
      int parent = odkParent.isPresent() ? odkParent.getAsInt() : columns.require("_parent_index");
      ImportResult<Scorecard> scores = scores(table, columns, exercise, row -> {
        String k = row.required(parent);
        Scorer s = parents.get(k);
        if (s == null) {
          throw row.rejection(parent, k, "The key of a submission accepted from " + scorers.file());
        }
        return s;
      });
      List<RejectedRow> rejected = new ArrayList<>(scorers.rejected());
      rejected.addAll(scores.rejected());
      List<String> unused = new ArrayList<>(scorers.unusedColumns());
      scores.unusedColumns().forEach(c -> unused.add(scores.file() + ": " + c));
      return new ImportResult<>(scorers.file() + " + " + scores.file(), scores.records(),
          scorers.acceptedRows() + scores.acceptedRows(), rejected, unused);
    }
  }

  private static Scorer scorer(Row row, int scorer, OptionalInt category) {
    String who = row.required(scorer);
    String group = category.isPresent() ? row.text(category.getAsInt()).map(t -> row.as(category.getAsInt(),
        () -> category(t))).orElse("") : "";
    return row.as(scorer, () -> Scorer.of(who, group.isEmpty() ? "all" : group));
  }

  private ImportResult<Scorecard> scores(TabularFile table, Columns columns, Scorecard exercise,
      Function<Row, Scorer> scorerOf) {
    int candidate = columns.require("candidate");
    OptionalInt criterionColumn = columns.find("criterion");
    Map<Criterion, Integer> wide = new LinkedHashMap<>();
    int score;
    if (criterionColumn.isPresent()) {
      score = columns.require("score");
    } else {
      score = -1;
      for (int i = 0; i < exercise.criteria().size(); i++) {
        Criterion c = exercise.criteria().get(i);
        OptionalInt byName = columns.find(XlsForm.questionName(c, i));
        wide.put(c, byName.isPresent() ? byName.getAsInt() : columns.require(c.id()));
      }
    }
    Scorecard.Builder card = Scorecard.builder().criteria(exercise.criteria()).candidates(exercise.candidates());
    for (Scorer s : exercise.scorers()) {
      for (Candidate c : exercise.candidates()) {
        for (Criterion k : exercise.criteria()) {
          exercise.score(s, c, k).ifPresent(v -> card.score(s, c, k, v));
        }
      }
    }
    Set<String> given = new HashSet<>();
    ImportResult<Boolean> rows = read(table, columns, row -> {
      Scorer s = scorerOf.apply(row);
      Candidate c = row.as(candidate, () -> candidate(exercise, row.required(candidate)));
      Map<Criterion, BigDecimal> values = new LinkedHashMap<>();
      if (criterionColumn.isPresent()) {
        int k = criterionColumn.getAsInt();
        Criterion criterion = row.as(k, () -> exercise.criterion(row.required(k)));
        values.put(criterion, row.as(score, () -> value(criterion, row.required(score))));
      } else {
        wide.forEach((criterion, column) -> row.text(column).ifPresent(v -> values.put(criterion,
            row.as(column, () -> value(criterion, v)))));
      }
      List<String> keys = new ArrayList<>();
      for (Map.Entry<Criterion, BigDecimal> v : values.entrySet()) {
        String key = s.name() + "\u0000" + c.name() + "\u0000" + v.getKey().id();
        if (given.contains(key) || keys.contains(key) || exercise.score(s, c, v.getKey()).isPresent()) {
          throw row.rejection(criterionColumn.isPresent() ? score : wide.get(v.getKey()), v.getValue().toPlainString(),
              "A second score by " + s.name() + " for " + c.name() + " on " + v.getKey().name() + " (each is given once)");
        }
        keys.add(key);
      }
      // only a row accepted whole takes its place: a rejected row leaves no score behind
      given.addAll(keys);
      values.forEach((k, v) -> card.score(s, c, k, v));
      return Boolean.TRUE;
    });
    Scorecard built = card.build();
    return new ImportResult<>(rows.file(), List.of(built), rows.acceptedRows(), rows.rejected(), rows.unusedColumns());
  }

  /** A candidate by its name, or by its choice name in a form made by {@link XlsForm#scoring} ({@code k1_kaphon}). */
  private static Candidate candidate(Scorecard exercise, String text) {
    for (int i = 0; i < exercise.candidates().size(); i++) {
      Candidate c = exercise.candidates().get(i);
      if (c.name().equals(text) || XlsForm.candidateChoice(c, i).equals(text)) {
        return c;
      }
    }
    return exercise.candidate(text);
  }

  /**
   * A scorer's category: one of CHAIN's stakeholder categories by its name or label ({@code
   * local_supporter}, {@code local supporter}) becomes its label; any other text is the exercise's
   * own category and is kept as written.
   */
  private static String category(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
    for (StakeholderCategory c : StakeholderCategory.values()) {
      if (c.label().replace('-', ' ').equals(t) || c.name().toLowerCase(Locale.ROOT).replace('_', ' ').equals(t)) {
        return c.label();
      }
    }
    return text.strip();
  }

  /** A score as written: a number on the criterion's scale ({@code 3}, or {@code 3.4} where it admits decimals) or one of its codes. */
  private static BigDecimal value(Criterion criterion, String text) {
    String t = text.strip();
    if (t.matches("-?[0-9]{1,4}(\\.[0-9]{1,6})?")) {
      BigDecimal v = new BigDecimal(t);
      if (!criterion.scale().contains(v)) {
        throw Check.refusal("Score on " + criterion.name(), "on the scale " + criterion.scale(), t);
      }
      return v;
    }
    return BigDecimal.valueOf(criterion.scale().valueOf(t).orElseThrow(() -> Check.refusal("Score on " + criterion.name(),
        (criterion.scale().decimals() == 0 ? "a whole number" : "a number") + " or a code of the scale " + criterion.scale(),
        Check.quoted(text))));
  }

  // ---- rows ----

  /** Reads one row into a record, or refuses it with a {@link RowRejection}. */
  @FunctionalInterface
  interface RowReader<T> {
    T read(Row row);
  }

  private <T> ImportResult<T> read(TabularFile table, Columns columns, RowReader<T> reader) {
    return read(table, columns, null, reader);
  }

  /** Reads every row; accepted records go to {@code sink} when there is one, else into the result. */
  private <T> ImportResult<T> read(TabularFile table, Columns columns, Consumer<? super T> sink,
      RowReader<T> reader) {
    List<T> records = new ArrayList<>();
    List<RejectedRow> rejected = new ArrayList<>();
    int accepted = 0;
    while (table.hasNext()) {
      TabularFile.Line line = table.next();
      if (line.cells().stream().allMatch(String::isBlank)) {
        continue;
      }
      Row row = new Row(table.name(), line, columns);
      try {
        if (line.exact() && line.cells().size() != table.header().size()) {
          throw new RowRejection("", String.join(",", line.cells()).length() > 60 ? "" : String.join(",", line.cells()),
              "A row must have as many fields as the header (" + table.header().size() + ") but has " + line.cells().size()
                  + ": a delimiter or quote out of place?");
        }
        T record = reader.read(row);
        if (sink == null) {
          records.add(record);
        } else {
          sink.accept(record);
        }
        accepted++;
      } catch (RowRejection r) {
        RejectedRow rejection = RejectedRow.of(table.name(), line.where(), r.column, r.value, r.getMessage());
        if (onError == OnError.STOP) {
          throw new FieldFormatException(table.name() + " " + line.where(), rejection.detail().replaceFirst("^, |^: ", ""), null);
        }
        rejected.add(rejection);
      }
    }
    return new ImportResult<>(table.name(), records, accepted, rejected, columns.unused());
  }

  /** A refusal of one row: the column, the value and the rule. */
  static final class RowRejection extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String column;
    final String value;

    RowRejection(String column, String value, String rule) {
      super(rule, null, false, false);
      this.column = column;
      this.value = value;
    }
  }

  /** One data row being read. */
  static final class Row {
    private final String file;
    private final TabularFile.Line line;
    private final Columns columns;

    Row(String file, TabularFile.Line line, Columns columns) {
      this.file = file;
      this.line = line;
      this.columns = columns;
    }

    /** The cell's text, stripped; empty when the column is missing from the row, blank or {@code n/a}. */
    Optional<String> text(int column) {
      if (column < 0 || column >= line.cells().size()) {
        return Optional.empty();
      }
      String t = line.cells().get(column).strip();
      return t.isEmpty() || t.equalsIgnoreCase("n/a") ? Optional.empty() : Optional.of(t);
    }

    String required(int column) {
      return text(column).orElseThrow(() -> rejection(column, "", "A value is required in this column"));
    }

    RowRejection rejection(int column, String value, String rule) {
      return new RowRejection(column < 0 ? "" : columns.name(column), value, rule);
    }

    /** Runs a factory; its refusal rejects the row at this column, with the cell's value. */
    <T> T as(int column, Supplier<T> factory) {
      try {
        return factory.get();
      } catch (RowRejection r) {
        throw r;
      } catch (IllegalArgumentException | IllegalStateException | ArithmeticException | NullPointerException e) {
        throw rejection(column, column < 0 || column >= line.cells().size() ? "" : line.cells().get(column),
            String.valueOf(e.getMessage()));
      }
    }

    @Override
    public String toString() {
      return file + " " + line.where();
    }
  }
}
