package pl.miasto4.app.audit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;

/** The audit trail: who changed what, when, with the state before and after. Written in the changing transaction. */
@Repository
public class AuditTrail {
    private final JdbcClient jdbc;
    private final JsonMapper json;

    public AuditTrail(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void record(String username, String action, String entity, String entityId, Object before, Object after) {
        jdbc.sql("""
                INSERT INTO audit_event (username, action, entity, entity_id, before, after)
                VALUES (?, ?, ?, ?, ?::jsonb, ?::jsonb)
                """)
                .params(username, action, entity, entityId,
                        before == null ? null : json.writeValueAsString(before),
                        after == null ? null : json.writeValueAsString(after))
                .update();
    }

    public record Event(long id, java.time.OffsetDateTime at, String username, String action, String entity,
                        String entityId, String before, String after) {
    }

    public List<Event> recent(int limit, String entity) {
        return jdbc.sql("""
                SELECT id, at, username, action, entity, entity_id, before::text AS before, after::text AS after
                FROM audit_event WHERE (CAST(:entity AS text) IS NULL OR entity = :entity) ORDER BY id DESC LIMIT :limit
                """).param("entity", entity).param("limit", limit)
                .query((rs, n) -> new Event(rs.getLong("id"), rs.getObject("at", java.time.OffsetDateTime.class),
                        rs.getString("username"), rs.getString("action"), rs.getString("entity"),
                        rs.getString("entity_id"), rs.getString("before"), rs.getString("after")))
                .list();
    }

    public static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
