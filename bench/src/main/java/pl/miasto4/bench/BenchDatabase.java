package pl.miasto4.bench;

import pl.miasto4.app.db.DatabaseConfig;
import pl.miasto4.app.db.EmbeddedPostgresServer;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import pl.miasto4.app.MiastoApplication;

import java.util.HashMap;
import java.util.Map;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A separate database for benchmarks on the same PostgreSQL server as the store (embedded or
 * external), migrated with the same Flyway scripts, so benchmark load never touches the city's data.
 */
public final class BenchDatabase implements AutoCloseable {
    private final EmbeddedPostgresServer embedded;
    private final String serverUrl;
    private final String user;
    private final String password;
    private final String name;
    private final HikariDataSource dataSource;

    private BenchDatabase(EmbeddedPostgresServer embedded, String serverUrl, String user, String password, String name,
                          int poolSize) {
        this.embedded = embedded;
        this.serverUrl = serverUrl;
        this.user = user;
        this.password = password;
        this.name = name;
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(serverUrl + name);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("bench");
        this.dataSource = new HikariDataSource(config);
    }

    /**
     * Opens (creating and migrating if needed) database {@code name} on the configured server.
     *
     * @param fresh drop it first
     */
    public static BenchDatabase open(String name, boolean fresh, int poolSize) {
        String url = System.getenv().getOrDefault("MIASTO_DB_URL", "");
        EmbeddedPostgresServer embedded = null;
        String server;
        String user;
        String password;
        if (url.isBlank()) {
            String home = System.getenv().getOrDefault("MIASTO_HOME", "");
            int port = Integer.parseInt(System.getenv().getOrDefault("MIASTO_DB_PORT", "54329"));
            embedded = EmbeddedPostgresServer.acquire(DatabaseConfig.MiastoHome.resolve(home), port);
            server = "jdbc:postgresql://localhost:" + embedded.port() + "/";
            user = embedded.user();
            password = embedded.password();
        } else {
            server = url.substring(0, url.lastIndexOf('/') + 1);
            user = System.getenv().getOrDefault("MIASTO_DB_USER", "");
            password = System.getenv().getOrDefault("MIASTO_DB_PASSWORD", "");
        }
        if (embedded != null) {
            try {
                // the application's role may not create databases; the embedded server does it for it
                embedded.createDatabase(name, fresh);
            } catch (RuntimeException e) {
                embedded.close();
                throw new IllegalStateException("Cannot create the benchmark database " + name + ": " + e.getMessage(), e);
            }
        } else try (Connection c = DriverManager.getConnection(server + "postgres", user, password);
             Statement st = c.createStatement()) {
            if (fresh) {
                st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
            try (ResultSet rs = st.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
                if (!rs.next()) {
                    st.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
                }
            }
        } catch (SQLException e) {
            if (embedded != null) {
                embedded.close();
            }
            throw new IllegalStateException("Cannot create the benchmark database " + name + ": " + e.getMessage(), e);
        }
        BenchDatabase db = new BenchDatabase(embedded, server, user, password, name, poolSize);
        Flyway.configure().dataSource(db.dataSource).locations("classpath:db/migration").outOfOrder(true).load().migrate();
        return db;
    }

    public HikariDataSource dataSource() {
        return dataSource;
    }

    public String jdbcUrl() {
        return serverUrl + name;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /**
     * The application on this database, without demo data: with its web server on a free port (64
     * threads, 20 connections), or without one, as the CLI runs it.
     */
    public ConfigurableApplicationContext application(boolean web) {
        SpringApplication app = new SpringApplication(MiastoApplication.class);
        Map<String, Object> props = new HashMap<>();
        props.put("miasto.db.url", jdbcUrl());
        props.put("miasto.db.user", user);
        props.put("miasto.db.password", password);
        props.put("miasto.demo.load-on-start", false);
        props.put("logging.level.root", "WARN");
        if (web) {
            props.put("server.port", 0);
            props.put("miasto.db.pool-size", 20);
            props.put("server.tomcat.threads.max", 64);
        } else {
            app.setWebApplicationType(WebApplicationType.NONE);
            props.put("miasto.cli", true);
        }
        app.setDefaultProperties(props);
        return app.run();
    }

    /** Drops the database (after closing the pool). */
    public void drop() {
        dataSource.close();
        if (embedded != null) {
            embedded.dropDatabase(name);
            return;
        }
        try (Connection c = DriverManager.getConnection(serverUrl + "postgres", user, password);
             Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        dataSource.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
