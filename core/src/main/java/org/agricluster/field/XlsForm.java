package org.agricluster.field;

import static org.agricluster.internal.Check.notNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.agricluster.actor.StakeholderCategory;
import org.agricluster.economics.GradePrices;
import org.agricluster.internal.Check;
import org.agricluster.scoring.Candidate;
import org.agricluster.scoring.Criterion;
import org.agricluster.scoring.Scale;
import org.agricluster.scoring.Scorecard;
import org.dhatim.fastexcel.Worksheet;

/**
 * An XLSForm: the spreadsheet form definition that KoboToolbox and ODK Collect turn into a phone
 * questionnaire — a {@code survey} sheet of questions, a {@code choices} sheet of the answer lists,
 * a {@code settings} sheet with the form's id and version.
 *
 * <pre>{@code
 * XlsForm form = XlsForm.scoring(exercise, "sesan_villages", "2024-02");
 * form.write(Path.of("sesan-scoring.xlsx"));    // upload to KoboToolbox, fill in on phones
 * // … export the submissions as CSV or XLSX (XML values and headers), then:
 * FieldImport.defaults().scores(Path.of("export.csv"), exercise).records().get(0).ranking();
 * }</pre>
 *
 * <p>{@link #problems()} checks a form against the XLSForm specification: the three sheets and
 * their columns; known question types; names that are XML names, unique in the survey and within
 * each list; every {@code select_one}/{@code select_multiple} list defined in choices; {@code
 * constraint} and {@code relevant} expressions with balanced brackets and quotes; {@code form_id}
 * and {@code version} set. {@link #read} reads a form back from its workbook.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class XlsForm {
  /** The survey sheet's columns, in order. */
  public static final ImmutableList<String> SURVEY_COLUMNS = ImmutableList.of("type", "name", "label", "hint", "required",
      "constraint", "constraint_message", "relevant");
  /** The choices sheet's columns, in order. */
  public static final ImmutableList<String> CHOICES_COLUMNS = ImmutableList.of("list_name", "name", "label");
  /** The settings sheet's columns, in order. */
  public static final ImmutableList<String> SETTINGS_COLUMNS = ImmutableList.of("form_title", "form_id", "version");

  private static final Set<String> TYPES = Set.of("text", "integer", "decimal", "date", "note", "calculate", "geopoint",
      "begin_group", "end_group", "begin group", "end group", "start", "end", "today", "deviceid", "phonenumber");
  private static final Pattern XML_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");

  private final ImmutableList<ImmutableMap<String, String>> survey;
  private final ImmutableList<ImmutableMap<String, String>> choices;
  private final ImmutableMap<String, String> settings;

  private XlsForm(List<ImmutableMap<String, String>> survey, List<ImmutableMap<String, String>> choices,
      ImmutableMap<String, String> settings) {
    this.survey = ImmutableList.copyOf(survey);
    this.choices = ImmutableList.copyOf(choices);
    this.settings = settings;
  }

  /**
   * The scoring sheet of an exercise: one submission per scorer × candidate, with the scorer's name
   * and stakeholder category, the candidate (a select_one of the exercise's candidates) and one
   * question per criterion — a select_one of the scale's labels when it has them, else an integer
   * constrained to the scale (a decimal where the scale {@linkplain Scale#withDecimals(int) admits decimals}).
   *
   * @param formId the form's id ({@code sesan_villages}): letters, digits and underscores, starting with a letter
   * @param version the form's version ({@code 2024-02}), not blank
   * @throws IllegalArgumentException if the form id or version is not allowed
   */
  public static XlsForm scoring(Scorecard exercise, String formId, String version) {
    notNull(exercise, "exercise");
    checkId(formId);
    Check.name(notNull(version, "version"), "Version of a form");
    List<ImmutableMap<String, String>> survey = new ArrayList<>();
    List<ImmutableMap<String, String>> choices = new ArrayList<>();
    survey.add(question("text", "scorer", "Your name", "", "", ""));
    survey.add(question("select_one categories", "category", "Your stakeholder category", "", "", ""));
    survey.add(question("select_one candidates", "candidate", "Which candidate are you scoring?", "", "", ""));
    for (StakeholderCategory c : StakeholderCategory.values()) {
      choices.add(choice("categories", c.name().toLowerCase(Locale.ROOT), c.label()));
    }
    for (int i = 0; i < exercise.candidates().size(); i++) {
      Candidate c = exercise.candidates().get(i);
      choices.add(choice("candidates", candidateChoice(c, i), c.name() + (c.description().isEmpty() ? "" : " (" + c.description()
          + ")")));
    }
    for (int i = 0; i < exercise.criteria().size(); i++) {
      Criterion c = exercise.criteria().get(i);
      Scale scale = c.scale();
      String name = questionName(c, i);
      String label = c.name() + (c.description().isEmpty() ? "" : ": " + c.description());
      if (scale.decimals() > 0) {
        survey.add(question("decimal", name, label, scale.range(), ". >= " + scale.min() + " and . <= " + scale.max(),
            "A score from " + scale.min() + " to " + scale.max() + ", to at most " + scale.decimals() + " decimal"
            + (scale.decimals() == 1 ? "" : "s")));
      } else if (isUnlabelled(scale)) {
        survey.add(question("integer", name, label, scale.range(), ". >= " + scale.min() + " and . <= " + scale.max(),
            "A score from " + scale.min() + " to " + scale.max()));
      } else {
        String list = "scale_" + (i + 1);
        survey.add(question("select_one " + list, name, label, "", "", ""));
        for (int v = scale.min(); v <= scale.max(); v++) {
          choices.add(choice(list, String.valueOf(v), v + " " + scale.label(v)));
        }
      }
    }
    ImmutableMap<String, String> settings = ImmutableMap.of("form_title", "Scoring: " + exercise.criteria().size()
        + " criteria, " + exercise.candidates().size() + " candidates", "form_id", formId, "version", version.strip());
    return new XlsForm(survey, choices, settings);
  }

  /**
   * A member registration form for a cluster's register, read back by {@link FieldImport#members}:
   * member id, name, gender, roles, the place (province, district, commune, village), phone, land
   * in m², water source, crops (a select_multiple of {@code crops}), producer group id and name.
   *
   * @param crops the crops members may tick, as the library names them ("choy sum")
   * @throws IllegalArgumentException if the form id or version is not allowed, or a crop is blank or
   *     named twice
   */
  public static XlsForm registration(List<String> crops, String formId, String version) {
    notNull(crops, "crops");
    checkId(formId);
    Check.name(notNull(version, "version"), "Version of a form");
    List<ImmutableMap<String, String>> survey = new ArrayList<>();
    List<ImmutableMap<String, String>> choices = new ArrayList<>();
    survey.add(question("text", "member_id", "Member id (letters, digits, - _ .)", "", "regex(., '^[A-Za-z0-9._-]+$')",
        "Letters, digits, '.', '_' or '-' only"));
    survey.add(question("text", "name", "Full name", "", "", ""));
    survey.add(optional(question("select_one gender", "gender", "Gender", "", "", "")));
    survey.add(question("select_multiple roles", "roles", "Roles in the value chain (the first is the main one)", "", "", ""));
    survey.add(optional(question("text", "province", "Province", "", "", "")));
    survey.add(optional(question("text", "district", "District", "", "", "")));
    survey.add(optional(question("text", "commune", "Commune", "", "", "")));
    survey.add(optional(question("text", "village", "Village", "", "", "")));
    survey.add(optional(question("text", "phone", "Phone", "", "", "")));
    survey.add(optional(question("decimal", "land_m2", "Land farmed, in m²", "", ". >= 0", "Land cannot be negative")));
    survey.add(optional(question("text", "water_source", "Water source", "", "", "")));
    survey.add(optional(question("select_multiple crops", "crops", "Crops grown", "", "", "")));
    survey.add(optional(question("text", "group_id", "Producer group id", "", "", "")));
    survey.add(optional(question("text", "group_name", "Producer group name", "", "", "")));
    choices.add(choice("gender", "female", "Female"));
    choices.add(choice("gender", "male", "Male"));
    for (org.agricluster.actor.Role role : org.agricluster.actor.Role.values()) {
      choices.add(choice("roles", role.name().toLowerCase(Locale.ROOT), role.label()));
    }
    List<String> names = choiceNames(crops, "Crop");
    for (int i = 0; i < crops.size(); i++) {
      choices.add(choice("crops", names.get(i), crops.get(i).strip()));
    }
    return new XlsForm(survey, choices, ImmutableMap.of("form_title", "Member registration", "form_id", formId, "version",
        version.strip()));
  }

  /**
   * A collection-point delivery record, read back by {@link FieldImport#deliveries(Path,
   * GradePrices)}: the date, the member (a select_one of the register's ids), the crop and grade of
   * the buyer's price book, the kilograms weighed.
   *
   * @param members the member ids of the register, which are also the choice names
   * @throws IllegalArgumentException if the form id or version is not allowed, or there is no member
   *     or a member id is not an actor id or appears twice
   */
  public static XlsForm delivery(GradePrices prices, List<String> members, String formId, String version) {
    notNull(prices, "prices");
    notNull(members, "members");
    checkId(formId);
    Check.name(notNull(version, "version"), "Version of a form");
    if (members.isEmpty()) {
      throw Check.refusal("Members of a delivery form", "at least one", "none");
    }
    List<ImmutableMap<String, String>> survey = new ArrayList<>();
    List<ImmutableMap<String, String>> choices = new ArrayList<>();
    survey.add(question("date", "date", "Date of delivery", "", "", ""));
    survey.add(question("select_one members", "member", "Member", "", "", ""));
    survey.add(question("select_one crops", "crop", "Crop", "", "", ""));
    survey.add(question("select_one grades", "grade", "Grade", "", "", ""));
    survey.add(question("decimal", "kg", "Kilograms weighed", "", ". > 0", "Weigh more than 0 kg"));
    Set<String> ids = new HashSet<>();
    for (String id : members) {
      if (!notNull(id, "member").matches("[A-Za-z0-9._-]+") || !ids.add(id)) {
        throw Check.refusal("Member id of a delivery form", "letters, digits, '.', '_' or '-', each id once", Check.quoted(id));
      }
      choices.add(choice("members", id, id));
    }
    List<String> crops = List.copyOf(prices.byCrop().keySet());
    List<String> cropNames = choiceNames(crops, "Crop");
    for (int i = 0; i < crops.size(); i++) {
      choices.add(choice("crops", cropNames.get(i), crops.get(i)));
    }
    List<String> grades = grades(prices);
    List<String> gradeNames = choiceNames(grades, "Grade");
    for (int i = 0; i < grades.size(); i++) {
      choices.add(choice("grades", gradeNames.get(i), grades.get(i)));
    }
    return new XlsForm(survey, choices, ImmutableMap.of("form_title", "Collection-point deliveries", "form_id", formId,
        "version", version.strip()));
  }

  /** The grades of a price book, each once, in order of first appearance. */
  static List<String> grades(GradePrices prices) {
    Set<String> grades = new java.util.LinkedHashSet<>();
    prices.byCrop().values().forEach(g -> grades.addAll(g.keySet()));
    return List.copyOf(grades);
  }

  /**
   * The choice names of a list of texts: each text in ASCII letters, digits and underscores
   * ({@code choy sum} → {@code choy_sum}), at most 40 characters; a text with no such character, or
   * whose name an earlier one took, gets its position ({@code option_3}, {@code choy_sum_3}).
   *
   * @throws IllegalArgumentException if a text is blank or appears twice
   */
  public static List<String> choiceNames(List<String> texts) {
    return choiceNames(texts, "Choice");
  }

  /** {@link #choiceNames(List)}, naming the kind of text in its refusals ("Crop"). */
  static List<String> choiceNames(List<String> texts, String thing) {
    notNull(texts, "texts");
    notNull(thing, "thing");
    List<String> names = new ArrayList<>();
    Set<String> seenTexts = new HashSet<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < texts.size(); i++) {
      String text = Check.name(notNull(texts.get(i), "text"), thing);
      if (!seenTexts.add(text)) {
        throw Check.refusal(thing + "s of a form", "each named once", Check.quoted(text) + " twice");
      }
      String slug = slug(text);
      String name = slug.isEmpty() ? "option_" + (i + 1) : slug;
      if (!seen.add(name)) {
        name = name + "_" + (i + 1);
        seen.add(name);
      }
      names.add(name);
    }
    return names;
  }

  private static ImmutableMap<String, String> optional(ImmutableMap<String, String> question) {
    Map<String, String> row = new LinkedHashMap<>(question);
    row.put("required", "");
    return ImmutableMap.copyOf(row);
  }

  /** Whether a scale's labels are only its numbers ({@link Scale#of}). */
  private static boolean isUnlabelled(Scale scale) {
    for (int v = scale.min(); v <= scale.max(); v++) {
      if (!scale.label(v).equals(Integer.toString(v))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The survey name of a criterion's question: {@code c1_market_potential} — its position and its
   * id in ASCII letters, digits and underscores (at most 40 characters), so an XML name.
   */
  public static String questionName(Criterion criterion, int index) {
    notNull(criterion, "criterion");
    String slug = slug(criterion.id());
    return "c" + (index + 1) + (slug.isEmpty() ? "" : "_" + slug);
  }

  /** The choice name of a candidate in a scoring form: {@code k1_kaphon}, its position and name in ASCII. */
  public static String candidateChoice(Candidate candidate, int index) {
    notNull(candidate, "candidate");
    String slug = slug(candidate.name().toLowerCase(Locale.ROOT));
    return "k" + (index + 1) + (slug.isEmpty() ? "" : "_" + slug);
  }

  /** A text in ASCII letters, digits and underscores, at most 40 characters: {@code choy sum} → {@code choy_sum}. */
  private static String slug(String text) {
    String slug = text.replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_+|_+$", "");
    return slug.length() > 40 ? slug.substring(0, 40) : slug;
  }

  private static void checkId(String formId) {
    notNull(formId, "formId");
    if (!formId.matches("[A-Za-z][A-Za-z0-9_]{0,99}")) {
      throw Check.refusal("Form id", "letters, digits and underscores, starting with a letter (at most 100)", Check.quoted(formId));
    }
  }

  private static ImmutableMap<String, String> question(String type, String name, String label, String hint, String constraint,
      String message) {
    Map<String, String> row = new LinkedHashMap<>();
    row.put("type", type);
    row.put("name", name);
    row.put("label", label);
    row.put("hint", hint);
    row.put("required", type.equals("note") ? "" : "yes");
    row.put("constraint", constraint);
    row.put("constraint_message", message);
    row.put("relevant", "");
    return ImmutableMap.copyOf(row);
  }

  private static ImmutableMap<String, String> choice(String list, String name, String label) {
    return ImmutableMap.of("list_name", list, "name", name, "label", label);
  }

  /** The survey sheet's rows, each a map from column to cell (empty cells as ""). */
  public ImmutableList<ImmutableMap<String, String>> survey() {
    return survey;
  }

  /** The choices sheet's rows. */
  public ImmutableList<ImmutableMap<String, String>> choices() {
    return choices;
  }

  /** The settings: {@code form_title}, {@code form_id}, {@code version}. */
  public ImmutableMap<String, String> settings() {
    return settings;
  }

  /** The question names of the survey, in order. */
  public ImmutableList<String> questionNames() {
    return survey.stream().map(r -> r.getOrDefault("name", "")).collect(ImmutableList.toImmutableList());
  }

  /** The choices of a list ({@code candidates}), name → label, in order. */
  public ImmutableMap<String, String> choices(String list) {
    notNull(list, "list");
    Map<String, String> result = new LinkedHashMap<>();
    choices.stream().filter(r -> list.equals(r.get("list_name"))).forEach(r -> result.put(r.get("name"), r.get("label")));
    return ImmutableMap.copyOf(result);
  }

  /**
   * What this form breaks of the XLSForm specification, one sentence each; empty for a form that
   * KoboToolbox and ODK accept.
   */
  public ImmutableList<String> problems() {
    List<String> problems = new ArrayList<>();
    if (!settings.getOrDefault("form_id", "").matches("[A-Za-z][A-Za-z0-9_]*")) {
      problems.add("settings: form_id must be set to a name, but is " + Check.quoted(settings.getOrDefault("form_id", "")));
    }
    if (settings.getOrDefault("version", "").isBlank()) {
      problems.add("settings: version must be set");
    }
    Map<String, Set<String>> lists = new HashMap<>();
    for (int i = 0; i < choices.size(); i++) {
      Map<String, String> r = choices.get(i);
      String list = r.getOrDefault("list_name", "");
      String name = r.getOrDefault("name", "");
      if (!XML_NAME.matcher(list).matches()) {
        problems.add("choices row " + (i + 2) + ": list_name " + Check.quoted(list) + " is not a name");
      }
      if (name.isBlank() || name.chars().anyMatch(Character::isWhitespace)) {
        problems.add("choices row " + (i + 2) + ": name " + Check.quoted(name) + " must be set, without spaces");
      }
      if (r.getOrDefault("label", "").isBlank()) {
        problems.add("choices row " + (i + 2) + ": label must be set");
      }
      if (!lists.computeIfAbsent(list, l -> new HashSet<>()).add(name)) {
        problems.add("choices row " + (i + 2) + ": name " + Check.quoted(name) + " appears twice in list " + list);
      }
    }
    Set<String> names = new HashSet<>();
    int depth = 0;
    for (int i = 0; i < survey.size(); i++) {
      Map<String, String> r = survey.get(i);
      String where = "survey row " + (i + 2);
      String type = r.getOrDefault("type", "").strip();
      String name = r.getOrDefault("name", "");
      String[] parts = type.split("\\s+");
      if (parts[0].equals("select_one") || parts[0].equals("select_multiple")) {
        if (parts.length != 2) {
          problems.add(where + ": type " + Check.quoted(type) + " must name one list");
        } else if (!lists.containsKey(parts[1])) {
          problems.add(where + ": list " + parts[1] + " is not defined in choices");
        }
      } else if (!TYPES.contains(type)) {
        problems.add(where + ": type " + Check.quoted(type) + " is not a question type");
      }
      depth += type.startsWith("begin") ? 1 : type.startsWith("end_group") || type.equals("end group") ? -1 : 0;
      if (type.startsWith("end") && type.contains("group")) {
        continue;
      }
      if (!XML_NAME.matcher(name).matches()) {
        problems.add(where + ": name " + Check.quoted(name) + " is not an XML name (a letter or _, then letters, digits, _ - .)");
      } else if (!names.add(name)) {
        problems.add(where + ": name " + name + " appears twice");
      }
      if (r.getOrDefault("label", "").isBlank() && !Set.of("calculate", "start", "end", "today", "deviceid").contains(type)) {
        problems.add(where + ": question " + name + " needs a label");
      }
      for (String column : List.of("constraint", "relevant")) {
        String expression = r.getOrDefault(column, "");
        Optional<String> fault = expressionFault(expression);
        fault.ifPresent(f -> problems.add(where + ": " + column + " " + Check.quoted(expression) + " " + f));
      }
      if (!r.getOrDefault("constraint_message", "").isEmpty() && r.getOrDefault("constraint", "").isEmpty()) {
        problems.add(where + ": constraint_message without a constraint");
      }
    }
    if (depth != 0) {
      problems.add("survey: begin_group and end_group do not pair up");
    }
    if (survey.isEmpty()) {
      problems.add("survey: no question");
    }
    return ImmutableList.copyOf(problems);
  }

  /** Brackets balanced, quotes closed, no empty operand around and/or: the faults pyxform refuses first. */
  private static Optional<String> expressionFault(String expression) {
    if (expression.isBlank()) {
      return Optional.empty();
    }
    int depth = 0;
    char quote = 0;
    for (char c : expression.toCharArray()) {
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth < 0) {
        return Optional.of("closes a bracket it never opened");
      }
    }
    if (quote != 0) {
      return Optional.of("leaves a quote open");
    }
    if (depth != 0) {
      return Optional.of("leaves a bracket open");
    }
    String t = " " + expression.strip() + " ";
    if (t.matches("(?s)\\s(and|or)\\s.*") || t.matches("(?s).*\\s(and|or)\\s") || t.contains(" and and ")) {
      return Optional.of("has an operator without an operand");
    }
    return Optional.empty();
  }

  /** Writes the form as an XLSX workbook with the sheets survey, choices and settings; whole or not at all. */
  public void write(Path file) {
    notNull(file, "file");
    Xlsx.write(file, workbook -> {
      sheet(workbook.newWorksheet("survey"), SURVEY_COLUMNS, survey);
      sheet(workbook.newWorksheet("choices"), CHOICES_COLUMNS, choices);
      sheet(workbook.newWorksheet("settings"), SETTINGS_COLUMNS, List.of(settings));
    });
  }

  private static void sheet(Worksheet ws, List<String> columns, List<? extends Map<String, String>> rows) {
    for (int c = 0; c < columns.size(); c++) {
      ws.value(0, c, columns.get(c));
      ws.style(0, c).bold().set();
    }
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < columns.size(); c++) {
        String value = rows.get(r).getOrDefault(columns.get(c), "");
        if (!value.isEmpty()) {
          ws.value(r + 1, c, value);
        }
      }
    }
    ws.freezePane(0, 1);
  }

  /**
   * Reads a form back from its workbook: the sheets survey, choices and settings, each by its
   * header row.
   *
   * @throws FieldFormatException if the file is not an XLSX workbook or lacks one of the sheets
   */
  public static XlsForm read(Path file) {
    notNull(file, "file");
    List<ImmutableMap<String, String>> survey = rows(file, "survey");
    List<ImmutableMap<String, String>> choices = rows(file, "choices");
    List<ImmutableMap<String, String>> settings = rows(file, "settings");
    return new XlsForm(survey, choices, settings.isEmpty() ? ImmutableMap.of() : settings.get(0));
  }

  private static List<ImmutableMap<String, String>> rows(Path file, String sheet) {
    List<ImmutableMap<String, String>> rows = new ArrayList<>();
    try (TabularFile table = TabularFile.open(file, Optional.of(sheet))) {
      List<String> header = table.header();
      while (table.hasNext()) {
        List<String> cells = table.next().cells();
        Map<String, String> row = new LinkedHashMap<>();
        for (int c = 0; c < header.size(); c++) {
          row.put(header.get(c), c < cells.size() ? cells.get(c) : "");
        }
        rows.add(ImmutableMap.copyOf(row));
      }
    }
    return rows;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof XlsForm o && survey.equals(o.survey) && choices.equals(o.choices) && settings.equals(o.settings);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(survey, choices, settings);
  }

  /** {@code XlsForm{sesan_villages 2024-02: 8 questions, 14 choices}}. */
  @Override
  public String toString() {
    return "XlsForm{" + settings.getOrDefault("form_id", "?") + " " + settings.getOrDefault("version", "?") + ": "
        + survey.size() + " questions, " + choices.size() + " choices}";
  }
}
