package pl.miasto4.app.index;

import org.springframework.stereotype.Component;
import pl.miasto4.app.web.JsonScript;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Chart data of the index pages as JSON for {@code <script type="application/json">} blocks that
 * {@code static/js/index-charts.js} draws (no inline script: the content security policy stays
 * strict), and the rank-interval whiskers of the ranking table as small inline SVGs (no script).
 */
@Component
public class IndexCharts {
    private final JsonMapper json;

    public IndexCharts(JsonMapper json) {
        this.json = json;
    }

    private String write(Object o) {
        return JsonScript.safe(json.writeValueAsString(o));
    }

    /** First-order and total Sobol index of each uncertain choice. */
    public String sensitivity(IndexViews.UncertaintyView u, String firstLabel, String totalLabel) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("choices", u.sensitivity().stream().map(IndexViews.SensitivityView::choice).toList());
        m.put("first", u.sensitivity().stream().map(IndexViews.SensitivityView::firstOrder).toList());
        m.put("total", u.sensitivity().stream().map(IndexViews.SensitivityView::total).toList());
        m.put("labels", List.of(firstLabel, totalLabel));
        return write(m);
    }

    /**
     * Radar of the unit's scores on the axes (pillars, or indicators of a one-level index) against
     * its peers' mean and the median of all units; each axis runs over the range of all units.
     */
    public String radar(IndexViews.ProfileView p, IndexViews.ResultsView results, String unitLabel, String peersLabel,
                        String medianLabel) {
        List<IndexViews.ProfileEntry> axes = p.entries().stream().filter(e -> e.level() == p.peerLevel()).toList();
        List<Map<String, Object>> indicators = new ArrayList<>();
        for (IndexViews.ProfileEntry e : axes) {
            double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
            for (IndexViews.UnitResult u : results.units()) {
                Double v = u.scores().get(e.code());
                if (v != null) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
            Map<String, Object> axis = new LinkedHashMap<>();
            axis.put("name", e.name());
            axis.put("min", Double.isInfinite(min) ? 0 : min);
            axis.put("max", Double.isInfinite(max) ? 1 : max);
            indicators.add(axis);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("indicators", indicators);
        m.put("series", List.of(
                Map.of("name", unitLabel, "values", axes.stream().map(IndexViews.ProfileEntry::score).toList()),
                Map.of("name", peersLabel, "values", axes.stream().map(IndexViews.ProfileEntry::peerMean).toList()),
                Map.of("name", medianLabel, "values", axes.stream().map(IndexViews.ProfileEntry::median).toList())));
        return write(m);
    }

    /** Indicators by the unit's score minus its peers' mean (strengths positive), largest first. */
    public String versusPeers(IndexViews.ProfileView p, String label) {
        List<IndexViews.ProfileEntry> e = new ArrayList<>(p.entries().stream()
                .filter(x -> x.level() == 1 && x.versusPeers() != null).toList());
        e.sort(Comparator.comparing(IndexViews.ProfileEntry::versusPeers));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("names", e.stream().map(IndexViews.ProfileEntry::name).toList());
        m.put("values", e.stream().map(IndexViews.ProfileEntry::versusPeers).toList());
        m.put("label", label);
        return write(m);
    }

    /** Correlation heatmap: names and [column, row, r] cells. */
    public String heatmap(IndexViews.CorrelationMatrix matrix) {
        if (matrix == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("names", matrix.names());
        m.put("cells", matrix.cells().stream().map(c -> List.of(c.column(), c.row(), Math.round(c.r() * 100) / 100.0)).toList());
        return write(m);
    }

    /**
     * The 5–95 % rank interval as a whisker on a 1…n scale, with the median (tick) and nominal rank
     * (dot). Decorative (aria-hidden): the table gives the same numbers as text.
     */
    public String whisker(IndexViews.RankStatsView r, int n) {
        if (r == null || r.q05Rank() == null || n < 2) {
            return "";
        }
        double w = 140, h = 18, pad = 5;
        java.util.function.DoubleUnaryOperator x = rank -> pad + (rank - 1) * (w - 2 * pad) / (n - 1);
        double a = x.applyAsDouble(r.q05Rank()), b = x.applyAsDouble(r.q95Rank());
        double med = x.applyAsDouble(r.medianRank());
        String s = "<svg class=\"whisker\" viewBox=\"0 0 140 18\" width=\"140\" height=\"18\" aria-hidden=\"true\" focusable=\"false\">"
                + "<line class=\"axis\" x1=\"" + f(pad) + "\" y1=\"9\" x2=\"" + f(w - pad) + "\" y2=\"9\"/>"
                + "<line class=\"range\" x1=\"" + f(a) + "\" y1=\"9\" x2=\"" + f(b) + "\" y2=\"9\"/>"
                + "<line class=\"end\" x1=\"" + f(a) + "\" y1=\"4\" x2=\"" + f(a) + "\" y2=\"14\"/>"
                + "<line class=\"end\" x1=\"" + f(b) + "\" y1=\"4\" x2=\"" + f(b) + "\" y2=\"14\"/>"
                + "<line class=\"median\" x1=\"" + f(med) + "\" y1=\"2\" x2=\"" + f(med) + "\" y2=\"16\"/>";
        if (r.nominalRank() != null) {
            s += "<circle class=\"nominal\" cx=\"" + f(x.applyAsDouble(r.nominalRank())) + "\" cy=\"9\" r=\"3.5\"/>";
        }
        return s + "</svg>";
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
