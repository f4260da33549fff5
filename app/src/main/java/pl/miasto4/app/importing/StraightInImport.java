package pl.miasto4.app.importing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionStatus;
import pl.miasto4.app.db.CopyRows;
import pl.miasto4.indicator.io.LongFileReader;
import pl.miasto4.indicator.io.ReadResult;
import pl.miasto4.tabular.RowSource;
import pl.miasto4.tabular.TabularException;

import java.io.IOException;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The fast way in for a long-format file whose keys are all new (the usual case for a large first
 * import): its rows go with one {@code COPY} into the current values, validated on the way, under a
 * savepoint. It gives way, with nothing changed, when the file is not long format, has a problem, or
 * has a key the store already has (or twice): the {@link ComparingImport} takes the file then, and
 * reports every problem.
 */
@Component
class StraightInImport {
    private static final Logger log = LoggerFactory.getLogger(StraightInImport.class);

    private final ObservationImportRepository store;
    private final ImportBatchRepository batches;

    StraightInImport(ObservationImportRepository store, ImportBatchRepository batches) {
        this.store = store;
        this.batches = batches;
    }

    /** The store refused a row (the cause), or the file has a problem (no cause): the attempt ends. */
    private static final class Refused extends RuntimeException {
        Refused(SQLException cause) {
            super(cause == null ? null : cause.getMessage(), cause, false, false);
        }
    }

    /** What was written, or empty when the comparing import should take the file. */
    Optional<ImportOutcome> tryImport(ImportFile file, StoreCatalogue catalogue, TransactionStatus tx) {
        MessageDigest digest = ImportFile.sha256();
        try (RowSource rows = file.open(digest)) {
            if (!LongFileReader.looksLong(rows.header())) {
                return Optional.empty();
            }
            batches.lockImports();
            String recordedAt = batches.clock().toString();
            long batchId = batches.nextId();
            References refs = new References();
            ReadResult result = new ReadResult(file.name());
            Object savepoint = tx.createSavepoint();
            try (CopyRows copy = store.copyIntoCurrent()) {
                try {
                    new LongFileReader(catalogue, file.defaultSource()).read(rows, result, r -> {
                        if (result.rejected()) {
                            // The file will be refused: stop writing to the store; the comparing
                            // import reads it again and reports every problem, repeated keys included.
                            throw new Refused(null);
                        }
                        Integer unit = catalogue.unitId(r.unitCode());
                        Integer indicator = catalogue.indicatorId(r.indicatorCode());
                        refs.add(unit, indicator);
                        try {
                            ObservationImportRepository.currentRow(copy, unit, indicator, r, batchId, recordedAt);
                        } catch (SQLException e) {
                            throw new Refused(e);
                        }
                    });
                    if (result.rejected()) {
                        throw new Refused(null); // a problem in the last row, or before any row reached the sink
                    }
                    if (result.records() == 0) {
                        copy.close();
                        tx.rollbackToSavepoint(savepoint);
                        return Optional.of(new ImportOutcome(result, null, 0, 0, 0, List.of(), ImportFile.hex(digest)));
                    }
                    copy.finish();
                } catch (Refused | SQLException e) {
                    closeQuietly(copy);
                    tx.rollbackToSavepoint(savepoint);
                    log.debug("import {}: not straight in ({}), comparing with the current values", file.name(),
                            e.getMessage() != null ? e.getMessage() : "a problem in the file");
                    return Optional.empty();
                }
            }
            tx.releaseSavepoint(savepoint);
            refs.lock(store, catalogue, result);
            if (result.rejected()) {
                return Optional.of(ImportOutcome.rejected(result));
            }
            return Optional.of(new ImportOutcome(result, batchId, result.records(), 0, 0, List.of(), ImportFile.hex(digest)));
        } catch (TabularException | IOException e) {
            return Optional.empty(); // the comparing import reads the file again and reports the problem
        } catch (SQLException e) {
            throw new IllegalStateException("The database refused the import of " + file.name() + ": " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(CopyRows copy) {
        try {
            copy.close();
        } catch (SQLException ignored) {
            // the COPY failed already; rolling back to the savepoint ends it
        }
    }
}
