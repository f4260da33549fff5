package pl.miasto4.app.maturity.report;

import pl.miasto4.app.maturity.assessment.AssessmentStore;

import pl.miasto4.app.cli.ExitCode;
import org.springframework.context.ConfigurableApplicationContext;
import pl.miasto4.app.cli.AppContext;
import pl.miasto4.app.cli.InputRejectedException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write the printable maturity report of a city: its latest assessment under the model, the benchmark "
                + "against every other city assessed under it, and the roadmap (saved targets, else one level above each "
                + "dimension), with charts. HTML or PDF, in Polish or English.",
                "Exit 1 when the city has no assessment under the model."})
public class ReportCommand implements Callable<Integer> {
    enum Lang { pl, en }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--city", required = true, paramLabel = "CODE", description = "TERYT code (e.g. 1261011) or name of the city.")
    String city;

    @Option(names = "--model", paramLabel = "ID", defaultValue = "miasto40", description = "Model id (default: ${DEFAULT-VALUE}).")
    String model;

    @Option(names = "--lang", defaultValue = "pl", description = "pl or en (default: ${DEFAULT-VALUE}).")
    Lang lang;

    @Option(names = "--format", description = "html or pdf (default: from the extension of --out, else pdf).")
    MaturityReport.Format format;

    @Option(names = {"--out", "-o"}, required = true, paramLabel = "FILE", description = "The file to write.")
    Path out;

    @Override
    public Integer call() throws IOException {
        MaturityReport.Format f = format != null ? format
                : out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".html") ? MaturityReport.Format.html
                : MaturityReport.Format.pdf;
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "No such directory: " + parent);
        }
        try (ConfigurableApplicationContext ctx = AppContext.open()) {
            MaturityReport report = ctx.getBean(MaturityReport.class);
            AssessmentStore.StoredAssessment a = report.latest(city, model).orElseThrow(() -> new InputRejectedException(
                    "miasto maturity report: no assessment of '" + city + "' under model " + model + "; assessed cities: "
                            + ctx.getBean(AssessmentStore.class).latestPerCity(model).stream()
                            .map(x -> x.unitName() + " (" + x.unitCode() + ")").collect(Collectors.joining(", "))));
            Files.write(out, report.render(a.id(), Locale.forLanguageTag(lang.name()), f));
            spec.commandLine().getOut().println(out + ": " + f + " report of " + a.unitName() + " " + a.year() + " (" + a.code() + ")");
            spec.commandLine().getOut().flush();
        }
        return ExitCode.OK;
    }
}
