package pl.miasto4.bench;

import pl.miasto4.app.cli.ExitCode;
import pl.miasto4.app.pb.counting.PbFiles;

import pl.miasto4.pb.PabulibFile;
import pl.miasto4.pb.PabulibFormatException;
import pl.miasto4.pb.PabulibReader;
import pl.miasto4.pb.analysis.OfficialCheck;
import pl.miasto4.pb.rules.Rule;
import pl.miasto4.pb.rules.Rules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "pb", mixinStandardHelpOptions = true,
        description = {"Parse and count .pb files and print the times: per file the parse time and the count "
                + "time of each rule (median of the measured iterations after warm-up, wall clock and CPU of "
                + "the counting thread), then totals, then one pass of 'pb check' over all files.",
                "Wall time includes waiting for a CPU when the machine is shared; CPU time does not."})
public class PbBenchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "1..*", description = ".pb files or directories.")
    List<Path> paths;

    @Option(names = "--rules", split = ",", description = "Rules to time; 'file' = the rule the file names "
            + "(default: ${DEFAULT-VALUE}).", defaultValue = "file,equalshares/add1-utilitarian")
    List<String> rules;

    @Option(names = "--iterations", description = "Measured iterations per file and rule (default: ${DEFAULT-VALUE}).",
            defaultValue = "3")
    int iterations;

    @Option(names = "--warmup", description = "Unmeasured iterations first (default: ${DEFAULT-VALUE}).",
            defaultValue = "1")
    int warmup;

    @Option(names = "--summary", description = "Print only the totals.")
    boolean summary;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    /** Median wall and CPU nanoseconds of a measured action. */
    private record Time(long wall, long cpu) {
    }

    private interface Action {
        void run() throws Exception;
    }

    private Time measure(Action a) throws Exception {
        for (int i = 0; i < warmup; i++) {
            a.run();
        }
        int n = Math.max(1, iterations);
        long[] wall = new long[n];
        long[] cpu = new long[n];
        for (int i = 0; i < n; i++) {
            long c0 = CPU.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            a.run();
            wall[i] = System.nanoTime() - t0;
            cpu[i] = CPU.getCurrentThreadCpuTime() - c0;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        return new Time(wall[n / 2], cpu[n / 2]);
    }

    private static String ms(long nanos) {
        return String.format("%.1f", nanos / 1e6);
    }

    @Override
    public Integer call() throws Exception {
        List<Path> files = PbFiles.collect(paths);
        PrintWriter out = spec.commandLine().getOut();
        Map<String, long[]> totals = new LinkedHashMap<>(); // wall, cpu, files
        long bytes = 0;
        long ballots = 0;
        if (!summary) {
            out.println("file\tMB\tballots\tparse ms (cpu)\t" + String.join("\t", rules.stream()
                    .map(r -> r + " ms (cpu)").toList()));
        }
        for (Path p : files) {
            byte[] data = Files.readAllBytes(p);
            bytes += data.length;
            String source = p.toString();
            PabulibFile[] parsed = new PabulibFile[1];
            Time parse;
            try {
                parse = measure(() -> parsed[0] = PabulibReader.read(source, data));
            } catch (PabulibFormatException e) {
                out.println(p + "\tREJECTED line " + e.line() + ": " + e.reason());
                continue;
            }
            PabulibFile f = parsed[0];
            ballots += f.profile().size();
            add(totals, "parse", parse);
            StringBuilder line = new StringBuilder(p.getFileName() + "\t" + String.format("%.2f", data.length / 1e6)
                    + "\t" + f.profile().size() + "\t" + ms(parse.wall()) + " (" + ms(parse.cpu()) + ")");
            for (String name : rules) {
                String ruleName = name.equals("file") ? f.instance().rule() : name;
                Optional<Rule> rule = Rules.byName(ruleName);
                if (rule.isEmpty()) {
                    line.append("\t-");
                    continue;
                }
                Time t = measure(() -> rule.get().count(f.instance(), f.profile()));
                add(totals, name, t);
                line.append("\t").append(ms(t.wall())).append(" (").append(ms(t.cpu())).append(")");
            }
            if (!summary) {
                out.println(line);
                out.flush();
            }
        }
        out.println();
        out.printf("%d files, %.1f MB, %d ballots; median of %d iterations after %d warm-up%n", files.size(),
                bytes / 1e6, ballots, Math.max(1, iterations), warmup);
        for (Map.Entry<String, long[]> e : totals.entrySet()) {
            long[] v = e.getValue();
            out.printf("total %-32s %10s ms wall %10s ms cpu over %d files%n", e.getKey(), ms(v[0]), ms(v[1]), v[2]);
        }
        // one cold-ish pass as 'pb check' does it, one thread
        long c0 = CPU.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        int passed = 0;
        for (Path p : files) {
            try {
                if (OfficialCheck.check(PabulibReader.read(p)).passed()) {
                    passed++;
                }
            } catch (PabulibFormatException | IOException e) {
                // counted as failed
            }
        }
        out.printf("check pass (read + count with the file's rule + compare, 1 thread): %s ms wall, %s ms cpu; "
                + "%d of %d passed%n", ms(System.nanoTime() - t0), ms(CPU.getCurrentThreadCpuTime() - c0), passed,
                files.size());
        out.flush();
        return ExitCode.OK;
    }

    private static void add(Map<String, long[]> totals, String key, Time t) {
        long[] v = totals.computeIfAbsent(key, k -> new long[3]);
        v[0] += t.wall();
        v[1] += t.cpu();
        v[2]++;
    }
}
