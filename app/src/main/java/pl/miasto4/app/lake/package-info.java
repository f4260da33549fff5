/**
 * The event lake beside the store (module {@code lake}: Parquet files on DuckDB, SQL recipes): ingest of
 * event batches and recipe runs whose indicator values go into the store through the normal
 * all-or-nothing import ({@code importing}), so history, provenance and audit apply. docs/lake.md.
 */
package pl.miasto4.app.lake;
