package pl.miasto4.app.connect.load;

import pl.miasto4.app.importing.ImportReport;

import java.util.List;

/**
 * What one run of a connector did: the import of its values (null when it derived none) and the
 * notes that say what it computed, what it left out and why.
 */
public record ConnectorRun(String connector, int values, ImportReport report, List<Note> notes, List<Note> problems) {
    public ConnectorRun(String connector, int values, ImportReport report, List<Note> notes) {
        this(connector, values, report, notes, List.of());
    }

    /** A source refused before anything was mapped: each problem names the file, line, column and reason. */
    public static ConnectorRun refused(String connector, List<Note> problems) {
        return new ConnectorRun(connector, 0, null, List.of(), problems);
    }

    public boolean rejected() {
        return !problems.isEmpty() || report != null && report.rejected();
    }
}
