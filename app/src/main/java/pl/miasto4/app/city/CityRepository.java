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
}
