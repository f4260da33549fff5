package pl.miasto4.app.connect.gtfs;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.onebusaway.gtfs.impl.calendar.CalendarServiceDataFactoryImpl;
import org.onebusaway.gtfs.model.AgencyAndId;
import org.onebusaway.gtfs.model.Route;
import org.onebusaway.gtfs.model.Stop;
import org.onebusaway.gtfs.model.StopTime;
import org.onebusaway.gtfs.model.Trip;
import org.onebusaway.gtfs.model.calendar.CalendarServiceData;
import org.onebusaway.gtfs.model.calendar.ServiceDate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The mobility figures a set of GTFS feeds allows, computed apart from the plumbing:
 * <ul>
 * <li>stop points by mode, counted by {@code stop_code} (one post, even when two feeds list it), with
 *     their mode from the routes that call there ({@code stop_times.txt}) or, without it, from the feed
 *     when all its routes are of one mode;</li>
 * <li>lines by mode: distinct {@code route_short_name};</li>
 * <li>trips on a typical weekday: the median, over Monday–Friday dates on which every feed is valid,
 *     of the trips whose service runs that day (OneBusAway's calendar service: calendar + calendar_dates);</li>
 * <li>stops inside the city boundary and the share of its area within 500 m of a stop (union of
 *     500 m buffers in metres, {@link LocalProjection});</li>
 * <li>with {@code stop_times.txt}: departures per hour per stop on that weekday, 06:00–20:00, in the
 *     EU's frequency classes (high &gt; 10/h, medium 4–10, low &lt; 4).</li>
 * </ul>
 */
public final class MobilityFigures {
    static final double WALK_RADIUS_M = 500;
    static final int FROM_HOUR = 6;
    static final int TO_HOUR = 20;

    /** What was computed; nulls where the feeds do not allow it. */
    public record Result(int stops, Map<Mode, Integer> stopsByMode, int lines, Map<Mode, Integer> linesByMode,
                  LocalDate typicalWeekday, int weekdaysConsidered, LocalDate windowStart, LocalDate windowEnd,
                  Integer tripsPerWeekday, Map<Mode, Integer> tripsByMode, int stopsInCity, double cityAreaKm2,
                  double areaWithin500mPct, List<String> feedsWithoutMode, List<String> feedsWithoutStopTimes,
                  Map<String, Integer> frequencyClasses) {
    }

    private MobilityFigures() {
    }

    public static Result compute(List<GtfsFeed> feeds, CityBoundary city) {
        Map<String, Set<Mode>> stopModes = new HashMap<>();
        Map<String, double[]> stopPoints = new HashMap<>();
        Map<Mode, Set<String>> lines = new EnumMap<>(Mode.class);
        List<String> withoutMode = new ArrayList<>();
        List<String> withoutStopTimes = new ArrayList<>();
        for (GtfsFeed f : feeds) {
            Set<Mode> feedModes = new HashSet<>();
            for (Route r : f.dao().getAllRoutes()) {
                Mode m = Mode.of(r.getType());
                feedModes.add(m);
                String line = r.getShortName() == null || r.getShortName().isBlank() ? r.getId().getId() : r.getShortName();
                lines.computeIfAbsent(m, k -> new HashSet<>()).add(line);
            }
            Map<AgencyAndId, Set<Mode>> modesAtStop = new HashMap<>();
            if (f.hasStopTimes()) {
                for (StopTime st : f.dao().getAllStopTimes()) {
                    modesAtStop.computeIfAbsent(st.getStop().getId(), k -> new HashSet<>()).add(Mode.of(st.getTrip().getRoute().getType()));
                }
            } else {
                withoutStopTimes.add(f.name());
                if (feedModes.size() != 1) {
                    withoutMode.add(f.name());
                }
            }
            for (Stop s : f.dao().getAllStops()) {
                if (s.getLocationType() != 0) {
                    continue; // stations, entrances and nodes are not stop points
                }
                String key = s.getCode() == null || s.getCode().isBlank() ? f.name() + ":" + s.getId().getId() : s.getCode();
                Set<Mode> modes = stopModes.computeIfAbsent(key, k -> new HashSet<>());
                if (f.hasStopTimes()) {
                    modes.addAll(modesAtStop.getOrDefault(s.getId(), Set.of()));
                } else if (feedModes.size() == 1) {
                    modes.addAll(feedModes);
                }
                stopPoints.putIfAbsent(key, new double[]{s.getLat(), s.getLon()});
            }
        }
        Map<Mode, Integer> stopsByMode = new EnumMap<>(Mode.class);
        for (Set<Mode> modes : stopModes.values()) {
            modes.forEach(m -> stopsByMode.merge(m, 1, Integer::sum));
        }
        Map<Mode, Integer> linesByMode = new EnumMap<>(Mode.class);
        lines.forEach((m, set) -> linesByMode.put(m, set.size()));
        int allLines = lines.values().stream().mapToInt(Set::size).sum();

        // trips per date, per mode
        LocalDate windowStart = null;
        LocalDate windowEnd = null;
        List<Map<LocalDate, EnumMap<Mode, Integer>>> perFeed = new ArrayList<>();
        for (GtfsFeed f : feeds) {
            CalendarServiceData cal = new CalendarServiceDataFactoryImpl(f.dao()).createData();
            Map<AgencyAndId, EnumMap<Mode, Integer>> tripsPerService = new HashMap<>();
            for (Trip t : f.dao().getAllTrips()) {
                tripsPerService.computeIfAbsent(t.getServiceId(), k -> new EnumMap<>(Mode.class))
                        .merge(Mode.of(t.getRoute().getType()), 1, Integer::sum);
            }
            Map<LocalDate, EnumMap<Mode, Integer>> byDate = new TreeMap<>();
            for (AgencyAndId service : cal.getServiceIds()) {
                EnumMap<Mode, Integer> trips = tripsPerService.get(service);
                if (trips == null) {
                    continue;
                }
                for (ServiceDate d : cal.getServiceDatesForServiceId(service)) {
                    EnumMap<Mode, Integer> day = byDate.computeIfAbsent(LocalDate.of(d.getYear(), d.getMonth(), d.getDay()),
                            k -> new EnumMap<>(Mode.class));
                    trips.forEach((m, n) -> day.merge(m, n, Integer::sum));
                }
            }
            if (byDate.isEmpty()) {
                continue;
            }
            LocalDate first = ((TreeMap<LocalDate, ?>) byDate).firstKey();
            LocalDate last = ((TreeMap<LocalDate, ?>) byDate).lastKey();
            windowStart = windowStart == null || first.isAfter(windowStart) ? first : windowStart;
            windowEnd = windowEnd == null || last.isBefore(windowEnd) ? last : windowEnd;
            perFeed.add(byDate);
        }
        LocalDate typical = null;
        Integer tripsPerWeekday = null;
        Map<Mode, Integer> tripsByMode = new EnumMap<>(Mode.class);
        List<LocalDate> weekdays = new ArrayList<>();
        if (windowStart != null && !windowStart.isAfter(windowEnd)) {
            Map<LocalDate, Integer> totals = new HashMap<>();
            for (LocalDate d = windowStart; !d.isAfter(windowEnd); d = d.plusDays(1)) {
                if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    continue;
                }
                int total = 0;
                for (Map<LocalDate, EnumMap<Mode, Integer>> f : perFeed) {
                    total += f.getOrDefault(d, new EnumMap<>(Mode.class)).values().stream().mapToInt(Integer::intValue).sum();
                }
                weekdays.add(d);
                totals.put(d, total);
            }
            if (!weekdays.isEmpty()) {
                List<LocalDate> sorted = new ArrayList<>(weekdays);
                sorted.sort(Comparator.comparing((LocalDate d) -> totals.get(d)).thenComparing(d -> d));
                typical = sorted.get((sorted.size() - 1) / 2);
                tripsPerWeekday = totals.get(typical);
                for (Map<LocalDate, EnumMap<Mode, Integer>> f : perFeed) {
                    f.getOrDefault(typical, new EnumMap<>(Mode.class)).forEach((m, n) -> tripsByMode.merge(m, n, Integer::sum));
                }
            }
        }

        // the city: stops inside it, the share of its area within 500 m of a stop
        GeometryFactory gf = new GeometryFactory();
        PreparedGeometry inside = PreparedGeometryFactory.prepare(city.metres());
        List<Geometry> buffers = new ArrayList<>();
        int stopsInCity = 0;
        Geometry envelope = city.metres().getEnvelope().buffer(WALK_RADIUS_M);
        for (Map.Entry<String, double[]> s : stopPoints.entrySet()) {
            Set<Mode> modes = stopModes.get(s.getKey());
            Coordinate c = city.projection().project(s.getValue()[0], s.getValue()[1]);
            Point p = gf.createPoint(c);
            if (inside.contains(p)) {
                stopsInCity++;
            }
            if ((modes.contains(Mode.BUS) || modes.contains(Mode.TRAM)) && envelope.contains(p)) {
                buffers.add(p.buffer(WALK_RADIUS_M, 16));
            }
        }
        double cityArea = city.metres().getArea();
        double covered = buffers.isEmpty() ? 0 : OverlayNGRobust.overlay(OverlayNGRobust.union(buffers), city.metres(),
                OverlayNG.INTERSECTION).getArea();

        Map<String, Integer> classes = typical == null ? null : frequencyClasses(feeds, typical);
        return new Result(stopModes.size(), stopsByMode, allLines, linesByMode, typical, weekdays.size(), windowStart, windowEnd,
                tripsPerWeekday, tripsByMode, stopsInCity, cityArea / 1e6, 100 * covered / cityArea, withoutMode,
                withoutStopTimes, classes);
    }

    /**
     * Stops by frequency class on the typical weekday, 06:00–20:00 (departures / 14 h), for the feeds
     * with stop_times; null when no feed has them.
     */
    private static Map<String, Integer> frequencyClasses(List<GtfsFeed> feeds, LocalDate day) {
        Map<String, Integer> departures = new HashMap<>();
        boolean any = false;
        ServiceDate sd = new ServiceDate(day.getYear(), day.getMonthValue(), day.getDayOfMonth());
        for (GtfsFeed f : feeds) {
            if (!f.hasStopTimes()) {
                continue;
            }
            any = true;
            Set<AgencyAndId> running = new CalendarServiceDataFactoryImpl(f.dao()).createData().getServiceIdsForDate(sd);
            for (StopTime st : f.dao().getAllStopTimes()) {
                if (!st.isDepartureTimeSet() || !running.contains(st.getTrip().getServiceId())) {
                    continue;
                }
                int t = st.getDepartureTime();
                if (t >= FROM_HOUR * 3600 && t < TO_HOUR * 3600) {
                    departures.merge(f.name() + ":" + st.getStop().getId().getId(), 1, Integer::sum);
                }
            }
            for (Stop s : f.dao().getAllStops()) {
                if (s.getLocationType() == 0) {
                    departures.putIfAbsent(f.name() + ":" + s.getId().getId(), 0);
                }
            }
        }
        if (!any) {
            return null;
        }
        Map<String, Integer> classes = new TreeMap<>(Map.of("high", 0, "medium", 0, "low", 0));
        double hours = TO_HOUR - FROM_HOUR;
        for (int n : departures.values()) {
            double perHour = n / hours;
            classes.merge(perHour > 10 ? "high" : perHour >= 4 ? "medium" : "low", 1, Integer::sum);
        }
        return classes;
    }
}
