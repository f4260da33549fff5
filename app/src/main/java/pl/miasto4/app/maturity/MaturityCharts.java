package pl.miasto4.app.maturity;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import static pl.miasto4.app.web.ChartData.safe;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chart data for the maturity pages as JSON for a {@code <script type="application/json">} block
 * that {@code maturity.js} draws (no inline script, so the content security policy stays strict).
 * Labels are in both languages; the script picks the page's.
 */
@Component
public class MaturityCharts {
    private final JsonMapper json;

    public MaturityCharts(JsonMapper json) {
        this.json = json;
    }

    public String profile(ProfileView p) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("axes", p.dimensions().stream().map(d -> Map.of("pl", d.name().pl(), "en", d.name().en())).toList());
        out.put("series", List.of(Map.of("name", p.assessment().unitName(), "values",
                p.dimensions().stream().map(d -> d.score().value()).toList())));
        out.put("components", p.components().stream().map(c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("pl", c.name().pl());
            m.put("en", c.name().en());
            m.put("value", c.score().value());
            return m;
        }).toList());
        return safe(json.writeValueAsString(out));
    }

    public String benchmark(BenchmarkView b, ProfileView p) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("axes", b.dimensionIds().stream().map(id -> Map.of("pl", b.dimensionNames().get(id).pl(),
                "en", b.dimensionNames().get(id).en())).toList());
        List<Map<String, Object>> series = new ArrayList<>();
        for (BenchmarkView.CityScores c : b.cities()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", c.name());
            m.put("subject", c.unitCode().equals(b.subject()));
            m.put("values", b.dimensionIds().stream().map(id -> c.dimensions().get(id)).toList());
            series.add(m);
        }
        out.put("series", series);
        out.put("ranking", b.ranking().stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", r.name());
            m.put("rank", r.rank());
            m.put("low", r.low());
            m.put("high", r.high());
            m.put("subject", r.unitCode().equals(b.subject()));
            return m;
        }).toList());
        out.put("cities", b.ranking().size());
        return safe(json.writeValueAsString(out));
    }

    public String roadmap(RoadmapView r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("components", r.balance().stream().map(c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("pl", c.name().pl());
            m.put("en", c.name().en());
            m.put("actions", c.actions());
            m.put("costUnits", c.costUnits());
            return m;
        }).toList());
        return safe(json.writeValueAsString(out));
    }
}
