package pl.miasto4.app.importing;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;
import pl.miasto4.app.db.CopyRows;
import pl.miasto4.indicator.io.ObservationRecord;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What an import reads from and writes to the store's observations, in the import's transaction:
 * the catalogue snapshot, the straight-in {@code COPY} into the current values, the staging table of
 * the comparing path and its set-based compare and write.
 */
@Repository
public class ObservationImportRepository {
    private static final String CURRENT_COLUMNS = """
            unit_id, indicator_id, period, period_start, value, provisional, estimated, break_in_series, confidential, \
            source, batch_id, recorded_at, se, ci_low, ci_high, unreliable""";
    private static final String KEY_MATCH = """
            o.unit_id = s.unit_id AND o.indicator_id = s.indicator_id AND o.period = s.period""";
    private static final String NEW_KEYS = "FROM import_staging s WHERE NOT EXISTS (SELECT 1 FROM observation_current o WHERE "
            + KEY_MATCH + ")";

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    public ObservationImportRepository(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /**
     * The compare step hash-joins every staged row with the current values: memory for this
     * transaction only, so a million-row file does not spill to disk in batches.
     */
    void raiseWorkMemory() {
        jdbc.sql("SET LOCAL work_mem = '256MB'").update();
    }

    /** The store's units (codes, aliases, names) and indicators (codes, ranges) with their ids. */
    StoreCatalogue catalogue() {
        StoreCatalogue catalogue = new StoreCatalogue();
        Map<String, String> byName = new HashMap<>();
        Set<String> ambiguousNames = new HashSet<>();
        jdbc.sql("SELECT id, code, name, name_en, aliases FROM territorial_unit").query(rs -> {
            String code = rs.getString("code");
            java.sql.Array aliases = rs.getArray("aliases");
            catalogue.unit(code, rs.getInt("id"), aliases == null ? new String[0] : (String[]) aliases.getArray());
            for (String n : new String[]{rs.getString("name"), rs.getString("name_en")}) {
                if (n != null && byName.putIfAbsent(n.toLowerCase(Locale.ROOT), code) != null
                        && !byName.get(n.toLowerCase(Locale.ROOT)).equals(code)) {
                    ambiguousNames.add(n.toLowerCase(Locale.ROOT));
                }
            }
        });
        ambiguousNames.forEach(byName::remove);
        byName.forEach(catalogue::unitName);
        jdbc.sql("SELECT id, code, min_value, max_value FROM indicator").query(rs -> {
            catalogue.indicator(rs.getString("code"), rs.getInt("id"), rs.getBigDecimal("min_value"),
                    rs.getBigDecimal("max_value"));
        });
        return catalogue;
    }

    /** A {@code COPY} of whole rows into the current values (the straight-in path), on the transaction's connection. */
    CopyRows copyIntoCurrent() throws SQLException {
        return new CopyRows(DataSourceUtils.getConnection(dataSource),
                "COPY observation_current (" + CURRENT_COLUMNS + ") FROM STDIN");
    }

    /** One row of {@link #copyIntoCurrent()}: a new value with the batch that records it. */
    static void currentRow(CopyRows copy, Integer unit, Integer indicator, ObservationRecord r, long batchId,
                           String recordedAt) throws SQLException {
        copy.field(unit).field(indicator);
        values(copy, r);
        copy.field(batchId).field(recordedAt);
        uncertainty(copy, r);
        copy.endRow();
    }

    /** One row of {@link #copyIntoStaging()}: the file's line and codes, the ids where the store has them. */
    static void stagingRow(CopyRows copy, Integer unit, Integer indicator, ObservationRecord r) throws SQLException {
        copy.field(r.line()).field(r.unitCode()).field(r.indicatorCode()).field(unit).field(indicator);
        values(copy, r);
        uncertainty(copy, r);
        copy.endRow();
    }

    /** The value columns of a record, as both copies take them after the keys. */
    private static void values(CopyRows copy, ObservationRecord r) {
        copy.field(r.period().toString()).field(r.period().start()).field(r.value())
                .field(r.flags().provisional()).field(r.flags().estimated())
                .field(r.flags().breakInSeries()).field(r.flags().confidential())
                .field(r.source());
    }

    /** The uncertainty columns of a record, after the others in both copies. */
    private static void uncertainty(CopyRows copy, ObservationRecord r) {
        copy.field(r.se()).field(r.ciLow()).field(r.ciHigh()).field(r.unreliable());
    }

    /** The staging table of the comparing path, dropped at commit, and a {@code COPY} into it. */
    CopyRows copyIntoStaging() throws SQLException {
        jdbc.sql("""
                CREATE TEMP TABLE import_staging (
                    line bigint, unit_code text, indicator_code text, unit_id integer, indicator_id integer, period text,
                    period_start date, value numeric, provisional boolean, estimated boolean, break_in_series boolean,
                    confidential boolean, source text, se numeric, ci_low numeric, ci_high numeric, unreliable boolean
                ) ON COMMIT DROP""").update();
        return new CopyRows(DataSourceUtils.getConnection(dataSource), "COPY import_staging FROM STDIN");
    }

    /** A key staged twice: the lines of its first two rows. */
    record Duplicate(long firstLine, long line, String unitCode, String indicatorCode, String period) {
    }

    List<Duplicate> duplicates() {
        return jdbc.sql("""
                SELECT unit_code, indicator_code, period, array_agg(line ORDER BY line) AS lines
                FROM import_staging GROUP BY unit_code, indicator_code, period HAVING count(*) > 1
                ORDER BY min(line) LIMIT 1000""")
                .query((rs, n) -> {
                    Long[] lines = (Long[]) rs.getArray("lines").getArray();
                    return new Duplicate(lines[0], lines[1], rs.getString("unit_code"), rs.getString("indicator_code"),
                            rs.getString("period"));
                })
                .list();
    }

    /** Staged rows of units and indicators the file itself added get their ids (this transaction's own rows). */
    void resolveAddedIds() {
        jdbc.sql("UPDATE import_staging s SET unit_id = u.id FROM territorial_unit u WHERE s.unit_id IS NULL AND u.code = s.unit_code").update();
        jdbc.sql("UPDATE import_staging s SET indicator_id = i.id FROM indicator i WHERE s.indicator_id IS NULL AND i.code = s.indicator_code").update();
    }

    /**
     * What a foreign key would do, once per distinct id instead of once per row: the units and
     * indicators stay locked against deletion until the import commits ({@code FOR KEY SHARE}, the
     * lock a foreign-key check takes). Returns the ids that no longer exist.
     */
    /** The ids of the units with these codes and of every unit below them (parent_code). */
    Set<Integer> unitsWithin(java.util.Collection<String> codes) {
        if (codes.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                WITH RECURSIVE within(code, id) AS (
                    SELECT code, id FROM territorial_unit WHERE code = ANY(?)
                    UNION
                    SELECT u.code, u.id FROM territorial_unit u JOIN within w ON u.parent_code = w.code)
                SELECT id FROM within""").param(codes.toArray(String[]::new)).query(Integer.class).list());
    }

    Set<Integer> lockUnits(Set<Integer> ids) {
        return lockExisting("territorial_unit", ids);
    }

    Set<Integer> lockIndicators(Set<Integer> ids) {
        return lockExisting("indicator", ids);
    }

    private Set<Integer> lockExisting(String table, Set<Integer> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        Set<Integer> found = new HashSet<>(jdbc.sql("SELECT id FROM " + table + " WHERE id = ANY(?) ORDER BY id FOR KEY SHARE")
                .param(ids.toArray(Integer[]::new)).query(Integer.class).list());
        Set<Integer> missing = new java.util.TreeSet<>(ids);
        missing.removeAll(found);
        return missing;
    }

    /**
     * After a large insert the planner's statistics describe a much smaller table until autovacuum
     * analyses it (a minute or more later), and the next import's comparison would be planned for
     * that smaller table. ANALYZE in the import's transaction counts its own new rows; it reads a
     * fixed-size sample (about 30,000 rows), so it costs well under a second.
     */
    void refreshStatisticsAfter(long inserted) {
        double known = jdbc.sql("SELECT reltuples FROM pg_class WHERE oid = 'observation_current'::regclass")
                .query(Double.class).single();
        if (inserted >= 10_000 && inserted > 0.1 * Math.max(known, 0)) {
            jdbc.sql("ANALYZE observation_current").update();
        }
    }

    /** How the staged rows compare with the current values: corrections counted, a sample of them. */
    record Comparison(long superseded, List<ImportReport.Change> sample) {
    }

    /**
     * Compares the staged rows with the current values. Only the changed values are materialised
     * (usually few); new keys are left to {@link #insertNewKeys}, which takes them straight from the
     * staging table with an anti-join, so a large first import is one pass.
     */
    Comparison compare(int sampleSize) {
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
                       observation_flags(o.provisional, o.estimated, o.break_in_series, o.confidential) AS old_flags
                FROM import_staging s JOIN observation_current o ON %s
                WHERE (o.value, o.provisional, o.estimated, o.break_in_series, o.confidential, o.source,
                       o.se, o.ci_low, o.ci_high, o.unreliable)
                      IS DISTINCT FROM (s.value, s.provisional, s.estimated, s.break_in_series, s.confidential, s.source,
                       s.se, s.ci_low, s.ci_high, s.unreliable)
                """.formatted(KEY_MATCH)).update();
        List<ImportReport.Change> sample = jdbc.sql("""
                SELECT unit_code, indicator_code, period, old_value, value, old_flags,
                       observation_flags(provisional, estimated, break_in_series, confidential) AS new_flags
                FROM import_changes ORDER BY line LIMIT ?""")
                .param(sampleSize)
                .query((rs, n) -> new ImportReport.Change(rs.getString("unit_code"), rs.getString("indicator_code"),
                        rs.getString("period"), plain(rs.getBigDecimal("old_value")), plain(rs.getBigDecimal("value")),
                        listed(rs.getString("old_flags")), listed(rs.getString("new_flags"))))
                .list();
        return new Comparison(superseded, sample);
    }

    /** Staged keys the store does not have (a dry run's "would add"). */
    long countNewKeys() {
        return jdbc.sql("SELECT count(*) " + NEW_KEYS).query(Long.class).single();
    }

    /** The compared corrections: the current versions go to the history, the new values take their place. */
    void supersede(long batchId, OffsetDateTime at) {
        jdbc.sql("""
                INSERT INTO observation_history (%1$s, superseded_at)
                SELECT o.unit_id, o.indicator_id, o.period, o.period_start, o.value, o.provisional, o.estimated,
                       o.break_in_series, o.confidential, o.source, o.batch_id, o.recorded_at, o.se, o.ci_low, o.ci_high,
                       o.unreliable, :at
                FROM observation_current o JOIN import_changes s ON %2$s""".formatted(CURRENT_COLUMNS, KEY_MATCH))
                .param("at", at).update();
        jdbc.sql("""
                UPDATE observation_current o
                SET period_start = s.period_start, value = s.value, provisional = s.provisional, estimated = s.estimated,
                    break_in_series = s.break_in_series, confidential = s.confidential, source = s.source,
                    se = s.se, ci_low = s.ci_low, ci_high = s.ci_high, unreliable = s.unreliable,
                    batch_id = :batch, recorded_at = :at
                FROM import_changes s WHERE %s""".formatted(KEY_MATCH))
                .param("batch", batchId).param("at", at).update();
    }

    /**
     * New keys are inserted without asking first whether there are any: an EXISTS over the
     * anti-join is planned for its first row, and with statistics that lag behind a large import
     * such a plan ran for over ten minutes.
     */
    long insertNewKeys(long batchId, OffsetDateTime at) {
        return jdbc.sql("""
                INSERT INTO observation_current (%s)
                SELECT unit_id, indicator_id, period, period_start, value, provisional, estimated, break_in_series,
                       confidential, source, :batch, :at, se, ci_low, ci_high, unreliable
                """.formatted(CURRENT_COLUMNS) + NEW_KEYS).param("batch", batchId).param("at", at).update();
    }

    /** Flag letters as the report lists them: "pe" → "p,e". */
    private static String listed(String letters) {
        return String.join(",", letters.split(""));
    }

    private static String plain(BigDecimal d) {
        return d == null ? null : d.stripTrailingZeros().toPlainString();
    }
}
