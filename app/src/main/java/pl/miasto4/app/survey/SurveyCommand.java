package pl.miasto4.app.survey;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code miasto survey}: estimates from survey answers ({@code estimate} needs no database), stored as indicators ({@code publish}). */
@Command(name = "survey", mixinStandardHelpOptions = true,
        description = "Surveys: weighted estimates with standard errors and confidence intervals, as R's survey package.",
        subcommands = {SurveyEstimateCommand.class, SurveyPublishCommand.class, SurveyAnswersCommand.class, SurveyInviteCommand.class})
public class SurveyCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: choose one of "
                + String.join(", ", spec.subcommands().keySet()));
    }
}
