package pl.miasto4.app.goal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import pl.miasto4.indicator.Period;
import pl.miasto4.indicator.TargetProgress;

import java.math.BigDecimal;
import java.util.List;

/** Targets with their status computed from the observations (Eurostat's method, see {@link TargetProgress}). */
@Service
public class TargetStatusService {
    private final JdbcClient jdbc;

    public TargetStatusService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A target and where the indicator stands. */
    public record TargetView(long id, long goalId, String goalCode, String goalName, String indicatorCode, String indicatorName,
                             String unitCode, String unitName, String baselinePeriod, BigDecimal baselineValue,
                             String targetPeriod, BigDecimal targetValue, String latestPeriod, BigDecimal latestValue,
                             String note, TargetProgress.Assessment assessment) {
        public String statusCode() {
            return assessment.status().name().toLowerCase();
        }
    }

    private static final String SELECT = """
            SELECT t.id, t.goal_id, g.code AS goal_code, g.name_pl AS goal_name, t.indicator_code, i.name_pl AS indicator_name,
                   t.unit_code, u.name AS unit_name, t.baseline_period, t.baseline_value, t.target_period, t.target_value, t.note,
                   latest.period AS latest_period, latest.value AS latest_value
            FROM target t
            JOIN strategy_goal g ON g.id = t.goal_id
            JOIN indicator i ON i.code = t.indicator_code
            JOIN territorial_unit u ON u.code = t.unit_code
            LEFT JOIN LATERAL (
                SELECT o.period, o.value FROM observation o
                WHERE o.unit_code = t.unit_code AND o.indicator_code = t.indicator_code
                  AND o.value IS NOT NULL
                ORDER BY o.period_start DESC LIMIT 1) latest ON true
            """;

    public List<TargetView> all() {
        return jdbc.sql(SELECT + " ORDER BY g.code, t.indicator_code, u.name").query((rs, n) -> map(rs)).list();
    }

    public List<TargetView> forUnit(String unit) {
        return jdbc.sql(SELECT + " WHERE t.unit_code = ? ORDER BY g.code").param(unit).query((rs, n) -> map(rs)).list();
    }

    private static TargetView map(java.sql.ResultSet rs) throws java.sql.SQLException {
        String baselinePeriod = rs.getString("baseline_period");
        BigDecimal baseline = rs.getBigDecimal("baseline_value");
        String targetPeriod = rs.getString("target_period");
        BigDecimal target = rs.getBigDecimal("target_value");
        String latestPeriod = rs.getString("latest_period");
        BigDecimal latest = rs.getBigDecimal("latest_value");
        TargetProgress.Assessment a;
        Period bp = Period.parse(baselinePeriod).period();
        Period lp = latestPeriod == null ? null : Period.parse(latestPeriod).period();
        if (lp == null || lp.compareTo(bp) <= 0) {
            a = new TargetProgress.Assessment(TargetProgress.Status.NO_DATA, null, null, null, false, "no observation after the baseline");
        } else {
            a = TargetProgress.assess(bp.midYear(), baseline.doubleValue(), lp.midYear(), latest.doubleValue(),
                    Period.parse(targetPeriod).period().midYear(), target.doubleValue());
        }
        return new TargetView(rs.getLong("id"), rs.getLong("goal_id"), rs.getString("goal_code"), rs.getString("goal_name"),
                rs.getString("indicator_code"), rs.getString("indicator_name"), rs.getString("unit_code"),
                rs.getString("unit_name"), baselinePeriod, baseline, targetPeriod, target, latestPeriod, latest,
                rs.getString("note"), a);
    }
}
