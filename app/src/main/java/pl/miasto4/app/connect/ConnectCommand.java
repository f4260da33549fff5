package pl.miasto4.app.connect;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import pl.miasto4.app.cli.AppContext;
import pl.miasto4.app.cli.ExitCode;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "connect", mixinStandardHelpOptions = true,
        description = {"Data inflow: connectors and their run log.",
                "GUS BDL files as downloaded are imported with `miasto import FILE` (recognised by their layout)."},
        subcommands = {ConnectCommand.Runs.class})
public class ConnectCommand implements Runnable {

    @Override
    public void run() {
        System.err.println("miasto connect: choose a command: runs, bdl");
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
