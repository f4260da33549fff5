package pl.miasto4.app.indicator;

import pl.miasto4.app.cli.ExitCode;
import org.springframework.context.ConfigurableApplicationContext;
import pl.miasto4.app.cli.AppContext;
import pl.miasto4.indicator.io.ImportProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "catalogue", mixinStandardHelpOptions = true,
        description = "The indicator catalogue and the territorial units.",
        subcommands = {CatalogueCommand.ListIndicators.class, CatalogueCommand.Show.class, CatalogueCommand.Export.class,
                CatalogueCommand.Load.class})
public class CatalogueCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: list, show, export or load");
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List indicators (code, dimension, unit, name).")
    static class ListIndicators implements Callable<Integer> {
        @Option(names = "--dimension", description = "Only this dimension, e.g. mobility.")
        String dimension;

        @Option(names = "--lang", defaultValue = "pl", description = "pl or en")
        String lang;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext ctx = AppContext.open()) {
                IndicatorRepository repo = ctx.getBean(IndicatorRepository.class);
                Locale locale = Locale.forLanguageTag(lang);
                for (Indicator i : dimension == null ? repo.findAll() : repo.findByDimension(dimension)) {
                    System.out.printf("%-40s %-22s %-12s %s%n", i.code(), i.dimension() == null ? "-" : i.dimension(),
                            i.unit(locale), i.name(locale));
                }
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show one indicator in full.")
    static class Show implements Callable<Integer> {
        @Parameters(paramLabel = "CODE")
        String code;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext ctx = AppContext.open()) {
                var found = ctx.getBean(IndicatorRepository.class).find(code);
                if (found.isEmpty()) {
                    System.err.println("miasto catalogue show: unknown indicator '" + code + "'");
                    return ExitCode.REJECTED;
                }
                Indicator i = found.get();
                System.out.println(i.code() + ": " + i.namePl() + " / " + i.nameEn());
                System.out.println("  definition (pl): " + nz(i.definitionPl()));
                System.out.println("  definition (en): " + nz(i.definitionEn()));
                System.out.println("  unit: " + i.unit() + "; polarity: " + i.polarity() + "; decimals: " + i.decimals()
                        + "; frequency: " + i.frequency() + "; kind: " + i.kind() + "; dimension: " + nz(i.dimension()));
                i.standards().forEach((k, v) -> System.out.println("  " + k + ": " + v));
                System.out.println("  source: " + nz(i.source()));
                if (i.minValue() != null || i.maxValue() != null) {
                    System.out.println("  valid range: " + nz(i.minValue()) + " – " + nz(i.maxValue()));
                }
            }
            return ExitCode.OK;
        }

        private static String nz(Object o) {
            return o == null ? "—" : o.toString();
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Write the catalogue as CSV (the format 'load' reads).")
    static class Export implements Callable<Integer> {
        @Option(names = "--units", description = "Export the territorial units instead of the indicators.")
        boolean units;

        @Option(names = {"-o", "--out"}, description = "Output file (default: standard output).")
        Path out;

        @Override
        public Integer call() throws Exception {
            try (ConfigurableApplicationContext ctx = AppContext.open();
                 Writer w = out == null ? new OutputStreamWriter(System.out, StandardCharsets.UTF_8)
                         : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                CatalogueService service = ctx.getBean(CatalogueService.class);
                if (units) {
                    service.writeUnits(w);
                } else {
                    service.writeIndicators(w);
                }
                w.flush();
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "load", mixinStandardHelpOptions = true,
            description = "Add or update indicators (or units, with --units) from a CSV file with the columns of 'export'. All or nothing.")
    static class Load implements Callable<Integer> {
        @Parameters(paramLabel = "FILE")
        Path file;

        @Option(names = "--units", description = "The file holds territorial units.")
        boolean units;

        @Option(names = "--user", description = "Name recorded in the audit trail: only the operating-system account "
                + "running the command, which is the default.")
        String user;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec loadSpec;

        @Override
        public Integer call() throws Exception {
            if (!Files.isRegularFile(file)) {
                System.err.println("miasto catalogue load: " + file + ": no such file");
                return ExitCode.USAGE;
            }
            String auditName = pl.miasto4.app.cli.CliUser.auditName(loadSpec, user);
            try (ConfigurableApplicationContext ctx = AppContext.open();
                 Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                CatalogueService service = ctx.getBean(CatalogueService.class);
                String name = file.getFileName().toString();
                CatalogueService.LoadResult result = units ? service.loadUnits(r, name, auditName)
                        : service.loadIndicators(r, name, auditName);
                if (result.rejected()) {
                    System.err.println(name + ": REJECTED, nothing was changed (" + result.problems().size() + " problems)");
                    for (ImportProblem p : result.problems()) {
                        System.err.println("  " + p);
                    }
                    return ExitCode.REJECTED;
                }
                System.out.println(name + ": " + result.read() + " read, " + result.changed() + " added or changed");
            }
            return ExitCode.OK;
        }
    }
}
