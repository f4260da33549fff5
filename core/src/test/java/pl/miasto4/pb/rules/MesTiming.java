package pl.miasto4.pb.rules;

import pl.miasto4.pb.PabulibFile;
import pl.miasto4.pb.PabulibReader;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * A manual timing and output-dump harness for Equal Shares (not a test; run with java -cp):
 * <pre>
 *   java -cp core/target/classes:core/target/test-classes pl.miasto4.pb.rules.MesTiming time RULE N FILE...
 *   java -cp ... pl.miasto4.pb.rules.MesTiming dump DIR > out.txt
 * </pre>
 * {@code time} prints, per file, the median wall and CPU milliseconds of N counts after 2 warm-up counts
 * in the same JVM; {@code dump} prints every Equal Shares variant's full outcome for every file in DIR,
 * for comparing outcomes before and after a change.
 */
public final class MesTiming {
    private MesTiming() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("dump")) {
            dump(Path.of(args[1]));
            return;
        }
        String ruleName = args[1];
        int n = Integer.parseInt(args[2]);
        var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int a = 3; a < args.length; a++) {
            PabulibFile f = PabulibReader.read(Path.of(args[a]));
            Rule rule = Rules.byName(ruleName).orElseThrow();
            for (int i = 0; i < 2; i++) {
                rule.count(f.instance(), f.profile());
            }
            long[] wall = new long[n];
            long[] cp = new long[n];
            for (int i = 0; i < n; i++) {
                long c0 = cpu.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                rule.count(f.instance(), f.profile());
                wall[i] = System.nanoTime() - t0;
                cp[i] = cpu.getCurrentThreadCpuTime() - c0;
            }
            long[] w = wall.clone();
            long[] c = cp.clone();
            Arrays.sort(w);
            Arrays.sort(c);
            System.out.printf("%s %s: median %.1f ms wall, %.1f ms cpu (min %.1f / %.1f) over %d%n",
                    Path.of(args[a]).getFileName(), ruleName, w[n / 2] / 1e6, c[n / 2] / 1e6, w[0] / 1e6,
                    c[0] / 1e6, n);
        }
    }

    private static void dump(Path dir) throws Exception {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(p -> p.toString().endsWith(".pb")).sorted().forEach(files::add);
        }
        PrintWriter out = new PrintWriter(System.out);
        for (Path p : files) {
            PabulibFile f = PabulibReader.read(p);
            for (String name : List.of("equalshares", "equalshares/add1", "equalshares/add1-comparison",
                    "equalshares/utilitarian", "equalshares/add1-utilitarian")) {
                EqualSharesRule rule = (EqualSharesRule) Rules.byName(name).orElseThrow();
                Outcome o = rule.count(f.instance(), f.profile());
                out.println("== " + p.getFileName() + " " + name);
                out.println("selected " + o.selectedIds(f.instance()));
                for (Verdict v : o.verdicts()) {
                    out.println("  " + v);
                }
                out.println("notes " + o.notes());
                out.println("undetermined " + o.undetermined());
                EqualSharesRule.Details d = rule.details(f.instance(), f.profile());
                out.println("steps " + d.add1Steps() + " budget/voter " + d.run().budgetPerVoter());
                for (EqualShares.Purchase pu : d.run().purchases()) {
                    out.println("  buy " + pu.project() + " r" + pu.round() + " rho " + pu.rho() + " share "
                            + pu.sharePerWeight() + " payers " + pu.payers() + " exh " + pu.exhaustedPayers());
                }
                d.run().removals().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                        .forEach(e -> out.println("  rm " + e.getKey() + " r" + e.getValue().round() + " money "
                                + e.getValue().supportersMoney()));
                out.flush();
            }
        }
        out.flush();
    }
}
