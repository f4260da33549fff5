package pl.miasto4.bench;

import org.springframework.context.support.ResourceBundleMessageSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import pl.miasto4.app.opendata.CatalogueRdf;
import pl.miasto4.app.opendata.OpenDataCatalogue;
import pl.miasto4.app.opendata.OpenDataRepository;
import pl.miasto4.app.opendata.OpenDataSettings;
import pl.miasto4.app.opendata.UsageCounter;
import pl.miasto4.app.opendata.UsageRepository;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Callable;

/**
 * The open-data catalogue and usage counting without a database: a catalogue of N SYNTHETIC series rendered as
 * Turtle, JSON-LD and RDF/XML (first render and cached), and the cost of counting a download with C clients
 * counting at once while the counts are flushed (to a store that only keeps them).
 */
@Command(name = "opendata", mixinStandardHelpOptions = true,
        description = {"Render a catalogue of SYNTHETIC series (Turtle, JSON-LD, RDF/XML; first and cached) and time "
                + "usage counting under concurrent clients."})
public class OpenDataBenchCommand implements Callable<Integer> {
    @Option(names = "--series", defaultValue = "10000", description = "Series in the catalogue (default: ${DEFAULT-VALUE}).")
    int series;

    @Option(names = "--clients", defaultValue = "50", description = "Threads counting at once (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--counts", defaultValue = "200000", description = "Counts per client (default: ${DEFAULT-VALUE}).")
    int counts;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** A store of SYNTHETIC series: indicator i for one kind of unit, 66 units, 20 years. */
    static class SyntheticStore extends OpenDataRepository {
        final int n;

        SyntheticStore(int n) {
            super(null);
            this.n = n;
        }

        @Override
        public List<Series> series(List<UnitSet> namedSets) {
            List<Series> out = new ArrayList<>();
            OffsetDateTime t = OffsetDateTime.of(2026, 12, 1, 12, 0, 0, 0, ZoneOffset.UTC);
            for (int i = 0; i < n; i++) {
                out.add(new Series("synthetic_" + i, "SYNTHETIC wskaźnik " + i, "SYNTHETIC indicator " + i,
                        "Wartości SYNTHETIC do pomiaru.", "SYNTHETIC values for measuring.", "count", 0, "annual",
                        i % 2 == 0 ? "economy" : "mobility", "SYNTHETIC", UnitSet.ofKind("city_county"),
                        66 * 20, 66, LocalDate.of(2004, 1, 1), LocalDate.of(2023, 1, 1), t));
            }
            return out;
        }

        @Override
        public String catalogueVersion() {
            return "synthetic-" + n;
        }

        @Override
        public List<PbPool> countedPbPools() {
            return List.of();
        }

        @Override
        public List<IndexBuild> indexBuilds() {
            return List.of();
        }

        @Override
        public List<Assessment> assessments() {
            return List.of();
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        OpenDataSettings settings = new OpenDataSettings("SYNTHETIC publisher", "000000000", "opendata@example.org",
                "", "CC_BY_4_0", "https://creativecommons.org/licenses/by/4.0/", "1261011");
        OpenDataCatalogue catalogue = new OpenDataCatalogue(new SyntheticStore(series), messages);
        CatalogueRdf rdf = new CatalogueRdf(catalogue, settings, messages);
        out.printf("catalogue of %,d SYNTHETIC series%n", series);
        long e0 = System.nanoTime();
        int entries = catalogue.datasets().size();
        long e1 = System.nanoTime();
        org.apache.jena.rdf.model.Model model = rdf.model("https://example.org");
        long e2 = System.nanoTime();
        out.printf("  entries %,d in %,.0f ms; Jena model of %,d triples in %,.0f ms%n", entries, (e1 - e0) / 1e6,
                model.size(), (e2 - e1) / 1e6);
        for (CatalogueRdf.Syntax s : CatalogueRdf.Syntax.values()) {
            catalogue.refresh();
            long t0 = System.nanoTime();
            byte[] first = rdf.write("https://example.org", s);
            long firstNs = System.nanoTime() - t0;
            rdf.cached("https://example.org", s); // fills the cache
            long t1 = System.nanoTime();
            rdf.cached("https://example.org", s);
            long cachedNs = System.nanoTime() - t1;
            out.printf("  %-6s %,12d bytes  first render %,8.0f ms (entries built anew)  cached %.3f ms%n",
                    s.extension, first.length, firstNs / 1e6, cachedNs / 1e6);
        }

        UsageRepository keep = new UsageRepository(null) {
            @Override
            public synchronized void add(List<Count> c) {
                // only keeps them: the figure is the cost on the request thread
            }
        };
        UsageCounter counter = new UsageCounter(keep, catalogue);
        String[] paths = new String[64];
        for (int i = 0; i < paths.length; i++) {
            paths[i] = "/opendata/datasets/ind-synthetic_" + i + "-city_county/data.csv";
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        long[] perClient = new long[clients];
        long[] cpuPerClient = new long[clients];
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        List<java.util.concurrent.Future<?>> done = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int me = c;
            done.add(pool.submit(() -> {
                start.await();
                long t0 = System.nanoTime();
                long c0 = cpu.getCurrentThreadCpuTime();
                for (int i = 0; i < counts; i++) {
                    counter.count(paths[(i + me) % paths.length], "", "download", "Mozilla/5.0 (X11; Linux x86_64)");
                }
                cpuPerClient[me] = cpu.getCurrentThreadCpuTime() - c0;
                perClient[me] = System.nanoTime() - t0;
                return null;
            }));
        }
        long w0 = System.nanoTime();
        start.countDown();
        for (var f : done) {
            f.get();
        }
        long wall = System.nanoTime() - w0;
        pool.shutdown();
        counter.flush();
        counter.destroy();
        long totalCpu = Arrays.stream(cpuPerClient).sum();
        long total = (long) clients * counts;
        out.printf("counting: %d clients × %,d downloads at once, flushed every 5 s meanwhile, %d CPUs, load %.1f:%n"
                        + "  CPU per download %.0f ns (mean over all clients); %,.0f downloads/s in all (%.2f s wall)%n",
                clients, counts, Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                totalCpu / (double) total, total / (wall / 1e9), wall / 1e9);
        return 0;
    }
}
