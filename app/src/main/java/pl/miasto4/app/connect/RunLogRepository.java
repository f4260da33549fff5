package pl.miasto4.app.connect;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.time.OffsetDateTime;
import java.util.List;

/** The run log's table, {@code connector_run} (migration V100). */
@Repository
public class RunLogRepository {
    private final JdbcClient jdbc;
    private final JsonMapper json;

    public RunLogRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    long insert(ConnectorRun r) {
        return jdbc.sql("""
                INSERT INTO connector_run (connector, source, format, username, started_at, finished_at, status, batch_id,
                                           rows_read, inserted, superseded, unchanged, problems, message, notes)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb) RETURNING id""")
                .params(r.connector(), r.source(), r.format(), r.username(), r.startedAt(), r.finishedAt(), r.status(),
                        r.batchId(), r.rowsRead(), r.inserted(), r.superseded(), r.unchanged(), r.problems(), r.message(),
                        json.writeValueAsString(r.notes()))
                .query(Long.class).single();
    }

    /** The latest runs first; {@code connector} null for every connector. */
    public List<ConnectorRun> recent(String connector, int limit) {
        return jdbc.sql("""
                SELECT id, connector, source, format, username, started_at, finished_at, status, batch_id, rows_read,
                       inserted, superseded, unchanged, problems, message, notes::text AS notes
                FROM connector_run WHERE (CAST(? AS text) IS NULL OR connector = ?)
                ORDER BY started_at DESC, id DESC LIMIT ?""")
                .params(connector, connector, limit)
                .query((rs, n) -> new ConnectorRun(rs.getLong("id"), rs.getString("connector"), rs.getString("source"),
                        rs.getString("format"), rs.getString("username"), rs.getObject("started_at", OffsetDateTime.class),
                        rs.getObject("finished_at", OffsetDateTime.class), rs.getString("status"),
                        (Long) rs.getObject("batch_id"), rs.getLong("rows_read"), rs.getLong("inserted"),
                        rs.getLong("superseded"), rs.getLong("unchanged"), rs.getLong("problems"), rs.getString("message"),
                        json.readValue(rs.getString("notes"), new TypeReference<List<String>>() { })))
                .list();
    }
}
