/**
 * AgriCluster: an embeddable library for agribusiness clusters (CHAIN "Facilitating Agribusiness
 * Cluster Development" guide; Oxfam Khatlon producer groups).
 *
 * <p>Exported packages:
 * <ul>
 *   <li>{@link org.agricluster.measure} — exact money, exchange rates, area, mass, prices, yields
 *       and shares.</li>
 *   <li>{@link org.agricluster.audit} — published figures (subtotals, totals, shares, changes, ratios,
 *       per-area figures) checked against the model at their printed precision.</li>
 *   <li>{@link org.agricluster.actor} — actors, roles, stakeholder categories, locations.</li>
 *   <li>{@link org.agricluster.calendar} — production and sourcing calendars and the planting planner.</li>
 *   <li>{@link org.agricluster.cluster} — producer groups, clusters, apex platforms, inclusion.</li>
 *   <li>{@link org.agricluster.economics} — crop budgets, simplified gross margins, scenarios,
 *       chain margins and the collection point.</li>
 *   <li>{@link org.agricluster.scoring} — scales, criteria, scorecards, rankings, selections and
 *       weighted assessments; knows nothing of farming.</li>
 *   <li>{@link org.agricluster.strategy} — value propositions, agreements, strategy, actions, MSP meetings.</li>
 *   <li>{@link org.agricluster.report} — plain-text and Markdown tables of the results.</li>
 *   <li>{@link org.agricluster.json} — JSON documents with published schemas, for other tools (needs
 *       Jackson 3, an optional dependency).</li>
 *   <li>{@link org.agricluster.field} — KoboToolbox and ODK exports (CSV, XLSX) read into the model,
 *       tables written for Excel, XLSForm questionnaires (needs FastCSV and FastExcel, optional
 *       dependencies).</li>
 * </ul>
 *
 * <h2>Architecture</h2>
 *
 * <p>Dependencies between the packages point one way; an architecture test in the build keeps it so:
 *
 * <pre>
 * measure ─┬─&gt; actor ──&gt; cluster ──┐
 *          ├─&gt; economics ──────────┤
 *          ├─&gt; calendar ───────────┼─&gt; strategy ──&gt; report, json, field
 * scoring (generic, depends on nothing of ours) ─┘
 * </pre>
 *
 * <p>{@code calendar} and {@code economics} may refer to actors, never to clusters, strategy or
 * reports; {@code report} reads everything and nothing reads it; {@code scoring} scores any candidate
 * and knows nothing of farming. Shared checks and arithmetic live in a non-exported
 * {@code internal} package that no exported signature mentions. Where to add things: a new quantity
 * or unit in {@code measure}; who takes part in {@code actor}; groups and governance in
 * {@code cluster}; anything scored or ranked in {@code scoring}; time and supply in
 * {@code calendar}; money flows in {@code economics}; what the stakeholders agree in
 * {@code strategy}; renderings in {@code report}; data exchange in {@code json}, and field data
 * (tables in and out, forms) in {@code field}, beside {@code report}, reading the domain packages
 * and read by none of them; only {@code json} knows Jackson, only {@code field} FastCSV and
 * FastExcel.
 *
 * <p>Runtime dependency: Guava only; Jackson 3 only for {@code org.agricluster.json}; FastCSV
 * and FastExcel only for {@code org.agricluster.field}. The Immutables
 * annotations are needed at compile time only.
 */
module org.agricluster {
  requires transitive com.google.common;
  // static: compile time only; transitive: the annotations on exported types resolve for
  // clients that compile against them
  requires static transitive org.immutables.value.annotations;
  // static: JSON exchange is optional; a user who never calls org.agricluster.json needs no Jackson
  requires static tools.jackson.databind;
  // static: field data (CSV, XLSX, XLSForm) is optional too; only org.agricluster.field needs them
  requires static de.siegmar.fastcsv;
  requires static org.dhatim.fastexcel;
  requires static org.dhatim.fastexcel.reader;

  exports org.agricluster.measure;
  exports org.agricluster.audit;
  exports org.agricluster.actor;
  exports org.agricluster.calendar;
  exports org.agricluster.cluster;
  exports org.agricluster.economics;
  exports org.agricluster.scoring;
  exports org.agricluster.strategy;
  exports org.agricluster.report;
  exports org.agricluster.json;
  exports org.agricluster.field;
}
