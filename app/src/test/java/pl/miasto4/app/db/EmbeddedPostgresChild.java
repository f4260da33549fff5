package pl.miasto4.app.db;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * A second Miasto process for {@link EmbeddedPostgresServerTest}: joins (or starts) the embedded
 * server of a home directory, optionally commits a row, prints "PORT n" and waits for a line on
 * standard input before leaving (or is killed).
 */
public final class EmbeddedPostgresChild {
    public static void main(String[] args) throws Exception {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.acquire(Path.of(args[0]), 0);
        if (args.length > 1) {
            try (Connection c = DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password());
                 Statement st = c.createStatement()) {
                st.execute("CREATE TABLE IF NOT EXISTS child_marks (mark text)");
                st.execute("INSERT INTO child_marks VALUES ('" + args[1] + "')");
            }
        }
        System.out.println("PORT " + server.port());
        System.out.flush();
        new BufferedReader(new InputStreamReader(System.in)).readLine();
        server.close();
        System.out.println("LEFT");
    }
}
