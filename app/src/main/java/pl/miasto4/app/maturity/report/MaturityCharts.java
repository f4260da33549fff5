package pl.miasto4.app.maturity.report;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import static pl.miasto4.app.web.JsonScript.safe;

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
        out.put("components", p.components().stream().map(c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("pl", c.name().pl());
            m.put("en", c.name().en());
            m.put("value", c.score().value());
            return m;
        }).toList());
        return safe(json.writeValueAsString(out));
    }

    /** The profile radar as SVG: a dimension without a score has no point, and the outline skips it rather than dropping to zero. */
    public String profileRadar(ProfileView p, String lang) {
        return SvgCharts.radar(p.dimensions().stream().map(d -> d.name().in(lang)).toList(),
                List.of(new SvgCharts.Series(p.assessment().unitName(), p.dimensions().stream().map(d -> d.score().value()).toList())),
                5, 360);
    }

    /** Every compared city's profile on one radar, as SVG. */
    public String benchmarkRadar(BenchmarkView b, String lang) {
        List<SvgCharts.Series> series = new ArrayList<>();
        b.cities().forEach(c -> series.add(new SvgCharts.Series(c.name(), b.dimensionIds().stream().map(id -> c.dimensions().get(id)).toList())));
        return SvgCharts.radar(b.dimensionIds().stream().map(id -> b.dimensionNames().get(id).in(lang)).toList(), series, 5, 460);
    }

    public String benchmark(BenchmarkView b) {
        Map<String, Object> out = new LinkedHashMap<>();
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
