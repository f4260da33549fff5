package pl.miasto4.app.pb.counting;

import pl.miasto4.app.cli.ExitCode;
import pl.miasto4.app.cli.InputRejectedException;
import pl.miasto4.pb.PabulibFile;
import pl.miasto4.pb.rules.Outcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "count", mixinStandardHelpOptions = true,
        description = "Count a .pb file and print the funded project ids, one per line, in the order chosen.")
public class PbCountCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "A pabulib .pb file.")
    Path file;

    @Option(names = "--rule", paramLabel = "RULE", description = "Counting rule (default: the rule the file names). "
            + "One of: greedy, greedy-no-skip, greedy-threshold, greedy-exclusive, greedy-custom, equalshares, "
            + "equalshares/add1, equalshares/add1-comparison, equalshares/utilitarian, "
            + "equalshares/add1-utilitarian, phragmen, max-welfare.")
    String rule;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PabulibFile f = PbFiles.read(file);
        Outcome outcome = PbFiles.rule(rule, f).count(f.instance(), f.profile());
        if (!outcome.isSupported()) {
            throw new InputRejectedException(file + ": UNSUPPORTED " + outcome.unsupported().get());
        }
        PrintWriter out = spec.commandLine().getOut();
        for (String id : outcome.selectedIds(f.instance())) {
            out.println(id);
        }
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        for (Object u : outcome.undetermined()) {
            err.println("note: " + u);
        }
        err.flush();
        return ExitCode.OK;
    }
}
