/**
 * Imports of observation files, all or nothing: {@code ImportService} looks at the file once and takes
 * {@code StraightInImport} (one COPY into the current values) or {@code ComparingImport} (staging table,
 * set-based compare); SQL in {@code ObservationImportRepository}, {@code ImportBatchRepository},
 * {@code WideImportRepository}. Page, API and {@code import} command call the service. Uses audit.
 */
package pl.miasto4.app.importing;
