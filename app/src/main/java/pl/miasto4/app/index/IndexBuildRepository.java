package pl.miasto4.app.index;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;
import pl.miasto4.app.db.CopyRows;
import pl.miasto4.index.Dataset;
import pl.miasto4.index.Framework;
import pl.miasto4.index.Node;
import pl.miasto4.index.stats.Stats;
import pl.miasto4.index.uncertainty.UncertaintyResult;
import tools.jackson.databind.json.JsonMapper;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Saved builds: what was chosen and run, the inputs with their periods, and the results (migration V20). */
@Repository
public class IndexBuildRepository {
    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final JsonMapper json;

    public IndexBuildRepository(JdbcClient jdbc, DataSource dataSource, JsonMapper json) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.json = json;
    }

    /** A saved build as listed and described (without its values). */
    public record Saved(long id, String name, String description, StoreSelection selection, String recipe,
                        String uncertainty, OffsetDateTime asOf, String target, Integer replications, Integer failed,
                        Map<String, Integer> failureReasons, String uncertaintyError, double buildMs, Double uncertaintyMs,
                        String createdBy, OffsetDateTime createdAt, int units, int indicators) {
    }

    /** Writes a build; call inside a transaction. Returns its id. */
    public long insert(IndexRun run, String name, String description, String username) {
        UncertaintyResult u = run.uncertainty();
        long id = jdbc.sql("""
                INSERT INTO index_build (name, description, selection, recipe, uncertainty, as_of, target, replications,
                    failed, failure_reasons, uncertainty_error, build_ms, uncertainty_ms, created_by)
                VALUES (:name, :description, :selection::jsonb, :recipe, :uncertainty, :asOf, :target, :replications,
                    :failed, :reasons::jsonb, :error, :buildMs, :uncertaintyMs, :user)
                RETURNING id""")
                .param("name", name.strip()).param("description", description == null || description.isBlank() ? null : description.strip())
                .param("selection", json.writeValueAsString(run.selection().withAsOf(run.input().asOf())))
                .param("recipe", run.recipeYaml()).param("uncertainty", u == null ? null : run.uncertaintyYaml())
                .param("asOf", run.input().asOf()).param("target", run.target())
                .param("replications", u == null ? null : u.replications()).param("failed", u == null ? null : u.failed())
                .param("reasons", u == null ? null : json.writeValueAsString(u.failureReasons()))
                .param("error", run.uncertaintyError()).param("buildMs", run.buildMs())
                .param("uncertaintyMs", u == null ? null : run.uncertaintyMs()).param("user", username)
                .query(Long.class).single();
        StoreInput in = run.input();
        Framework f = in.framework();
        int position = 0;
        for (Node n : f.nodes()) {
            jdbc.sql("""
                    INSERT INTO index_build_node (build_id, code, name, type, level, parent_code, weight, direction, denominator,
                        target, unit, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, n.code(), n.name(), n.isIndicator() ? "Indicator" : "Aggregate", n.level(), n.parent(), n.weight(),
                            n.isIndicator() ? n.direction() : null, n.denominator(), Double.isNaN(n.target()) ? null : n.target(),
                            n.unit(), position++)
                    .update();
        }
        for (String g : f.groups()) {
            jdbc.sql("INSERT INTO index_build_node (build_id, code, name, type, position) VALUES (?, ?, ?, 'Group', ?)")
                    .params(id, g, g, position++).update();
        }
        for (String d : f.denominators()) {
            jdbc.sql("INSERT INTO index_build_node (build_id, code, name, type, position) VALUES (?, ?, ?, 'Denominator', ?)")
                    .params(id, d, d, position++).update();
        }
        Connection c = DataSourceUtils.getConnection(dataSource);
        try {
            try (CopyRows copy = new CopyRows(c, "COPY index_build_unit (build_id, unit_code, name, position) FROM STDIN")) {
                int k = 0;
                for (StoreInput.Unit unit : in.units()) {
                    copy.field(id).field(unit.code()).field(unit.name()).field(k++).endRow();
                }
                copy.finish();
            }
            try (CopyRows copy = new CopyRows(c, "COPY index_build_group (build_id, unit_code, group_code, value) FROM STDIN")) {
                for (StoreInput.Unit unit : in.units()) {
                    for (Map.Entry<String, String> g : in.groups().getOrDefault(unit.code(), Map.of()).entrySet()) {
                        copy.field(id).field(unit.code()).field(g.getKey()).field(g.getValue()).endRow();
                    }
                }
                copy.finish();
            }
            try (CopyRows copy = new CopyRows(c, "COPY index_build_value (build_id, unit_code, code, period, value, flags) FROM STDIN")) {
                for (StoreInput.Value v : in.values()) {
                    copy.field(id).field(v.unit()).field(v.code()).field(v.period()).field(v.value()).field(v.flags()).endRow();
                }
                copy.finish();
            }
            Dataset d = run.results();
            try (CopyRows copy = new CopyRows(c, "COPY index_build_score (build_id, unit_code, code, score, rank) FROM STDIN")) {
                for (int j = 0; j < d.columnCount(); j++) {
                    double[] col = d.column(j);
                    double[] rank = Stats.rank(col, true);
                    for (int i = 0; i < col.length; i++) {
                        boolean missing = Double.isNaN(col[i]);
                        copy.field(id).field(d.units().get(i)).field(d.codes().get(j)).field(missing ? null : col[i])
                                .field(missing ? null : (int) rank[i]).endRow();
                    }
                }
                copy.finish();
            }
            if (u != null) {
                try (CopyRows copy = new CopyRows(c, "COPY index_build_rank_stats (build_id, unit_code, nominal_score, nominal_rank, "
                        + "mean_rank, median_rank, q05_rank, q95_rank, replications) FROM STDIN")) {
                    for (UncertaintyResult.RankStats s : u.ranks()) {
                        copy.field(id).field(s.unit()).field(num(s.nominalScore())).field(s.nominalRank() > 0 ? s.nominalRank() : null)
                                .field(num(s.mean())).field(num(s.median())).field(num(s.q05())).field(num(s.q95()))
                                .field(s.count()).endRow();
                    }
                    copy.finish();
                }
                int k = 0;
                for (UncertaintyResult.Sensitivity s : u.sensitivity()) {
                    jdbc.sql("INSERT INTO index_build_sensitivity (build_id, choice, first_order, total, samples_used, position) "
                                    + "VALUES (?, ?, ?, ?, ?, ?)")
                            .params(id, s.choice(), num(s.first()), num(s.total()), s.usedSamples(), k++).update();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The database refused the build: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(c, dataSource);
        }
        return id;
    }

    private static Double num(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? null : v;
    }

    private static final String SAVED = """
            SELECT b.*, (SELECT count(*) FROM index_build_unit u WHERE u.build_id = b.id) AS unit_count,
                   (SELECT count(*) FROM index_build_node n WHERE n.build_id = b.id AND n.type = 'Indicator') AS indicator_count
            FROM index_build b""";

    private Saved saved(java.sql.ResultSet rs) throws SQLException {
        String reasons = rs.getString("failure_reasons");
        Map<String, Integer> failures = new LinkedHashMap<>();
        if (reasons != null) {
            json.readTree(reasons).properties().forEach(e -> failures.put(e.getKey(), e.getValue().asInt()));
        }
        return new Saved(rs.getLong("id"), rs.getString("name"), rs.getString("description"),
                json.readValue(rs.getString("selection"), StoreSelection.class), rs.getString("recipe"),
                rs.getString("uncertainty"), rs.getObject("as_of", OffsetDateTime.class), rs.getString("target"),
                (Integer) rs.getObject("replications"), (Integer) rs.getObject("failed"), failures,
                rs.getString("uncertainty_error"), rs.getDouble("build_ms"), (Double) rs.getObject("uncertainty_ms"),
                rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getInt("unit_count"), rs.getInt("indicator_count"));
    }

    public List<Saved> list() {
        return jdbc.sql(SAVED + " ORDER BY b.created_at DESC, b.id DESC").query((rs, n) -> saved(rs)).list();
    }

    /** Whether a build of this name is saved. */
    public boolean exists(String name) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM index_build WHERE name = ?)").param(name).query(Boolean.class).single();
    }

    /** The latest period the store has for the indicators of a framework (its own period), if any. */
    public Optional<String> latestPeriod(String framework) {
        return jdbc.sql("""
                SELECT max(o.period) FROM observation o JOIN index_framework_node n
                  ON n.code = o.indicator_code AND n.framework_code = ? AND n.type = 'Indicator'""")
                .param(framework).query(String.class).optional();
    }

    public Optional<Saved> find(long id) {
        return jdbc.sql(SAVED + " WHERE b.id = ?").param(id).query((rs, n) -> saved(rs)).optional();
    }

    /** The input of a saved build, exactly as it was read from the store. */
    public StoreInput input(long id, OffsetDateTime asOf) {
        List<Node> nodes = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        List<String> denominators = new ArrayList<>();
        jdbc.sql("SELECT * FROM index_build_node WHERE build_id = ? ORDER BY position").param(id).query(rs -> {
            String type = rs.getString("type");
            switch (type) {
                case "Group" -> groups.add(rs.getString("code"));
                case "Denominator" -> denominators.add(rs.getString("code"));
                default -> {
                    Number dir = (Number) rs.getObject("direction");
                    Number target = (Number) rs.getObject("target");
                    nodes.add(new Node(rs.getString("code"), rs.getString("name"), rs.getInt("level"),
                            dir == null ? 1 : dir.intValue(), rs.getDouble("weight"), rs.getString("parent_code"),
                            rs.getString("denominator"), target == null ? Double.NaN : target.doubleValue(), rs.getString("unit")));
                }
            }
        });
        List<StoreInput.Unit> units = jdbc.sql("SELECT unit_code, name FROM index_build_unit WHERE build_id = ? ORDER BY position")
                .param(id).query((rs, n) -> new StoreInput.Unit(rs.getString(1), rs.getString(2))).list();
        Map<String, Map<String, String>> g = new HashMap<>();
        jdbc.sql("SELECT unit_code, group_code, value FROM index_build_group WHERE build_id = ?").param(id).query(rs -> {
            g.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getString(3));
        });
        List<StoreInput.Value> values = jdbc.sql("""
                SELECT v.unit_code, v.code, v.period, v.value, v.flags FROM index_build_value v
                JOIN index_build_unit u ON u.build_id = v.build_id AND u.unit_code = v.unit_code
                WHERE v.build_id = ? ORDER BY u.position, v.code""").param(id)
                .query((rs, n) -> new StoreInput.Value(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDouble(4),
                        rs.getString(5))).list();
        return new StoreInput(new Framework(nodes, groups, denominators), units, g, values, asOf);
    }

    /** A stored score and rank. */
    public record Score(String unit, String code, Double score, Integer rank) {
    }

    public List<Score> scores(long id) {
        return jdbc.sql("SELECT unit_code, code, score, rank FROM index_build_score WHERE build_id = ?").param(id)
                .query((rs, n) -> new Score(rs.getString(1), rs.getString(2), (Double) rs.getObject(3), (Integer) rs.getObject(4)))
                .list();
    }

    public List<UncertaintyResult.RankStats> rankStats(long id) {
        return jdbc.sql("""
                SELECT s.* FROM index_build_rank_stats s JOIN index_build_unit u ON u.build_id = s.build_id AND u.unit_code = s.unit_code
                WHERE s.build_id = ? ORDER BY u.position""").param(id)
                .query((rs, n) -> new UncertaintyResult.RankStats(rs.getString("unit_code"), nan(rs, "nominal_score"),
                        rs.getObject("nominal_rank") == null ? -1 : rs.getInt("nominal_rank"), nan(rs, "mean_rank"),
                        nan(rs, "median_rank"), nan(rs, "q05_rank"), nan(rs, "q95_rank"), rs.getInt("replications")))
                .list();
    }

    public List<UncertaintyResult.Sensitivity> sensitivity(long id) {
        return jdbc.sql("SELECT * FROM index_build_sensitivity WHERE build_id = ? ORDER BY position").param(id)
                .query((rs, n) -> new UncertaintyResult.Sensitivity(rs.getString("choice"), nan(rs, "first_order"),
                        nan(rs, "total"), rs.getInt("samples_used")))
                .list();
    }

    private static double nan(java.sql.ResultSet rs, String column) throws SQLException {
        Object o = rs.getObject(column);
        return o == null ? Double.NaN : ((Number) o).doubleValue();
    }

    public boolean delete(long id) {
        return jdbc.sql("DELETE FROM index_build WHERE id = ?").param(id).update() > 0;
    }
}
