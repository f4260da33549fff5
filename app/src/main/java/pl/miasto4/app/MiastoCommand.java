package pl.miasto4.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import pl.miasto4.app.cli.AppContext;
import pl.miasto4.app.cli.ExitCode;
import pl.miasto4.app.cli.InputRejectedException;
import pl.miasto4.app.db.EmbeddedDatabaseException;
import pl.miasto4.app.connect.ConnectCommand;
import pl.miasto4.app.connect.bdl.BdlCommand;
import pl.miasto4.app.importing.ImportCommand;
import pl.miasto4.app.index.IndexCommand;
import pl.miasto4.app.indicator.CatalogueCommand;
import pl.miasto4.app.maturity.MaturityCommand;
import pl.miasto4.app.observation.ExportCommand;
import pl.miasto4.app.pb.PbCommand;
import pl.miasto4.app.survey.SurveyCommand;

import java.util.List;

/**
 * The root of the {@code miasto} CLI: registers every feature's command (the features do not know
 * it; their exit codes are {@link ExitCode}) and turns what a command throws into an exit code.
 */
@Command(name = "miasto", mixinStandardHelpOptions = true, version = "Miasto 4.0 " + MiastoCommand.VERSION,
        description = "Miasto 4.0: measure, compare and steer a city's smart-city transformation.",
        subcommands = {CommandLine.HelpCommand.class, ServeCommand.class, ImportCommand.class, ExportCommand.class,
                CatalogueCommand.class, ConnectCommand.class, IndexCommand.class, SurveyCommand.class, MaturityCommand.class, PbCommand.class,
                pl.miasto4.app.lake.LakeCommand.class, BenchElsewhere.class})
public class MiastoCommand implements Runnable {
    public static final String VERSION = "0.1.0";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: choose one of "
                + String.join(", ", spec.subcommands().keySet()));
    }

    public static CommandLine commandLine() {
        AppContext.use(MiastoApplication.class);
        CommandLine cl = new CommandLine(new MiastoCommand());
        // connectors live below connect, which does not know them: the root registers each
        cl.getSubcommands().get("connect").addSubcommand("bdl", new BdlCommand());
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            Throwable root = ex;
            while (root.getCause() != null && !(root instanceof InputRejectedException)
                    && !(root instanceof EmbeddedDatabaseException)) {
                root = root.getCause();
            }
            if (root instanceof InputRejectedException rejected) {
                commandLine.getErr().println(rejected.getMessage());
                return ExitCode.REJECTED;
            }
            commandLine.getErr().println("miasto: " + root.getMessage()
                    + (System.getenv("MIASTO_DEBUG") == null ? " (set MIASTO_DEBUG=1 for details)" : ""));
            if (System.getenv("MIASTO_DEBUG") != null) {
                ex.printStackTrace(commandLine.getErr());
            }
            return ExitCode.ENVIRONMENT;
        });
        return cl;
    }

    /** Whether the command leaves a server running after {@code main} returns. */
    public static boolean keepsRunning(String[] args) {
        List<String> list = List.of(args);
        return !list.isEmpty() && list.get(0).equals("serve") && !list.contains("--help") && !list.contains("-h");
    }
}
