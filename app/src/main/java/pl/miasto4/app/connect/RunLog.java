package pl.miasto4.app.connect;

import org.springframework.stereotype.Service;
import pl.miasto4.app.importing.ImportListener;
import pl.miasto4.app.importing.ImportOptions;
import pl.miasto4.app.importing.ImportReport;
import pl.miasto4.indicator.io.ImportProblem;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The run log: every import (of a connector's source or of a file in the store's own formats) is
 * recorded after its transaction ended — what ran, when, what it read the source as, what changed,
 * and for a refused or failed run the first problems (file, line, column, value, reason).
 */
@Service
public class RunLog implements ImportListener {
    static final int PROBLEMS_IN_MESSAGE = 5;

    private final RunLogRepository runs;

    public RunLog(RunLogRepository runs) {
        this.runs = runs;
    }

    @Override
    public void imported(String connector, ImportReport r, ImportOptions options, Instant started, Instant finished) {
        String message = null;
        if (r.rejected()) {
            message = r.problems().stream().limit(PROBLEMS_IN_MESSAGE).map(ImportProblem::toString)
                    .collect(Collectors.joining("\n"));
            if (r.problemCount() > PROBLEMS_IN_MESSAGE) {
                message += "\n… (" + r.problemCount() + ")";
            }
        }
        runs.insert(new ConnectorRun(0, connector, r.file(), r.format(), options.username(), at(started), at(finished),
                r.status().name().toLowerCase(Locale.ROOT), r.batchId(), r.rowsRead(), r.inserted(), r.superseded(),
                r.unchanged(), r.problemCount(), message, r.warnings()));
    }

    /** A run that failed before anything could be imported (a source that could not be fetched, …). */
    public void failed(String connector, String source, String username, Instant started, String why) {
        runs.insert(new ConnectorRun(0, connector, source, null, username, at(started), at(Instant.now()), "failed",
                null, 0, 0, 0, 0, 1, why, List.of()));
    }

    public List<ConnectorRun> recent(String connector, int limit) {
        return runs.recent(connector, Math.max(1, Math.min(limit, 1000)));
    }

    private static OffsetDateTime at(Instant i) {
        return i.atOffset(ZoneOffset.UTC);
    }
}
