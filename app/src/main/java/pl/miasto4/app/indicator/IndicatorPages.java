package pl.miasto4.app.indicator;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import pl.miasto4.app.dataset.DatasetRepository;
import pl.miasto4.app.observation.ObservationRepository;
import pl.miasto4.app.unit.TerritorialUnit;
import pl.miasto4.app.unit.UnitRepository;
import pl.miasto4.indicator.Dimension;
import pl.miasto4.indicator.Freshness;
import pl.miasto4.indicator.Period;

import java.time.LocalDate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

@Controller
public class IndicatorPages {
    /** Cities shown in the chart when the reader has not chosen: the six cities of the Miasto 4.0 report. */
    static final List<String> REPORT_CITIES = List.of("1465011", "1261011", "2261011", "0663011", "1863011", "2661011");

    private final IndicatorRepository indicators;
    private final ObservationRepository observations;
    private final UnitRepository units;
    private final DatasetRepository datasets;
    private final IndicatorCharts charts;

    public IndicatorPages(IndicatorRepository indicators, ObservationRepository observations, UnitRepository units,
                          DatasetRepository datasets, IndicatorCharts charts) {
        this.indicators = indicators;
        this.observations = observations;
        this.units = units;
        this.datasets = datasets;
        this.charts = charts;
    }

    @GetMapping("/indicators")
    public String catalogue(@RequestParam(required = false) String dimension, Model model) {
        List<Indicator> all = dimension == null || dimension.isBlank() ? indicators.findAll() : indicators.findByDimension(dimension);
        Map<String, List<Indicator>> grouped = all.stream().collect(Collectors.groupingBy(
                i -> i.dimension() == null ? "unclassified" : i.dimension(), LinkedHashMap::new, Collectors.toList()));
        model.addAttribute("grouped", grouped);
        model.addAttribute("dimensions", Dimension.values());
        model.addAttribute("selected", dimension);
        return "indicator/list";
    }

    /** One row of the ranking table. */
    public record Ranked(int rank, TerritorialUnit unit, ObservationRepository.Point point) {
    }

    /** The periods a ranking can use, latest first, with how many units have a value in each. */
    public record RankingPeriod(String period, int units, boolean outdated) {
    }

    @GetMapping("/indicators/{code}")
    public String indicator(@PathVariable String code, @RequestParam(name = "unit", required = false) List<String> chosen,
                            @RequestParam(name = "period", required = false) String period, Model model) {
        Indicator indicator = indicators.find(code)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "unknown indicator " + code));
        Map<String, TerritorialUnit> unitsByCode = units.findAll().stream()
                .collect(Collectors.toMap(TerritorialUnit::code, Function.identity()));
        // a ranking compares one period: the one asked for, else the latest common one (Freshness.rankingPeriod)
        LocalDate today = LocalDate.now();
        List<RankingPeriod> periods = new ArrayList<>();
        Map<Period, Integer> counts = new LinkedHashMap<>();
        for (ObservationRepository.PeriodCount c : observations.unitsPerPeriod(code)) {
            Period p = Period.parse(c.period()).period();
            counts.put(p, c.units());
            periods.add(new RankingPeriod(c.period(), c.units(), Freshness.outdated(p, indicator.frequency(), today)));
        }
        String rankingPeriod = period != null && periods.stream().anyMatch(p -> p.period().equals(period)) ? period
                : Freshness.rankingPeriod(counts).map(Period::toString).orElse(null);
        List<ObservationRepository.Point> latest = new ArrayList<>(
                rankingPeriod == null ? List.of() : observations.pointsIn(code, rankingPeriod));
        Comparator<ObservationRepository.Point> order = Comparator.comparing(ObservationRepository.Point::value);
        if (indicator.polarityEnum().direction() >= 0) {
            order = order.reversed();
        }
        latest.sort(order);
        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < latest.size(); i++) {
            ranked.add(new Ranked(i + 1, unitsByCode.get(latest.get(i).unitCode()), latest.get(i)));
        }
        model.addAttribute("rankingPeriod", rankingPeriod);
        model.addAttribute("rankingPeriodChosen", rankingPeriod != null && rankingPeriod.equals(period));
        model.addAttribute("rankingOutdated", periods.stream().anyMatch(p -> p.period().equals(rankingPeriod) && p.outdated()));
        model.addAttribute("rankingPeriods", periods);
        model.addAttribute("unitsWithValues", observations.latestPerUnit(code).size());
        List<String> chartUnits = chosen == null || chosen.isEmpty()
                ? REPORT_CITIES.stream().filter(unitsByCode::containsKey).toList() : chosen;
        model.addAttribute("indicator", indicator);
        model.addAttribute("ranked", ranked);
        model.addAttribute("rankedByLatest", indicator.polarityEnum().direction() != 0);
        model.addAttribute("chartUnits", chartUnits);
        List<ObservationRepository.Point> series = observations.series(chartUnits, List.of(code));
        model.addAttribute("series", series);
        model.addAttribute("hasUncertainty", series.stream().anyMatch(p -> p.margin() != null)
                || latest.stream().anyMatch(p -> p.margin() != null));
        model.addAttribute("seriesJson", charts.series(series, unitsByCode, indicator));
        model.addAttribute("mapJson", charts.map(ranked, indicator));
        model.addAttribute("cities", units.findByKind("city_county"));
        model.addAttribute("unitsByCode", unitsByCode);
        model.addAttribute("datasets", datasets.feeding(code));
        return "indicator/indicator";
    }

    @GetMapping("/compare")
    public String compare(@RequestParam(name = "unit", required = false) List<String> chosen, Model model) {
        List<TerritorialUnit> cities = units.findByKind("city_county");
        model.addAttribute("cities", cities);
        List<String> selected = chosen == null ? List.of() : chosen.stream().distinct().toList();
        model.addAttribute("selected", selected);
        List<TerritorialUnit> picked = selected.stream().map(units::find).flatMap(java.util.Optional::stream).toList();
        model.addAttribute("picked", picked);
        if (picked.size() >= 2) {
            Map<String, Map<String, ObservationRepository.Point>> table = new LinkedHashMap<>();
            List<Indicator> all = indicators.findAll();
            for (ObservationRepository.Point p : observations.latestPerUnitFor(picked.stream().map(TerritorialUnit::code).toList())) {
                table.computeIfAbsent(p.indicatorCode(), k -> new LinkedHashMap<>()).put(p.unitCode(), p);
            }
            model.addAttribute("rows", all.stream().filter(i -> table.containsKey(i.code())).toList());
            model.addAttribute("table", table);
        }
        return "compare";
    }
}
