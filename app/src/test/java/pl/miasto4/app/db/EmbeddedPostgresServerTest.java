package pl.miasto4.app.db;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded PostgreSQL shared by Miasto processes: started by the first, joined by the others,
 * stopped by the last to leave, data kept across restarts, and committed data surviving a
 * {@code kill -9} of the process that wrote it. Runs as root too (through a user namespace).
 */
@Tag("system")
class EmbeddedPostgresServerTest {
    @TempDir
    Path home;

    private static Process child(Path home, String mark) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), EmbeddedPostgresChild.class.getName(), home.toString()));
        if (mark != null) {
            cmd.add(mark);
        }
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }

    private static int portOf(Process p) throws Exception {
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            if (line.startsWith("PORT ")) {
                return Integer.parseInt(line.substring(5).trim());
            }
        }
        throw new AssertionError("the child process ended without joining the database");
    }

    private static boolean serverRunning(Path home) throws Exception {
        return EmbeddedPostgresServer.runningPort(home.resolve("pgdata")).isPresent();
    }

    private static List<String> marks(EmbeddedPostgresServer s) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(s.jdbcUrl(), s.user(), s.password());
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT mark FROM child_marks ORDER BY mark")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    @Test
    void sharedByProcessesStoppedByTheLastAndDataKept() throws Exception {
        Process other = child(home, "from-child");
        int childPort = portOf(other);
        EmbeddedPostgresServer mine = EmbeddedPostgresServer.acquire(home, 0);
        assertThat(mine.port()).as("joined the running server").isEqualTo(childPort);
        assertThat(marks(mine)).containsExactly("from-child");

        // the child leaves first: the server stays up for us
        new OutputStreamWriter(other.getOutputStream()).append("\n").flush();
        assertThat(other.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(serverRunning(home)).isTrue();
        assertThat(marks(mine)).containsExactly("from-child");

        // we leave last: the server stops
        mine.close();
        assertThat(serverRunning(home)).isFalse();

        // started again: the data is still there
        EmbeddedPostgresServer again = EmbeddedPostgresServer.acquire(home, 0);
        try {
            assertThat(marks(again)).containsExactly("from-child");
        } finally {
            again.close();
        }
    }

    @Test
    void committedDataSurvivesKillMinusNineOfTheWriter() throws Exception {
        Process writer = child(home, "before-kill");
        portOf(writer); // the row is committed once the port is printed
        writer.destroyForcibly(); // SIGKILL: no shutdown hook, no clean close
        assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
        EmbeddedPostgresServer s = EmbeddedPostgresServer.acquire(home, 0);
        try {
            assertThat(marks(s)).containsExactly("before-kill");
        } finally {
            s.close();
        }
        assertThat(serverRunning(home)).as("the last process to leave stopped the server").isFalse();
    }

    @Test
    void acquiringTwiceInOneProcessSharesOneLease() {
        EmbeddedPostgresServer a = EmbeddedPostgresServer.acquire(home, 0);
        EmbeddedPostgresServer b = EmbeddedPostgresServer.acquire(home, 0);
        try {
            assertThat(b).isSameAs(a);
            a.close();
            assertThat(EmbeddedPostgresServer.runningPort(home.resolve("pgdata"))).isPresent();
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            b.close();
        }
    }
}
