package pl.miasto4.app.db;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** PostgreSQL advisory locks held until the end of the current transaction: one process at a time through a step. */
@Repository
public class AdvisoryLocks {
    private final JdbcClient jdbc;

    public AdvisoryLocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Waits for and holds the lock {@code key} until the transaction ends. */
    public void holdUntilCommit(long key) {
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(key).query(Object.class).single();
    }
}
