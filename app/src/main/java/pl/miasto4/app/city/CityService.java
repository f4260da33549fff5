package pl.miasto4.app.city;

import org.springframework.stereotype.Service;
import pl.miasto4.app.goal.TargetStatusService;
import pl.miasto4.app.indicator.Indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Assembles the city page: every catalogue indicator by dimension, with the unit's data where there is any. */
@Service
public class CityService {
    private final CityRepository repository;
    private final TargetStatusService targets;
    private final pl.miasto4.app.web.Formats formats;

    public CityService(CityRepository repository, TargetStatusService targets,
                       pl.miasto4.app.web.Formats formats) {
        this.repository = repository;
        this.targets = targets;
        this.formats = formats;
    }

    /** A unit's values of one indicator, oldest first, and the flags of the latest. */
    private record Series(List<String> periods, List<BigDecimal> values, String latestFlags) {
    }

    /** The catalogue's indicators (in page order) grouped by dimension code, each with this unit's series. */
    public Map<String, List<CityView>> view(String unitCode, List<Indicator> catalogue) {
        Map<String, Series> byIndicator = new HashMap<>();
        repository.series(unitCode).forEach((indicator, raw) -> {
            List<String> periods = List.of(raw.periods().split(" "));
            String[] texts = raw.values().split(" ");
            List<BigDecimal> values = new ArrayList<>(texts.length);
            for (String v : texts) {
                values.add(v.equals("-") ? null : number(v));
            }
            byIndicator.put(indicator, new Series(periods, values, raw.latestFlags()));
        });
        Map<String, TargetStatusService.TargetView> unitTargets = new HashMap<>();
        for (TargetStatusService.TargetView t : targets.forUnit(unitCode)) {
            unitTargets.putIfAbsent(t.indicatorCode(), t);
        }
        Map<String, List<CityView>> out = new LinkedHashMap<>();
        for (Indicator i : catalogue) {
            Series s = byIndicator.get(i.code());
            String dim = i.dimension() == null ? "unclassified" : i.dimension();
            CityView v;
            if (s == null) {
                v = new CityView(i, null, null, "", List.of(), null, unitTargets.get(i.code()), "");
            } else {
                int last = s.periods().size() - 1;
                v = new CityView(i, s.periods().get(last), s.values().get(last), s.latestFlags(), s.values(),
                        s.periods().get(0), unitTargets.get(i.code()), formats.sparkline(s.values()));
            }
            if (s != null || i.dimension() != null) {
                out.computeIfAbsent(dim, k -> new ArrayList<>()).add(v);
            }
        }
        return out;
    }

    /**
     * Key figures shown first, in this order, where the unit has data: people, money, work, housing, air.
     * Chosen for what a resident or a strategist asks first; the rest stays in the tables below.
     */
    static final List<String> KEY_FIGURES = List.of("population_total", "avg_gross_monthly_wage", "unemployment_rate_registered",
            "dwelling_price_median_per_m2", "dwellings_completed_per_1000_population", "regon_entities_per_10k_population",
            "pm25_annual_mean", "pm10_annual_mean", "no2_annual_mean", "students_higher_education");
    static final int MAX_FIGURES = 8;

    /** The overview above the tables (see {@link CityOverview}). */
    public CityOverview overview(String unitCode, List<Indicator> catalogue, Map<String, List<CityView>> view) {
        Map<String, Indicator> byCode = new HashMap<>();
        catalogue.forEach(i -> byCode.put(i.code(), i));
        Map<String, CityRepository.KeyFigure> raw = new HashMap<>();
        repository.keyFigures(unitCode, KEY_FIGURES).forEach(k -> raw.put(k.indicator(), k));
        int thisYear = java.time.Year.now(java.time.ZoneOffset.UTC).getValue();
        List<CityOverview.Figure> figures = new ArrayList<>();
        for (String code : KEY_FIGURES) {
            CityRepository.KeyFigure k = raw.get(code);
            Indicator i = byCode.get(code);
            if (k == null || i == null || figures.size() >= MAX_FIGURES) {
                continue;
            }
            Integer rank = k.peers() < 2 ? null : 1 + ("lower_better".equals(i.polarity()) ? k.below() : k.above());
            int year = pl.miasto4.indicator.Period.parse(k.period()).period().year();
            figures.add(new CityOverview.Figure(i, k.period(), k.value(), k.previousPeriod(), k.previousValue(), rank,
                    k.peers(), year, thisYear - year));
        }
        int withData = 0;
        Map<String, Integer> gaps = new LinkedHashMap<>();
        for (String kind : List.of("gus", "gios", "survey", "city", "other")) {
            gaps.put(kind, 0);
        }
        for (List<CityView> rows : view.values()) {
            for (CityView v : rows) {
                if (v.hasData()) {
                    withData++;
                } else {
                    gaps.merge(sourceKind(v.indicator()), 1, Integer::sum);
                }
            }
        }
        List<CityOverview.SourceGap> gapList = gaps.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> new CityOverview.SourceGap(e.getKey(), e.getValue()))
                .sorted((a, b) -> Integer.compare(b.indicators(), a.indicators())).toList();
        return new CityOverview(figures, withData, view.values().stream().mapToInt(List::size).sum(), gapList);
    }

    /** The kind of source an indicator's catalogue entry names: public statistics (GUS), air monitoring (GIOŚ), a survey, the city's own records, or another public body. */
    static String sourceKind(Indicator i) {
        String s = i.source() == null ? "" : i.source().toLowerCase(java.util.Locale.ROOT);
        if (s.startsWith("gus")) {
            return "gus";
        }
        if (s.contains("gioś") || s.contains("gios")) {
            return "gios";
        }
        if ("subjective".equals(i.kind()) || s.contains("survey")) {
            return "survey";
        }
        if (s.startsWith("city")) {
            return "city";
        }
        return "other";
    }

    /** A stored value as text; PostgreSQL's numeric also knows NaN and infinities, which have no place on the page. */
    private static BigDecimal number(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
