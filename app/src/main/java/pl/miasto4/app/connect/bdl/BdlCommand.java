package pl.miasto4.app.connect.bdl;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import pl.miasto4.app.cli.AppContext;
import pl.miasto4.app.cli.ExitCode;
import pl.miasto4.app.importing.ImportReport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "bdl", mixinStandardHelpOptions = true,
        description = {"Fetch values from the GUS BDL API (https://bdl.stat.gov.pl/api/v1) for catalogue indicators whose BDL "
                + "variable is checked in connect/bdl/mapping.csv, and import them all or nothing.",
                "Incremental: only years not yet stored for every given unit are requested. HTTP 429 and 5xx are retried with back-off.",
                "An API key (higher limits) is read from MIASTO_BDL_API_KEY; the server from miasto.connect.bdl.url.",
                "Exit codes: 0 imported or nothing new, 1 the API failed or the values were refused, 2 usage error."})
public class BdlCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--unit", required = true, split = ",", paramLabel = "TERYT", description = "Units by TERYT code (e.g. 1261011).")
    List<String> units = new ArrayList<>();

    @Option(names = "--indicator", split = ",", paramLabel = "CODE", description = "Only these indicators (default: every mapped one).")
    List<String> indicators = new ArrayList<>();

    @Option(names = "--from", paramLabel = "YEAR", description = "From this year (default: after the latest year stored; all years when none is).")
    Integer from;

    @Option(names = "--dry-run", description = "Fetch and check; change nothing.")
    boolean dryRun;

    @Option(names = "--lang", defaultValue = "pl", description = "Language of the notes: pl (default) or en.")
    String lang;

    @Option(names = "--user", description = "Name recorded in the audit trail: only the operating-system account running the command, which is the default.")
    String user;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext ctx = AppContext.open()) {
            BdlApiConnector.Outcome o = ctx.getBean(BdlApiConnector.class).run(units, indicators, from, dryRun,
                    pl.miasto4.app.cli.CliUser.auditName(spec, user), Locale.forLanguageTag(lang));
            o.notes().forEach(n -> System.out.println("  " + n));
            if (o.failure() != null) {
                System.err.println("miasto connect bdl: " + o.failure() + "; nothing was changed (see miasto connect runs)");
                return ExitCode.REJECTED;
            }
            ImportReport r = o.report();
            if (r == null) {
                System.out.println("nothing new to import");
                return ExitCode.OK;
            }
            (r.rejected() ? System.err : System.out).println(r.summary());
            r.problems().forEach(p -> System.err.println("  " + p));
            return r.rejected() ? ExitCode.REJECTED : ExitCode.OK;
        }
    }
}
