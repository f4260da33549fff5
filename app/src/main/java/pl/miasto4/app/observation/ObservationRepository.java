package pl.miasto4.app.observation;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import pl.miasto4.indicator.Period;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Reads observations: current values, history, "as of" a moment, series for charts. */
@Repository
public class ObservationRepository {

    static final String FLAGS = """
            concat(CASE WHEN o.provisional THEN 'p' END, CASE WHEN o.estimated THEN 'e' END,
                   CASE WHEN o.break_in_series THEN 'b' END, CASE WHEN o.confidential THEN 'c' END)""";

    static final RowMapper<Observation> MAPPER = (rs, n) -> new Observation(rs.getString("unit_code"),
            rs.getString("unit_name"), rs.getString("indicator_code"), rs.getString("period"), rs.getBigDecimal("value"),
            rs.getString("flags"), rs.getString("source"), (Long) rs.getObject("batch_id"),
            rs.getObject("recorded_at", java.time.OffsetDateTime.class),
            rs.getObject("superseded_at", java.time.OffsetDateTime.class));

    private final JdbcClient jdbc;

    public ObservationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    private static Where where(ObservationQuery q) {
        StringBuilder sql = new StringBuilder();
        Map<String, Object> p = new java.util.HashMap<>();
        if (q.asOf() == null) {
            sql.append(" o.superseded_at IS NULL");
        } else {
            sql.append(" o.recorded_at <= :asOf AND (o.superseded_at IS NULL OR o.superseded_at > :asOf)");
            p.put("asOf", q.asOf());
        }
        if (!q.units().isEmpty()) {
            sql.append(" AND o.unit_code = ANY(:units)");
            p.put("units", q.units().toArray(String[]::new));
        }
        if (!q.indicators().isEmpty()) {
            sql.append(" AND o.indicator_code = ANY(:indicators)");
            p.put("indicators", q.indicators().toArray(String[]::new));
        }
        if (q.dimension() != null) {
            sql.append(" AND i.dimension = :dimension");
            p.put("dimension", q.dimension());
        }
        if (q.periodFrom() != null) {
            sql.append(" AND o.period_start >= :from");
            p.put("from", Date.valueOf(Period.parse(q.periodFrom()).period().start()));
        }
        if (q.periodTo() != null) {
            sql.append(" AND o.period_start <= :to");
            p.put("to", Date.valueOf(Period.parse(q.periodTo()).period().start()));
        }
        return new Where(sql.toString(), p);
    }

    private static final String SELECT = """
            SELECT o.unit_code, u.name AS unit_name, o.indicator_code, o.period, o.value, %s AS flags, o.source,
                   o.batch_id, o.recorded_at, o.superseded_at
            FROM observation o JOIN territorial_unit u ON u.code = o.unit_code JOIN indicator i ON i.code = o.indicator_code
            WHERE""".formatted(FLAGS);

    public List<Observation> find(ObservationQuery q) {
        Where w = where(q);
        return jdbc.sql(SELECT + w.sql() + " ORDER BY o.indicator_code, o.unit_code, o.period_start LIMIT :limit OFFSET :offset")
                .params(w.params()).param("limit", q.size()).param("offset", (long) q.page() * q.size())
                .query(MAPPER).list();
    }

    public long count(ObservationQuery q) {
        Where w = where(q);
        return jdbc.sql("SELECT count(*) FROM observation o JOIN indicator i ON i.code = o.indicator_code WHERE" + w.sql())
                .params(w.params()).query(Long.class).single();
    }

    /** Streams every matching observation in key order (for downloads of any size). */
    public void stream(ObservationQuery q, Consumer<Observation> consumer) {
        Where w = where(q);
        jdbc.sql(SELECT + w.sql() + " ORDER BY o.indicator_code, o.unit_code, o.period_start")
                .params(w.params()).withFetchSize(5000).query(MAPPER).stream().forEach(consumer);
    }

    /** Every version of one value, oldest first. */
    public List<Observation> history(String unit, String indicator, String period) {
        return jdbc.sql(SELECT.replace("WHERE", "WHERE o.unit_code = :u AND o.indicator_code = :i AND o.period = :p ORDER BY o.recorded_at"))
                .param("u", unit).param("i", indicator).param("p", period).query(MAPPER).list();
    }

    /** A point of a time series. */
    public record Point(String unitCode, String indicatorCode, String period, double year, java.math.BigDecimal value, String flags) {
    }

    /** Current series of the given indicators for the given units, ordered by period. */
    public List<Point> series(List<String> units, List<String> indicators) {
        List<Point> out = new ArrayList<>();
        jdbc.sql("""
                SELECT o.unit_code, o.indicator_code, o.period, o.value, %s AS flags FROM observation o
                WHERE o.superseded_at IS NULL AND o.unit_code = ANY(:units) AND o.indicator_code = ANY(:indicators)
                ORDER BY o.indicator_code, o.unit_code, o.period_start""".formatted(FLAGS))
                .param("units", units.toArray(String[]::new)).param("indicators", indicators.toArray(String[]::new))
                .query(rs -> {
                    String period = rs.getString("period");
                    out.add(new Point(rs.getString("unit_code"), rs.getString("indicator_code"), period,
                            Period.parse(period).period().midYear(), rs.getBigDecimal("value"), rs.getString("flags")));
                });
        return out;
    }

    /** Latest current value per unit for one indicator (for maps and rankings). */
    public List<Point> latestPerUnit(String indicator) {
        return jdbc.sql("""
                SELECT DISTINCT ON (o.unit_code) o.unit_code, o.indicator_code, o.period, o.value, %s AS flags
                FROM observation o WHERE o.superseded_at IS NULL AND o.indicator_code = ? AND o.value IS NOT NULL
                ORDER BY o.unit_code, o.period_start DESC""".formatted(FLAGS))
                .param(indicator)
                .query((rs, n) -> new Point(rs.getString("unit_code"), rs.getString("indicator_code"), rs.getString("period"),
                        Period.parse(rs.getString("period")).period().midYear(), rs.getBigDecimal("value"), rs.getString("flags")))
                .list();
    }

    /** Latest current value of every indicator for each of the given units (for comparisons). */
    public List<Point> latestPerUnitFor(List<String> units) {
        return jdbc.sql("""
                SELECT DISTINCT ON (o.unit_code, o.indicator_code) o.unit_code, o.indicator_code, o.period, o.value, %s AS flags
                FROM observation o WHERE o.superseded_at IS NULL AND o.unit_code = ANY(?) AND o.value IS NOT NULL
                ORDER BY o.unit_code, o.indicator_code, o.period_start DESC""".formatted(FLAGS))
                .param(units.toArray(String[]::new))
                .query((rs, n) -> new Point(rs.getString("unit_code"), rs.getString("indicator_code"), rs.getString("period"),
                        Period.parse(rs.getString("period")).period().midYear(), rs.getBigDecimal("value"), rs.getString("flags")))
                .list();
    }

    /** Summary numbers for the home page. */
    public record Freshness(long observations, long units, long indicators, java.time.OffsetDateTime lastImport,
                            String latestPeriod) {
    }

    public Freshness freshness() {
        return jdbc.sql("""
                SELECT (SELECT count(*) FROM observation WHERE superseded_at IS NULL) AS observations,
                       (SELECT count(DISTINCT unit_code) FROM observation WHERE superseded_at IS NULL) AS units,
                       (SELECT count(DISTINCT indicator_code) FROM observation WHERE superseded_at IS NULL) AS indicators,
                       (SELECT max(finished_at) FROM import_batch) AS last_import,
                       (SELECT period FROM observation WHERE superseded_at IS NULL ORDER BY period_start DESC LIMIT 1) AS latest
                """).query((rs, n) -> new Freshness(rs.getLong("observations"), rs.getLong("units"), rs.getLong("indicators"),
                rs.getObject("last_import", java.time.OffsetDateTime.class), rs.getString("latest"))).single();
    }
}
