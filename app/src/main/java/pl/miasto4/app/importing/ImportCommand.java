package pl.miasto4.app.importing;

import pl.miasto4.app.cli.ExitCode;
import org.springframework.context.ConfigurableApplicationContext;
import pl.miasto4.app.cli.AppContext;
import pl.miasto4.indicator.io.ImportProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import observations from CSV or XLSX files, each file all or nothing.",
                "Long format: columns unit, indicator, period, value [, flags, source] (Polish names work too: kod, wskaznik, rok, wartosc).",
                "Wide format (COINr iData + iMeta): units as rows, indicators as columns, with the metadata in an iMeta sheet, "
                        + "a sibling file (x_iData.csv → x_iMeta.csv) or --meta.",
                "Encoding (UTF-8, Windows-1250, ISO-8859-2), separator and decimal mark are detected.",
                "Exit codes: 0 all files imported (or would be, with --dry-run), 1 a file was rejected, 2 usage error."})
public class ImportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "CSV or XLSX files")
    List<Path> files;

    @Option(names = "--dry-run", description = "Validate and show what would change; change nothing.")
    boolean dryRun;

    @Option(names = "--meta", paramLabel = "FILE", description = "Wide format: the iMeta file describing the indicator columns.")
    Path meta;

    @Option(names = "--sheet", description = "XLSX: the sheet with the data (default: iData if present, else the first).")
    String sheet;

    @Option(names = "--period", description = "Wide format without a Time column: the period of all values, e.g. 2023.")
    String period;

    @Option(names = "--create-units", paramLabel = "KIND",
            description = "Wide format: add unknown units to the catalogue as KIND (country, city_county, gmina, district, ...).")
    String createUnits;

    @Option(names = "--user", description = "Name recorded in the audit trail: only the operating-system account "
            + "running the command, which is the default.")
    String user;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                System.err.println("miasto import: " + f + ": no such file");
                return ExitCode.USAGE;
            }
        }
        if (meta != null && !Files.isRegularFile(meta)) {
            System.err.println("miasto import: " + meta + ": no such file");
            return ExitCode.USAGE;
        }
        int exit = ExitCode.OK;
        String auditName = pl.miasto4.app.cli.CliUser.auditName(spec, user);
        try (ConfigurableApplicationContext ctx = AppContext.open()) {
            ImportService service = ctx.getBean(ImportService.class);
            ImportOptions options = new ImportOptions(dryRun, auditName, sheet, meta, period, createUnits);
            for (Path f : files) {
                ImportReport report = service.importFile(f, f.getFileName().toString(), options);
                print(report, report.rejected() ? System.err : System.out);
                if (report.rejected()) {
                    exit = ExitCode.REJECTED;
                }
            }
        }
        return exit;
    }

    static void print(ImportReport r, PrintStream out) {
        out.println(r.summary());
        out.println("  read as: " + r.format());
        for (ImportProblem p : r.problems()) {
            out.println("  " + p);
        }
        if (r.problemCount() > r.problems().size()) {
            out.println("  ... and " + (r.problemCount() - r.problems().size()) + " more problems:");
            for (Map.Entry<String, Long> e : r.problemsByReason().entrySet()) {
                out.println("    " + e.getValue() + " × " + e.getKey());
            }
        }
        for (String w : r.warnings()) {
            out.println("  note: " + w);
        }
        for (ImportReport.Change c : r.changes()) {
            out.println("  correction: " + c.unitCode() + " × " + c.indicatorCode() + " × " + c.period() + ": "
                    + c.oldValue() + (c.oldFlags().isEmpty() ? "" : " [" + c.oldFlags() + "]") + " → " + c.newValue()
                    + (c.newFlags().isEmpty() ? "" : " [" + c.newFlags() + "]"));
        }
    }
}
