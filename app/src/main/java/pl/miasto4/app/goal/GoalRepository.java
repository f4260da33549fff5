package pl.miasto4.app.goal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.util.List;

/** Strategy goals (strategic → operational) and their targets. */
@Repository
public class GoalRepository {
    private final JdbcClient jdbc;

    public GoalRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Goal(long id, String code, String level, Long parentId, String namePl, String nameEn, String description,
                       String document) {
        public String name(java.util.Locale locale) {
            return "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : namePl;
        }
    }

    public List<Goal> findAll() {
        return jdbc.sql("SELECT * FROM strategy_goal ORDER BY code")
                .query((rs, n) -> new Goal(rs.getLong("id"), rs.getString("code"), rs.getString("level"),
                        (Long) rs.getObject("parent_id"), rs.getString("name_pl"), rs.getString("name_en"),
                        rs.getString("description"), rs.getString("document")))
                .list();
    }

    public long saveGoal(String code, String level, Long parentId, String namePl, String nameEn, String description,
                         String document) {
        return jdbc.sql("""
                INSERT INTO strategy_goal (code, level, parent_id, name_pl, name_en, description, document)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (code) DO UPDATE SET level = excluded.level, parent_id = excluded.parent_id,
                    name_pl = excluded.name_pl, name_en = excluded.name_en, description = excluded.description,
                    document = excluded.document
                RETURNING id""")
                .params(code, level, parentId, namePl, nameEn, description, document).query(Long.class).single();
    }

    /** @param kind ceiling, floor or point (see {@code TargetProgress.Kind}) */
    public long saveTarget(long goalId, String indicator, String unit, String kind, String baselinePeriod, BigDecimal baseline,
                           String targetPeriod, BigDecimal target, String note) {
        return jdbc.sql("""
                INSERT INTO target (goal_id, indicator_code, unit_code, kind, baseline_period, baseline_value, target_period,
                                    target_value, note)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (goal_id, indicator_code, unit_code) DO UPDATE SET kind = excluded.kind,
                    baseline_period = excluded.baseline_period,
                    baseline_value = excluded.baseline_value, target_period = excluded.target_period,
                    target_value = excluded.target_value, note = excluded.note
                RETURNING id""")
                .params(goalId, indicator, unit, kind, baselinePeriod, baseline, targetPeriod, target, note)
                .query(Long.class).single();
    }

    /** A target with the latest value of its indicator for its unit. */
    public record TargetRow(long id, long goalId, String goalCode, String goalName, String indicatorCode, String indicatorName,
                            String unitCode, String unitName, String kind, String baselinePeriod, BigDecimal baselineValue,
                            String targetPeriod, BigDecimal targetValue, String note, String latestPeriod, BigDecimal latestValue) {
    }

    /** Every target, or those of one unit ({@code unit} not null). */
    public List<TargetRow> targets(String unit) {
        return jdbc.sql("""
                SELECT t.id, t.goal_id, g.code AS goal_code, g.name_pl AS goal_name, t.indicator_code, i.name_pl AS indicator_name,
                       t.unit_code, u.name AS unit_name, t.kind, t.baseline_period, t.baseline_value, t.target_period, t.target_value, t.note,
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
                WHERE CAST(:unit AS text) IS NULL OR t.unit_code = :unit
                """ + (unit == null ? " ORDER BY g.code, t.indicator_code" : " ORDER BY g.code"))
                .param("unit", unit)
                .query((rs, n) -> new TargetRow(rs.getLong("id"), rs.getLong("goal_id"), rs.getString("goal_code"),
                        rs.getString("goal_name"), rs.getString("indicator_code"), rs.getString("indicator_name"),
                        rs.getString("unit_code"), rs.getString("unit_name"), rs.getString("kind"), rs.getString("baseline_period"),
                        rs.getBigDecimal("baseline_value"), rs.getString("target_period"), rs.getBigDecimal("target_value"),
                        rs.getString("note"), rs.getString("latest_period"), rs.getBigDecimal("latest_value")))
                .list();
    }
}
