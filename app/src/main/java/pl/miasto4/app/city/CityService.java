package pl.miasto4.app.city;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import pl.miasto4.app.goal.TargetStatusService;
import pl.miasto4.app.indicator.Indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Assembles the city page: every catalogue indicator by dimension, with the unit's data where there is any. */
@Service
public class CityService {
    private final JdbcClient jdbc;
    private final TargetStatusService targets;
    private final pl.miasto4.app.web.Formats formats;

    public CityService(JdbcClient jdbc, TargetStatusService targets,
                       pl.miasto4.app.web.Formats formats) {
        this.jdbc = jdbc;
        this.targets = targets;
        this.formats = formats;
    }

    /** A unit's values of one indicator, oldest first, and the flags of the latest. */
    private record Series(List<String> periods, List<BigDecimal> values, String latestFlags) {
    }

    /** The catalogue's indicators (in page order) grouped by dimension code, each with this unit's series. */
    public Map<String, List<CityView>> view(String unitCode, List<Indicator> catalogue) {
        // One row per indicator, aggregated by PostgreSQL: reading every year of every indicator
        // (4,000 rows for a city with 20 years of 200 indicators) cost more than the rest of the page.
        Map<String, Series> byIndicator = new HashMap<>();
        jdbc.sql("""
                SELECT o.indicator_code,
                       string_agg(o.period, ' ' ORDER BY o.period_start) AS periods,
                       string_agg(coalesce(o.value::text, '-'), ' ' ORDER BY o.period_start) AS vals,
                       (array_agg(concat(CASE WHEN o.provisional THEN 'p' END, CASE WHEN o.estimated THEN 'e' END,
                                         CASE WHEN o.break_in_series THEN 'b' END, CASE WHEN o.confidential THEN 'c' END)
                                  ORDER BY o.period_start DESC))[1] AS latest_flags
                FROM observation o WHERE o.unit_code = ?
                GROUP BY o.indicator_code""")
                .param(unitCode)
                .query(rs -> {
                    List<String> periods = List.of(rs.getString(2).split(" "));
                    String[] raw = rs.getString(3).split(" ");
                    List<BigDecimal> values = new ArrayList<>(raw.length);
                    for (String v : raw) {
                        values.add(v.equals("-") ? null : number(v));
                    }
                    byIndicator.put(rs.getString(1), new Series(periods, values, rs.getString(4)));
                });
        Map<String, TargetStatusService.TargetView> unitTargets = new HashMap<>();
        for (TargetStatusService.TargetView t : targets.forUnit(unitCode)) {
            unitTargets.putIfAbsent(t.indicatorCode(), t);
        }
        Map<String, List<CityView>> out = new LinkedHashMap<>();
        for (Indicator i : catalogue) {
            Series s = byIndicator.get(i.code());
            String dim = i.dimension() == null ? "unclassified" : i.dimension();
            CityView v;
            if (s == null) {
                v = new CityView(i, null, null, "", List.of(), null, unitTargets.get(i.code()), "");
            } else {
                int last = s.periods().size() - 1;
                v = new CityView(i, s.periods().get(last), s.values().get(last), s.latestFlags(), s.values(),
                        s.periods().get(0), unitTargets.get(i.code()), formats.sparkline(s.values()));
            }
            if (s != null || i.dimension() != null) {
                out.computeIfAbsent(dim, k -> new ArrayList<>()).add(v);
            }
        }
        return out;
    }

    /** A stored value as text; PostgreSQL's numeric also knows NaN and infinities, which have no place on the page. */
    private static BigDecimal number(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
