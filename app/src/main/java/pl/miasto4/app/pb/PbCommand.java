package pl.miasto4.app.pb;

import pl.miasto4.app.pb.admin.PbImportCommand;
import pl.miasto4.app.pb.counting.PbCheckCommand;
import pl.miasto4.app.pb.counting.PbCompareCommand;
import pl.miasto4.app.pb.counting.PbCountCommand;
import pl.miasto4.app.pb.counting.PbExplainCommand;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code miasto pb}: participatory-budget files in the pabulib format, counted with the rules Polish
 * cities use. count, check, explain and compare run without the database; import stores editions in it.
 */
@Command(name = "pb", mixinStandardHelpOptions = true,
        description = "Participatory budgeting: count, check, explain and compare pabulib (.pb) files; import them as editions.",
        subcommands = {PbCountCommand.class, PbCheckCommand.class, PbExplainCommand.class, PbCompareCommand.class,
                PbImportCommand.class})
public class PbCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: choose one of "
                + String.join(", ", spec.subcommands().keySet()));
    }
}
