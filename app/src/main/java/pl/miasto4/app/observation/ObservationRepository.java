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

    /** The flags of the values {@code alias} as one letter per flag ("pe", "c", ...): V51's {@code observation_flags}. */
    static String flags(String alias) {
        return "observation_flags(%1$s.provisional, %1$s.estimated, %1$s.break_in_series, %1$s.confidential)".formatted(alias);
    }

    static final String FLAGS = flags("o");


    static final RowMapper<Observation> MAPPER = (rs, n) -> new Observation(rs.getString("unit_code"),
            rs.getString("unit_name"), rs.getString("indicator_code"), rs.getString("period"), rs.getBigDecimal("value"),
            rs.getString("flags"), rs.getString("source"), (Long) rs.getObject("batch_id"),
            rs.getObject("recorded_at", java.time.OffsetDateTime.class),
            rs.getObject("superseded_at", java.time.OffsetDateTime.class), rs.getBigDecimal("se"),
            rs.getBigDecimal("ci_low"), rs.getBigDecimal("ci_high"), rs.getBoolean("unreliable"));

    private final JdbcClient jdbc;

    public ObservationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The relation to read values from and the conditions: on the values (as {@code <alias>.}),
     * on the unit {@code u} and on the indicator {@code i}, each starting with " AND" or empty.
     */
    private record Where(String from, String values, String unit, String indicator, Map<String, Object> params) {
        String all() {
            return " TRUE" + values + unit + indicator;
        }
    }

    /** Current values, with the columns of a version (superseded_at NULL). */
    private static final String CURRENT = """
            (SELECT c.*, NULL::timestamptz AS superseded_at FROM observation_current c)""";

    /** The columns both tables have, in one order (the tables' own orders differ since V70). */
    private static final String VERSION_COLUMNS = """
            unit_id, indicator_id, period, period_start, value, provisional, estimated, break_in_series, confidential, \
            source, batch_id, recorded_at, se, ci_low, ci_high, unreliable""";

    /** Every version: the current values and the superseded ones. */
    private static final String VERSIONS = """
            (SELECT %1$s, NULL::timestamptz AS superseded_at FROM observation_current c
             UNION ALL SELECT %1$s, superseded_at FROM observation_history h)""".formatted(VERSION_COLUMNS);

    private static Where where(ObservationQuery q, String alias) {
        StringBuilder values = new StringBuilder();
        Map<String, Object> p = new java.util.HashMap<>();
        String from = CURRENT;
        if (q.asOf() != null) {
            from = VERSIONS;
            values.append(" AND %1$s.recorded_at <= :asOf AND (%1$s.superseded_at IS NULL OR %1$s.superseded_at > :asOf)".formatted(alias));
            p.put("asOf", q.asOf());
        }
        if (q.periodFrom() != null) {
            values.append(" AND ").append(alias).append(".period_start >= :from");
            p.put("from", Date.valueOf(Period.parse(q.periodFrom()).period().start()));
        }
        if (q.periodTo() != null) {
            values.append(" AND ").append(alias).append(".period_start <= :to");
            p.put("to", Date.valueOf(Period.parse(q.periodTo()).period().start()));
        }
        String unit = "";
        if (!q.units().isEmpty()) {
            unit = " AND u.code = ANY(:units)";
            p.put("units", q.units().toArray(String[]::new));
        }
        StringBuilder indicator = new StringBuilder();
        if (!q.indicators().isEmpty()) {
            indicator.append(" AND i.code = ANY(:indicators)");
            p.put("indicators", q.indicators().toArray(String[]::new));
        }
        if (q.dimension() != null) {
            indicator.append(" AND i.dimension = :dimension");
            p.put("dimension", q.dimension());
        }
        return new Where(from, values.toString(), unit, indicator.toString(), p);
    }

    private static String select(String from) {
        return """
                SELECT u.code AS unit_code, u.name AS unit_name, i.code AS indicator_code, o.period, o.value, %s AS flags,
                       o.source, o.batch_id, o.recorded_at, o.superseded_at, o.se, o.ci_low, o.ci_high, o.unreliable
                FROM %s o JOIN territorial_unit u ON u.id = o.unit_id JOIN indicator i ON i.id = o.indicator_id
                WHERE""".formatted(FLAGS, from);
    }

    public List<Observation> find(ObservationQuery q) {
        if (q.indicators().size() == 1 && q.dimension() == null) {
            return findOneIndicator(q);
        }
        Where w = where(q, "o");
        return jdbc.sql(select(w.from()) + w.all() + " ORDER BY i.code, u.code, o.period_start, o.period LIMIT :limit OFFSET :offset")
                .params(w.params()).param("limit", q.size()).param("offset", (long) q.page() * q.size())
                .query(MAPPER).list();
    }

    /**
     * One indicator across units, a page at a time (maps, rankings, the API's most common call).
     * Its values are spread over the whole table (rows are stored unit by unit), so sorting all of
     * them to find a page cost 40-400 ms with 2,000 units; walking the units in code order and
     * reading each one's few values by key stops as soon as the page is full (about 1 ms).
     */
    private List<Observation> findOneIndicator(ObservationQuery q) {
        Where w = where(q, "v");
        return jdbc.sql("""
                SELECT u.code AS unit_code, u.name AS unit_name, :indicator AS indicator_code, o.period, o.value, o.flags,
                       o.source, o.batch_id, o.recorded_at, o.superseded_at, o.se, o.ci_low, o.ci_high, o.unreliable
                FROM territorial_unit u
                CROSS JOIN LATERAL (
                    SELECT v.period, v.period_start, v.value, %s AS flags, v.source, v.batch_id, v.recorded_at, v.superseded_at,
                           v.se, v.ci_low, v.ci_high, v.unreliable
                    FROM %s v
                    WHERE v.unit_id = u.id AND v.indicator_id = (SELECT id FROM indicator WHERE code = :indicator)%s
                    OFFSET 0) o
                WHERE TRUE%s
                ORDER BY u.code, o.period_start, o.period LIMIT :limit OFFSET :offset""".formatted(flags("v"), w.from(),
                        w.values(), w.unit()))
                .params(w.params()).param("indicator", q.indicators().get(0))
                .param("limit", q.size()).param("offset", (long) q.page() * q.size())
                .query(MAPPER).list();
    }

    public long count(ObservationQuery q) {
        Where w = where(q, "o");
        return jdbc.sql("SELECT count(*) FROM " + w.from() + " o JOIN territorial_unit u ON u.id = o.unit_id "
                        + "JOIN indicator i ON i.id = o.indicator_id WHERE" + w.all())
                .params(w.params()).query(Long.class).single();
    }

    /** Streams every matching observation in key order (for downloads of any size). */
    public void stream(ObservationQuery q, Consumer<Observation> consumer) {
        Where w = where(q, "o");
        // closed, or the stream would keep its connection (a download per request would drain the pool)
        try (java.util.stream.Stream<Observation> rows = jdbc.sql(select(w.from()) + w.all()
                        + " ORDER BY i.code, u.code, o.period_start, o.period")
                .params(w.params()).withFetchSize(5000).query(MAPPER).stream()) {
            rows.forEach(consumer);
        }
    }

    /** Every version of one value, oldest first. */
    public List<Observation> history(String unit, String indicator, String period) {
        return jdbc.sql(select(VERSIONS) + " u.code = :u AND i.code = :i AND o.period = :p ORDER BY o.recorded_at")
                .param("u", unit).param("i", indicator).param("p", period).query(MAPPER).list();
    }

    /** A point of a time series. */
    public record Point(String unitCode, String indicatorCode, String period, double year, java.math.BigDecimal value, String flags,
                        java.math.BigDecimal se, java.math.BigDecimal ciLow, java.math.BigDecimal ciHigh, boolean unreliable) {

        /**
         * The margin of error shown as "± x": half the width of the 95 % confidence interval, or
         * 1.96 standard errors when only the SE is known; null for a measured value.
         */
        public java.math.BigDecimal margin() {
            if (ciLow != null && ciHigh != null) {
                return ciHigh.subtract(ciLow).divide(java.math.BigDecimal.valueOf(2));
            }
            return se == null ? null : se.multiply(new java.math.BigDecimal("1.959964"));
        }

        /** A point without uncertainty. */
        public Point(String unitCode, String indicatorCode, String period, double year, java.math.BigDecimal value, String flags) {
            this(unitCode, indicatorCode, period, year, value, flags, null, null, null, false);
        }
    }

    private static Point point(java.sql.ResultSet rs) throws java.sql.SQLException {
        String period = rs.getString("period");
        return new Point(rs.getString("unit_code"), rs.getString("indicator_code"), period,
                Period.parse(period).period().midYear(), rs.getBigDecimal("value"), rs.getString("flags"),
                rs.getBigDecimal("se"), rs.getBigDecimal("ci_low"), rs.getBigDecimal("ci_high"), rs.getBoolean("unreliable"));
    }

    /** Current series of the given indicators for the given units, ordered by period. */
    public List<Point> series(List<String> units, List<String> indicators) {
        List<Point> out = new ArrayList<>();
        jdbc.sql("""
                SELECT o.unit_code, o.indicator_code, o.period, o.value, %s AS flags, o.se, o.ci_low, o.ci_high, o.unreliable
                FROM observation o
                WHERE o.unit_code = ANY(:units) AND o.indicator_code = ANY(:indicators)
                ORDER BY o.indicator_code, o.unit_code, o.period_start""".formatted(FLAGS))
                .param("units", units.toArray(String[]::new)).param("indicators", indicators.toArray(String[]::new))
                .query(rs -> {
                    out.add(point(rs));
                });
        return out;
    }

    /** Latest current value per unit for one indicator (for maps and rankings). */
    public List<Point> latestPerUnit(String indicator) {
        // Per unit, the newest value read backwards from the (indicator, unit, period start) index:
        // one row per unit instead of every value of the indicator (48,000 rows scattered over the
        // table in the 10M-row benchmark: 160 ms warm, seconds cold).
        return jdbc.sql("""
                SELECT u.code AS unit_code, :indicator AS indicator_code, o.period, o.value, %s AS flags,
                       o.se, o.ci_low, o.ci_high, o.unreliable
                FROM territorial_unit u
                CROSS JOIN LATERAL (
                    SELECT * FROM observation_current o
                    WHERE o.unit_id = u.id AND o.indicator_id = (SELECT id FROM indicator WHERE code = :indicator)
                      AND o.value IS NOT NULL
                    ORDER BY o.period_start DESC, o.period DESC LIMIT 1) o
                ORDER BY u.code""".formatted(FLAGS))
                .param("indicator", indicator)
                .query((rs, n) -> point(rs))
                .list();
    }

    /** How many units have a current value of an indicator, per period. */
    public record PeriodCount(String period, int units) {
    }

    public List<PeriodCount> unitsPerPeriod(String indicator) {
        return jdbc.sql("""
                SELECT o.period, count(*) AS units FROM observation_current o
                WHERE o.indicator_id = (SELECT id FROM indicator WHERE code = ?) AND o.value IS NOT NULL
                GROUP BY o.period ORDER BY min(o.period_start) DESC, o.period DESC""")
                .param(indicator)
                .query((rs, n) -> new PeriodCount(rs.getString("period"), rs.getInt("units"))).list();
    }

    /** The current values of one indicator in one period, as points (for a ranking in one period). */
    public List<Point> pointsIn(String indicator, String period) {
        return jdbc.sql("""
                SELECT o.unit_code, o.indicator_code, o.period, o.value, %s AS flags FROM observation o
                WHERE o.indicator_code = ? AND o.period = ? AND o.value IS NOT NULL ORDER BY o.unit_code""".formatted(FLAGS))
                .params(indicator, period)
                .query((rs, n) -> new Point(rs.getString("unit_code"), rs.getString("indicator_code"), rs.getString("period"),
                        Period.parse(rs.getString("period")).period().midYear(), rs.getBigDecimal("value"), rs.getString("flags")))
                .list();
    }

    /** Latest current value of every indicator for each of the given units (for comparisons). */
    public List<Point> latestPerUnitFor(List<String> units) {
        return jdbc.sql("""
                SELECT DISTINCT ON (o.unit_code, o.indicator_code) o.unit_code, o.indicator_code, o.period, o.value, %s AS flags,
                       o.se, o.ci_low, o.ci_high, o.unreliable
                FROM observation o WHERE o.unit_code = ANY(?) AND o.value IS NOT NULL
                ORDER BY o.unit_code, o.indicator_code, o.period_start DESC""".formatted(FLAGS))
                .param(units.toArray(String[]::new))
                .query((rs, n) -> point(rs))
                .list();
    }

    /** Whether the store holds any current value. */
    public boolean anyCurrent() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM observation_current)").query(Boolean.class).single();
    }

    /** Whether the store holds any value of the indicator. */
    public boolean hasValues(String indicator) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM observation WHERE indicator_code = ?)").param(indicator)
                .query(Boolean.class).single();
    }

    /** A unit's current value. */
    public record UnitValue(String unitCode, java.math.BigDecimal value) {
    }

    /** The current values of one indicator in one period, by unit code. */
    public List<UnitValue> valuesIn(String indicator, String period) {
        return jdbc.sql("""
                SELECT unit_code, value FROM observation
                WHERE indicator_code = ? AND period = ? AND value IS NOT NULL ORDER BY unit_code""")
                .params(indicator, period).query((rs, i) -> new UnitValue(rs.getString(1), rs.getBigDecimal(2))).list();
    }

    /** Summary numbers for the home page. */
    public record Freshness(long observations, long units, long indicators, java.time.OffsetDateTime lastImport,
                            String latestPeriod) {
    }

    public Freshness freshness() {
        return jdbc.sql("""
                SELECT (SELECT count(*) FROM observation_current) AS observations,
                       (SELECT count(DISTINCT unit_id) FROM observation_current) AS units,
                       (SELECT count(DISTINCT indicator_id) FROM observation_current) AS indicators,
                       (SELECT max(finished_at) FROM import_batch) AS last_import,
                       (SELECT period FROM observation_current ORDER BY period_start DESC LIMIT 1) AS latest
                """).query((rs, n) -> new Freshness(rs.getLong("observations"), rs.getLong("units"), rs.getLong("indicators"),
                rs.getObject("last_import", java.time.OffsetDateTime.class), rs.getString("latest"))).single();
    }
}
