package org.agricluster.report;

import static org.agricluster.internal.Check.notNull;

import org.agricluster.audit.Audit;
import org.agricluster.audit.Finding;

/** The findings of any audit as one table: figure, printed, computed, verdict (with the difference), check. */
public final class AuditTables {
  private AuditTables() {}

  /** One row per printed figure; the notes count the errors and their consequences. */
  public static Table findings(Audit audit) {
    notNull(audit, "audit");
    Table.Builder t = Table.builder("Audit: " + audit.title()).column("Figure", Table.Align.LEFT)
        .column("Printed", Table.Align.RIGHT).column("Computed", Table.Align.RIGHT)
        .column("Verdict", Table.Align.LEFT).column("Check", Table.Align.LEFT);
    for (Finding f : audit.findings()) {
      t.row(f.label(), f.printed().text(), f.computedText(), f.explanation(), f.note());
    }
    return t.note(audit.isClean() ? "Every printed figure agrees with the model at its printed precision."
        : audit.wrong().size() + " wrong at the source, " + audit.consequences().size() + " following from them.").build();
  }
}
