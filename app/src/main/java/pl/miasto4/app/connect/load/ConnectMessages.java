package pl.miasto4.app.connect.load;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Connector summaries in the reader's language ({@code connect.*} keys of the message bundles,
 * Polish by default, English); works without Spring, for the CLI and the logs.
 */
public final class ConnectMessages {
    private final Locale locale;
    private final ResourceBundle bundle;

    public ConnectMessages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    public String text(Note note) {
        return format(note.key(), note.args().toArray());
    }

    /** The run as lines: the import's own summary, then every note. */
    public String summary(ConnectorRun run) {
        StringBuilder sb = new StringBuilder();
        if (!run.problems().isEmpty()) {
            sb.append(format("connect.summary.refused", run.connector(), run.problems().size())).append('\n');
            run.problems().forEach(p -> sb.append("  ").append(text(p)).append('\n'));
            return sb.toString();
        }
        sb.append(format("connect.summary.values", run.connector(), run.values())).append('\n');
        if (run.report() != null) {
            sb.append(run.report().summary()).append('\n');
            run.report().problems().forEach(p -> sb.append("  ").append(p).append('\n'));
        }
        for (Note n : run.notes()) {
            sb.append("- ").append(text(n)).append('\n');
        }
        return sb.toString();
    }
}
