package pl.miasto4.app.pb;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code miasto bench}: performance figures. Only {@code pb} for now; when other modules add their
 * benchmarks this parent belongs in the cli package.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure performance (warm JVM).",
        subcommands = {PbBenchCommand.class})
public class BenchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: choose one of "
                + String.join(", ", spec.subcommands().keySet()));
    }
}
