package pl.miasto4.app.importing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import pl.miasto4.app.audit.AuditTrail;
import pl.miasto4.app.db.CopyRows;
import pl.miasto4.indicator.io.LongFileReader;
import pl.miasto4.indicator.io.ObservationRecord;
import pl.miasto4.indicator.io.ReadResult;
import pl.miasto4.tabular.RowSource;
import pl.miasto4.tabular.TabularException;
import pl.miasto4.tabular.TabularReader;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Imports observation files into the store, all or nothing.
 *
 * <p>A long-format file is first streamed with {@code COPY} straight into the current values, on
 * the assumption that every key in it is new (the usual case for a large first import). If the
 * store refuses a row because its key is already there (or the file repeats a key), that attempt
 * is rolled back to its savepoint and the file is read again along the general path below.
 *
 * <p>General path: rows are validated while they stream into a temporary staging table with
 * {@code COPY}; a file with any problem is rolled back whole. A valid file is compared with the
 * current values in set-based statements: new keys are inserted, changed values supersede the old
 * version (kept in {@code observation_history}), identical values are left alone, so re-importing a
 * file changes nothing.
 *
 * <p>Imports take a transaction-scoped advisory lock before they write, so concurrent imports of
 * overlapping files are applied one after the other and the store stays consistent.
 */
@Service
public class ImportService {
    private static final Logger log = LoggerFactory.getLogger(ImportService.class);
    /** Key of the advisory lock that serialises the compare-and-write step of imports. */
    private static final long IMPORT_LOCK = 0x4d69617374_6f4cL;
    private static final int SAMPLE_CHANGES = 50;
    private static final String CURRENT_COLUMNS = """
            unit_id, indicator_id, period, period_start, value, provisional, estimated, break_in_series, confidential, \
            source, batch_id, recorded_at""";

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final AuditTrail audit;
    private final long maxBytes;

    public ImportService(DataSource dataSource, JdbcClient jdbc, TransactionTemplate tx, AuditTrail audit,
                         @Value("${miasto.import.max-bytes:" + TabularReader.DEFAULT_MAX_BYTES + "}") long maxBytes) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.tx = tx;
        this.audit = audit;
        this.maxBytes = maxBytes;
    }

    /** Imports one file (or checks it, with {@link ImportOptions#dryRun()}). Never throws for bad input. */
    public ImportReport importFile(Path file, String displayName, ImportOptions options) {
        long t0 = System.nanoTime();
        Instant started = Instant.now();
        ReadResult[] read = new ReadResult[1];
        ImportReport report = tx.execute(status -> {
            Outcome outcome = stageAndMerge(file, displayName, options, started, read);
            if (outcome.report != null) {
                status.setRollbackOnly();
                return outcome.report;
            }
            if (options.dryRun() || outcome.batchId == null) {
                status.setRollbackOnly();
            }
            return outcome.toReport(read[0], options, millisSince(t0));
        });
        log.info("import {}", report.summary());
        return report;
    }

    private Outcome stageAndMerge(Path file, String displayName, ImportOptions options, Instant started, ReadResult[] read) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            // The compare step hash-joins every staged row with the current values: give it memory
            // for this transaction only, so a million-row file does not spill to disk in batches.
            jdbc.sql("SET LOCAL work_mem = '256MB'").update();
            StoreCatalogue catalogue = new StoreCatalogue(jdbc);
            if (!options.dryRun()) {
                Outcome direct = copyStraightIn(connection, file, displayName, options, started, catalogue, read);
                if (direct != null) {
                    return direct;
                }
            }
            jdbc.sql("""
                    CREATE TEMP TABLE import_staging (
                        line bigint, unit_code text, indicator_code text, unit_id integer, indicator_id integer, period text,
                        period_start date, value numeric, provisional boolean, estimated boolean, break_in_series boolean,
                        confidential boolean, source text
                    ) ON COMMIT DROP""").update();
            ReadResult result;
            WideImport[] wide = new WideImport[1];
            References refs = new References();
            try (CopyRows copy = new CopyRows(connection, "COPY import_staging FROM STDIN")) {
                result = readInto(file, displayName, options, catalogue, wide, r -> {
                    try {
                        Integer unit = catalogue.unitId(r.unitCode());
                        Integer indicator = catalogue.indicatorId(r.indicatorCode());
                        refs.add(unit, indicator);
                        copy.field(r.line()).field(r.unitCode()).field(r.indicatorCode()).field(unit).field(indicator);
                        copyValue(copy, r);
                        copy.endRow();
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
                copy.finish();
            }
            read[0] = result;
            reportDuplicates(result, displayName);
            if (result.rejected()) {
                return Outcome.rejected(rejectedReport(result, started));
            }
            // From here on imports run one at a time, so they see each other's results whole.
            lockImports();
            if (wide[0] != null) {
                wide[0].apply(options, displayName); // the framework, its indicators and new units
                // units and indicators the file itself added get their ids now (they are this transaction's own rows)
                jdbc.sql("UPDATE import_staging s SET unit_id = u.id FROM territorial_unit u WHERE s.unit_id IS NULL AND u.code = s.unit_code").update();
                jdbc.sql("UPDATE import_staging s SET indicator_id = i.id FROM indicator i WHERE s.indicator_id IS NULL AND i.code = s.indicator_code").update();
            }
            lockReferences(refs, catalogue, result);
            if (result.rejected()) {
                return Outcome.rejected(rejectedReport(result, started));
            }
            return merge(displayName, file, options, started, result);
        } catch (SQLException e) {
            throw new IllegalStateException("The database refused the import of " + displayName + ": " + e.getMessage(), e);
        }
    }

    /** The value columns of a record, as COPY expects them after the key columns. */
    private static void copyValue(CopyRows copy, ObservationRecord r) {
        copy.field(r.period().toString()).field(r.period().start()).field(r.value())
                .field(r.flags().provisional()).field(r.flags().estimated())
                .field(r.flags().breakInSeries()).field(r.flags().confidential())
                .field(r.source());
    }

    /**
     * The straight-in attempt ends: the store refused a row (the cause), or the file has a problem
     * (no cause). The comparing path takes the file instead.
     */
    private static final class StraightInRefused extends RuntimeException {
        StraightInRefused(SQLException cause) {
            super(cause == null ? null : cause.getMessage(), cause, false, false);
        }
    }

    /**
     * The fast path for a long-format file whose keys are all new: its rows go with one
     * {@code COPY} into {@code observation_current}, validated on the way (a file with problems is
     * rolled back and reported as usual). Returns null, with nothing changed, when the file is not
     * long-format or the store refused a row (a key already there, or twice in the file): the
     * caller then takes the general path, which compares with the current values.
     */
    private Outcome copyStraightIn(Connection connection, Path file, String displayName, ImportOptions options,
                                   Instant started, StoreCatalogue catalogue, ReadResult[] read) throws SQLException {
        String defaultSource = "file " + displayName;
        try (RowSource rows = openData(file, displayName, TabularReader.sheetNames(file, displayName), options)) {
            if (!LongFileReader.looksLong(rows.header())) {
                return null;
            }
            lockImports();
            java.time.OffsetDateTime at = jdbc.sql("SELECT clock_timestamp()").query(java.time.OffsetDateTime.class).single();
            long batchId = nextBatchId();
            String recordedAt = at.toString();
            References refs = new References();
            Savepoint savepoint = connection.setSavepoint();
            ReadResult result = new ReadResult(displayName);
            try (CopyRows copy = new CopyRows(connection, "COPY observation_current (" + CURRENT_COLUMNS + ") FROM STDIN")) {
                try {
                    new LongFileReader(catalogue, defaultSource).read(rows, result, r -> {
                        if (result.rejected()) {
                            // The file will be refused: stop writing to the store and let the
                            // comparing path read it again, which reports every problem,
                            // repeated keys included.
                            throw new StraightInRefused(null);
                        }
                        Integer unit = catalogue.unitId(r.unitCode());
                        Integer indicator = catalogue.indicatorId(r.indicatorCode());
                        refs.add(unit, indicator);
                        try {
                            copy.field(unit).field(indicator);
                            copyValue(copy, r);
                            copy.field(batchId).field(recordedAt);
                            copy.endRow();
                        } catch (SQLException e) {
                            throw new StraightInRefused(e);
                        }
                    });
                    if (result.rejected()) {
                        // a problem in the last row, or one found before any row reached the sink
                        throw new StraightInRefused(null);
                    }
                    if (result.records() == 0) {
                        copy.close();
                        connection.rollback(savepoint);
                        read[0] = result;
                        return new Outcome(null, 0, 0, 0, null, List.of());
                    }
                    copy.finish();
                } catch (StraightInRefused | SQLException e) {
                    closeQuietly(copy);
                    connection.rollback(savepoint);
                    log.debug("import {}: not straight in ({}), comparing with the current values", displayName,
                            e.getMessage() != null ? e.getMessage() : "a problem in the file");
                    return null;
                }
            }
            connection.releaseSavepoint(savepoint);
            read[0] = result;
            lockReferences(refs, catalogue, result);
            if (result.rejected()) {
                return Outcome.rejected(rejectedReport(result, started));
            }
            long inserted = result.records();
            refreshStatisticsAfter(inserted);
            recordBatch(batchId, displayName, file, options, started, result, inserted, 0, 0);
            return new Outcome(null, inserted, 0, 0, batchId, List.of());
        } catch (TabularException | IOException e) {
            return null; // the general path reads the file again and reports the problem
        }
    }

    /**
     * After a large straight-in copy the planner's statistics describe a much smaller table until
     * autovacuum analyses it (a minute or more later), and the next import's comparison would be
     * planned for that smaller table. ANALYZE in the import's transaction counts its own new rows;
     * it reads a fixed-size sample (about 30,000 rows), so it costs well under a second.
     */
    private void refreshStatisticsAfter(long inserted) {
        double known = jdbc.sql("SELECT reltuples FROM pg_class WHERE oid = 'observation_current'::regclass")
                .query(Double.class).single();
        if (inserted >= 10_000 && inserted > 0.1 * Math.max(known, 0)) {
            jdbc.sql("ANALYZE observation_current").update();
        }
    }

    private static void closeQuietly(CopyRows copy) {
        try {
            copy.close();
        } catch (SQLException ignored) {
            // the COPY failed already; rolling back to the savepoint ends it
        }
    }

    private void lockImports() {
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(IMPORT_LOCK).query(Object.class).single();
    }

    /**
     * The next batch id, taken under the import lock: a sequence would move even when the import
     * is then rolled back, and a rejected file must leave the store exactly as it was.
     */
    private long nextBatchId() {
        return jdbc.sql("SELECT coalesce(max(id), 0) + 1 FROM import_batch").query(Long.class).single();
    }

    /** Opens the sheet (of {@code sheets}, the workbook's; none for CSV) or the file with the observations. */
    private RowSource openData(Path file, String displayName, List<String> sheets, ImportOptions options)
            throws IOException, TabularException {
        String dataSheet = options.sheet();
        if (dataSheet == null && sheets.stream().anyMatch(s -> s.equalsIgnoreCase("iData"))) {
            dataSheet = "iData";
        }
        return TabularReader.open(file, displayName, dataSheet, maxBytes);
    }

    private ReadResult readInto(Path file, String displayName, ImportOptions options, StoreCatalogue catalogue,
                                WideImport[] wideOut, java.util.function.Consumer<ObservationRecord> sink) {
        String defaultSource = "file " + displayName;
        try {
            List<String> sheets = TabularReader.sheetNames(file, displayName);
            try (RowSource rows = openData(file, displayName, sheets, options)) {
                if (LongFileReader.looksLong(rows.header())) {
                    return new LongFileReader(catalogue, defaultSource).read(rows, displayName, sink);
                }
                WideImport wide = new WideImport(jdbc, audit, catalogue, maxBytes);
                wideOut[0] = wide;
                return wide.read(file, displayName, rows, sheets, options, sink, defaultSource);
            }
        } catch (TabularException e) {
            ReadResult r = new ReadResult(displayName);
            r.fileProblem(stripFilePrefix(e.getMessage(), displayName));
            return r;
        } catch (IOException e) {
            ReadResult r = new ReadResult(displayName);
            r.fileProblem("cannot be read: " + e.getMessage());
            return r;
        }
    }

    private static String stripFilePrefix(String message, String displayName) {
        return message.startsWith(displayName + ": ") ? message.substring(displayName.length() + 2) : message;
    }

    /** The distinct unit and indicator ids a file refers to (consecutive rows usually repeat them). */
    private static final class References {
        final java.util.Set<Integer> units = new java.util.HashSet<>();
        final java.util.Set<Integer> indicators = new java.util.HashSet<>();
        private Integer lastUnit;
        private Integer lastIndicator;

        void add(Integer unit, Integer indicator) {
            if (unit != null && !unit.equals(lastUnit)) {
                units.add(unit);
                lastUnit = unit;
            }
            if (indicator != null && !indicator.equals(lastIndicator)) {
                indicators.add(indicator);
                lastIndicator = indicator;
            }
        }
    }

    /**
     * What a foreign key would do, once per distinct id instead of once per row: every unit and
     * indicator the file refers to must still exist, and stays locked against deletion until the
     * import commits ({@code FOR KEY SHARE}, the lock a foreign-key check takes). Units and
     * indicators the import itself created are its own and need no lock.
     */
    private void lockReferences(References refs, StoreCatalogue catalogue, ReadResult result) {
        lockExisting("territorial_unit", "territorial unit", refs.units, catalogue::unitCode, result);
        lockExisting("indicator", "indicator", refs.indicators, catalogue::indicatorCode, result);
    }

    private void lockExisting(String table, String what, java.util.Set<Integer> ids,
                              java.util.function.IntFunction<String> code, ReadResult result) {
        if (ids.isEmpty()) {
            return;
        }
        java.util.Set<Integer> found = new java.util.HashSet<>(jdbc.sql("SELECT id FROM " + table
                + " WHERE id = ANY(?) ORDER BY id FOR KEY SHARE").param(ids.toArray(Integer[]::new)).query(Integer.class).list());
        ids.stream().filter(id -> !found.contains(id)).sorted().forEach(id ->
                result.problem(0, null, code.apply(id), "the " + what + " was deleted while the file was being imported"));
    }

    /** The same unit × indicator × period twice in one file is an error: which value would be meant? */
    private void reportDuplicates(ReadResult result, String displayName) {
        jdbc.sql("""
                SELECT unit_code, indicator_code, period, array_agg(line ORDER BY line) AS lines
                FROM import_staging GROUP BY unit_code, indicator_code, period HAVING count(*) > 1
                ORDER BY min(line) LIMIT 1000""")
                .query(rs -> {
                    Long[] lines = (Long[]) rs.getArray("lines").getArray();
                    result.problem(lines[1], null, null, "duplicate key: " + rs.getString("unit_code") + " × "
                            + rs.getString("indicator_code") + " × " + rs.getString("period")
                            + " already appears on line " + lines[0]);
                });
    }

    private static final String KEY_MATCH = """
            o.unit_id = s.unit_id AND o.indicator_id = s.indicator_id AND o.period = s.period""";

    /**
     * Compares the staged rows with the current values and writes the difference. Only the changed
     * values are materialised (usually few); new keys go straight from the staging table into the
     * current values with an anti-join, so a large first import is one pass.
     */
    private Outcome merge(String displayName, Path file, ImportOptions options, Instant started, ReadResult result) {
        // Temporary tables are never analysed automatically; without statistics the planner joins
        // a million staged rows with nested loops (minutes instead of seconds).
        jdbc.sql("ANALYZE import_staging").update();
        // Never scan the current values once per staged row. With statistics that say "empty"
        // (autovacuum analyses a minute or more after a change, or analysed it right after a
        // truncate) the planner picks a nested loop over a sequential scan of the table, and the
        // INSERT below then rescans the rows it is itself adding: quadratic, a benchmark run hung
        // for over 13 minutes. Without sequential scans it probes the primary key or hashes.
        jdbc.sql("SET LOCAL enable_seqscan = off").update();
        long superseded = jdbc.sql("""
                CREATE TEMP TABLE import_changes ON COMMIT DROP AS
                SELECT s.*, o.value AS old_value,
                       concat_ws(',', CASE WHEN o.provisional THEN 'p' END, CASE WHEN o.estimated THEN 'e' END,
                                 CASE WHEN o.break_in_series THEN 'b' END, CASE WHEN o.confidential THEN 'c' END) AS old_flags
                FROM import_staging s JOIN observation_current o ON %s
                WHERE (o.value, o.provisional, o.estimated, o.break_in_series, o.confidential, o.source)
                      IS DISTINCT FROM (s.value, s.provisional, s.estimated, s.break_in_series, s.confidential, s.source)
                """.formatted(KEY_MATCH)).update();
        List<ImportReport.Change> sample = jdbc.sql("""
                SELECT unit_code, indicator_code, period, old_value, value, old_flags,
                       concat_ws(',', CASE WHEN provisional THEN 'p' END, CASE WHEN estimated THEN 'e' END,
                                 CASE WHEN break_in_series THEN 'b' END, CASE WHEN confidential THEN 'c' END) AS new_flags
                FROM import_changes ORDER BY line LIMIT ?""")
                .param(SAMPLE_CHANGES)
                .query((rs, n) -> new ImportReport.Change(rs.getString("unit_code"), rs.getString("indicator_code"),
                        rs.getString("period"), plain(rs.getBigDecimal("old_value")), plain(rs.getBigDecimal("value")),
                        rs.getString("old_flags"), rs.getString("new_flags")))
                .list();
        String newKeys = "FROM import_staging s WHERE NOT EXISTS (SELECT 1 FROM observation_current o WHERE " + KEY_MATCH + ")";
        long rows = result.records();
        if (options.dryRun()) {
            long inserted = jdbc.sql("SELECT count(*) " + newKeys).query(Long.class).single();
            return new Outcome(null, inserted, superseded, rows - inserted - superseded, null, sample);
        }
        // One timestamp for the whole import, taken under the lock: a version is always recorded after the
        // version it supersedes (now() is the transaction's start, which can precede an import that
        // committed while this one waited for the lock).
        java.time.OffsetDateTime at = jdbc.sql("SELECT clock_timestamp()").query(java.time.OffsetDateTime.class).single();
        long batchId = nextBatchId();
        if (superseded > 0) {
            jdbc.sql("""
                    INSERT INTO observation_history (%1$s, superseded_at)
                    SELECT o.unit_id, o.indicator_id, o.period, o.period_start, o.value, o.provisional, o.estimated,
                           o.break_in_series, o.confidential, o.source, o.batch_id, o.recorded_at, :at
                    FROM observation_current o JOIN import_changes s ON %2$s""".formatted(CURRENT_COLUMNS, KEY_MATCH))
                    .param("at", at).update();
            jdbc.sql("""
                    UPDATE observation_current o
                    SET period_start = s.period_start, value = s.value, provisional = s.provisional, estimated = s.estimated,
                        break_in_series = s.break_in_series, confidential = s.confidential, source = s.source,
                        batch_id = :batch, recorded_at = :at
                    FROM import_changes s WHERE %s""".formatted(KEY_MATCH))
                    .param("batch", batchId).param("at", at).update();
        }
        // New keys are inserted without asking first whether there are any: an EXISTS over the
        // anti-join is planned for its first row, and with statistics that lag behind a large
        // import such a plan ran for over ten minutes. If nothing changed the transaction is
        // rolled back (no batch), so the store is left exactly as it was.
        long inserted = jdbc.sql("""
                INSERT INTO observation_current (%s)
                SELECT unit_id, indicator_id, period, period_start, value, provisional, estimated, break_in_series,
                       confidential, source, :batch, :at
                """.formatted(CURRENT_COLUMNS) + newKeys).param("batch", batchId).param("at", at).update();
        if (inserted == 0 && superseded == 0) {
            return new Outcome(null, 0, 0, rows, null, sample);
        }
        refreshStatisticsAfter(inserted);
        long unchanged = rows - inserted - superseded;
        recordBatch(batchId, displayName, file, options, started, result, inserted, superseded, unchanged);
        return new Outcome(null, inserted, superseded, unchanged, batchId, sample);
    }

    private void recordBatch(long batchId, String displayName, Path file, ImportOptions options, Instant started,
                             ReadResult result, long inserted, long superseded, long unchanged) {
        jdbc.sql("""
                INSERT INTO import_batch (id, file_name, file_sha256, format, username, started_at, rows_read, inserted,
                                          superseded, unchanged, warnings)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)""")
                .params(batchId, displayName, sha256(file), result.description(), options.username(),
                        java.sql.Timestamp.from(started), result.rowsRead(), inserted, superseded, unchanged,
                        toJsonArray(result.warnings()))
                .update();
        audit.record(options.username(), "import", "import_batch", Long.toString(batchId), null,
                AuditTrail.map("file", displayName, "rows", result.rowsRead(), "inserted", inserted,
                        "superseded", superseded, "unchanged", unchanged));
    }

    private static String plain(java.math.BigDecimal d) {
        return d == null ? null : d.stripTrailingZeros().toPlainString();
    }

    private static String toJsonArray(List<String> items) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append('"').append(items.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return sb.append(']').toString();
    }

    static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            return "";
        }
    }

    private static ImportReport rejectedReport(ReadResult r, Instant started) {
        List<pl.miasto4.indicator.io.ImportProblem> sorted = new java.util.ArrayList<>(r.problems());
        sorted.sort(java.util.Comparator.comparingLong(pl.miasto4.indicator.io.ImportProblem::line));
        return new ImportReport(r.file(), r.description(), ImportReport.Status.REJECTED, r.rowsRead(), r.skippedNoData(),
                0, 0, 0, null, java.time.Duration.between(started, Instant.now()).toMillis(), r.problemCount(),
                sorted, r.problemsByReason(), r.warnings(), List.of());
    }

    private static long millisSince(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private record Outcome(ImportReport report, long inserted, long superseded, long unchanged, Long batchId,
                           List<ImportReport.Change> sample) {
        static Outcome rejected(ImportReport report) {
            return new Outcome(report, 0, 0, 0, null, List.of());
        }

        ImportReport toReport(ReadResult r, ImportOptions options, long millis) {
            ImportReport.Status status = options.dryRun() ? ImportReport.Status.DRY_RUN
                    : inserted + superseded == 0 ? ImportReport.Status.NO_CHANGES : ImportReport.Status.IMPORTED;
            return new ImportReport(r.file(), r.description(), status, r.rowsRead(), r.skippedNoData(), inserted,
                    superseded, unchanged, batchId, millis, 0, List.of(), Map.of(), r.warnings(), sample);
        }
    }
}
