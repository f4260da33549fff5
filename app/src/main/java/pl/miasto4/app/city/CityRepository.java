package pl.miasto4.app.city;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.HashMap;
import java.util.Map;

/** What the city page reads beside the catalogue: the store's version and one unit's values, by indicator. */
@Repository
public class CityRepository {
    private final JdbcClient jdbc;

    public CityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The store's version ({@code store_version}, V2): it moves at the commit of any change the city page shows. */
    long storeVersion() {
        return jdbc.sql("SELECT version FROM store_version").query(Long.class).single();
    }

    /**
     * A unit's values of one indicator, oldest first, as text ("-" for a value withheld as
     * confidential), and the flags of the latest.
     */
    record RawSeries(String periods, String values, String latestFlags) {
    }

    /**
     * One row per indicator, aggregated by PostgreSQL: reading every year of every indicator (4,000
     * rows for a city with 20 years of 200 indicators) cost more than the rest of the page.
     */
    Map<String, RawSeries> series(String unitCode) {
        Map<String, RawSeries> byIndicator = new HashMap<>();
        jdbc.sql("""
                SELECT o.indicator_code,
                       string_agg(o.period, ' ' ORDER BY o.period_start) AS periods,
                       string_agg(coalesce(o.value::text, '-'), ' ' ORDER BY o.period_start) AS vals,
                       (array_agg(observation_flags(o.provisional, o.estimated, o.break_in_series, o.confidential)
                                  ORDER BY o.period_start DESC))[1] AS latest_flags
                FROM observation o WHERE o.unit_code = ?
                GROUP BY o.indicator_code""")
                .param(unitCode)
                .query(rs -> {
                    byIndicator.put(rs.getString(1), new RawSeries(rs.getString(2), rs.getString(3), rs.getString(4)));
                });
        return byIndicator;
    }

    /**
     * A key figure of a unit: its latest value of an indicator, the value before it, and where it stands among
     * the units of the same kind that have a value for the same period ({@code above}/{@code below}: how many
     * have a higher/lower value; {@code peers}: how many have a value, itself included).
     */
    record KeyFigure(String indicator, String period, java.math.BigDecimal value, String previousPeriod,
                     java.math.BigDecimal previousValue, int above, int below, int peers) {
    }

    java.util.List<KeyFigure> keyFigures(String unitCode, java.util.List<String> indicators) {
        return jdbc.sql("""
                WITH me AS (SELECT kind FROM territorial_unit WHERE code = :unit),
                latest AS (
                    SELECT DISTINCT ON (o.indicator_code) o.indicator_code, o.period, o.period_start, o.value
                    FROM observation o
                    WHERE o.unit_code = :unit AND o.indicator_code IN (:codes) AND o.value IS NOT NULL
                    ORDER BY o.indicator_code, o.period_start DESC)
                SELECT l.indicator_code, l.period, l.value, prev.period AS prev_period, prev.value AS prev_value,
                       ranks.above, ranks.below, ranks.peers
                FROM latest l
                LEFT JOIN LATERAL (
                    SELECT p.period, p.value FROM observation p
                    WHERE p.unit_code = :unit AND p.indicator_code = l.indicator_code AND p.value IS NOT NULL
                      AND p.period_start < l.period_start
                    ORDER BY p.period_start DESC LIMIT 1) prev ON true
                CROSS JOIN LATERAL (
                    SELECT count(*) FILTER (WHERE q.value > l.value) AS above,
                           count(*) FILTER (WHERE q.value < l.value) AS below,
                           count(*) AS peers
                    FROM observation q JOIN territorial_unit u ON u.code = q.unit_code
                    WHERE q.indicator_code = l.indicator_code AND q.period = l.period AND q.value IS NOT NULL
                      AND u.kind = (SELECT kind FROM me)) ranks
                """)
                .param("unit", unitCode).param("codes", indicators)
                .query((rs, n) -> new KeyFigure(rs.getString("indicator_code"), rs.getString("period"), rs.getBigDecimal("value"),
                        rs.getString("prev_period"), rs.getBigDecimal("prev_value"), rs.getInt("above"), rs.getInt("below"),
                        rs.getInt("peers")))
                .list();
    }
}
