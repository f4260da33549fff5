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
                "GUS BDL exports as downloaded (CTAB CSV, XTAB and XPIV workbooks, the area register) are recognised and "
                        + "mapped to catalogue indicators (connect/bdl/mapping.csv, --map); unknown units are reported, not refused.",
                "Exit codes: 0 all files imported (or would be, with --dry-run), 1 a file was rejected, 2 usage error."})
public class ImportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "CSV or XLSX files (at least one)")
    List<Path> files = new java.util.ArrayList<>();

    @Option(names = "--dry-run", description = "Validate and show what would change; change nothing.")
    boolean dryRun;

    @Option(names = "--meta", paramLabel = "FILE", description = "Wide format: the iMeta file describing the indicator columns.")
    Path meta;

    @Option(names = "--sheet", description = "XLSX: the sheet with the data (default: iData if present, else the first).")
    String sheet;

    @Option(names = "--period", description = "Wide format without a Time column: the period of all values, e.g. 2023.")
    String period;

    @Option(names = "--create-units", paramLabel = "KIND", arity = "0..1", fallbackValue = "auto",
            description = {"Add units the store does not know, with the file's own codes and names, as KIND "
                    + "(country, voivodeship, county, city_county, gmina, district, ...).",
                    "GUS BDL files: without KIND each unit's kind comes from its GUS code."})
    String createUnits;

    @Option(names = "--map", paramLabel = "VARIABLE=INDICATOR",
            description = {"GUS BDL files: map a variable to a catalogue indicator, e.g. --map P3802=regon_entities_per_10k_population "
                    + "or --map \"P2425:ludność na 1 km2=population_density_per_km2\" (subgroup:variable as the import's notes name it)."})
    Map<String, String> map = new java.util.LinkedHashMap<>();

    @Option(names = "--new-indicator", paramLabel = "VARIABLE=CODE",
            description = "GUS BDL files: create catalogue indicator CODE from the file's GUS description (OPIS) and import the variable into it.")
    Map<String, String> newIndicators = new java.util.LinkedHashMap<>();

    @Option(names = "--lang", defaultValue = "pl", description = "Language of the notes: pl (default) or en.")
    String lang;

    @Option(names = "--user", description = "Name recorded in the audit trail: only the operating-system account "
            + "running the command, which is the default.")
    String user;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (createUnits != null && !createUnits.matches("[a-z_]+") && Files.isRegularFile(Path.of(createUnits))) {
            // "--create-units FILE": the option's value is optional, so picocli took the file for it
            files = new java.util.ArrayList<>(files);
            files.add(0, Path.of(createUnits));
            createUnits = "auto";
        }
        if (files.isEmpty()) {
            System.err.println("miasto import: Missing required parameter: 'FILE' (at least one file; miasto import --help)");
            return ExitCode.USAGE;
        }
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
                ImportReport report = service.importFile(f, f.getFileName().toString(), options,
                        new SourceOptions(map, newIndicators, java.util.Locale.forLanguageTag(lang)));
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
