package pl.miasto4.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code miasto bench …}: benchmarks that print their figures (performance goals are measured, not asserted in tests). */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks that print their figures.",
        subcommands = {pl.miasto4.bench.IndexBenchCommand.class, pl.miasto4.bench.ImportBenchCommand.class,
                pl.miasto4.bench.PbBenchCommand.class, pl.miasto4.bench.StoreBenchCommand.class,
                pl.miasto4.bench.VoteBenchCommand.class, pl.miasto4.bench.SurveyBenchCommand.class, pl.miasto4.bench.GtfsBenchCommand.class, pl.miasto4.bench.OpenDataBenchCommand.class,
                pl.miasto4.bench.LakeBenchCommand.class})
public class BenchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing benchmark: choose one of "
                + String.join(", ", spec.subcommands().keySet()));
    }
}
