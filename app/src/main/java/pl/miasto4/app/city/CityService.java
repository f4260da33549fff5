package pl.miasto4.app.city;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import pl.miasto4.app.goal.TargetStatusService;
import pl.miasto4.app.indicator.Indicator;
import pl.miasto4.app.indicator.IndicatorRepository;

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
    private final IndicatorRepository indicators;
    private final TargetStatusService targets;
    private final pl.miasto4.app.web.Formats formats;

    public CityService(JdbcClient jdbc, IndicatorRepository indicators, TargetStatusService targets,
                       pl.miasto4.app.web.Formats formats) {
        this.jdbc = jdbc;
        this.indicators = indicators;
        this.targets = targets;
        this.formats = formats;
    }

    private record Series(List<String> periods, List<BigDecimal> values, List<String> flags) {
    }

    /** Indicators grouped by dimension code (catalogue order), each with this unit's series. */
    public Map<String, List<CityView>> view(String unitCode) {
        Map<String, Series> byIndicator = new HashMap<>();
        jdbc.sql("""
                SELECT o.indicator_code, o.period, o.value,
                       concat(CASE WHEN o.provisional THEN 'p' END, CASE WHEN o.estimated THEN 'e' END,
                              CASE WHEN o.break_in_series THEN 'b' END, CASE WHEN o.confidential THEN 'c' END) AS flags
                FROM observation o WHERE o.superseded_at IS NULL AND o.unit_code = ?
                ORDER BY o.indicator_code, o.period_start""")
                .param(unitCode)
                .query(rs -> {
                    Series s = byIndicator.computeIfAbsent(rs.getString("indicator_code"),
                            k -> new Series(new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
                    s.periods().add(rs.getString("period"));
                    s.values().add(rs.getBigDecimal("value"));
                    s.flags().add(rs.getString("flags"));
                });
        Map<String, TargetStatusService.TargetView> unitTargets = new HashMap<>();
        for (TargetStatusService.TargetView t : targets.forUnit(unitCode)) {
            unitTargets.putIfAbsent(t.indicatorCode(), t);
        }
        Map<String, List<CityView>> out = new LinkedHashMap<>();
        for (Indicator i : indicators.findAll()) {
            Series s = byIndicator.get(i.code());
            String dim = i.dimension() == null ? "unclassified" : i.dimension();
            CityView v;
            if (s == null) {
                v = new CityView(i, null, null, "", List.of(), null, unitTargets.get(i.code()), "");
            } else {
                int last = s.periods().size() - 1;
                v = new CityView(i, s.periods().get(last), s.values().get(last), s.flags().get(last), s.values(),
                        s.periods().get(0), unitTargets.get(i.code()), formats.sparkline(s.values()));
            }
            if (s != null || i.dimension() != null) {
                out.computeIfAbsent(dim, k -> new ArrayList<>()).add(v);
            }
        }
        return out;
    }
}
