package pl.miasto4.app.db;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/**
 * The attacks of issue 11's probe on the embedded PostgreSQL, against a real server in a fresh home:
 * no connection without the right password, the application's role can neither run programs nor
 * read server files, owner-only permissions on the home, the passwords and the binaries, another OS
 * user locked out, and a home of an older Miasto (trusting every local connection) switched over
 * with its data kept.
 */
@Tag("storage")
class EmbeddedDatabaseLockedTest {
    @TempDir
    Path tmp;

    private EmbeddedPostgresServer server;

    @AfterEach
    void leave() {
        if (server != null) {
            server.close();
        }
    }

    private EmbeddedPostgresServer serverIn(Path home) {
        server = EmbeddedPostgresServer.acquire(home, 0);
        return server;
    }

    private static String url(EmbeddedPostgresServer s, String db) {
        return "jdbc:postgresql://localhost:" + s.port() + "/" + db;
    }

    @Test
    void noConnectionWithoutTheRightPassword() throws Exception {
        EmbeddedPostgresServer s = serverIn(tmp.resolve("home"));
        for (String role : List.of("postgres", "miasto")) {
            for (String db : List.of("postgres", "miasto", "template1")) {
                assertThatThrownBy(() -> DriverManager.getConnection(url(s, db), role, "").close())
                        .as("%s@%s without a password", role, db).isInstanceOf(SQLException.class)
                        .hasMessageContaining("password");
                assertThatThrownBy(() -> DriverManager.getConnection(url(s, db), role, "not-the-password").close())
                        .as("%s@%s with a wrong password", role, db).isInstanceOf(SQLException.class)
                        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("28P01"));
            }
        }
        // the application's own password opens its database, and only as itself
        try (Connection c = DriverManager.getConnection(s.jdbcUrl(), s.user(), s.password());
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT current_user")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("miasto");
        }
        assertThatThrownBy(() -> DriverManager.getConnection(url(s, "miasto"), "postgres", s.password()).close())
                .as("the application's password is not the superuser's").isInstanceOf(SQLException.class);
        String hba = Files.readString(tmp.resolve("home/pgdata/pg_hba.conf"));
        assertThat(hba.lines().filter(l -> !l.isBlank() && !l.startsWith("#")))
                .isNotEmpty()
                .allSatisfy(l -> assertThat(l).endsWith("scram-sha-256").doesNotContain("trust").doesNotContain("replication"));
    }

    @Test
    void theApplicationRoleCannotRunProgramsOrReadServerFiles() throws Exception {
        EmbeddedPostgresServer s = serverIn(tmp.resolve("home"));
        try (Connection c = DriverManager.getConnection(s.jdbcUrl(), s.user(), s.password());
             Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("""
                    SELECT rolsuper, rolcreaterole, rolcreatedb, rolreplication, rolbypassrls,
                           pg_has_role('miasto', 'pg_read_server_files', 'MEMBER'),
                           pg_has_role('miasto', 'pg_write_server_files', 'MEMBER'),
                           pg_has_role('miasto', 'pg_execute_server_program', 'MEMBER'),
                           (SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = 'miasto')
                    FROM pg_roles WHERE rolname = current_user""")) {
                rs.next();
                for (int i = 1; i <= 8; i++) {
                    assertThat(rs.getBoolean(i)).as("column %d", i).isFalse();
                }
                assertThat(rs.getString(9)).as("owner of the database").isEqualTo("miasto");
            }
            Path marker = tmp.resolve("pwned");
            for (String attack : List.of(
                    "COPY (SELECT 1) TO PROGRAM 'touch " + marker + "'",
                    "COPY (SELECT 1) TO '" + tmp.resolve("out.csv") + "'",
                    "CREATE TEMP TABLE t(x text); COPY t FROM PROGRAM 'id'",
                    "SELECT pg_read_file('pg_hba.conf')",
                    "SELECT pg_read_binary_file('" + DatabaseSecrets.superuserFile(tmp.resolve("home")) + "')",
                    "SELECT pg_ls_dir('.')",
                    "SELECT lo_import('/etc/passwd')",
                    "ALTER SYSTEM SET log_statement = 'all'",
                    "CREATE ROLE intruder SUPERUSER LOGIN")) {
                assertThatThrownBy(() -> st.execute(attack)).as(attack).isInstanceOf(SQLException.class)
                        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).as(attack).isEqualTo("42501"));
            }
            assertThat(marker).doesNotExist();
            // but it owns its database: the store's migrations can run
            st.execute("CREATE TABLE owned_here (x int)");
            st.execute("DROP TABLE owned_here");
        }
    }

    @Test
    void passwordsAndHomeHaveOwnerOnlyPermissions() throws Exception {
        Path home = tmp.resolve("home");
        EmbeddedPostgresServer s = serverIn(home);
        Set<PosixFilePermission> dir = PosixFilePermissions.fromString("rwx------");
        Set<PosixFilePermission> file = PosixFilePermissions.fromString("rw-------");
        assertThat(Files.getPosixFilePermissions(home)).isEqualTo(dir);
        assertThat(Files.getPosixFilePermissions(DatabaseSecrets.directory(home))).isEqualTo(dir);
        assertThat(Files.getPosixFilePermissions(home.resolve("binaries"))).isEqualTo(dir);
        assertThat(Files.getPosixFilePermissions(home.resolve("pgdata"))).isEqualTo(dir);
        assertThat(Files.getPosixFilePermissions(DatabaseSecrets.superuserFile(home))).isEqualTo(file);
        assertThat(Files.getPosixFilePermissions(DatabaseSecrets.appFile(home))).isEqualTo(file);
        assertThat(Files.getPosixFilePermissions(home.resolve("pgdata/pg_hba.conf"))).isEqualTo(file);
        try (Stream<Path> all = Files.walk(home.resolve("binaries"))) {
            List<Path> writableByOthers = all.filter(p -> !Files.isSymbolicLink(p)).filter(p -> {
                try {
                    Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS);
                    return perms.contains(PosixFilePermission.GROUP_WRITE) || perms.contains(PosixFilePermission.OTHERS_WRITE);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
            assertThat(writableByOthers).isEmpty();
        }
        String su = Files.readString(DatabaseSecrets.superuserFile(home)).trim();
        String app = Files.readString(DatabaseSecrets.appFile(home)).trim();
        assertThat(su).hasSizeGreaterThanOrEqualTo(40).isNotEqualTo(app);
        assertThat(app).isEqualTo(s.password());
        // neither password is in the server's log (nor anything else in the home outside the secrets)
        String log = Files.readString(home.resolve("postgres.log"));
        assertThat(log).doesNotContain(su).doesNotContain(app);
        assertThat(DatabaseSecrets.directory(home).resolve("initdb.pw")).doesNotExist();
    }

    @Test
    void anOlderTrustingHomeIsLockedAndKeepsItsRows() throws Exception {
        Path home = tmp.resolve("old-home");
        Process maker = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), OldTrustingHome.class.getName(), home.toString())
                .redirectErrorStream(true).start();
        String made = new String(maker.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(maker.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(made).contains("MADE");
        assertThat(Files.readString(home.resolve("pgdata/pg_hba.conf"))).contains("trust");

        EmbeddedPostgresServer s = serverIn(home);
        assertThat(Files.readString(home.resolve("pgdata/pg_hba.conf"))).doesNotContain("trust");
        assertThatThrownBy(() -> DriverManager.getConnection(s.jdbcUrl(), "postgres", "").close()).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> DriverManager.getConnection(s.jdbcUrl(), "miasto", "").close()).isInstanceOf(SQLException.class);
        try (Connection c = DriverManager.getConnection(s.jdbcUrl(), s.user(), s.password());
             Statement st = c.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT name FROM unit_names ORDER BY name")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            assertThat(names).containsExactly("Gdańsk", "Kraków", "Łódź");
            // the application's role owns what it found: it can write, migrate and use the sequences
            st.execute("INSERT INTO unit (name) VALUES ('Poznań')");
            st.execute("ALTER TABLE unit ADD COLUMN teryt text");
            st.execute("SELECT nextval('loose_seq')");
            try (ResultSet rs = st.executeQuery("SELECT unit_count()")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(4);
            }
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                    + "WHERE n.nspname = 'public' AND pg_get_userbyid(c.relowner) <> 'miasto'")) {
                rs.next();
                assertThat(rs.getLong(1)).as("objects still owned by postgres").isZero();
            }
            assertThatThrownBy(() -> st.execute("COPY (SELECT 1) TO PROGRAM 'true'")).isInstanceOf(SQLException.class);
        }
        // and it stays locked across a restart
        server.close();
        server = null;
        EmbeddedPostgresServer again = serverIn(home);
        try (Connection c = DriverManager.getConnection(again.jdbcUrl(), again.user(), again.password());
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM unit")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(4);
        }
    }

    /**
     * The probe's first attack: another (unprivileged) OS user on the machine connects to the embedded
     * server. Needs root to become that user; skipped otherwise, unless MIASTO_REQUIRE_OS_USER_TEST=1
     * (CI), where a skip would hide the test and so it fails instead.
     */
    @Test
    void anotherOsUserCannotConnectNorReadThePasswords() throws Exception {
        boolean root = "0".equals(new String(new ProcessBuilder("id", "-u").start().getInputStream().readAllBytes(),
                StandardCharsets.UTF_8).trim());
        if (!root) {
            if ("1".equals(System.getenv("MIASTO_REQUIRE_OS_USER_TEST"))) {
                fail("MIASTO_REQUIRE_OS_USER_TEST=1 but the tests do not run as root, so they cannot act as another OS user");
            }
            Assumptions.abort("needs root to run the probe as the user nobody");
        }
        Path home = tmp.resolve("home");
        EmbeddedPostgresServer s = serverIn(home);

        // the probe needs only the JDK, the PostgreSQL driver and its own class, in a folder nobody can read
        Path probeDir = Files.createDirectory(tmp.resolve("probe"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxr-xr-x")));
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwx--x--x"));
        Path classes = Files.createDirectories(probeDir.resolve("classes/pl/miasto4/app/db"));
        Files.copy(Path.of(OsUserProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("pl/miasto4/app/db/OsUserProbe.class"), classes.resolve("OsUserProbe.class"));
        Path driver = Path.of(org.postgresql.Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Files.copy(driver, probeDir.resolve("postgresql.jar"));
        try (Stream<Path> all = Files.walk(probeDir)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
        List<String> cmd = List.of("runuser", "-u", "nobody", "--",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                probeDir.resolve("classes") + File.pathSeparator + probeDir.resolve("postgresql.jar"),
                OsUserProbe.class.getName(), Integer.toString(s.port()),
                DatabaseSecrets.superuserFile(home).toString(), DatabaseSecrets.appFile(home).toString(),
                home.resolve("pgdata/pg_hba.conf").toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).directory(probeDir.toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        List<String> lines = out.lines().toList();
        assertThat(lines).as(out).filteredOn(l -> l.startsWith("REFUSED ")).hasSize(4);
        assertThat(lines).as(out).filteredOn(l -> l.startsWith("UNREADABLE ")).hasSize(3);
        assertThat(lines).as(out).noneMatch(l -> l.startsWith("CONNECTED") || l.startsWith("READ "));
        // the probe really ran as another user and reached the server: refused by authentication
        assertThat(lines).filteredOn(l -> l.startsWith("REFUSED ")).allMatch(l -> l.contains("password"));
    }
}
