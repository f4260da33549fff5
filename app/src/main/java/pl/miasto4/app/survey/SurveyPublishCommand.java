package pl.miasto4.app.survey;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import pl.miasto4.app.cli.AppContext;
import pl.miasto4.app.cli.ExitCode;
import pl.miasto4.app.cli.InputRejectedException;
import pl.miasto4.app.importing.ImportReport;
import pl.miasto4.indicator.Period;
import pl.miasto4.indicator.io.ImportProblem;
import pl.miasto4.survey.SurveyException;
import pl.miasto4.survey.io.SurveyFile;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code miasto survey publish FILE --indicator CODE --unit TERYT --period YEAR …}: one estimate of a
 * survey (mean, total or proportion; with {@code --by}, also per domain, whose levels are unit codes)
 * stored as a subjective indicator's observations with its SE, 95 % interval and unreliable flag,
 * through the ordinary all-or-nothing import. Design and weighting options as {@code survey estimate};
 * {@code --rake-from-store AGE_COL,SEX_COL} rakes to the unit's population by age band × sex in the store.
 */
@Command(name = "publish", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Store a survey estimate as a subjective indicator: the value with its standard error, 95%% "
                + "confidence interval and the flag 'unreliable' (relative SE > 30%% or fewer than 30 respondents).",
                "Proportions are stored in percent when the indicator's unit is %%. Nothing is stored when anything is wrong."})
public class SurveyPublishCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Answers: CSV (any encoding, separator, decimal comma) or XLSX.")
    Path file;

    @Option(names = "--indicator", required = true, paramLabel = "CODE", description = "The indicator (from the catalogue).")
    String indicator;

    @Option(names = "--unit", required = true, paramLabel = "TERYT", description = "The unit the whole sample describes.")
    String unit;

    @Option(names = "--period", required = true, paramLabel = "YEAR", description = "The survey's period, e.g. 2024.")
    String period;

    @Option(names = "--source", paramLabel = "TEXT", description = "The survey, as the observations' source "
            + "(default: 'survey FILE').")
    String source;

    @CommandLine.Mixin
    DesignOptions design;

    @Option(names = "--rake-from-store", split = ",", paramLabel = "AGE_COL,SEX_COL", description = "Rake to the unit's "
            + "population by age band × sex in the store for the period (indicators population_age_<band>_<female|male>); "
            + "the two columns of the file hold the band and the sex.")
    List<String> rakeFromStore = new ArrayList<>();

    @Option(names = "--mean", paramLabel = "COL", description = "Mean of a numeric column.")
    List<String> means = new ArrayList<>();

    @Option(names = "--total", paramLabel = "COL", description = "Population total of a numeric column.")
    List<String> totals = new ArrayList<>();

    @Option(names = "--proportion", paramLabel = "COL=LEVEL", description = "Share of respondents with LEVEL in COL.")
    List<String> proportions = new ArrayList<>();

    @Option(names = "--by", paramLabel = "COL", description = "Also store each domain's estimate: COL's levels are unit codes (e.g. districts).")
    String by;

    @Option(names = "--dry-run", description = "Estimate and check everything, store nothing.")
    boolean dryRun;

    @Option(names = "--user", description = "Name recorded in the audit trail: only the operating-system account running the command, which is the default.")
    String user;

    @Option(names = "--lang", defaultValue = "pl", description = "Language of messages: pl or en (default: ${DEFAULT-VALUE}).")
    SurveyEstimateCommand.Lang lang;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no such file: " + file);
        }
        SurveyMessages messages = new SurveyMessages(Locale.forLanguageTag(lang.name()));
        Period.Result p = Period.parse(period);
        if (!p.ok()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--period: " + p.error());
        }
        String name = file.getFileName().toString();
        PrintWriter out = spec.commandLine().getOut();
        try (ConfigurableApplicationContext ctx = AppContext.open()) {
            SurveyPublisher publisher = ctx.getBean(SurveyPublisher.class);
            List<String> header = SurveyFile.header(file, name);
            SurveyPublisher.Publication publication = new SurveyPublisher.Publication(file, name,
                    new SurveyPublisher.Target(indicator, unit, p.period().toString(),
                            source == null || source.isBlank() ? "survey " + name : source.strip()),
                    margins -> design.request(header, margins, means, totals, proportions, List.of(), List.of(), by),
                    rakeFromStore, dryRun, pl.miasto4.app.cli.CliUser.auditName(spec, user));
            SurveyPublisher.Result result = publisher.publish(publication);
            if (result.problem() != null) {
                throw new InputRejectedException(messages.format(result.problem().key(), result.problem().args()));
            }
            for (SurveyPublisher.Published e : result.estimates()) {
                out.println(messages.published(e));
            }
            ImportReport report = result.report();
            if (report.rejected()) {
                StringBuilder sb = new StringBuilder(messages.format("survey.publish.rejected")).append('\n').append(report.summary());
                for (ImportProblem problem : report.problems()) {
                    sb.append("\n  ").append(problem);
                }
                throw new InputRejectedException(sb.toString());
            }
            out.println(report.summary());
            out.flush();
            return ExitCode.OK;
        } catch (SurveyException e) {
            throw new InputRejectedException(messages.format("survey.cli.where", name, messages.text(e)));
        }
    }
}
