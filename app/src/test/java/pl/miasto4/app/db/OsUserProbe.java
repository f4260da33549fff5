package pl.miasto4.app.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The attacker of {@link EmbeddedDatabaseLockedTest}: run as another OS user, it tries to connect to
 * the embedded PostgreSQL as each role without a password and to read the files named after the port
 * (the password files), using nothing but the JDK and the PostgreSQL driver, and prints
 * one line per attempt: {@code CONNECTED role}, {@code REFUSED role: reason}, {@code READ file} or
 * {@code UNREADABLE file}.
 */
public final class OsUserProbe {
    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        for (String role : new String[] {"postgres", "miasto"}) {
            for (String db : new String[] {"miasto", "postgres"}) {
                try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + db, role, "")) {
                    System.out.println("CONNECTED " + role + "@" + db);
                } catch (SQLException e) {
                    System.out.println("REFUSED " + role + "@" + db + ": " + e.getMessage());
                }
            }
        }
        for (int i = 1; i < args.length; i++) {
            Path file = Path.of(args[i]);
            try {
                Files.readAllBytes(file);
                System.out.println("READ " + file);
            } catch (Exception e) {
                System.out.println("UNREADABLE " + file + ": " + e);
            }
        }
    }
}
