package pl.miasto4.lake;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A folder of Parquet files partitioned Hive-style by source and day
 * ({@code <table>/source=<s>/day=YYYY-MM-DD/part-<batch>-<n>.parquet}) with a manifest of committed files.
 * <p>
 * A batch is written by DuckDB into {@code _staging/<batch>}, its files are renamed into place and the
 * manifest is replaced by an atomic rename: that last rename commits. Files not in the manifest (a crash
 * between the renames) are removed when the lake is next opened, so a crash leaves the lake as it was.
 */
public final class Lake {
    public static final String MANIFEST = "_manifest.json";
    private static final Pattern SOURCE = Pattern.compile("[a-z0-9][a-z0-9_-]{0,62}");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static {
        try {
            Class.forName("org.duckdb.DuckDBDriver");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("DuckDB JDBC driver missing", e);
        }
    }

    private final Path root;

    private Lake(Path root) {
        this.root = root;
    }

    /** Opens (creating if needed) the lake in {@code root}, removing leftovers of an interrupted commit. */
    public static Lake open(Path root) {
        Lake lake = new Lake(root.toAbsolutePath());
        try {
            Files.createDirectories(lake.root);
            lake.withLock(() -> {
                lake.recover();
                return null;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lake;
    }

    public Path root() {
        return root;
    }

    public static Connection duckdb() throws SQLException {
        return DriverManager.getConnection("jdbc:duckdb:");
    }

    public Manifest manifest() {
        Path m = root.resolve(MANIFEST);
        if (!Files.exists(m)) return Manifest.empty();
        return JSON.readValue(m.toFile(), Manifest.class);
    }

    /**
     * Adds the rows to {@code table} under {@code source}, all or nothing. Rows whose key is already in
     * the lake (same day partition) or earlier in the batch are skipped as duplicates; for versioned
     * tables a row is a duplicate only when the same key and version are there.
     */
    public IngestResult ingest(LakeTable table, String source, Iterable<LakeRow> rows) {
        if (!SOURCE.matcher(source).matches())
            throw new IllegalArgumentException("source must match " + SOURCE.pattern() + ": " + source);
        return withLock(() -> write(table, source, rows));
    }

    private IngestResult write(LakeTable table, String source, Iterable<LakeRow> rows) throws Exception {
        String batch = LocalDateTime.now().toString().replaceAll("[^0-9]", "").substring(0, 14) + "-"
                + UUID.randomUUID().toString().substring(0, 8);
        Path staging = root.resolve("_staging").resolve(batch);
        Manifest before = manifest();
        try (Connection c = duckdb(); Statement st = c.createStatement()) {
            String cols = table.columns().stream().map(col -> col.name() + " " + col.type()).collect(Collectors.joining(", "));
            st.execute("CREATE TABLE incoming (" + cols + ", day DATE, seq BIGINT)");
            long read = 0;
            Set<LocalDate> days = new HashSet<>();
            try (DuckDBAppender a = ((DuckDBConnection) c).createAppender("main", "incoming")) {
                for (LakeRow r : rows) {
                    a.beginRow();
                    for (Object v : r.values()) append(a, v);
                    a.append(r.day());
                    a.append(read++);
                    a.endRow();
                    days.add(r.day());
                }
            }
            String key = table.version() == null ? table.key() : table.key() + ", " + table.version();
            st.execute("CREATE TABLE fresh AS SELECT * EXCLUDE (seq) FROM incoming "
                    + "QUALIFY row_number() OVER (PARTITION BY " + key + " ORDER BY seq) = 1");
            Set<String> dayStrings = days.stream().map(LocalDate::toString).collect(Collectors.toSet());
            List<String> existing = before.of(table.name()).stream().filter(e -> dayStrings.contains(e.day()))
                    .map(e -> root.resolve(e.path()).toString()).toList();
            if (!existing.isEmpty()) {
                st.execute("CREATE TABLE known AS SELECT DISTINCT " + key + " FROM " + readParquet(existing, false));
                st.execute("DELETE FROM fresh WHERE EXISTS (SELECT 1 FROM known k WHERE "
                        + java.util.Arrays.stream(key.split(", ")).map(k -> "k." + k + " = fresh." + k)
                        .collect(Collectors.joining(" AND ")) + ")");
            }
            long added = count(st, "SELECT count(*) FROM fresh");
            List<Manifest.Entry> entries = new ArrayList<>(before.files());
            TreeSet<String> partitions = new TreeSet<>();
            if (added > 0) {
                java.util.Map<String, Long> rowsPerDay = new java.util.HashMap<>();
                try (ResultSet rs = st.executeQuery("SELECT CAST(day AS VARCHAR), count(*) FROM fresh GROUP BY day")) {
                    while (rs.next()) rowsPerDay.put(rs.getString(1), rs.getLong(2));
                }
                Files.createDirectories(staging);
                String select = table.columns().stream().map(LakeTable.Column::name).collect(Collectors.joining(", "));
                st.execute("COPY (SELECT " + select + ", '" + source + "' AS source, day FROM fresh ORDER BY day, "
                        + table.key() + ") TO '" + sql(staging.toString()) + "' (FORMAT parquet, COMPRESSION zstd, PARTITION_BY (source, day))");
                List<Path> written;
                try (Stream<Path> s = Files.walk(staging)) {
                    written = s.filter(p -> p.toString().endsWith(".parquet")).sorted().toList();
                }
                int n = 0;
                for (Path f : written) {
                    Path rel = staging.relativize(f.getParent());
                    String day = rel.getFileName().toString().substring("day=".length());
                    Path target = root.resolve(table.name()).resolve("source=" + source).resolve("day=" + day)
                            .resolve("part-" + batch + "-" + (n++) + ".parquet");
                    Files.createDirectories(target.getParent());
                    Files.move(f, target, StandardCopyOption.ATOMIC_MOVE);
                    long filesThatDay = written.stream().filter(w -> w.getParent().equals(f.getParent())).count();
                    long rowsIn = filesThatDay == 1 ? rowsPerDay.get(day)
                            : count(st, "SELECT count(*) FROM read_parquet('" + sql(target.toString()) + "')");
                    entries.add(new Manifest.Entry(table.name(), root.relativize(target).toString(), source, day, rowsIn, batch));
                    partitions.add(table.name() + "/source=" + source + "/day=" + day);
                }
                Manifest after = new Manifest(before.version() + 1, entries);
                Path tmp = root.resolve(MANIFEST + ".tmp");
                JSON.writeValue(tmp.toFile(), after);
                try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                    ch.force(true);
                }
                Files.move(tmp, root.resolve(MANIFEST), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            return new IngestResult(table.name(), batch, read, added, read - added, List.copyOf(partitions));
        } finally {
            deleteTree(staging);
            try (Stream<Path> left = Files.exists(staging.getParent()) ? Files.list(staging.getParent()) : Stream.empty()) {
                if (left.findAny().isEmpty()) Files.deleteIfExists(staging.getParent());
            }
        }
    }

    /** A DuckDB/Spark-style {@code read_parquet([...])} over the given files with Hive partition columns. */
    static String readParquet(List<String> files, boolean hive) {
        return "read_parquet([" + files.stream().map(f -> "'" + sql(f) + "'").collect(Collectors.joining(", ")) + "]"
                + (hive ? ", hive_partitioning = true, hive_types = {'day': DATE, 'source': VARCHAR}" : "") + ")";
    }

    /** Committed files of a table, absolute paths. */
    public List<String> files(String table) {
        return manifest().of(table).stream().map(e -> root.resolve(e.path()).toString()).toList();
    }

    private void recover() throws IOException {
        deleteTree(root.resolve("_staging"));
        Files.deleteIfExists(root.resolve(MANIFEST + ".tmp"));
        Set<Path> committed = manifest().files().stream().map(e -> root.resolve(e.path()).normalize()).collect(Collectors.toSet());
        for (LakeTable t : LakeTable.ALL) {
            Path dir = root.resolve(t.name());
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.filter(Files::isRegularFile).toList()) {
                    if (!committed.contains(p.normalize())) Files.delete(p);
                }
            }
        }
    }

    private interface Work<T> {
        T run() throws Exception;
    }

    private <T> T withLock(Work<T> work) {
        try (FileChannel ch = FileChannel.open(root.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = ch.lock()) {
            return work.run();
        } catch (RuntimeException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("lake write failed: " + e.getMessage(), e);
        }
    }

    private static void append(DuckDBAppender a, Object v) throws SQLException {
        if (v == null) a.appendNull();
        else if (v instanceof String s) a.append(s);
        else if (v instanceof Long l) a.append((long) l);
        else if (v instanceof Double d) a.append((double) d);
        else if (v instanceof LocalDateTime t) a.append(t);
        else if (v instanceof LocalDate d) a.append(d);
        else throw new IllegalArgumentException("unsupported lake value " + v.getClass());
    }

    static long count(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static String sql(String s) {
        return s.replace("'", "''");
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(x);
        }
    }
}
