package pl.miasto4.app.connect.gtfs;

import org.onebusaway.gtfs.impl.GtfsRelationalDaoImpl;
import org.onebusaway.gtfs.model.StopTime;
import org.onebusaway.gtfs.serialization.GtfsReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;

/**
 * One GTFS feed as OneBusAway's reader loads it (a folder or a zip), and whether it has the files the
 * frequency figures need. OneBusAway reads every file the feed has and skips optional ones it lacks;
 * Kraków's feeds here have no {@code stop_times.txt}.
 *
 * @param readNanos how long OneBusAway's own read took
 */
public record GtfsFeed(String name, GtfsRelationalDaoImpl dao, boolean hasStopTimes, long readNanos) {

    /** Reads a feed; an unreadable feed is an {@link IOException} naming the feed and the reason. */
    public static GtfsFeed read(Path location) throws IOException {
        String name = location.getFileName().toString();
        if (!Files.exists(location)) {
            throw new IOException(name + ": no such GTFS feed (folder or zip)");
        }
        if (Files.isDirectory(location) && !Files.exists(location.resolve("stops.txt"))) {
            throw new IOException(name + ": not a GTFS feed: stops.txt is missing");
        }
        long t0 = System.nanoTime();
        GtfsReader reader = new GtfsReader();
        GtfsRelationalDaoImpl dao = new GtfsRelationalDaoImpl();
        try {
            reader.setInputLocation(location.toFile());
            reader.setEntityStore(dao);
            if (!has(location, "stop_times.txt")) {
                // OneBusAway requires stop_times.txt; a partial feed still has stops, routes, trips and calendars
                List<Class<?>> classes = new ArrayList<>(reader.getEntityClasses());
                classes.remove(StopTime.class);
                reader.setEntityClasses(classes);
            }
            reader.run();
        } catch (RuntimeException e) {
            throw new IOException(name + ": " + describe(e), e);
        } finally {
            reader.close();
        }
        long nanos = System.nanoTime() - t0;
        boolean stopTimes = !dao.getAllStopTimes().isEmpty();
        return new GtfsFeed(name, dao, stopTimes, nanos);
    }

    /** Whether a feed folder or zip has the file. */
    static boolean has(Path location, String file) throws IOException {
        if (Files.isDirectory(location)) {
            return Files.exists(location.resolve(file));
        }
        try (ZipFile zip = new ZipFile(location.toFile())) {
            return zip.getEntry(file) != null;
        }
    }

    /** OneBusAway wraps the cause (file, line, field) in layers; the innermost messages say it. */
    private static String describe(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !sb.toString().contains(t.getMessage())) {
                if (!sb.isEmpty()) {
                    sb.append(": ");
                }
                sb.append(t.getMessage());
            }
        }
        return sb.isEmpty() ? e.getClass().getSimpleName() : sb.toString();
    }
}
