package pl.miasto4.bench;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import pl.miasto4.app.connect.gtfs.CityBoundary;
import pl.miasto4.app.connect.gtfs.GtfsFeed;
import pl.miasto4.app.connect.gtfs.MobilityFigures;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * A SYNTHETIC GTFS feed of Kraków's size (stops in Kraków's bounding box, bus and tram routes,
 * weekday and weekend services, trips with stop times) written to a temporary folder, then turned
 * into the mobility figures as {@code miasto connect gtfs} does (read with OneBusAway, compute);
 * OneBusAway's own read of the same feed is timed in the same run, and the ratio printed.
 */
@Command(name = "gtfs", mixinStandardHelpOptions = true,
        description = {"GTFS -> indicators on a SYNTHETIC feed of Kraków's size (default 3,500 stops, 70,000 trips, "
                + "1,500,000 stop times); prints OneBusAway's own read time of the same feed and the ratio.",
                "Goal (issue 12): < 10 s into indicators."})
public class GtfsBenchCommand implements Callable<Integer> {
    @Option(names = "--stops", defaultValue = "3500", description = "Stops (default: ${DEFAULT-VALUE}).")
    int stops;

    @Option(names = "--trips", defaultValue = "70000", description = "Trips (default: ${DEFAULT-VALUE}).")
    int trips;

    @Option(names = "--stop-times", defaultValue = "1500000", description = "Stop times (default: ${DEFAULT-VALUE}).")
    int stopTimes;

    @Option(names = "--runs", defaultValue = "3", description = "Measured runs (default: ${DEFAULT-VALUE}).")
    int runs;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    // Kraków's bounding box (GUGiK PRG via the demo's boundary file), rounded outwards
    static final double MIN_LAT = 49.96;
    static final double MAX_LAT = 50.13;
    static final double MIN_LON = 19.79;
    static final double MAX_LON = 20.22;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = Files.createTempDirectory("miasto-bench-gtfs-");
        try {
            Path feed = dir.resolve("SYNTHETIC_GTFS");
            write(feed);
            out.printf(Locale.ROOT, "SYNTHETIC feed: %,d stops, %,d trips, %,d stop times, %.1f MB%n", stops, trips, stopTimes,
                    size(feed) / 1e6);
            byte[] boundary = boundaryGeoJson();
            List<Double> total = new ArrayList<>();
            List<Double> read = new ArrayList<>();
            for (int run = 0; run <= runs; run++) {
                long t0 = System.nanoTime();
                GtfsFeed f = GtfsFeed.read(feed);
                CityBoundary city = CityBoundary.read(new ByteArrayInputStream(boundary), "synthetic.geojson", "SYNTHETIC Kraków box");
                MobilityFigures.Result r = MobilityFigures.compute(List.of(f), city);
                double seconds = (System.nanoTime() - t0) / 1e9;
                double readSeconds = f.readNanos() / 1e9;
                String label = run == 0 ? "warm-up" : "run " + run;
                out.printf(Locale.ROOT, "%s: into indicators %.2f s, of which OneBusAway's read %.2f s (%.0f %%); %d stops, "
                                + "%d trips on %s, %d stops in the frequency classes%n", label, seconds, readSeconds,
                        100 * readSeconds / seconds, r.stops(), r.tripsPerWeekday(), r.typicalWeekday(),
                        r.frequencyClasses().values().stream().mapToInt(Integer::intValue).sum());
                out.flush();
                if (run > 0) {
                    total.add(seconds);
                    read.add(readSeconds);
                }
            }
            // the same figures with a boundary 1° south, where no stop is within 500 m: what the coverage costs
            GtfsFeed again = GtfsFeed.read(feed);
            CityBoundary elsewhere = CityBoundary.read(new ByteArrayInputStream(boundaryGeoJson(-1)), "synthetic.geojson",
                    "SYNTHETIC Kraków box");
            CityBoundary here = CityBoundary.read(new ByteArrayInputStream(boundary), "synthetic.geojson", "SYNTHETIC Kraków box");
            long c0 = System.nanoTime();
            MobilityFigures.compute(List.of(again), elsewhere);
            double withoutCoverage = (System.nanoTime() - c0) / 1e9;
            c0 = System.nanoTime();
            MobilityFigures.compute(List.of(again), here);
            double withCoverage = (System.nanoTime() - c0) / 1e9;
            out.printf(Locale.ROOT, "figures after the read: %.2f s, of which the 500 m coverage (union of %d buffers) %.2f s%n",
                    withCoverage, stops, withCoverage - withoutCoverage);
            double t = median(total);
            double rd = median(read);
            out.printf(Locale.ROOT, "median of %d: into indicators %.2f s; OneBusAway's own read %.2f s; ratio %.2f "
                    + "(the computation adds %.2f s); goal < 10 s: %s%n", runs, t, rd, t / rd, t - rd, t < 10 ? "met" : "NOT met");
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return 0;
    }

    static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        s.sort(Comparator.naturalOrder());
        return s.get(s.size() / 2);
    }

    static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.mapToLong(p -> p.toFile().length()).sum();
        }
    }

    static byte[] boundaryGeoJson() {
        return boundaryGeoJson(0);
    }

    static byte[] boundaryGeoJson(double shiftLat) {
        double minLat = MIN_LAT + shiftLat;
        double maxLat = MAX_LAT + shiftLat;
        String ring = String.format(Locale.ROOT, "[[%f,%f],[%f,%f],[%f,%f],[%f,%f],[%f,%f]]", MIN_LON, minLat, MAX_LON, minLat,
                MAX_LON, maxLat, MIN_LON, maxLat, MIN_LON, minLat);
        return ("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"name\":\"SYNTHETIC Kraków box\"},"
                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[" + ring + "]}}]}").getBytes(StandardCharsets.UTF_8);
    }

    /** Writes the SYNTHETIC feed: every file says so in agency and feed_info. */
    void write(Path feed) throws IOException {
        Files.createDirectories(feed);
        Random random = new Random(12);
        try (Writer w = Files.newBufferedWriter(feed.resolve("agency.txt"))) {
            w.write("agency_id,agency_name,agency_url,agency_timezone\nSYN,SYNTHETIC transit,https://example.invalid,Europe/Warsaw\n");
        }
        try (Writer w = Files.newBufferedWriter(feed.resolve("feed_info.txt"))) {
            w.write("feed_publisher_name,feed_publisher_url,feed_lang,feed_version\nSYNTHETIC,https://example.invalid,pl,SYNTHETIC\n");
        }
        try (Writer w = Files.newBufferedWriter(feed.resolve("calendar.txt"))) {
            w.write("service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\n");
            w.write("WD,1,1,1,1,1,0,0,20260601,20261231\nWE,0,0,0,0,0,1,1,20260601,20261231\n");
        }
        int routes = 220;
        try (Writer w = Files.newBufferedWriter(feed.resolve("routes.txt"))) {
            w.write("route_id,agency_id,route_short_name,route_type\n");
            for (int r = 0; r < routes; r++) {
                w.write("R" + r + ",SYN," + (r < 25 ? r + 1 : r + 75) + "," + (r < 25 ? 900 : 3) + "\n");
            }
        }
        try (Writer w = Files.newBufferedWriter(feed.resolve("stops.txt"))) {
            w.write("stop_id,stop_code,stop_name,stop_lat,stop_lon,location_type\n");
            for (int s = 0; s < stops; s++) {
                w.write(String.format(Locale.ROOT, "S%d,%d-%02d,SYNTHETIC stop %d,%.6f,%.6f,0%n", s, s / 2, s % 2, s,
                        MIN_LAT + random.nextDouble() * (MAX_LAT - MIN_LAT), MIN_LON + random.nextDouble() * (MAX_LON - MIN_LON)));
            }
        }
        int perTrip = Math.max(2, stopTimes / trips);
        try (Writer t = Files.newBufferedWriter(feed.resolve("trips.txt"));
             Writer st = Files.newBufferedWriter(feed.resolve("stop_times.txt"))) {
            t.write("route_id,service_id,trip_id\n");
            st.write("trip_id,arrival_time,departure_time,stop_id,stop_sequence\n");
            int written = 0;
            for (int i = 0; i < trips; i++) {
                int route = i % routes;
                t.write("R" + route + "," + (i % 5 == 4 ? "WE" : "WD") + ",T" + i + "\n");
                int start = 4 * 3600 + random.nextInt(20 * 3600);
                int first = (route * 37) % stops;
                int n = i == trips - 1 ? Math.max(2, stopTimes - written) : perTrip;
                for (int k = 0; k < n; k++) {
                    int time = start + k * 90;
                    String hms = String.format(Locale.ROOT, "%02d:%02d:%02d", time / 3600, time / 60 % 60, time % 60);
                    st.write("T" + i + "," + hms + "," + hms + ",S" + ((first + k * 7) % stops) + "," + (k + 1) + "\n");
                }
                written += n;
            }
        }
    }
}
