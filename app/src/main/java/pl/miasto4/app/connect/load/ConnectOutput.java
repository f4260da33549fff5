package pl.miasto4.app.connect.load;

import pl.miasto4.app.cli.ExitCode;
import pl.miasto4.app.cli.InputRejectedException;

import java.io.PrintWriter;
import java.util.Locale;

/** How every {@code miasto connect …} command ends: the summary in the chosen language, exit 0, or 1 when refused. */
public final class ConnectOutput {
    private ConnectOutput() {
    }

    public static int finish(ConnectorRun run, String lang, PrintWriter out) {
        ConnectMessages messages = new ConnectMessages(Locale.forLanguageTag(lang));
        String summary = messages.summary(run);
        if (run.rejected()) {
            throw new InputRejectedException(summary.strip() + "\n" + messages.format("connect.summary.nothing_changed"));
        }
        out.print(summary);
        out.flush();
        return ExitCode.OK;
    }
}
