package pl.miasto4.app.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Makes a home as Miasto wrote it before the database was locked (for {@link EmbeddedDatabaseLockedTest}),
 * in a process of its own like the older Miasto that made it: zonky's defaults ({@code initdb -A trust}),
 * the store created and owned by the superuser {@code postgres}, a table with three rows, a loose sequence,
 * a view and a function; then the server is stopped.
 */
public final class OldTrustingHome {
    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]);
        Files.createDirectories(home.resolve("binaries"));
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(home.resolve("pgdata"))
                .setCleanDataDirectory(false).setOverrideWorkingDirectory(home.resolve("binaries").toFile())
                .setPort(port).setServerConfig("listen_addresses", "localhost").setLocaleConfig("locale", "C.UTF-8")
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(home.resolve("postgres.log").toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(home.resolve("postgres.log").toFile()))
                .start()) {
            try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "");
                 Statement st = c.createStatement()) {
                st.execute("CREATE DATABASE miasto ENCODING 'UTF8' TEMPLATE template0");
            }
            try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/miasto", "postgres", "");
                 Statement st = c.createStatement()) {
                st.execute("CREATE TABLE unit (id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL)");
                st.execute("INSERT INTO unit (name) VALUES ('Kraków'), ('Łódź'), ('Gdańsk')");
                st.execute("CREATE SEQUENCE loose_seq");
                st.execute("CREATE VIEW unit_names AS SELECT name FROM unit");
                st.execute("CREATE FUNCTION unit_count() RETURNS bigint LANGUAGE sql AS 'SELECT count(*) FROM unit'");
            }
        }
        System.out.println("MADE");
    }
}
