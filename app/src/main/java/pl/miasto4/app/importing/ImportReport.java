package pl.miasto4.app.importing;

import pl.miasto4.indicator.io.ImportProblem;

import java.util.List;
import java.util.Map;

/**
 * The outcome of importing one file: what was read, what changed (or would change in a dry run),
 * and every problem that made the file be refused.
 *
 * @param status     IMPORTED, NO_CHANGES, DRY_RUN or REJECTED
 * @param inserted   values for keys the store did not have
 * @param superseded corrected values (the old version is kept as history)
 * @param unchanged  values identical to what the store already holds
 * @param changes    a sample of the corrections, to check before importing
 */
public record ImportReport(String file, String format, Status status, long rowsRead, long skippedNoData,
                           long inserted, long superseded, long unchanged, Long batchId, long millis,
                           long problemCount, List<ImportProblem> problems, Map<String, Long> problemsByReason,
                           List<String> warnings, List<Change> changes) {

    public enum Status { IMPORTED, NO_CHANGES, DRY_RUN, REJECTED }

    /** One value that an import replaces. */
    public record Change(String unitCode, String indicatorCode, String period, String oldValue, String newValue,
                         String oldFlags, String newFlags) {
    }

    public boolean rejected() {
        return status == Status.REJECTED;
    }

    /** A plain-text summary for the CLI and logs. */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        sb.append(file).append(": ");
        switch (status) {
            case REJECTED -> sb.append("REJECTED, nothing was changed (").append(problemCount)
                    .append(problemCount == 1 ? " problem)" : " problems)");
            case NO_CHANGES -> sb.append("no changes: all ").append(unchanged).append(" values are already in the store");
            case DRY_RUN -> sb.append("dry run, nothing was changed: would add ").append(inserted)
                    .append(", correct ").append(superseded).append(", leave ").append(unchanged).append(" unchanged");
            case IMPORTED -> sb.append("imported as batch ").append(batchId).append(": added ").append(inserted)
                    .append(", corrected ").append(superseded).append(", unchanged ").append(unchanged);
        }
        if (status != Status.REJECTED) {
            sb.append(" (").append(rowsRead).append(" rows");
            if (skippedNoData > 0) {
                sb.append(", ").append(skippedNoData).append(" without a value skipped as no data");
            }
            sb.append(", ").append(millis).append(" ms)");
        }
        return sb.toString();
    }
}
