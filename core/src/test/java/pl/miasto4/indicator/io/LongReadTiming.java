package pl.miasto4.indicator.io;

import pl.miasto4.tabular.RowSource;
import pl.miasto4.tabular.TabularReader;

import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A manual timing harness for reading a long-format CSV (not a test; run with java -cp):
 * <pre>
 *   java -cp core/target/classes:core/target/test-classes:$(cat cp) pl.miasto4.indicator.io.LongReadTiming time [N] [FILE] [--reference]
 *   java -cp ... pl.miasto4.indicator.io.LongReadTiming compare [N] [FILE]
 *   java -cp ... pl.miasto4.indicator.io.LongReadTiming dump FILE > out.txt
 * </pre>
 * where {@code cp} holds the dependency class path ({@code ./mvnw -q -pl core dependency:build-classpath
 * -Dmdep.outputFile=cp}). {@code time} writes the synthetic file of the import benchmark (2,500 units ×
 * 20 indicators × 20 years, 1,000,000 rows such as {@code SYN00001,synthetic_01,2001,12345.67}) to a
 * temporary directory unless FILE is given, then prints the median wall and CPU milliseconds of N
 * (default 5) reads ({@link TabularReader#open} + {@link LongFileReader#read} into a sink that counts
 * and sums hash codes) after 3 warm-up reads in the same JVM (the first of which, printed too, is what a
 * fresh CLI process sees); {@code --reference} times {@link LongFileReader#withoutShortcuts} (no reuse
 * of the previous row's unit and indicator, flags parsed on every row) instead. {@code compare}
 * alternates the two, so that both see the same load on the machine. {@code dump} prints every record
 * and problem of FILE, for comparing outputs before and after a change.
 */
public final class LongReadTiming {
    private LongReadTiming() {
    }

    /** Units SYNnnnnn resolve to themselves; indicators synthetic_nn exist, without limits; nothing else does. */
    static final Catalogue SYNTHETIC = new Catalogue() {
        @Override
        public Optional<String> resolveUnit(String codeOrName) {
            return codeOrName.startsWith("SYN") ? Optional.of(codeOrName) : Optional.empty();
        }

        @Override
        public Optional<IndicatorRule> indicator(String code) {
            return code.startsWith("synthetic_") ? Optional.of(new IndicatorRule(code, null, null)) : Optional.empty();
        }
    };

    public static void main(String[] args) throws Exception {
        if (args[0].equals("dump")) {
            dump(Path.of(args[1]));
            return;
        }
        boolean reference = false;
        java.util.List<String> rest = new java.util.ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--reference")) {
                reference = true;
            } else {
                rest.add(args[i]);
            }
        }
        int n = !rest.isEmpty() ? Integer.parseInt(rest.get(0)) : 5;
        Path file;
        if (rest.size() > 1) {
            file = Path.of(rest.get(1));
        } else {
            Path dir = Files.createTempDirectory("long-read-timing");
            file = dir.resolve("synthetic.csv");
            writeSynthetic(file);
            file.toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
        }
        System.out.printf("%s: %,d bytes%n", file, Files.size(file));
        boolean[] variants = args[0].equals("compare") ? new boolean[]{true, false} : new boolean[]{reference};
        for (boolean v : variants) {
            for (int i = 0; i < 3; i++) {
                long t0 = System.nanoTime();
                readOnce(file, v);
                System.out.printf(Locale.ROOT, "%s warm-up %d: %.1f ms%n", label(v), i + 1, (System.nanoTime() - t0) / 1e6);
            }
        }
        var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long[][] wall = new long[2][n];
        long[][] cp = new long[2][n];
        long rows = 0;
        for (int i = 0; i < n; i++) {
            for (boolean v : variants) {
                int k = v ? 0 : 1;
                long c0 = cpu.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                rows = readOnce(file, v);
                wall[k][i] = System.nanoTime() - t0;
                cp[k][i] = cpu.getCurrentThreadCpuTime() - c0;
            }
        }
        for (boolean v : variants) {
            int k = v ? 0 : 1;
            Arrays.sort(wall[k]);
            Arrays.sort(cp[k]);
            double medianMs = wall[k][n / 2] / 1e6;
            System.out.printf(Locale.ROOT, "%s: %,d records: median %.1f ms wall, %.1f ms cpu (min %.1f / %.1f) over %d; %,.0f rows/s%n",
                    label(v), rows, medianMs, cp[k][n / 2] / 1e6, wall[k][0] / 1e6, cp[k][0] / 1e6, n, rows / (medianMs / 1000));
        }
    }

    private static String label(boolean reference) {
        return reference ? "without shortcuts (reference)" : "current";
    }

    private static long readOnce(Path file, boolean reference) throws Exception {
        long[] count = new long[2];
        ReadResult r;
        java.util.function.Consumer<ObservationRecord> sink = rec -> {
            count[0]++;
            count[1] += rec.unitCode().hashCode() + rec.indicatorCode().hashCode() + rec.period().hashCode()
                    + rec.value().hashCode();
        };
        String name = file.getFileName().toString();
        try (RowSource rows = TabularReader.open(file, name)) {
            r = reference ? LongFileReader.withoutShortcuts(SYNTHETIC, "file x").read(rows, name, sink)
                    : new LongFileReader(SYNTHETIC, "file x").read(rows, name, sink);
        }
        if (r.rejected() || count[0] != r.records()) {
            throw new IllegalStateException("unexpected result: " + r.problems());
        }
        if (count[1] == 42) {
            System.out.println("(hash sum 42)"); // keeps the sum alive
        }
        return count[0];
    }

    /** The benchmark file: header unit,indicator,period,value and 1,000,000 rows with deterministic two-decimal values. */
    static void writeSynthetic(Path file) throws Exception {
        long seed = 12345;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("unit,indicator,period,value\n");
            StringBuilder sb = new StringBuilder(64);
            for (int u = 1; u <= 2500; u++) {
                for (int ind = 1; ind <= 20; ind++) {
                    for (int y = 2001; y <= 2020; y++) {
                        seed = seed * 6364136223846793005L + 1442695040888963407L;
                        long cents = (seed >>> 33) % 10_000_000L;
                        sb.setLength(0);
                        sb.append("SYN").append(String.format(Locale.ROOT, "%05d", u)).append(",synthetic_")
                                .append(ind < 10 ? "0" : "").append(ind).append(',').append(y).append(',')
                                .append(cents / 100).append('.').append(cents % 100 < 10 ? "0" : "").append(cents % 100)
                                .append('\n');
                        w.write(sb.toString());
                    }
                }
            }
        }
    }

    private static void dump(Path file) throws Exception {
        PrintWriter out = new PrintWriter(System.out);
        try (RowSource rows = TabularReader.open(file, file.getFileName().toString())) {
            ReadResult r = new LongFileReader(SYNTHETIC, "file x").read(rows, file.getFileName().toString(), rec -> out.println(rec));
            out.println("rows " + r.rowsRead() + " records " + r.records() + " noData " + r.skippedNoData()
                    + " description " + r.description());
            r.problems().forEach(out::println);
            out.println(r.problemsByReason());
            out.println(r.warnings());
        }
        out.flush();
    }
}
