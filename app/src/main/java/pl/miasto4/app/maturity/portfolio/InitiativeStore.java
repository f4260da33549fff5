package pl.miasto4.app.maturity.portfolio;

import pl.miasto4.app.maturity.assessment.AssessmentStore;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The register of initiatives, pilots and systems in SQL, with budgets, milestones, KPIs and ratings. */
@Repository
public class InitiativeStore {
    private final JdbcClient jdbc;
    private final JsonMapper json;

    public InitiativeStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public record Milestone(String due, String title, boolean done) {
    }

    /** An indicator of the store that measures the initiative, with its target and the latest value. */
    public record Kpi(String indicatorCode, String namePl, String nameEn, String unit, BigDecimal target,
                      String latestPeriod, BigDecimal latestValue) {
        public String name(java.util.Locale l) {
            return "en".equals(l.getLanguage()) ? nameEn : namePl;
        }
    }

    public record Initiative(long id, String code, String unitCode, String unitName, String kind, String titlePl,
                             String titleEn, String description, String owner, String dimension, String component,
                             String status, String started, String ended, String outcome, String outcomeReason,
                             String actionId, List<AssessmentStore.CitationJson> citations, Map<Integer, BigDecimal> budget,
                             List<Milestone> milestones, List<Kpi> kpis, Map<String, Double> ratings) {
        public String title(java.util.Locale l) {
            return "en".equals(l.getLanguage()) && titleEn != null && !titleEn.isBlank() ? titleEn : titlePl;
        }

        public BigDecimal budgetTotal() {
            return budget.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    private Initiative map(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        return new Initiative(id, rs.getString("code"), rs.getString("unit_code"), rs.getString("unit_name"),
                rs.getString("kind"), rs.getString("title_pl"), rs.getString("title_en"), rs.getString("description"),
                rs.getString("owner"), rs.getString("dimension"), rs.getString("component"), rs.getString("status"),
                rs.getString("started"), rs.getString("ended"), rs.getString("outcome"), rs.getString("outcome_reason"),
                rs.getString("action_id"),
                json.readValue(rs.getString("citations"), new TypeReference<List<AssessmentStore.CitationJson>>() { }),
                budget(id), milestones(id), kpis(id, rs.getString("unit_code")), ratings(id));
    }

    private static final String SELECT = "SELECT i.*, u.name AS unit_name FROM initiative i JOIN territorial_unit u ON u.code = i.unit_code";

    public List<Initiative> list(String unitCode) {
        return jdbc.sql(SELECT + " WHERE (CAST(:unit AS text) IS NULL OR i.unit_code = :unit) ORDER BY u.name, i.status, i.code")
                .param("unit", unitCode).query((rs, n) -> map(rs)).list();
    }

    public Optional<Initiative> find(String code) {
        return jdbc.sql(SELECT + " WHERE i.code = ?").param(code).query((rs, n) -> map(rs)).optional();
    }

    private Map<Integer, BigDecimal> budget(long id) {
        Map<Integer, BigDecimal> out = new TreeMap<>();
        jdbc.sql("SELECT year, amount_pln FROM initiative_budget WHERE initiative_id = ? ORDER BY year").param(id)
                .query(rs -> {
                    out.put(rs.getInt(1), rs.getBigDecimal(2));
                });
        return out;
    }

    private List<Milestone> milestones(long id) {
        return jdbc.sql("SELECT due, title, done FROM initiative_milestone WHERE initiative_id = ? ORDER BY due, id").param(id)
                .query((rs, n) -> new Milestone(rs.getString(1), rs.getString(2), rs.getBoolean(3))).list();
    }

    private List<Kpi> kpis(long id, String unitCode) {
        return jdbc.sql("""
                SELECT k.indicator_code, i.name_pl, i.name_en, i.unit, k.target_value, latest.period, latest.value
                FROM initiative_indicator k JOIN indicator i ON i.code = k.indicator_code
                LEFT JOIN LATERAL (SELECT o.period, o.value FROM observation o
                                   WHERE o.unit_code = ? AND o.indicator_code = k.indicator_code
                                     AND o.value IS NOT NULL ORDER BY o.period_start DESC LIMIT 1) latest ON true
                WHERE k.initiative_id = ? ORDER BY k.indicator_code""").params(unitCode, id)
                .query((rs, n) -> new Kpi(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBigDecimal(5), rs.getString(6), rs.getBigDecimal(7))).list();
    }

    private Map<String, Double> ratings(long id) {
        Map<String, Double> out = new LinkedHashMap<>();
        jdbc.sql("SELECT criterion, rating FROM initiative_rating WHERE initiative_id = ? ORDER BY criterion").param(id)
                .query(rs -> {
                    out.put(rs.getString(1), rs.getDouble(2));
                });
        return out;
    }

    /** Inserts or replaces an initiative with all its parts; returns its id. */
    public long save(Initiative i, String user) {
        long id = jdbc.sql("""
                INSERT INTO initiative (code, unit_code, kind, title_pl, title_en, description, owner, dimension, component, status,
                                        started, ended, outcome, outcome_reason, action_id, citations, created_by)
                VALUES (:code, :unit, :kind, :titlePl, :titleEn, :description, :owner, :dimension, :component, :status,
                        :started, :ended, :outcome, :reason, :action, CAST(:citations AS jsonb), :user)
                ON CONFLICT (code) DO UPDATE SET unit_code = excluded.unit_code, kind = excluded.kind,
                    title_pl = excluded.title_pl, title_en = excluded.title_en, description = excluded.description,
                    owner = excluded.owner, dimension = excluded.dimension, component = excluded.component,
                    status = excluded.status, started = excluded.started, ended = excluded.ended, outcome = excluded.outcome,
                    outcome_reason = excluded.outcome_reason, action_id = excluded.action_id, citations = excluded.citations,
                    updated_at = now()
                RETURNING id""")
                .param("code", i.code()).param("unit", i.unitCode()).param("kind", i.kind()).param("titlePl", i.titlePl())
                .param("titleEn", i.titleEn()).param("description", i.description()).param("owner", i.owner())
                .param("dimension", i.dimension()).param("component", i.component()).param("status", i.status())
                .param("started", i.started()).param("ended", i.ended()).param("outcome", i.outcome())
                .param("reason", i.outcomeReason()).param("action", i.actionId())
                .param("citations", json.writeValueAsString(i.citations())).param("user", user)
                .query(Long.class).single();
        jdbc.sql("DELETE FROM initiative_budget WHERE initiative_id = ?").param(id).update();
        i.budget().forEach((year, amount) -> jdbc.sql("INSERT INTO initiative_budget (initiative_id, year, amount_pln) VALUES (?, ?, ?)")
                .params(id, year, amount).update());
        jdbc.sql("DELETE FROM initiative_milestone WHERE initiative_id = ?").param(id).update();
        for (Milestone m : i.milestones()) {
            jdbc.sql("INSERT INTO initiative_milestone (initiative_id, due, title, done) VALUES (?, ?, ?, ?)")
                    .params(id, m.due(), m.title(), m.done()).update();
        }
        jdbc.sql("DELETE FROM initiative_indicator WHERE initiative_id = ?").param(id).update();
        for (Kpi k : i.kpis()) {
            jdbc.sql("INSERT INTO initiative_indicator (initiative_id, indicator_code, target_value) VALUES (?, ?, ?)")
                    .params(id, k.indicatorCode(), k.target()).update();
        }
        saveRatings(id, i.ratings());
        return id;
    }

    public void saveRatings(long id, Map<String, Double> ratings) {
        jdbc.sql("DELETE FROM initiative_rating WHERE initiative_id = ?").param(id).update();
        ratings.forEach((c, r) -> jdbc.sql("INSERT INTO initiative_rating (initiative_id, criterion, rating) VALUES (?, ?, ?)")
                .params(id, c, r).update());
    }

    /** A city's saved AHP comparison of the scoring criteria. */
    public record SavedCriteria(List<String> criteria, double[][] matrix) {
    }

    public Optional<SavedCriteria> criteria(String unitCode) {
        return jdbc.sql("SELECT criteria, matrix FROM portfolio_criteria WHERE unit_code = ?").param(unitCode)
                .query((rs, n) -> new SavedCriteria(json.readValue(rs.getString(1), new TypeReference<List<String>>() { }),
                        json.readValue(rs.getString(2), double[][].class))).optional();
    }

    public void saveCriteria(String unitCode, List<String> criteria, double[][] matrix, String user) {
        jdbc.sql("""
                INSERT INTO portfolio_criteria (unit_code, criteria, matrix, saved_by) VALUES (?, ?::jsonb, ?::jsonb, ?)
                ON CONFLICT (unit_code) DO UPDATE SET criteria = excluded.criteria, matrix = excluded.matrix,
                    saved_by = excluded.saved_by, saved_at = now()""")
                .params(unitCode, json.writeValueAsString(new ArrayList<>(criteria)), json.writeValueAsString(matrix), user).update();
    }
}
