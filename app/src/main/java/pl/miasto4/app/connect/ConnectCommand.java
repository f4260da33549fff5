package pl.miasto4.app.connect;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import pl.miasto4.app.connect.elections.ElectionsConnectCommand;
import pl.miasto4.app.connect.gtfs.GtfsConnectCommand;
import pl.miasto4.app.connect.pb.PbConnectCommand;

/** {@code miasto connect SOURCE …}: each source's connector, from the CLI (and so from cron). */
@Command(name = "connect", mixinStandardHelpOptions = true,
        description = "Bring a source's figures into the store as catalogue indicators: read, validate, map, import all or nothing.",
        subcommands = {PbConnectCommand.class, ElectionsConnectCommand.class, GtfsConnectCommand.class})
public class ConnectCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: choose one of "
                + String.join(", ", spec.subcommands().keySet()));
    }
}
