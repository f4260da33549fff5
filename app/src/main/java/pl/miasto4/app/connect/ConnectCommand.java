package pl.miasto4.app.connect;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import pl.miasto4.app.cli.AppContext;
import pl.miasto4.app.cli.ExitCode;
import pl.miasto4.app.connect.elections.ElectionsConnectCommand;
import pl.miasto4.app.connect.gtfs.GtfsConnectCommand;
import pl.miasto4.app.connect.pb.PbConnectCommand;

import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code miasto connect SOURCE …}: each source's connector, from the CLI (and so from cron), and the run
 * log. GUS BDL files as downloaded are imported with {@code miasto import FILE} (recognised by their
 * layout); {@code connect bdl} (the BDL API) is registered by the root, since {@code connect.bdl} uses
 * this package's run log.
 */
@Command(name = "connect", mixinStandardHelpOptions = true,
        description = {"Bring a source's figures into the store as catalogue indicators: read, validate, map, import all or nothing.",
                "GUS BDL files as downloaded are imported with `miasto import FILE` (recognised by their layout)."},
        subcommands = {ConnectCommand.Runs.class, PbConnectCommand.class, ElectionsConnectCommand.class, GtfsConnectCommand.class})
public class ConnectCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: choose one of "
                + String.join(", ", spec.subcommands().keySet()));
    }

    @Command(name = "runs", mixinStandardHelpOptions = true,
            description = "The run log, latest first: what ran, when, what changed, what failed and why.")
    static class Runs implements Callable<Integer> {
        @Option(names = "--connector", description = "Only this connector (file, bdl-file, …).")
        String connector;

        @Option(names = "--limit", defaultValue = "20", description = "How many runs (default 20).")
        int limit;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext ctx = AppContext.open()) {
                List<ConnectorRun> runs = ctx.getBean(RunLog.class).recent(connector, limit);
                if (runs.isEmpty()) {
                    System.out.println("no runs yet");
                }
                for (ConnectorRun r : runs) {
                    System.out.printf("#%d %s %s %s: %s%s (%d rows: added %d, corrected %d, unchanged %d%s)%n", r.id(),
                            r.startedAt(), r.connector(), r.source(), r.status(),
                            r.batchId() == null ? "" : " batch " + r.batchId(), r.rowsRead(), r.inserted(), r.superseded(),
                            r.unchanged(), r.problems() == 0 ? "" : ", problems " + r.problems());
                    if (r.format() != null) {
                        System.out.println("  read as: " + r.format());
                    }
                    if (r.message() != null) {
                        r.message().lines().forEach(l -> System.out.println("  " + l));
                    }
                }
            }
            return ExitCode.OK;
        }
    }
}
