package pl.miasto4.app.importing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import pl.miasto4.app.audit.AuditTrail;
import pl.miasto4.app.observation.CopyRows;
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
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Imports observation files into the store, all or nothing.
 *
 * <p>Rows are validated while they stream into a temporary staging table with {@code COPY}; a
 * file with any problem is rolled back whole. A valid file is compared with the current values
 * in one set-based statement: new keys are inserted, changed values supersede the old version
 * (kept as history), identical values are left alone, so re-importing a file changes nothing.
 * Imports take a transaction-scoped advisory lock before they compare, so concurrent imports of
 * overlapping files are applied one after the other and the store stays consistent.
 */
@Service
public class ImportService {
    private static final Logger log = LoggerFactory.getLogger(ImportService.class);
    /** Key of the advisory lock that serialises the compare-and-write step of imports. */
    private static final long IMPORT_LOCK = 0x4d69617374_6f4cL;
    private static final int SAMPLE_CHANGES = 50;

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
            jdbc.sql("""
                    CREATE TEMP TABLE import_staging (
                        line bigint, unit_code text, indicator_code text, period text, period_start date, value numeric,
                        provisional boolean, estimated boolean, break_in_series boolean, confidential boolean, source text
                    ) ON COMMIT DROP""").update();
            StoreCatalogue catalogue = new StoreCatalogue(jdbc);
            ReadResult result;
            WideImport[] wide = new WideImport[1];
            try (CopyRows copy = new CopyRows(connection, "COPY import_staging FROM STDIN")) {
                result = readInto(file, displayName, options, catalogue, copy, wide);
                copy.finish();
            }
            read[0] = result;
            reportDuplicates(result, displayName);
            if (result.rejected()) {
                return Outcome.rejected(rejectedReport(result, started));
            }
            // From here on imports run one at a time, so they see each other's results whole.
            jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(IMPORT_LOCK).query(Object.class).single();
            if (wide[0] != null) {
                wide[0].apply(options, displayName); // the framework, its indicators and new units
            }
            lockReferences(result);
            if (result.rejected()) {
                return Outcome.rejected(rejectedReport(result, started));
            }
            return merge(displayName, file, options, started, result);
        } catch (SQLException e) {
            throw new IllegalStateException("The database refused the import of " + displayName + ": " + e.getMessage(), e);
        }
    }

    private ReadResult readInto(Path file, String displayName, ImportOptions options, StoreCatalogue catalogue,
                                CopyRows copy, WideImport[] wideOut) {
        java.util.function.Consumer<ObservationRecord> sink = r -> {
            try {
                copy.field(r.line()).field(r.unitCode()).field(r.indicatorCode()).field(r.period().toString())
                        .field(r.period().start()).field(r.value())
                        .field(r.flags().provisional()).field(r.flags().estimated())
                        .field(r.flags().breakInSeries()).field(r.flags().confidential())
                        .field(r.source());
                copy.endRow();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        };
        String defaultSource = "file " + displayName;
        try {
            List<String> sheets = TabularReader.sheetNames(file, displayName);
            String dataSheet = options.sheet();
            if (dataSheet == null && sheets.stream().anyMatch(s -> s.equalsIgnoreCase("iData"))) {
                dataSheet = "iData";
            }
            try (RowSource rows = TabularReader.open(file, displayName, dataSheet, maxBytes)) {
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

    /**
     * What a foreign key would do, once per distinct code instead of once per row: every unit and
     * indicator the file refers to must exist, and stays locked against deletion until the import
     * commits ({@code FOR KEY SHARE}, the lock a foreign-key check takes).
     */
    private void lockReferences(ReadResult result) {
        for (String[] ref : new String[][]{{"unit_code", "territorial_unit", "territorial unit"},
                {"indicator_code", "indicator", "indicator"}}) {
            List<String> missing = jdbc.sql("""
                    SELECT s.code FROM (SELECT DISTINCT %1$s AS code FROM import_staging) s
                    LEFT JOIN (SELECT code FROM %2$s WHERE code IN (SELECT %1$s FROM import_staging) FOR KEY SHARE) t
                           ON t.code = s.code
                    WHERE t.code IS NULL ORDER BY 1""".formatted(ref[0], ref[1])).query(String.class).list();
            for (String code : missing) {
                result.problem(0, null, code, "the " + ref[2] + " was deleted while the file was being imported");
            }
        }
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
            o.superseded_at IS NULL AND o.unit_code = s.unit_code AND o.indicator_code = s.indicator_code AND o.period = s.period""";

    /**
     * Compares the staged rows with the current values and writes the difference. Only the changed
     * values are materialised (usually few); new keys go straight from the staging table into the
     * observation table with an anti-join, so a large first import is one pass.
     */
    private Outcome merge(String displayName, Path file, ImportOptions options, Instant started, ReadResult result) {
        // Temporary tables are never analysed automatically; without statistics the planner joins
        // a million staged rows with nested loops (minutes instead of seconds).
        jdbc.sql("ANALYZE import_staging").update();
        // Never scan the observation table once per staged row. With statistics that say "empty"
        // (autovacuum analyses a minute or more after a change, or analysed it right after a
        // truncate) the planner picks a nested loop over a sequential scan of observation, and the
        // INSERT below then rescans the rows it is itself adding: quadratic, a benchmark run hung
        // for over 13 minutes. Without sequential scans it probes the current-value index or hashes.
        jdbc.sql("SET LOCAL enable_seqscan = off").update();
        long superseded = jdbc.sql("""
                CREATE TEMP TABLE import_changes ON COMMIT DROP AS
                SELECT s.*, o.value AS old_value,
                       concat_ws(',', CASE WHEN o.provisional THEN 'p' END, CASE WHEN o.estimated THEN 'e' END,
                                 CASE WHEN o.break_in_series THEN 'b' END, CASE WHEN o.confidential THEN 'c' END) AS old_flags
                FROM import_staging s JOIN observation o ON %s
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
        String newKeys = "FROM import_staging s WHERE NOT EXISTS (SELECT 1 FROM observation o WHERE " + KEY_MATCH + ")";
        long rows = result.records();
        if (options.dryRun() || (superseded == 0 && !jdbc.sql("SELECT EXISTS (SELECT 1 " + newKeys + ")")
                .query(Boolean.class).single())) {
            long inserted = options.dryRun() ? jdbc.sql("SELECT count(*) " + newKeys).query(Long.class).single() : 0;
            return new Outcome(null, inserted, superseded, rows - inserted - superseded, null, sample);
        }
        // One timestamp for the whole import, taken under the lock: a version is always recorded after the
        // version it supersedes (now() is the transaction's start, which can precede an import that
        // committed while this one waited for the lock).
        java.time.OffsetDateTime at = jdbc.sql("SELECT clock_timestamp()").query(java.time.OffsetDateTime.class).single();
        long batchId = jdbc.sql("SELECT nextval(pg_get_serial_sequence('import_batch', 'id'))").query(Long.class).single();
        jdbc.sql("""
                UPDATE observation o SET superseded_at = :at FROM import_changes s WHERE %s""".formatted(KEY_MATCH))
                .param("at", at).update();
        long written = jdbc.sql("""
                INSERT INTO observation (unit_code, indicator_code, period, period_start, value, provisional, estimated,
                                         break_in_series, confidential, source, batch_id, recorded_at)
                SELECT unit_code, indicator_code, period, period_start, value, provisional, estimated, break_in_series,
                       confidential, source, :batch, :at
                """ + newKeys).param("batch", batchId).param("at", at).update();
        long inserted = written - superseded;
        long unchanged = rows - written;
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
        return new Outcome(null, inserted, superseded, unchanged, batchId, sample);
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
