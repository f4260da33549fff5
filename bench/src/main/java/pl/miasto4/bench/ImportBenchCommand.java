package pl.miasto4.bench;

import pl.miasto4.app.cli.ExitCode;
import pl.miasto4.app.importing.ImportOptions;
import pl.miasto4.app.importing.ImportReport;
import pl.miasto4.app.importing.ImportService;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import pl.miasto4.app.db.CopyRows;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code miasto bench import}: import throughput of a long-format CSV file against a raw PostgreSQL
 * {@code COPY} of the same rows into the same table, measured in the same run on a separate
 * benchmark database (synthetic units and indicators, clearly labelled, dropped afterwards).
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import throughput vs a raw PostgreSQL COPY of the same rows (issue goal: ≥ 200,000 rows/s and ≥ half of COPY).",
                "Uses a separate database 'miasto_bench_import' on the configured server with synthetic data; the store is not touched."})
public class ImportBenchCommand implements Callable<Integer> {

    @Option(names = "--rows", defaultValue = "1000000", description = "rows in the file (default: ${DEFAULT-VALUE})")
    int rows;

    @Option(names = "--runs", defaultValue = "3", description = "measured runs of each (default: ${DEFAULT-VALUE}); the median is reported")
    int runs;

    @Option(names = "--keep", description = "keep the benchmark database")
    boolean keep;

    static final int INDICATORS = 20;
    static final int YEARS = 20;

    @Override
    public Integer call() throws Exception {
        int units = Math.max(1, rows / (INDICATORS * YEARS));
        int total = units * INDICATORS * YEARS;
        System.out.printf(Locale.ROOT, "bench import: %,d synthetic rows (%d units × %d indicators × %d years), %d runs, %d cores%n",
                total, units, INDICATORS, YEARS, runs, Runtime.getRuntime().availableProcessors());
        Path dir = Files.createTempDirectory("miasto-bench-import");
        Path csv = dir.resolve("bench.csv");
        Path changed = dir.resolve("bench-changed.csv");
        writeCsv(csv, units, 0);
        writeCsv(changed, units, 1);
        System.out.printf(Locale.ROOT, "file: %s, %.1f MiB%n", csv, Files.size(csv) / 1048576.0);
        try (BenchDatabase db = BenchDatabase.open("miasto_bench_import", true, 4);
             ConfigurableApplicationContext app = db.application(false)) {
            JdbcClient jdbc = JdbcClient.create(db.dataSource());
            seed(jdbc, units);
            ImportService service = app.getBean(ImportService.class);
            // warm-up (JIT, buffers) on a small slice, then measured runs
            rawCopy(db, units, Math.min(units, 50));
            truncate(jdbc);
            double[] copy = new double[runs];
            double[] fresh = new double[runs];
            double[] noop = new double[runs];
            double[] supersede = new double[runs];
            for (int r = 0; r < runs; r++) {
                truncate(jdbc);
                long t0 = System.nanoTime();
                rawCopy(db, units, units);
                copy[r] = total / seconds(t0);
                truncate(jdbc);
                t0 = System.nanoTime();
                ImportReport rep = service.importFile(csv, "bench.csv", ImportOptions.of("bench"));
                fresh[r] = total / seconds(t0);
                check(rep, ImportReport.Status.IMPORTED, total);
                t0 = System.nanoTime();
                rep = service.importFile(csv, "bench.csv", ImportOptions.of("bench"));
                noop[r] = total / seconds(t0);
                check(rep, ImportReport.Status.NO_CHANGES, 0);
                t0 = System.nanoTime();
                rep = service.importFile(changed, "bench-changed.csv", ImportOptions.of("bench"));
                supersede[r] = total / seconds(t0);
                check(rep, ImportReport.Status.IMPORTED, 0);
                System.out.printf(Locale.ROOT, "run %d: raw COPY %,.0f rows/s | import (new rows) %,.0f rows/s | re-import (no-op) %,.0f rows/s | "
                        + "import (every value corrected) %,.0f rows/s%n", r + 1, copy[r], fresh[r], noop[r], supersede[r]);
            }
            double c = median(copy);
            double f = median(fresh);
            System.out.printf(Locale.ROOT, "%nmedian of %d runs:%n", runs);
            System.out.printf(Locale.ROOT, "  raw PostgreSQL COPY, same rows and table .... %,10.0f rows/s (baseline)%n", c);
            System.out.printf(Locale.ROOT, "  miasto import, new rows (parse+validate+COPY+merge) %,10.0f rows/s = %.2f × COPY  (goal ≥ 200,000 and ≥ 0.50 × COPY)%n", f, f / c);
            System.out.printf(Locale.ROOT, "  miasto import, identical re-import (no-op) .. %,10.0f rows/s = %.2f × COPY%n", median(noop), median(noop) / c);
            System.out.printf(Locale.ROOT, "  miasto import, every value corrected ........ %,10.0f rows/s = %.2f × COPY%n", median(supersede), median(supersede) / c);
            if (!keep) {
                app.close(); // its connections first
                db.drop();
            }
        } finally {
            Files.deleteIfExists(csv);
            Files.deleteIfExists(changed);
            Files.deleteIfExists(dir);
        }
        return ExitCode.OK;
    }

    private static void check(ImportReport r, ImportReport.Status expected, long inserted) {
        if (r.status() != expected || (inserted > 0 && r.inserted() != inserted)) {
            throw new IllegalStateException("unexpected import outcome: " + r.summary() + " " + r.problems());
        }
    }

    static String unit(int u) {
        return String.format(Locale.ROOT, "SYN%05d", u);
    }

    static String indicator(int i) {
        return String.format(Locale.ROOT, "synthetic_%02d", i);
    }

    /** Deterministic synthetic value with two decimals; {@code shift} makes every value different. */
    static String value(int u, int i, int y, int shift) {
        long h = (u * 73856093L) ^ (i * 19349663L) ^ (y * 83492791L);
        long cents = Math.floorMod(h, 10_000_000L) + shift;
        return (cents / 100) + "." + String.format(Locale.ROOT, "%02d", cents % 100);
    }

    private static void writeCsv(Path file, int units, int shift) throws Exception {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("unit,indicator,period,value\n");
            for (int u = 1; u <= units; u++) {
                for (int i = 1; i <= INDICATORS; i++) {
                    for (int y = 0; y < YEARS; y++) {
                        w.write(unit(u));
                        w.write(',');
                        w.write(indicator(i));
                        w.write(',');
                        w.write(Integer.toString(2001 + y));
                        w.write(',');
                        w.write(value(u, i, y, shift));
                        w.write('\n');
                    }
                }
            }
        }
    }

    private static void seed(JdbcClient jdbc, int units) {
        jdbc.sql("INSERT INTO territorial_unit (code, name, kind) SELECT 'SYN' || lpad(g::text, 5, '0'), "
                + "'Synthetic unit ' || g, 'gmina' FROM generate_series(1, ?) g").param(units).update();
        jdbc.sql("INSERT INTO indicator (code, name_pl, name_en, unit, polarity, frequency, kind, dimension, source) "
                + "SELECT 'synthetic_' || lpad(g::text, 2, '0'), 'Wskaźnik syntetyczny ' || g, 'Synthetic indicator ' || g, "
                + "'-', 'neutral', 'annual', 'objective', 'economy', 'synthetic benchmark data' FROM generate_series(1, ?) g")
                .param(INDICATORS).update();
    }

    private static void truncate(JdbcClient jdbc) {
        jdbc.sql("TRUNCATE observation_current, observation_history, import_batch, audit_event").update();
    }

    /**
     * The baseline: the same rows as the import writes (ids, period, value, flags, source, batch,
     * time of recording), already in COPY's text format, straight into the table of current values.
     */
    private static void rawCopy(BenchDatabase db, int units, int upTo) throws Exception {
        JdbcClient jdbc = JdbcClient.create(db.dataSource());
        java.util.Map<String, Integer> unitIds = new java.util.HashMap<>();
        jdbc.sql("SELECT code, id FROM territorial_unit").query(rs -> {
            unitIds.put(rs.getString(1), rs.getInt(2));
        });
        java.util.Map<String, Integer> indicatorIds = new java.util.HashMap<>();
        jdbc.sql("SELECT code, id FROM indicator").query(rs -> {
            indicatorIds.put(rs.getString(1), rs.getInt(2));
        });
        String recordedAt = java.time.OffsetDateTime.now().toString();
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (CopyRows copy = new CopyRows(c, "COPY observation_current (unit_id, indicator_id, period, period_start, value, "
                    + "provisional, estimated, break_in_series, confidential, source, batch_id, recorded_at) FROM STDIN")) {
                for (int u = 1; u <= upTo; u++) {
                    int unitId = unitIds.get(unit(u));
                    for (int i = 1; i <= INDICATORS; i++) {
                        int indicatorId = indicatorIds.get(indicator(i));
                        for (int y = 0; y < YEARS; y++) {
                            String year = Integer.toString(2001 + y);
                            copy.field(unitId).field(indicatorId).field(year).field(year + "-01-01")
                                    .field(value(u, i, y, 0)).field(false).field(false).field(false).field(false)
                                    .field("file bench.csv").field(1L).field(recordedAt);
                            copy.endRow();
                        }
                    }
                }
                copy.finish();
            }
            c.commit();
        }
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    static double median(double[] values) {
        double[] v = Arrays.copyOf(values, values.length);
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
