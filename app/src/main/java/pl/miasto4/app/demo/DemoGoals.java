package pl.miasto4.app.demo;

import pl.miasto4.app.indicator.IndicatorRepository;
import pl.miasto4.app.observation.ObservationRepository;
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
    private final IndicatorRepository indicators;
    private final ObservationRepository observations;

    public DemoGoals(GoalRepository goals, IndicatorRepository indicators, ObservationRepository observations) {
        this.goals = goals;
        this.indicators = indicators;
        this.observations = observations;
    }

    public int load() {
        if (indicators.find("pm25_annual_mean").isEmpty()) {
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
        for (ObservationRepository.UnitValue v : observations.valuesIn("pm25_annual_mean", "2010")) {
            goals.saveTarget(operational, "pm25_annual_mean", v.unitCode(), "ceiling", "2010", v.value(), "2020",
                    new BigDecimal("20"), "Baseline: observed 2010 value (GIOŚ). Target: EU limit value, stage 2.");
            n++;
        }
        return n;
    }
}
