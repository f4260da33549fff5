package pl.miasto4.app.connect.load;

import picocli.CommandLine.Option;

/** The options every {@code miasto connect …} command has (a picocli mixin). */
public class ConnectOptions {
    @Option(names = "--dry-run", description = "Check and compare, change nothing.")
    public boolean dryRun;

    @Option(names = "--lang", defaultValue = "pl", description = "Language of the summary: pl or en (default: ${DEFAULT-VALUE}).")
    public String lang;

    /** Who runs the command, as recorded with the import batch. */
    public static String user() {
        return System.getProperty("user.name", "cli");
    }
}
