package pl.miasto4.app.connect;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import pl.miasto4.app.connect.elections.Election;
import pl.miasto4.app.connect.elections.ElectionsConnector;
import pl.miasto4.app.connect.gtfs.GtfsConnector;
import pl.miasto4.app.connect.load.ConnectMessages;
import pl.miasto4.app.connect.load.ConnectorRun;
import pl.miasto4.app.connect.pb.PbConnector;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The demo's real sources, shipped as published (each folder under {@code demo/} with its
 * PROVENANCE.md), loaded through the connectors as any city's would be: the participatory-budget
 * editions already stored, PKW's results files (the manifest {@code elections.csv} gives each file's
 * election and polling day, from the provenance), and Kraków's GTFS feeds with GUGiK's boundary.
 */
@Service
public class DemoSources {
    private static final Logger log = LoggerFactory.getLogger(DemoSources.class);
    static final String KRAKOW = "1261011";
    static final List<String> GTFS_FEEDS = List.of("GTFS_KRK_A", "GTFS_KRK_T", "GTFS_KRK_M");
    static final List<String> GTFS_FILES = List.of("agency.txt", "calendar.txt", "calendar_dates.txt", "feed_info.txt",
            "routes.txt", "stops.txt", "trips.txt");

    private final PbConnector pb;
    private final ElectionsConnector elections;
    private final GtfsConnector gtfs;
    private final Coverage coverage;

    public DemoSources(PbConnector pb, ElectionsConnector elections, GtfsConnector gtfs, Coverage coverage) {
        this.pb = pb;
        this.elections = elections;
        this.gtfs = gtfs;
        this.coverage = coverage;
    }

    public List<ConnectorRun> load() {
        List<ConnectorRun> runs = new ArrayList<>();
        runs.add(pb.run(null, false, "demo"));
        try {
            for (CSVRecord r : manifest()) {
                try (Reader in = new InputStreamReader(new ClassPathResource("demo/elections-pkw/" + r.get("file")).getInputStream(),
                        StandardCharsets.UTF_8)) {
                    runs.add(elections.run(in, r.get("file"), Election.parse(r.get("election")), LocalDate.parse(r.get("date")),
                            false, "demo"));
                }
            }
            runs.add(gtfs());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo sources", e);
        }
        ConnectMessages en = new ConnectMessages(Locale.ENGLISH);
        for (ConnectorRun run : runs) {
            if (run.rejected()) {
                log.error("Demo source refused: {}", en.summary(run));
            } else {
                log.info("Demo source: {}", en.summary(run));
            }
        }
        coverage.of(KRAKOW).forEach(n -> log.info("Demo coverage: {}", en.text(n)));
        return runs;
    }

    private static List<CSVRecord> manifest() throws IOException {
        try (Reader in = new InputStreamReader(new ClassPathResource("demo/elections-pkw/elections.csv").getInputStream(),
                StandardCharsets.UTF_8);
             CSVParser csv = CSVParser.parse(in, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return csv.getRecords();
        }
    }

    private ConnectorRun gtfs() throws IOException {
        Path dir = Files.createTempDirectory("miasto-demo-gtfs-");
        try {
            List<Path> feeds = new ArrayList<>();
            for (String feed : GTFS_FEEDS) {
                Map<String, InputStream> files = new LinkedHashMap<>();
                for (String f : GTFS_FILES) {
                    ClassPathResource r = new ClassPathResource("demo/gtfs-krakow/" + feed + "/" + f);
                    if (r.exists()) {
                        files.put(f, r.getInputStream());
                    }
                }
                feeds.add(GtfsConnector.unpack(files, dir.resolve(feed)));
            }
            try (InputStream boundary = new ClassPathResource("demo/boundaries/ppatrzyk_powiaty-min.geojson").getInputStream()) {
                return gtfs.run(new GtfsConnector.Request(feeds, KRAKOW, boundary, "ppatrzyk_powiaty-min.geojson",
                        "powiat Kraków", false, "demo"));
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
