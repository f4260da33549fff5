package pl.miasto4.app.pb.counting;

import pl.miasto4.app.cli.ExitCode;
import pl.miasto4.app.cli.InputRejectedException;
import pl.miasto4.pb.Finding;
import pl.miasto4.pb.Instance;
import pl.miasto4.pb.PabulibFile;
import pl.miasto4.pb.Project;
import pl.miasto4.pb.rules.Outcome;
import pl.miasto4.pb.rules.Rule;
import pl.miasto4.pb.rules.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Explain a count: for every project why it won or lost (score, cost, money left when it was "
                + "considered; for Equal Shares the price each supporter paid), with the official result beside it.")
public class PbExplainCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "A pabulib .pb file.")
    Path file;

    @Option(names = "--rule", paramLabel = "RULE", description = "Counting rule (default: the rule the file names).")
    String rule;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PabulibFile f = PbFiles.read(file);
        Instance in = f.instance();
        Rule r = PbFiles.rule(rule, f);
        Outcome o = r.count(in, f.profile());
        PrintWriter out = spec.commandLine().getOut();
        String currency = in.meta().getOrDefault("currency", "");
        out.println(file.getFileName() + " — " + in.meta().getOrDefault("description", ""));
        out.println("rule " + r.name() + " · budget " + in.formatMoney(in.budget()) + " " + currency + " · "
                + f.profile().size() + " ballots (" + in.voteType().pabulibName() + ") · " + in.size() + " projects");
        if (!o.isSupported()) {
            throw new InputRejectedException(file + ": UNSUPPORTED " + o.unsupported().get());
        }
        Set<String> official = f.official().map(x -> x.funded()).orElse(null);
        out.println("funded " + o.selected().size() + " projects for " + in.formatMoney(o.totalCost(in)) + " "
                + currency + ", " + in.formatMoney(in.budget() - o.totalCost(in)) + " left");
        out.println();
        out.printf("%4s  %-14s %9s %13s %13s  %-8s %s%n", "step", "project", "score", "cost", "left before",
                official == null ? "" : "official", "why");
        for (Verdict v : o.verdictsForReading()) {
            Project p = in.project(v.project());
            out.printf("%4s %s%-14s %9d %13s %13s  %-8s %s%n", v.step() == 0 ? "" : String.valueOf(v.step()),
                    v.selected() ? "+" : " ", p.id(), v.score(), in.formatMoney(p.cost()),
                    v.remainingBefore() < 0 ? "" : in.formatMoney(v.remainingBefore()),
                    official == null ? "" : official.contains(p.id()) ? "funded" : "-",
                    v.reason() + nameOf(p));
        }
        out.println();
        o.notes().forEach(n -> out.println("note: " + n));
        o.undetermined().forEach(n -> out.println("not in the data: " + n));
        for (Finding w : f.warnings()) {
            out.println("warning: " + w);
        }
        out.flush();
        return ExitCode.OK;
    }

    private static String nameOf(Project p) {
        String n = p.name();
        if (n.isEmpty()) {
            return "";
        }
        return " — " + (n.length() > 60 ? n.substring(0, 59) + "…" : n);
    }
}
