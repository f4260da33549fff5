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

    public long saveTarget(long goalId, String indicator, String unit, String baselinePeriod, BigDecimal baseline,
                           String targetPeriod, BigDecimal target, String note) {
        return jdbc.sql("""
                INSERT INTO target (goal_id, indicator_code, unit_code, baseline_period, baseline_value, target_period,
                                    target_value, note)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (goal_id, indicator_code, unit_code) DO UPDATE SET baseline_period = excluded.baseline_period,
                    baseline_value = excluded.baseline_value, target_period = excluded.target_period,
                    target_value = excluded.target_value, note = excluded.note
                RETURNING id""")
                .params(goalId, indicator, unit, baselinePeriod, baseline, targetPeriod, target, note)
                .query(Long.class).single();
    }
}
