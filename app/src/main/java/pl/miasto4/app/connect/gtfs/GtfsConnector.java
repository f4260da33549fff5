package pl.miasto4.app.connect.gtfs;

import org.onebusaway.gtfs.model.FeedInfo;
import org.springframework.stereotype.Service;
import pl.miasto4.app.connect.load.ConnectorRun;
import pl.miasto4.app.connect.load.IndicatorLoad;
import pl.miasto4.app.connect.load.IndicatorValue;
import pl.miasto4.app.connect.load.Note;
import pl.miasto4.app.connect.load.UnitDirectory;
import pl.miasto4.app.observation.ObservationRepository;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * GTFS feeds → mobility indicators of one city. Reads the feeds with OneBusAway ({@link GtfsFeed}),
 * the city's boundary from a GeoJSON file ({@link CityBoundary}), computes what the feeds allow
 * ({@link MobilityFigures}), says what they do not, and imports the values all or nothing.
 */
@Service
public class GtfsConnector {
    public static final String NAME = "gtfs";

    private final UnitDirectory units;
    private final ObservationRepository observations;
    private final IndicatorLoad load;

    public GtfsConnector(UnitDirectory units, ObservationRepository observations, IndicatorLoad load) {
        this.units = units;
        this.observations = observations;
        this.load = load;
    }

    /** Where the feeds are, which unit they serve and which boundary feature is its city. */
    public record Request(List<Path> feeds, String unit, InputStream boundary, String boundaryFile, String boundaryFeature,
                          boolean dryRun, String username) {
    }

    public ConnectorRun run(Request request) {
        List<Note> problems = new ArrayList<>();
        if (units.snapshot().byCode(request.unit()).isEmpty()) {
            problems.add(Note.of("connect.problem.unknown_unit", request.unit()));
        }
        List<GtfsFeed> feeds = new ArrayList<>();
        for (Path p : request.feeds()) {
            try {
                feeds.add(GtfsFeed.read(p));
            } catch (IOException e) {
                problems.add(Note.of("connect.problem.source", e.getMessage()));
            }
        }
        CityBoundary city = null;
        try {
            city = CityBoundary.read(request.boundary(), request.boundaryFile(), request.boundaryFeature());
        } catch (IOException e) {
            problems.add(Note.of("connect.problem.source", e.getMessage()));
        }
        if (!problems.isEmpty()) {
            return ConnectorRun.refused(NAME, problems);
        }
        MobilityFigures.Result r = MobilityFigures.compute(feeds, city);
        List<Note> notes = new ArrayList<>();
        List<IndicatorValue> values = values(request.unit(), feeds, city, r, notes);
        return new ConnectorRun(NAME, values.size(), load.load(NAME, values, request.dryRun(), request.username()), notes);
    }

    List<IndicatorValue> values(String unit, List<GtfsFeed> feeds, CityBoundary city, MobilityFigures.Result r, List<Note> notes) {
        List<IndicatorValue> out = new ArrayList<>();
        String period = r.typicalWeekday() != null ? Integer.toString(r.typicalWeekday().getYear())
                : Integer.toString(java.time.Year.now().getValue());
        String source = "GTFS " + String.join(", ", feeds.stream().map(GtfsConnector::describe).toList())
                + "; read with OneBusAway, computed by Miasto 4.0";
        out.add(value(unit, "pt_stops_count", period, r.stops(), 0, source));
        out.add(value(unit, "pt_lines_count", period, r.lines(), 0, source));
        put(out, unit, "pt_bus_stops_count", period, r.stopsByMode().get(Mode.BUS), source);
        put(out, unit, "pt_tram_stops_count", period, r.stopsByMode().get(Mode.TRAM), source);
        put(out, unit, "pt_bus_lines_count", period, r.linesByMode().get(Mode.BUS), source);
        put(out, unit, "pt_tram_lines_count", period, r.linesByMode().get(Mode.TRAM), source);
        notes.add(Note.of("connect.gtfs.read", feeds.size(), r.stops(), r.lines()));
        if (r.tripsPerWeekday() != null) {
            String tripSource = source + "; typical weekday " + r.typicalWeekday() + " (median of " + r.weekdaysConsidered()
                    + " weekdays " + r.windowStart() + "–" + r.windowEnd() + ")";
            out.add(value(unit, "pt_trips_per_weekday", period, r.tripsPerWeekday(), 0, tripSource));
            put(out, unit, "pt_bus_trips_per_weekday", period, r.tripsByMode().get(Mode.BUS), tripSource);
            put(out, unit, "pt_tram_trips_per_weekday", period, r.tripsByMode().get(Mode.TRAM), tripSource);
            notes.add(Note.of("connect.gtfs.weekday", r.typicalWeekday().toString(), r.tripsPerWeekday(), r.weekdaysConsidered(),
                    r.windowStart().toString(), r.windowEnd().toString()));
        } else {
            notes.add(Note.of("connect.gtfs.no_weekday"));
        }
        Optional<BigDecimal> area = latestArea(unit);
        if (area.isPresent()) {
            out.add(new IndicatorValue(unit, "pt_stops_per_km2", period,
                    BigDecimal.valueOf(r.stopsInCity()).divide(area.get(), 2, RoundingMode.HALF_EVEN),
                    source + "; " + r.stopsInCity() + " stop points inside " + city.name() + " / area_km2 from the store"));
        } else {
            notes.add(Note.of("connect.gtfs.no_area", unit));
        }
        out.add(value(unit, "pt_area_within_500m_pct", period, r.areaWithin500mPct(), 1,
                source + "; union of 500 m buffers of bus and tram stops within " + city.name()
                        + " (GUGiK PRG via GeoJSON), local equirectangular projection in metres"));
        notes.add(Note.of("connect.gtfs.city", city.name(), r.stopsInCity(), r.cityAreaKm2(), r.areaWithin500mPct()));
        if (!r.feedsWithoutStopTimes().isEmpty()) {
            notes.add(Note.of("connect.gtfs.no_stop_times", String.join(", ", r.feedsWithoutStopTimes())));
        }
        if (!r.feedsWithoutMode().isEmpty()) {
            notes.add(Note.of("connect.gtfs.no_mode", String.join(", ", r.feedsWithoutMode())));
        }
        if (r.frequencyClasses() != null) {
            int all = r.frequencyClasses().values().stream().mapToInt(Integer::intValue).sum();
            if (all > 0) {
                for (Map.Entry<String, Integer> c : r.frequencyClasses().entrySet()) {
                    out.add(value(unit, "pt_stops_" + c.getKey() + "_frequency_pct", period, 100.0 * c.getValue() / all, 1,
                            source + "; departures 06–20 on " + r.typicalWeekday()));
                }
            }
        }
        if (r.stopsByMode().getOrDefault(Mode.OTHER, 0) == 0) {
            notes.add(Note.of("connect.gtfs.no_rail"));
        }
        notes.add(Note.of("connect.gtfs.no_population_grid"));
        return out;
    }

    private Optional<BigDecimal> latestArea(String unit) {
        for (int year = java.time.Year.now().getValue(); year >= 2000; year--) {
            Optional<BigDecimal> v = observations.valuesIn("area_km2", Integer.toString(year)).stream()
                    .filter(u -> u.unitCode().equals(unit)).map(ObservationRepository.UnitValue::value).findFirst();
            if (v.isPresent() && v.get().signum() > 0) {
                return v;
            }
        }
        return Optional.empty();
    }

    private static String describe(GtfsFeed f) {
        String version = f.dao().getAllFeedInfos().stream().map(FeedInfo::getVersion).filter(v -> v != null && !v.isBlank())
                .findFirst().map(v -> " version " + v).orElse("");
        return f.name() + version;
    }

    private static void put(List<IndicatorValue> out, String unit, String code, String period, Integer n, String source) {
        if (n != null) {
            out.add(value(unit, code, period, n, 0, source));
        }
    }

    private static IndicatorValue value(String unit, String code, String period, double v, int decimals, String source) {
        return new IndicatorValue(unit, code, period, BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_EVEN), source);
    }

    /** Copies feed files shipped on the classpath to a folder, for OneBusAway's file-based reader. */
    public static Path unpack(Map<String, InputStream> files, Path dir) throws IOException {
        Files.createDirectories(dir);
        for (Map.Entry<String, InputStream> f : files.entrySet()) {
            try (InputStream in = f.getValue()) {
                Files.copy(in, dir.resolve(f.getKey()));
            }
        }
        return dir;
    }
}
