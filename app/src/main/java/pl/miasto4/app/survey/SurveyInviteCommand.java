package pl.miasto4.app.survey;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import pl.miasto4.app.cli.AppContext;
import pl.miasto4.app.cli.ExitCode;
import pl.miasto4.app.cli.InputRejectedException;
import pl.miasto4.indicator.Period;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code miasto survey invite --questionnaire CODE --name NAME --unit TERYT --period YEAR --count N -o FILE}:
 * a wave for online answers with N invitation codes, one answer each; the codes are written once, to a
 * new file only its owner can read (0600), and kept in the store only as hashes.
 */
@Command(name = "invite", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Create a survey wave answered online, one answer per invitation code (codes written to a 0600 file, once).")
public class SurveyInviteCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--questionnaire", required = true, paramLabel = "CODE")
    String questionnaire;

    @Option(names = "--name", required = true, paramLabel = "NAME")
    String name;

    @Option(names = "--unit", required = true, paramLabel = "TERYT")
    String unit;

    @Option(names = "--period", required = true, paramLabel = "YEAR")
    String period;

    @Option(names = "--count", required = true, paramLabel = "N", description = "How many invitations (1–100000).")
    int count;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "A new file for the codes (must not exist).")
    Path out;

    @Option(names = "--user", defaultValue = "${sys:user.name}")
    String user;

    @Option(names = "--lang", defaultValue = "pl")
    SurveyEstimateCommand.Lang lang;

    @Override
    public Integer call() throws IOException {
        if (count < 1 || count > 100_000) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--count must be between 1 and 100000");
        }
        Period.Result p = Period.parse(period);
        if (!p.ok()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--period: " + p.error());
        }
        if (Files.exists(out)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "the file exists already: " + out);
        }
        SurveyMessages messages = new SurveyMessages(Locale.forLanguageTag(lang.name()));
        try (ConfigurableApplicationContext ctx = AppContext.open()) {
            OnlineAnswers.Invited invited = ctx.getBean(OnlineAnswers.class).invite(new AnswersImport.WaveSpec(questionnaire, name,
                    unit, p.period().toString(), count, "cli:" + user), count);
            if (invited.problem() != null) {
                throw new InputRejectedException(messages.answers(invited.problem()));
            }
            Files.createFile(out, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.write(out, invited.codes(), StandardOpenOption.TRUNCATE_EXISTING);
            spec.commandLine().getOut().println(messages.format("survey.invite.done", invited.waveId().toString(), count, out.toString()));
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
        }
    }
}
