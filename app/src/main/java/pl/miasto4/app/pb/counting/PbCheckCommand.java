package pl.miasto4.app.pb.counting;

import pl.miasto4.app.cli.ExitCode;
import pl.miasto4.pb.Finding;
import pl.miasto4.pb.PabulibFile;
import pl.miasto4.pb.PabulibFormatException;
import pl.miasto4.pb.PabulibReader;
import pl.miasto4.pb.analysis.OfficialCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Count every .pb file with the rule the file names and compare with the official result "
                + "(the 'selected' column). One line per file:",
                "  <file> OK | <file> DIFF +<ids that should be selected> -<ids that should not> | <file> UNSUPPORTED <reason>",
                "then 'N passed, M failed' (unsupported and unreadable files count as failed). Exit code 0 if all passed, 1 otherwise."})
public class PbCheckCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "1..*", description = ".pb files or directories (searched recursively).")
    List<Path> paths;

    @Option(names = "--threads", description = "Files counted at once (default: ${DEFAULT-VALUE}).", defaultValue = "2")
    int threads;

    @Option(names = "--warnings", description = "Also print each file's inconsistencies (to standard error).")
    boolean warnings;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private record Checked(OfficialCheck.Result result, List<Finding> warnings) {
    }

    static Checked checkOne(Path path) {
        try {
            PabulibFile f = PabulibReader.read(path);
            return new Checked(OfficialCheck.check(f), f.warnings());
        } catch (PabulibFormatException e) {
            return new Checked(new OfficialCheck.Result(path.toString(), OfficialCheck.Status.UNSUPPORTED, List.of(),
                    List.of(), "cannot read the file: line " + e.line() + ": " + e.reason()), List.of());
        } catch (IOException | RuntimeException e) {
            // one bad file is reported and the others are still checked
            return new Checked(new OfficialCheck.Result(path.toString(), OfficialCheck.Status.UNSUPPORTED, List.of(),
                    List.of(), "cannot read the file: " + e.getMessage()), List.of());
        }
    }

    @Override
    public Integer call() throws InterruptedException {
        List<Path> files = PbFiles.collect(paths);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int passed = 0;
        int failed = 0;
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            // results are printed in file order; at most a few files are in memory at once
            ArrayDeque<Future<Checked>> pending = new ArrayDeque<>();
            int next = 0;
            int window = Math.max(1, threads) * 2;
            while (next < files.size() || !pending.isEmpty()) {
                while (next < files.size() && pending.size() < window) {
                    Path p = files.get(next++);
                    pending.add(pool.submit(() -> checkOne(p)));
                }
                Checked c;
                try {
                    c = pending.poll().get();
                } catch (ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                }
                out.println(c.result().line());
                if (warnings) {
                    for (Finding w : c.warnings()) {
                        err.println(c.result().source() + ": warning: " + w);
                    }
                }
                if (c.result().passed()) {
                    passed++;
                } else {
                    failed++;
                }
            }
        } finally {
            pool.shutdownNow();
        }
        out.println(passed + " passed, " + failed + " failed");
        out.flush();
        err.flush();
        return failed == 0 ? ExitCode.OK : ExitCode.REJECTED;
    }
}
