package pl.miasto4.app.connect.elections;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import pl.miasto4.app.cli.AppContext;
import pl.miasto4.app.cli.InputRejectedException;
import pl.miasto4.app.connect.load.ConnectOptions;
import pl.miasto4.app.connect.load.ConnectOutput;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;

@Command(name = "elections", mixinStandardHelpOptions = true,
        description = {"PKW election results -> turnout per city with county rights (valid ballot papers / voters "
                + "entitled to vote, PKW's definition), a governance indicator; the period is polling day.",
                "Files: PKW results by gmina or by polling station, semicolon-separated, UTF-8. All or nothing; exit 1 when refused."})
public class ElectionsConnectCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "A PKW results file.")
    Path file;

    @Option(names = "--election", required = true, description = "presidential or regional-assembly")
    String election;

    @Option(names = "--date", required = true, description = "Polling day, e.g. 2020-07-12.")
    String date;

    @Mixin
    ConnectOptions options;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Election e;
        LocalDate day;
        try {
            e = Election.parse(election);
        } catch (IllegalArgumentException ex) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--election " + election + ": use presidential or regional-assembly");
        }
        try {
            day = LocalDate.parse(date);
        } catch (DateTimeParseException ex) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--date " + date + ": not a date such as 2020-07-12");
        }
        if (!Files.isRegularFile(file)) {
            throw new InputRejectedException(file + ": no such file");
        }
        try (ConfigurableApplicationContext ctx = AppContext.open();
             Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return ConnectOutput.finish(ctx.getBean(ElectionsConnector.class).run(in, file.getFileName().toString(), e, day, options.dryRun,
                    ConnectOptions.user()), options.lang, spec.commandLine().getOut());
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
