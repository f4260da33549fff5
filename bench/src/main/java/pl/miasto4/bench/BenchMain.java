package pl.miasto4.bench;

import picocli.CommandLine;
import pl.miasto4.app.MiastoApplication;
import pl.miasto4.app.cli.AppContext;

import java.util.Arrays;

/**
 * Entry point of {@code miasto-bench-exec.jar}, which {@code ./miasto bench …} runs: the benchmarks print
 * their figures; the product jar carries none of them. A leading {@code bench} is accepted too, so
 * {@code java -jar miasto-bench-exec.jar bench import} reads as the command it measures.
 */
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] args) {
        AppContext.use(MiastoApplication.class); // bench index --store opens the store as the CLI does
        String[] rest = args.length > 0 && args[0].equals("bench") ? Arrays.copyOfRange(args, 1, args.length) : args;
        CommandLine cl = new CommandLine(new BenchCommand());
        cl.setCommandName("miasto bench");
        System.exit(cl.execute(rest));
    }
}
