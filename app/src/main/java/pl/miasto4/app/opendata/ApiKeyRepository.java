package pl.miasto4.app.opendata;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** API keys (only their SHA-256 is stored) and the requests made with them per day. */
@Repository
public class ApiKeyRepository {
    private final JdbcClient jdbc;

    public ApiKeyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A key as stored: never the key itself. */
    public record Key(long id, String name, String prefix, int perMinute, int perDay, String createdBy,
                      OffsetDateTime created, OffsetDateTime revoked) {
        public boolean active() {
            return revoked == null;
        }
    }

    private static final String COLUMNS = "id, name, prefix, per_minute, per_day, created_by, created_at, revoked_at";

    private static Key key(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Key(rs.getLong("id"), rs.getString("name"), rs.getString("prefix"), rs.getInt("per_minute"),
                rs.getInt("per_day"), rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("revoked_at", OffsetDateTime.class));
    }

    public Key create(String name, String prefix, byte[] hash, int perMinute, int perDay, String createdBy) {
        return jdbc.sql("INSERT INTO api_key (name, prefix, secret_hash, per_minute, per_day, created_by) "
                        + "VALUES (?, ?, ?, ?, ?, ?) RETURNING " + COLUMNS)
                .params(name, prefix, hash, perMinute, perDay, createdBy).query((rs, n) -> key(rs)).single();
    }

    public Optional<Key> byHash(byte[] hash) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM api_key WHERE secret_hash = ?").param(hash)
                .query((rs, n) -> key(rs)).optional();
    }

    /** A key with its requests today and in all. */
    public record Listed(Key key, long answeredToday, long refusedToday, long answeredTotal) {
    }

    public List<Listed> list(LocalDate today) {
        return jdbc.sql("""
                SELECT k.id, k.name, k.prefix, k.per_minute, k.per_day, k.created_by, k.created_at, k.revoked_at,
                       coalesce(sum(u.answered) FILTER (WHERE u.day = :today), 0) AS answered_today,
                       coalesce(sum(u.refused) FILTER (WHERE u.day = :today), 0) AS refused_today,
                       coalesce(sum(u.answered), 0) AS answered_total
                FROM api_key k LEFT JOIN api_key_usage u ON u.key_id = k.id
                GROUP BY k.id ORDER BY k.id""").param("today", today)
                .query((rs, n) -> new Listed(key(rs), rs.getLong("answered_today"), rs.getLong("refused_today"),
                        rs.getLong("answered_total"))).list();
    }

    /** Revokes a key; false when there is no such key. */
    public boolean revoke(long id) {
        return jdbc.sql("UPDATE api_key SET revoked_at = coalesce(revoked_at, now()) WHERE id = ?").param(id).update() == 1;
    }

    /** Requests of one key on one day. */
    public record Usage(LocalDate day, long keyId, long answered, long refused) {
    }

    /** Adds counts in one statement. */
    public void add(List<Usage> counts) {
        if (counts.isEmpty()) {
            return;
        }
        jdbc.sql("""
                INSERT INTO api_key_usage (day, key_id, answered, refused)
                SELECT * FROM unnest(?::date[], ?::bigint[], ?::bigint[], ?::bigint[])
                ON CONFLICT (day, key_id) DO UPDATE SET answered = api_key_usage.answered + EXCLUDED.answered,
                                                        refused = api_key_usage.refused + EXCLUDED.refused""")
                .params(counts.stream().map(c -> java.sql.Date.valueOf(c.day())).toArray(java.sql.Date[]::new),
                        counts.stream().map(Usage::keyId).toArray(Long[]::new),
                        counts.stream().map(Usage::answered).toArray(Long[]::new),
                        counts.stream().map(Usage::refused).toArray(Long[]::new))
                .update();
    }
}
