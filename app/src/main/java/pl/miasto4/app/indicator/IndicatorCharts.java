package pl.miasto4.app.indicator;

import org.springframework.stereotype.Component;
import pl.miasto4.app.observation.ObservationRepository;
import pl.miasto4.app.unit.TerritorialUnit;
import pl.miasto4.app.web.JsonScript;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The indicator page's chart and map data, as JSON for a {@link JsonScript} block. */
@Component
public class IndicatorCharts {
    private final JsonMapper json;

    public IndicatorCharts(JsonMapper json) {
        this.json = json;
    }

    public String series(List<ObservationRepository.Point> points, Map<String, TerritorialUnit> units, Indicator indicator) {
        Map<String, List<Object[]>> byUnit = new LinkedHashMap<>();
        for (ObservationRepository.Point p : points) {
            // [period, value, interval low, interval high, unreliable]: the chart draws error bars where the
            // store has an interval (or ±1.96 SE)
            java.math.BigDecimal margin = p.margin();
            Double low = p.ciLow() != null ? Double.valueOf(p.ciLow().doubleValue())
                    : margin == null || p.value() == null ? null : p.value().subtract(margin).doubleValue();
            Double high = p.ciHigh() != null ? Double.valueOf(p.ciHigh().doubleValue())
                    : margin == null || p.value() == null ? null : p.value().add(margin).doubleValue();
            byUnit.computeIfAbsent(p.unitCode(), k -> new ArrayList<>())
                    .add(new Object[]{p.period(), p.value() == null ? null : p.value().doubleValue(), low, high, p.unreliable()});
        }
        List<Map<String, Object>> series = new ArrayList<>();
        byUnit.forEach((unit, data) -> series.add(Map.of("name", units.containsKey(unit) ? units.get(unit).name() : unit,
                "data", data)));
        return JsonScript.safe(json.writeValueAsString(Map.of("unit", indicator.unit(), "decimals", indicator.decimals(), "series", series)));
    }

    public String map(List<IndicatorPages.Ranked> ranked, Indicator indicator) {
        List<Map<String, Object>> points = new ArrayList<>();
        for (IndicatorPages.Ranked r : ranked) {
            if (r.unit() == null || r.unit().latitude() == null || r.unit().longitude() == null) {
                continue;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", r.unit().name());
            m.put("code", r.unit().code());
            m.put("lat", r.unit().latitude());
            m.put("lon", r.unit().longitude());
            m.put("value", r.point().value().doubleValue());
            m.put("period", r.point().period());
            points.add(m);
        }
        return JsonScript.safe(json.writeValueAsString(Map.of("unit", indicator.unit(), "decimals", indicator.decimals(),
                "polarity", indicator.polarity(), "points", points)));
    }
}
