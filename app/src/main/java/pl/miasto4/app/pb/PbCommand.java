package pl.miasto4.app.pb;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code miasto pb}: participatory-budget files in the pabulib format, counted with the rules Polish
 * cities use. Runs without the database.
 */
@Command(name = "pb", mixinStandardHelpOptions = true,
        description = "Participatory budgeting: count, check, explain and compare pabulib (.pb) files.",
        subcommands = {PbCountCommand.class, PbCheckCommand.class, PbExplainCommand.class, PbCompareCommand.class})
public class PbCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: choose one of "
                + String.join(", ", spec.subcommands().keySet()));
    }
}
