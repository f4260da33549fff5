package pl.miasto4.app.importing;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.sql.Timestamp;
import java.util.List;

/**
 * Import batches ({@code import_batch}): the lock under which imports write one at a time, their
 * numbers and their records. The warnings are written as JSON by Jackson, whatever text they hold.
 */
@Repository
public class ImportBatchRepository {
    /** Key of the advisory lock that serialises the writing step of imports. */
    private static final long IMPORT_LOCK = 0x4d69617374_6f4cL;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public ImportBatchRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** From here on, in this transaction, imports run one at a time and see each other's results whole. */
    void lockImports() {
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(IMPORT_LOCK).query(Object.class).single();
    }

    /**
     * The next batch id, taken under the import lock: a sequence would move even when the import
     * is then rolled back, and a rejected file must leave the store exactly as it was.
     */
    long nextId() {
        return jdbc.sql("SELECT coalesce(max(id), 0) + 1 FROM import_batch").query(Long.class).single();
    }

    /**
     * The time a batch's values are recorded at, taken under the lock: a version is always recorded
     * after the version it supersedes (now() is the transaction's start, which can precede an import
     * that committed while this one waited for the lock).
     */
    OffsetDateTime clock() {
        return jdbc.sql("SELECT clock_timestamp()").query(OffsetDateTime.class).single();
    }

    /** What a batch did, as {@code import_batch} keeps it. */
    record Record(long id, String fileName, String sha256, String format, String username, Instant startedAt,
                  long rowsRead, long inserted, long superseded, long unchanged, List<String> warnings) {
    }

    void insert(Record b) {
        jdbc.sql("""
                INSERT INTO import_batch (id, file_name, file_sha256, format, username, started_at, rows_read, inserted,
                                          superseded, unchanged, warnings)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)""")
                .params(b.id(), b.fileName(), b.sha256(), b.format(), b.username(), Timestamp.from(b.startedAt()),
                        b.rowsRead(), b.inserted(), b.superseded(), b.unchanged(), json.writeValueAsString(b.warnings()))
                .update();
    }

    /** One import batch as the list of recent imports shows it. */
    public record Batch(long id, String fileName, String username, OffsetDateTime finishedAt, long rowsRead,
                        long inserted, long superseded, long unchanged) {
    }

    public List<Batch> recent() {
        return jdbc.sql("""
                SELECT id, file_name, username, finished_at, rows_read, inserted, superseded, unchanged
                FROM import_batch ORDER BY id DESC LIMIT 20""")
                .query((rs, n) -> new Batch(rs.getLong("id"), rs.getString("file_name"), rs.getString("username"),
                        rs.getObject("finished_at", OffsetDateTime.class), rs.getLong("rows_read"),
                        rs.getLong("inserted"), rs.getLong("superseded"), rs.getLong("unchanged")))
                .list();
    }
}
