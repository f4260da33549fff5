package pl.miasto4.app.importing;

import org.springframework.stereotype.Component;
import pl.miasto4.app.audit.AuditTrail;
import pl.miasto4.app.db.CopyRows;
import pl.miasto4.indicator.io.LongFileReader;
import pl.miasto4.indicator.io.ObservationRecord;
import pl.miasto4.indicator.io.ReadResult;
import pl.miasto4.tabular.RowSource;
import pl.miasto4.tabular.TabularException;

import java.io.IOException;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The general way in, for any file: rows are validated while they stream into a staging table with
 * {@code COPY}; a file with any problem is refused whole. A valid file is compared with the current
 * values in set-based statements: new keys are inserted, changed values supersede the old version
 * (kept in {@code observation_history}), identical values are left alone, so re-importing a file
 * changes nothing. A wide file's framework, indicators and new units are written here too.
 */
@Component
class ComparingImport {
    private static final int SAMPLE_CHANGES = 50;
    /** Rows outside a data editor's scope listed one by one; the file is refused whole anyway. */
    private static final int MAX_OUTSIDE_LISTED = 1000;

    private final ObservationImportRepository store;
    private final ImportBatchRepository batches;
    private final WideImportRepository wideStore;
    private final AuditTrail audit;

    ComparingImport(ObservationImportRepository store, ImportBatchRepository batches, WideImportRepository wideStore,
                    AuditTrail audit) {
        this.store = store;
        this.batches = batches;
        this.wideStore = wideStore;
        this.audit = audit;
    }

    ImportOutcome importFile(ImportFile file, ImportOptions options, StoreCatalogue catalogue) {
        References refs = new References();
        MessageDigest digest = ImportFile.sha256();
        // a data editor's scope: every row's unit must be one of theirs (or below one); others are listed
        Set<Integer> allowed = options.unitScope() == null ? null : store.unitsWithin(options.unitScope());
        List<ObservationRecord> outside = new ArrayList<>();
        Read read;
        try (CopyRows copy = store.copyIntoStaging()) {
            read = read(file, options, catalogue, digest, r -> {
                Integer unit = catalogue.unitId(r.unitCode());
                Integer indicator = catalogue.indicatorId(r.indicatorCode());
                if (allowed != null && r.unitCode() != null && (unit == null ? options.createUnits() != null : !allowed.contains(unit))
                        && outside.size() < MAX_OUTSIDE_LISTED) {
                    outside.add(r);
                }
                refs.add(unit, indicator);
                try {
                    ObservationImportRepository.stagingRow(copy, unit, indicator, r);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            copy.finish();
        } catch (SQLException e) {
            throw new IllegalStateException("The database refused the import of " + file.name() + ": " + e.getMessage(), e);
        }
        ReadResult result = read.result();
        for (ObservationRecord r : outside) {
            result.problem(r.line(), null, r.unitCode(), "the unit " + r.unitCode() + " is outside your scope ("
                    + String.join(", ", options.unitScope()) + "): you may import only for these units and the units below them",
                    "import.scope.outside", List.of(r.line(), r.unitCode(), String.join(", ", options.unitScope())));
        }
        // The same unit × indicator × period twice in one file is an error: which value would be meant?
        for (ObservationImportRepository.Duplicate d : store.duplicates()) {
            result.problem(d.line(), null, null, "duplicate key: " + d.unitCode() + " × " + d.indicatorCode() + " × "
                    + d.period() + " already appears on line " + d.firstLine());
        }
        if (result.rejected()) {
            return ImportOutcome.rejected(result);
        }
        batches.lockImports(); // from here on imports run one at a time, so they see each other's results whole
        if (read.wide() != null) {
            read.wide().apply(options, file.name()); // the framework, its indicators and new units
            store.resolveAddedIds();
        }
        refs.lock(store, catalogue, result);
        if (result.rejected()) {
            return ImportOutcome.rejected(result);
        }
        String sha256 = ImportFile.hex(digest);
        ObservationImportRepository.Comparison compared = store.compare(SAMPLE_CHANGES);
        long superseded = compared.superseded();
        long rows = result.records();
        if (options.dryRun()) {
            long inserted = store.countNewKeys();
            return new ImportOutcome(result, null, inserted, superseded, rows - inserted - superseded, compared.sample(), sha256);
        }
        OffsetDateTime at = batches.clock();
        long batchId = batches.nextId();
        if (superseded > 0) {
            store.supersede(batchId, at);
        }
        long inserted = store.insertNewKeys(batchId, at);
        if (inserted == 0 && superseded == 0) {
            // nothing changed: the transaction is rolled back (no batch), the store left exactly as it was
            return new ImportOutcome(result, null, 0, 0, rows, compared.sample(), sha256);
        }
        return new ImportOutcome(result, batchId, inserted, superseded, rows - inserted - superseded, compared.sample(), sha256);
    }

    /** A file as read into the staging table, and its wide side when the file is wide. */
    private record Read(ReadResult result, WideImport wide) {
    }

    private Read read(ImportFile file, ImportOptions options, StoreCatalogue catalogue, MessageDigest digest,
                      Consumer<ObservationRecord> sink) {
        try (RowSource rows = file.open(digest)) {
            if (LongFileReader.looksLong(rows.header())) {
                return new Read(new LongFileReader(catalogue, file.defaultSource()).read(rows, file.name(), sink), null);
            }
            WideImport wide = new WideImport(wideStore, audit, catalogue, file.maxBytes());
            return new Read(wide.read(file.path(), file.name(), rows, file.sheets(), options, sink, file.defaultSource()), wide);
        } catch (TabularException e) {
            return new Read(ImportService.fileProblem(file.name(), e), null);
        } catch (IOException e) {
            ReadResult r = new ReadResult(file.name());
            r.fileProblem("cannot be read: " + e.getMessage());
            return new Read(r, null);
        }
    }
}
