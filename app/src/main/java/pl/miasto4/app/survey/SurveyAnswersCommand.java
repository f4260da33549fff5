package pl.miasto4.app.survey;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import pl.miasto4.app.cli.AppContext;
import pl.miasto4.app.cli.ExitCode;
import pl.miasto4.app.cli.InputRejectedException;
import pl.miasto4.indicator.Period;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code miasto survey answers FILE --questionnaire CODE --name NAME --unit TERYT --period YEAR}: answers
 * collected elsewhere stored as a survey wave, every answer checked against the questionnaire's codebook.
 */
@Command(name = "answers", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Import answers collected elsewhere (CSV or XLSX, one respondent per row, columns named by the "
                + "question codes; optional respondent, weight/waga, district/dzielnica) as a survey wave.",
                "Every answer is checked against the questionnaire's codebook; a file with any problem stores nothing."})
public class SurveyAnswersCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE")
    Path file;

    @Option(names = "--questionnaire", required = true, paramLabel = "CODE", description = "e.g. city_office_satisfaction (the template).")
    String questionnaire;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "The survey's name, as pages show it.")
    String name;

    @Option(names = "--unit", required = true, paramLabel = "TERYT", description = "The unit surveyed.")
    String unit;

    @Option(names = "--period", required = true, paramLabel = "YEAR", description = "The survey's period, e.g. 2024.")
    String period;

    @Option(names = "--invited", paramLabel = "N", description = "How many were invited (for the response rate).")
    Integer invited;

    @Option(names = "--user", description = "Name recorded in the audit trail: only the operating-system account running the command, which is the default.")
    String user;

    @Option(names = "--lang", defaultValue = "pl", description = "Language of messages: pl or en (default: ${DEFAULT-VALUE}).")
    SurveyEstimateCommand.Lang lang;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no such file: " + file);
        }
        Period.Result p = Period.parse(period);
        if (!p.ok()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--period: " + p.error());
        }
        SurveyMessages messages = new SurveyMessages(Locale.forLanguageTag(lang.name()));
        String fileName = file.getFileName().toString();
        try (ConfigurableApplicationContext ctx = AppContext.open()) {
            AnswersImport.Outcome o = ctx.getBean(AnswersImport.class).importAnswers(file, fileName,
                    new AnswersImport.WaveSpec(questionnaire, name, unit, p.period().toString(), invited, pl.miasto4.app.cli.CliUser.auditName(spec, user)));
            if (o.rejected()) {
                StringBuilder sb = new StringBuilder(messages.format("survey.answers.rejected", fileName, o.problems().size()));
                for (AnswersImport.Problem problem : o.problems()) {
                    sb.append("\n  ").append(messages.answers(problem));
                }
                throw new InputRejectedException(sb.toString());
            }
            spec.commandLine().getOut().println(messages.format("survey.answers.imported", o.waveId().toString(), o.responses()));
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
        }
    }
}
