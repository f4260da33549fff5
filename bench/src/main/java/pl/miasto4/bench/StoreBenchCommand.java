package pl.miasto4.bench;

import pl.miasto4.app.cli.ExitCode;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code miasto bench store}: the city page and the observation API under concurrent clients with
 * a large store. The store is a separate benchmark database filled with a clearly labelled
 * synthetic load set (every catalogue indicator for the real units plus synthetic ones, yearly
 * values); the city's own store is not touched.
 */
@Command(name = "store", mixinStandardHelpOptions = true,
        description = {"Latency of the city page and the observation API with a large store under concurrent clients "
                + "(issue goal: 10 million observations, 50 clients, p99 < 200 ms).",
                "Generates the synthetic load set into the database 'miasto_bench_store' once (kept for re-runs; --regenerate to rebuild)."})
public class StoreBenchCommand implements java.util.concurrent.Callable<Integer> {

    @Option(names = "--rows", defaultValue = "10000000", description = "observations in the load set (default: ${DEFAULT-VALUE})")
    long rows;

    @Option(names = "--clients", defaultValue = "50", description = "concurrent clients (default: ${DEFAULT-VALUE})")
    int clients;

    @Option(names = "--seconds", defaultValue = "30", description = "measured seconds (default: ${DEFAULT-VALUE})")
    int seconds;

    @Option(names = "--warmup", defaultValue = "30", description = "seconds of the same load before measuring, "
            + "until the JIT compiler has done its work (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--regenerate", description = "rebuild the load set even if it exists")
    boolean regenerate;

    @Option(names = "--drop", description = "drop the benchmark database at the end")
    boolean drop;

    static final String SOURCE = "SYNTHETIC benchmark load set (miasto bench store), not real data";
    static final int FIRST_YEAR = 2004;

    @Override
    public Integer call() throws Exception {
        try (BenchDatabase db = BenchDatabase.open("miasto_bench_store", regenerate, 8)) {
            ConfigurableApplicationContext app = db.application(true);
            try {
                JdbcClient jdbc = app.getBean(JdbcClient.class);
                long have = jdbc.sql("SELECT count(*) FROM observation_current").query(Long.class).single();
                if (have < rows * 0.99 || have > rows * 1.01) {
                    generate(jdbc);
                }
                List<String> units = jdbc.sql("SELECT u.code FROM territorial_unit u WHERE EXISTS (SELECT 1 FROM observation_current o "
                        + "WHERE o.unit_id = u.id AND o.period = '" + FIRST_YEAR + "')").query(String.class).list();
                List<String> indicators = jdbc.sql("SELECT code FROM indicator ORDER BY code").query(String.class).list();
                long total = jdbc.sql("SELECT count(*) FROM observation_current").query(Long.class).single();
                int port = ((WebServerApplicationContext) app).getWebServer().getPort();
                System.out.printf(Locale.ROOT, "store: %,d observations (%s), %d units, %d indicators; %d clients, %d s after %d s of warm-up, %d cores%n",
                        total, "synthetic", units.size(), indicators.size(), clients, seconds, warmup, Runtime.getRuntime().availableProcessors());
                load(port, units, indicators, warmup, false);
                pl.miasto4.app.city.CityPageCache pageCache = app.getBean(pl.miasto4.app.city.CityPageCache.class);
                long[] before = pageCache.counts();
                Map<String, long[]> results = load(port, units, indicators, seconds, true);
                long[] after = pageCache.counts();
                report(results);
                long served = after[0] - before[0];
                long rendered = after[1] - before[1];
                System.out.printf(Locale.ROOT, "city pages while measuring: %d from the page cache, %d rendered (first visit since "
                        + "the store changed), %.1f %% rendered%n", served, rendered, 100.0 * rendered / Math.max(1, served + rendered));
            } finally {
                app.close();
            }
            if (drop) {
                db.drop();
            }
        }
        return ExitCode.OK;
    }

    /** Every catalogue indicator for every unit and year, up to the requested row count. */
    private void generate(JdbcClient jdbc) {
        long t0 = System.nanoTime();
        jdbc.sql("TRUNCATE observation_current, observation_history, import_batch").update();
        long indicators = jdbc.sql("SELECT count(*) FROM indicator").query(Long.class).single();
        long realUnits = jdbc.sql("SELECT count(*) FROM territorial_unit").query(Long.class).single();
        int years = 21;
        long syntheticUnits = Math.max(0, (long) Math.ceil(rows / (double) (indicators * years)) - realUnits);
        jdbc.sql("DELETE FROM territorial_unit WHERE code LIKE 'SYN%'").update();
        jdbc.sql("INSERT INTO territorial_unit (code, name, kind) SELECT 'SYN' || lpad(g::text, 5, '0'), "
                + "'Synthetic unit ' || g || ' (benchmark)', 'gmina' FROM generate_series(1, ?) g").param(syntheticUnits).update();
        System.out.printf(Locale.ROOT, "generating the synthetic load set: %d units × %d indicators × %d years ...%n",
                realUnits + syntheticUnits, indicators, years);
        jdbc.sql("""
                INSERT INTO observation_current (unit_id, indicator_id, period, period_start, value, source, recorded_at)
                SELECT unit_id, indicator_id, y::text, make_date(y, 1, 1), round((random() * 1000)::numeric, 2), ?,
                       timestamptz '2026-01-01'
                FROM (SELECT u.id AS unit_id, i.id AS indicator_id FROM territorial_unit u CROSS JOIN indicator i
                      ORDER BY u.code, i.code LIMIT ?) pairs
                CROSS JOIN generate_series(?, ?) y""")
                .param(SOURCE).param((long) Math.ceil(rows / (double) years)).param(FIRST_YEAR).param(FIRST_YEAR + years - 1)
                .update();
        jdbc.sql("ANALYZE observation_current").update();
        System.out.printf(Locale.ROOT, "generated in %.0f s%n", (System.nanoTime() - t0) / 1e9);
    }

    private Map<String, long[]> load(int port, List<String> units, List<String> indicators, int duration, boolean measure)
            throws InterruptedException {
        Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + duration * 1_000_000_000L;
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            final int client = c;
            Thread t = new Thread(() -> {
                Random random = new Random(client);
                Map<String, List<Long>> mine = new HashMap<>();
                // a kept-alive connection per client, like a browser; the light client leaves the cores to the server
                KeepAliveClient http = new KeepAliveClient("localhost", port);
                int i = 0;
                while (System.nanoTime() < end) {
                    String unit = units.get(random.nextInt(units.size()));
                    String indicator = indicators.get(random.nextInt(indicators.size()));
                    String kind;
                    String path;
                    String accept = "application/json";
                    switch (i++ % 3) {
                        case 0 -> {
                            kind = "city page /cities/{unit}";
                            path = "/cities/" + unit;
                            accept = "text/html,application/xhtml+xml,*/*;q=0.8";
                        }
                        case 1 -> {
                            kind = "API /api/observations?unit&indicator";
                            path = "/api/observations?unit=" + unit + "&indicator=" + indicator;
                        }
                        default -> {
                            kind = "API /api/observations?indicator&from (page of 100)";
                            path = "/api/observations?indicator=" + indicator + "&from=2015&size=100";
                        }
                    }
                    long t0 = System.nanoTime();
                    try {
                        KeepAliveClient.Answer r = http.get(path, accept);
                        if (r.status() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    mine.computeIfAbsent(kind, k -> new ArrayList<>()).add(System.nanoTime() - t0);
                }
                http.close();
                mine.forEach((k, v) -> latencies.computeIfAbsent(k, x -> java.util.Collections.synchronizedList(new ArrayList<>())).addAll(v));
                done.countDown();
            }, "bench-client-" + c);
            t.start();
        }
        done.await();
        if (errors.get() > 0) {
            System.out.println("errors (non-200 or failed requests): " + errors.get());
        }
        Map<String, long[]> out = new java.util.TreeMap<>();
        latencies.forEach((k, v) -> out.put(k, v.stream().mapToLong(Long::longValue).toArray()));
        return out;
    }

    private void report(Map<String, long[]> results) {
        long all = 0;
        List<Long> every = new ArrayList<>();
        System.out.printf(Locale.ROOT, "%n%-52s %9s %8s %8s %8s %8s %8s%n", "request", "count", "req/s", "p50 ms", "p95 ms", "p99 ms", "max ms");
        for (Map.Entry<String, long[]> e : results.entrySet()) {
            long[] v = e.getValue();
            Arrays.sort(v);
            all += v.length;
            for (long x : v) {
                every.add(x);
            }
            print(e.getKey(), v);
        }
        long[] v = every.stream().mapToLong(Long::longValue).sorted().toArray();
        print("all requests", v);
        System.out.printf(Locale.ROOT, "throughput: %,.0f requests/s with %d clients; goal: p99 < 200 ms%n", all / (double) seconds, clients);
    }

    private void print(String name, long[] sorted) {
        System.out.printf(Locale.ROOT, "%-52s %9d %8.0f %8.1f %8.1f %8.1f %8.1f%n", name, sorted.length, sorted.length / (double) seconds,
                pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), sorted[sorted.length - 1] / 1e6);
    }

    static double pct(long[] sorted, double p) {
        int idx = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, idx))] / 1e6;
    }
}
