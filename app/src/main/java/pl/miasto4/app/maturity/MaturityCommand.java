package pl.miasto4.app.maturity;

import pl.miasto4.app.maturity.report.ReportCommand;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code miasto maturity …}: maturity models and documents. {@code model} and {@code validate}
 * work on files and the shipped models only, so they never start Spring or the database;
 * {@code report} reads the store.
 */
@Command(name = "maturity", mixinStandardHelpOptions = true,
        description = "Smart-city maturity: print a model, validate a model, assessment, mapping or action catalogue, "
                + "write a city's printable report.",
        subcommands = {ModelCommand.class, ValidateCommand.class, ReportCommand.class})
public class MaturityCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: choose one of "
                + String.join(", ", spec.subcommands().keySet()));
    }
}
