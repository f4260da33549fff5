package pl.miasto4.app;

import pl.miasto4.app.bench.BenchCommand;
import pl.miasto4.app.cli.InputRejectedException;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.List;

/**
 * The root of the {@code miasto} CLI. Exit codes: 0 ok, 1 input rejected, 2 usage error,
 * 3 the environment failed (e.g. the database cannot be started).
 */
@Command(name = "miasto", mixinStandardHelpOptions = true, version = "Miasto 4.0 " + MiastoCommand.VERSION,
        description = "Miasto 4.0: measure, compare and steer a city's smart-city transformation.",
        subcommands = {CommandLine.HelpCommand.class, ServeCommand.class,
                pl.miasto4.app.importing.ImportCommand.class, pl.miasto4.app.observation.ExportCommand.class,
                pl.miasto4.app.indicator.CatalogueCommand.class, pl.miasto4.app.index.IndexCommand.class,
                pl.miasto4.app.maturity.MaturityCommand.class, pl.miasto4.app.pb.PbCommand.class, BenchCommand.class})
public class MiastoCommand implements Runnable {
    public static final String VERSION = "0.1.0";
    public static final int OK = 0;
    public static final int REJECTED = 1;
    public static final int USAGE = 2;
    public static final int ENVIRONMENT = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: choose one of "
                + String.join(", ", spec.subcommands().keySet()));
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new MiastoCommand());
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            Throwable root = ex;
            while (root.getCause() != null && !(root instanceof InputRejectedException)
                    && !(root instanceof pl.miasto4.app.db.EmbeddedDatabaseException)) {
                root = root.getCause();
            }
            if (root instanceof InputRejectedException rejected) {
                commandLine.getErr().println(rejected.getMessage());
                return REJECTED;
            }
            commandLine.getErr().println("miasto: " + root.getMessage()
                    + (System.getenv("MIASTO_DEBUG") == null ? " (set MIASTO_DEBUG=1 for details)" : ""));
            if (System.getenv("MIASTO_DEBUG") != null) {
                ex.printStackTrace(commandLine.getErr());
            }
            return ENVIRONMENT;
        });
        return cl;
    }

    /** Whether the command leaves a server running after {@code main} returns. */
    public static boolean keepsRunning(String[] args) {
        List<String> list = List.of(args);
        return !list.isEmpty() && list.get(0).equals("serve") && !list.contains("--help") && !list.contains("-h");
    }
}
