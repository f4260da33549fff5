package pl.miasto4.app.demo;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import pl.miasto4.app.goal.GoalRepository;

import java.math.BigDecimal;

/**
 * Demo goals built only from real commitments: the EU limit value for fine particulate matter
 * (Directive 2008/50/EC, Annex XIV: PM2.5 annual mean 20 µg/m³ from 1 January 2020, "stage 2"),
 * for every city whose 2010 value is in the store. The baseline is that observed 2010 value.
 */
@Component
public class DemoGoals {
    static final String DIRECTIVE = "Dyrektywa 2008/50/WE w sprawie jakości powietrza i czystszego powietrza dla Europy";

    private final GoalRepository goals;
    private final JdbcClient jdbc;

    public DemoGoals(GoalRepository goals, JdbcClient jdbc) {
        this.goals = goals;
        this.jdbc = jdbc;
    }

    public int load() {
        if (jdbc.sql("SELECT count(*) FROM indicator WHERE code = 'pm25_annual_mean'").query(Long.class).single() == 0) {
            return 0;
        }
        long strategic = goals.saveGoal("EU-AIR", "strategic", null,
                "Czyste powietrze zgodne z normami Unii Europejskiej",
                "Clean air that meets European Union standards",
                "Wartości dopuszczalne stężeń zanieczyszczeń powietrza obowiązujące w Polsce na mocy prawa UE.", DIRECTIVE);
        long operational = goals.saveGoal("EU-AIR.PM25", "operational", strategic,
                "Średnioroczne stężenie PM2,5 nie wyższe niż 20 µg/m³ od 2020 r. (faza II)",
                "Annual mean PM2.5 concentration of at most 20 µg/m³ from 2020 (stage 2)",
                "Dyrektywa 2008/50/WE, załącznik XIV, sekcja E: wartość dopuszczalna 20 µg/m³ od 1 stycznia 2020 r.", DIRECTIVE);
        int n = 0;
        for (var row : jdbc.sql("""
                SELECT unit_code, value FROM observation
                WHERE indicator_code = 'pm25_annual_mean' AND period = '2010' AND value IS NOT NULL
                ORDER BY unit_code""").query((rs, i) -> new Object[]{rs.getString(1), rs.getBigDecimal(2)}).list()) {
            goals.saveTarget(operational, "pm25_annual_mean", (String) row[0], "2010", (BigDecimal) row[1], "2020",
                    new BigDecimal("20"), "Baseline: observed 2010 value (GIOŚ). Target: EU limit value, stage 2.");
            n++;
        }
        return n;
    }
}
