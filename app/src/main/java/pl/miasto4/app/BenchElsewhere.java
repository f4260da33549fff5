package pl.miasto4.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import pl.miasto4.app.cli.ExitCode;

import java.util.concurrent.Callable;

/** {@code miasto bench}: the benchmarks are not in the product; this says where they are. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmarks that print their figures: ./miasto bench index|import|store|pb|vote …",
                "They run from a jar of their own (Maven module bench, bench/target/miasto-bench-exec.jar), which the "
                        + "./miasto launcher builds and starts; the product jar carries none of them."})
public class BenchElsewhere implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("miasto bench: the benchmarks run from the bench module's jar: "
                + "./miasto bench index|import|store|pb|vote … (or java -jar bench/target/miasto-bench-exec.jar …)");
        return ExitCode.USAGE;
    }
}
