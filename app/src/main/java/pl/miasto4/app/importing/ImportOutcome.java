package pl.miasto4.app.importing;

import pl.miasto4.indicator.io.ReadResult;

import java.util.List;
import java.util.Map;

/**
 * What one way through an import did: the file as read and, unless it was refused, what changed
 * (or would change in a dry run). A batch id means something was written and the batch is recorded.
 */
record ImportOutcome(ReadResult read, Long batchId, long inserted, long superseded, long unchanged,
                     List<ImportReport.Change> sample, String sha256) {

    static ImportOutcome rejected(ReadResult read) {
        return new ImportOutcome(read, null, 0, 0, 0, List.of(), null);
    }

    boolean rejected() {
        return read.rejected();
    }

    ImportReport report(ImportOptions options, long millis) {
        ImportReport.Status status = options.dryRun() ? ImportReport.Status.DRY_RUN
                : inserted + superseded == 0 ? ImportReport.Status.NO_CHANGES : ImportReport.Status.IMPORTED;
        return new ImportReport(read.file(), read.description(), status, read.rowsRead(), read.skippedNoData(), inserted,
                superseded, unchanged, batchId, millis, 0, List.of(), Map.of(), read.warnings(), sample);
    }

    ImportReport rejectedReport(long millis) {
        List<pl.miasto4.indicator.io.ImportProblem> sorted = new java.util.ArrayList<>(read.problems());
        sorted.sort(java.util.Comparator.comparingLong(pl.miasto4.indicator.io.ImportProblem::line));
        return new ImportReport(read.file(), read.description(), ImportReport.Status.REJECTED, read.rowsRead(),
                read.skippedNoData(), 0, 0, 0, null, millis, read.problemCount(), sorted, read.problemsByReason(),
                read.warnings(), List.of());
    }
}
