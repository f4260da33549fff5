package pl.miasto4.app.connect.pb;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import pl.miasto4.app.cli.AppContext;
import pl.miasto4.app.connect.load.ConnectOptions;
import pl.miasto4.app.connect.load.ConnectOutput;

import java.util.concurrent.Callable;

@Command(name = "pb", mixinStandardHelpOptions = true,
        description = {"Participatory budgets -> indicators: every counted edition in the store (imported with "
                + "`miasto pb import`, or run here and closed) becomes pb_ballots_cast, pb_projects_selected, "
                + "pb_voters_with_funded_project_pct, pb_budget_per_capita_pln and pb_ballots_per_1000_residents "
                + "(with the unit's population from the store) and pb_turnout_pct (only with a voter register).",
                "All or nothing; exit 1 when refused."})
public class PbConnectCommand implements Callable<Integer> {
    @Option(names = "--edition", description = "Only this edition (its slug, e.g. krakow-2020).")
    String edition;

    @Mixin
    ConnectOptions options;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext ctx = AppContext.open()) {
            return ConnectOutput.finish(ctx.getBean(PbConnector.class).run(edition, options.dryRun, ConnectOptions.user()),
                    options.lang, spec.commandLine().getOut());
        }
    }
}
