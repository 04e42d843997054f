/**
 * Field data in and out: member registers, score sheets and deliveries read from the CSV and XLSX
 * exports of KoboToolbox and ODK Central; report tables written to CSV and XLSX for Excel or
 * LibreOffice; XLSForm questionnaires generated for the data the method collects.
 *
 * <p>{@link org.agricluster.field.FieldImport} reads; every row read ends up exactly once, accepted
 * or rejected with its file, line (or sheet and row), column, value and the rule it broke, in an
 * {@link org.agricluster.field.ImportResult}. {@link org.agricluster.field.TableExport} writes;
 * {@link org.agricluster.field.XlsForm} makes forms.
 *
 * <p>A KoboToolbox export of a scoring form, read into the exercise it was made for, to a ranked
 * table:
 *
 * <pre>{@code
 * ImportResult<Scorecard> sheet = FieldImport.defaults().scores(Path.of("kobo-sesan-scores.csv"), villages);
 * System.out.println(sheet.report());               // rows read, accepted, rejected and why
 * System.out.println(ScoringTables.ranking(sheet.records().get(0).ranking()).toText());
 * XlsForm.scoring(villages, "sesan_scoring", "2026-12").write(Path.of("scoring.xlsx"));  // the next round
 * }</pre>
 *
 * <p>This package sits at the top of the library beside {@code json}: it reads the domain packages
 * and {@code report}, and none of them reads it. It is the only package that needs FastCSV and
 * FastExcel, optional dependencies.
 *
 * <p>Null policy: no method accepts or returns {@code null}; a null argument is refused with a
 * {@link java.lang.NullPointerException} naming it.
 */
@AgriStyle
package org.agricluster.field;

import org.agricluster.internal.AgriStyle;
