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
 * <h2>The method, step by step, and its types</h2>
 *
 * <p>The four steps of the CHAIN guide (<i>Facilitating Agribusiness Cluster Development</i>, §5.1–5.4),
 * and where each lives in the library:
 *
 * <ol>
 *   <li><b>Rapid mapping</b> (§5.1, Annexes 1–3): who is in the chain and how produce and money flow.
 *       {@link org.agricluster.strategy.RapidMapping} with its {@link org.agricluster.strategy.MappingActivity
 *       activities}, {@link org.agricluster.strategy.Interview interviews} and
 *       {@link org.agricluster.strategy.FieldVisit field visits}; the {@link org.agricluster.actor.Actor
 *       actors} it finds, each with its {@link org.agricluster.actor.Role roles}; the
 *       {@link org.agricluster.economics.ChainFlow chain flow} of volumes and margins.</li>
 *   <li><b>Selection and mobilisation</b> (§5.2, Annex 4): which areas and commodities to work in, and
 *       who joins. {@link org.agricluster.scoring.CriteriaTemplates} and a
 *       {@link org.agricluster.scoring.Scorecard} give a {@link org.agricluster.scoring.Ranking} and a
 *       {@link org.agricluster.scoring.Selection}; {@link org.agricluster.strategy.ClusterFormation}
 *       forms the {@link org.agricluster.cluster.Cluster} and its
 *       {@link org.agricluster.cluster.ProducerGroup producer groups}; the scores come from the field
 *       through {@link org.agricluster.field.XlsForm} and {@link org.agricluster.field.FieldImport}.</li>
 *   <li><b>Multi-stakeholder platform and collective business strategy</b> (§5.3, Annex 5): what the
 *       actors offer each other and agree. {@link org.agricluster.strategy.ValueProposition},
 *       {@link org.agricluster.strategy.Meeting}, {@link org.agricluster.strategy.CollectiveStrategy}
 *       with its {@link org.agricluster.strategy.Commitment commitments},
 *       {@link org.agricluster.strategy.ContractFarmingAgreement}; the numbers behind them:
 *       {@link org.agricluster.economics.CropBudget crop budgets and gross margins} and a
 *       {@link org.agricluster.calendar.Planner planting plan} that meets a buyer's weekly
 *       {@link org.agricluster.calendar.DemandCalendar demand}.</li>
 *   <li><b>Backstopping and the working document</b> (§5.4, Annex 6): what was done and how the cluster
 *       is doing. {@link org.agricluster.strategy.Action actions} with their status history, the
 *       {@link org.agricluster.strategy.WorkingFile working file}, the collection point's
 *       {@link org.agricluster.economics.CollectionLedger ledger} and
 *       {@link org.agricluster.economics.MemberStatement member statements}, the
 *       {@link org.agricluster.cluster.InclusionReport inclusion report}, and
 *       {@link org.agricluster.audit.PublishedTable audits} of the figures a report prints.</li>
 * </ol>
 *
 * <p>Every result renders as a table ({@code org.agricluster.report}), saves as JSON
 * ({@link org.agricluster.json.AgriJson}) and exports for Excel
 * ({@link org.agricluster.field.TableExport}).
 *
 * <h2>Architecture</h2>
 *
 * <p>Dependencies between the packages point one way; an architecture test in the build keeps it so:
 *
 * <pre>
 * measure ─┬─&gt; actor ──&gt; cluster ──┐
 *          ├─&gt; economics ──────────┤
 *          ├─&gt; calendar ───────────┼─&gt; strategy ──&gt; report, json, field
 * scoring (generic, depends only on audit) ──────┘
 * measure ──&gt; audit (printed figures checked; read by scoring, economics and above)
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
  // static and not transitive: the Immutables annotations are for our compiler only; a user's module
  // compiles and runs without them (.ci/consumer-check)
  requires static org.immutables.value.annotations;
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
