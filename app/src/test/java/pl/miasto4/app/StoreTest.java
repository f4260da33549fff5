package pl.miasto4.app;

import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;
import java.util.List;

/**
 * Base of the tests that need the application and a real PostgreSQL: the embedded one in a fresh
 * directory under {@code target/}, or the external server named by the system property
 * {@code miasto.test.db.url} (set by the {@code external-db} Maven profile from
 * {@code MIASTO_TEST_DB_URL}). One application context (and database) is shared by all test
 * classes; it starts with the default catalogue and the demo data, as {@code miasto serve} does.
 */
@SpringBootTest(classes = MiastoApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"miasto.demo.load-on-start=true", "miasto.admin.password=" + StoreTest.ADMIN_PASSWORD,
                "logging.level.root=WARN", "logging.level.pl.miasto4=INFO"})
@Tag("storage")
public abstract class StoreTest {
    public static final String ADMIN_PASSWORD = "test-admin-password";
    protected static final Path HOME = Path.of("target", "test-home-" + ProcessHandle.current().pid()).toAbsolutePath();

    @Autowired
    protected JdbcClient jdbc;

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        String external = System.getProperty("miasto.test.db.url", "");
        if (!external.isBlank()) {
            wipeOnce(external);
            registry.add("miasto.db.url", () -> external);
            registry.add("miasto.db.user", () -> System.getProperty("miasto.test.db.user", ""));
            registry.add("miasto.db.password", () -> System.getProperty("miasto.test.db.password", ""));
        } else {
            registry.add("miasto.home", HOME::toString);
            registry.add("miasto.db.port", () -> 0);
        }
    }

    private static boolean wiped;

    /**
     * The external test database (MIASTO_TEST_DB_URL) is emptied once per test JVM, so every run
     * starts from a fresh schema like the embedded one. Never point it at a database you need.
     */
    private static synchronized void wipeOnce(String url) {
        if (wiped) {
            return;
        }
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, System.getProperty("miasto.test.db.user", ""),
                System.getProperty("miasto.test.db.password", ""));
             java.sql.Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA public CASCADE");
            st.execute("CREATE SCHEMA public");
            wiped = true;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot reset the external test database " + url + ": " + e.getMessage(), e);
        }
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    /**
     * Every row of every table of the store, in a fixed order, as text: two dumps are equal
     * exactly when the stored data is the same. Open-data usage counts are left out (any request may
     * move them, written in the background a few seconds later), and so is the run log
     * ({@code connector_run}): it records every run after the run's own transaction, refused ones on
     * purpose (RunLogTest).
     */
    protected String dump() {
        StringBuilder sb = new StringBuilder();
        List<String> tables = jdbc.sql("""
                SELECT table_name FROM information_schema.tables
                WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'flyway_schema_history'
                  AND table_name NOT IN ('open_data_usage', 'api_key_usage') -- request counts, written in the background as any request comes
                  AND table_name <> 'connector_run'
                ORDER BY table_name""").query(String.class).list();
        for (String t : tables) {
            sb.append("== ").append(t).append('\n');
            jdbc.sql("SELECT t::text AS row FROM " + t + " t ORDER BY 1").query(String.class).list()
                    .forEach(r -> sb.append(r).append('\n'));
        }
        // Sequences too: an insert that was rolled back would still have moved them.
        sb.append("== sequences\n");
        jdbc.sql("SELECT sequencename || '=' || coalesce(last_value::text, 'unused') FROM pg_sequences "
                + "WHERE schemaname = 'public' AND sequencename <> 'connector_run_id_seq' ORDER BY 1").query(String.class).list()
                .forEach(r -> sb.append(r).append('\n'));
        return sb.toString();
    }
}
