package pl.miasto4.app.maturity.assessment;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import pl.miasto4.maturity.assessment.IndicatorValue;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The indicator values an assessment is scored with: for each code, the city's current value
 * (not superseded) of the latest period that starts before the end of the assessment year, so a
 * 2023 assessment is not scored with 2025 data.
 */
@Repository
public class StoreValues {
    private final JdbcClient jdbc;

    public StoreValues(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<String, IndicatorValue> forCity(String unitCode, int year, Collection<String> codes) {
        Map<String, IndicatorValue> out = new LinkedHashMap<>();
        if (codes.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                SELECT DISTINCT ON (o.indicator_code) o.indicator_code, o.period, o.value, o.source
                FROM observation o
                WHERE o.unit_code = :unit AND o.indicator_code = ANY (:codes)
                  AND o.value IS NOT NULL AND o.period_start < make_date(:year + 1, 1, 1)
                ORDER BY o.indicator_code, o.period_start DESC""")
                .param("unit", unitCode).param("codes", codes.toArray(String[]::new)).param("year", year)
                .query(rs -> {
                    String code = rs.getString("indicator_code");
                    out.put(code, new IndicatorValue(code, rs.getBigDecimal("value").doubleValue(), rs.getString("period"),
                            rs.getString("source") == null ? "" : rs.getString("source")));
                });
        return out;
    }
}
