package pl.miasto4.lake;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Runs recipes on DuckDB embedded: each lake table becomes a view over its committed Parquet files
 * (with the Hive partition columns source and day), {@code population(unit, population)} holds the
 * residents, then the recipe's SQL text runs unchanged. A second engine (Spark SQL) only has to provide
 * the same views; the recipe text and {@link #publish} stay as they are.
 */
public final class DuckDbEngine {
    /** Cells with fewer people than this are not published. */
    public static final int MIN_PEOPLE = 10;

    private final Lake lake;

    public DuckDbEngine(Lake lake) {
        this.lake = lake;
    }

    public RecipeRun run(Recipe recipe, String unit, long population) {
        long t0 = System.nanoTime();
        Manifest m = lake.manifest();
        try (Connection c = Lake.duckdb(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE population (unit VARCHAR, population BIGINT)");
            st.execute("INSERT INTO population VALUES ('" + Lake.sql(unit) + "', " + population + ")");
            TreeSet<String> partitions = new TreeSet<>();
            for (String input : recipe.inputs()) {
                LakeTable t = LakeTable.named(input);
                List<Manifest.Entry> entries = m.of(input);
                if (entries.isEmpty()) {
                    String cols = t.columns().stream().map(col -> col.name() + " " + col.type()).collect(Collectors.joining(", "));
                    st.execute("CREATE TABLE " + input + " (" + cols + ", source VARCHAR, day DATE)");
                } else {
                    List<String> files = entries.stream().map(e -> lake.root().resolve(e.path()).toString()).toList();
                    st.execute("CREATE VIEW " + input + " AS SELECT * FROM " + Lake.readParquet(files, true));
                    entries.forEach(e -> partitions.add(input + "/source=" + e.source() + "/day=" + e.day()));
                }
            }
            List<RecipeOutput> raw = new ArrayList<>();
            String lineage = lineage(recipe, partitions);
            try (ResultSet rs = st.executeQuery(recipe.sql())) {
                while (rs.next()) {
                    raw.add(new RecipeOutput(rs.getString("unit"), rs.getString("indicator"), rs.getString("period"),
                            rs.getString("breakdown"), rs.getDouble("value"), rs.getLong("people"), lineage));
                }
            }
            List<RecipeOutput> published = publish(raw);
            return new RecipeRun(recipe, published, raw.size() - published.size(), List.copyOf(partitions), lineage,
                    (System.nanoTime() - t0) / 1_000_000);
        } catch (SQLException e) {
            throw new IllegalStateException("recipe " + recipe.label() + " failed: " + e.getMessage(), e);
        }
    }

    /** Removes small cells (fewer than {@value #MIN_PEOPLE} people) and orders the rest. */
    public static List<RecipeOutput> publish(List<RecipeOutput> raw) {
        return raw.stream().filter(o -> o.people() >= MIN_PEOPLE)
                .sorted(java.util.Comparator.comparing(RecipeOutput::indicator).thenComparing(RecipeOutput::period)
                        .thenComparing(o -> o.breakdown() == null ? "" : o.breakdown()))
                .toList();
    }

    /** "recipe city_card v1; inputs card_events source=x day=2026-01-01..2026-12-31 (365 partitions)". */
    static String lineage(Recipe recipe, TreeSet<String> partitions) {
        Map<String, TreeSet<String>> days = new TreeMap<>();
        for (String p : partitions) {
            int d = p.lastIndexOf("/day=");
            days.computeIfAbsent(p.substring(0, d).replace("/", " "), k -> new TreeSet<>()).add(p.substring(d + 5));
        }
        String inputs = days.entrySet().stream().map(e -> e.getKey() + " day=" + e.getValue().first() + ".."
                + e.getValue().last() + " (" + e.getValue().size() + " partitions)").collect(Collectors.joining("; "));
        return "recipe " + recipe.label() + "; inputs " + (inputs.isEmpty() ? "none" : inputs);
    }
}
