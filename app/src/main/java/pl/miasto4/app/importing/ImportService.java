package pl.miasto4.app.importing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import pl.miasto4.app.audit.AuditTrail;
import pl.miasto4.indicator.io.ReadResult;
import pl.miasto4.tabular.TabularException;
import pl.miasto4.tabular.TabularReader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Imports observation files into the store, all or nothing, in one transaction: first straight in
 * ({@link StraightInImport}), else by comparing with the current values ({@link ComparingImport}).
 * Imports take a transaction-scoped advisory lock before they write, so concurrent imports of
 * overlapping files are applied one after the other and the store stays consistent. Every batch that
 * changed something is recorded ({@link ImportBatchRepository}) with an audit event.
 */
@Service
public class ImportService {
    private static final Logger log = LoggerFactory.getLogger(ImportService.class);

    private final TransactionTemplate tx;
    private final StraightInImport straightIn;
    private final ComparingImport comparing;
    private final ObservationImportRepository store;
    private final ImportBatchRepository batches;
    private final AuditTrail audit;
    private final long maxBytes;
    private final ObjectProvider<SourceFormat> formats;
    private final ObjectProvider<ImportListener> listeners;

    public ImportService(TransactionTemplate tx, StraightInImport straightIn, ComparingImport comparing,
                         ObservationImportRepository store, ImportBatchRepository batches, AuditTrail audit,
                         @Value("${miasto.import.max-bytes:" + TabularReader.DEFAULT_MAX_BYTES + "}") long maxBytes,
                         ObjectProvider<SourceFormat> formats, ObjectProvider<ImportListener> listeners) {
        this.formats = formats;
        this.listeners = listeners;
        this.tx = tx;
        this.straightIn = straightIn;
        this.comparing = comparing;
        this.store = store;
        this.batches = batches;
        this.audit = audit;
        this.maxBytes = maxBytes;
    }

    /** Imports one file (or checks it, with {@link ImportOptions#dryRun()}). Never throws for bad input. */
    public ImportReport importFile(Path file, String displayName, ImportOptions options) {
        return importFile(file, displayName, options, SourceOptions.none(java.util.Locale.forLanguageTag("pl")));
    }

    /**
     * As {@link #importFile(Path, String, ImportOptions)}; a file in a source's own layout (a
     * {@link SourceFormat}, e.g. GUS BDL exports) is translated by its connector first, in the same
     * transaction.
     */
    public ImportReport importFile(Path file, String displayName, ImportOptions options, SourceOptions source) {
        return importFile(file, displayName, options, source, "file");
    }

    /**
     * As {@link #importFile(Path, String, ImportOptions, SourceOptions)}, for a connector that fetched the
     * values itself and hands them over as a long-format file: {@code connector} names it in the run log.
     */
    public ImportReport importFile(Path file, String displayName, ImportOptions options, SourceOptions source,
                                   String connectorName) {
        long t0 = System.nanoTime();
        Instant started = Instant.now();
        String[] connector = {connectorName};
        ImportReport report = tx.execute(status -> {
            SourceTranslation translated = null;
            StoreCatalogue[] catalogue = {null};
            java.util.function.Supplier<StoreCatalogue> lazyCatalogue = () -> {
                if (catalogue[0] == null) {
                    catalogue[0] = store.catalogue();
                }
                return catalogue[0];
            };
            for (SourceFormat f : formats.orderedStream().toList()) {
                Optional<SourceTranslation> t = f.translate(file, displayName, options, source, lazyCatalogue);
                if (t.isPresent()) {
                    translated = t.get();
                    connector[0] = f.name();
                    break;
                }
            }
            try {
                if (translated != null && translated.refused() != null) {
                    status.setRollbackOnly();
                    return withNotes(ImportOutcome.rejected(translated.refused()).rejectedReport(millisSince(t0)), translated);
                }
                if (translated != null && translated.longFile() == null) {
                    // the connector mapped nothing (its notes say why and what to do): nothing to import, nothing refused
                    status.setRollbackOnly();
                    return withNotes(new ImportReport(displayName, translated.description(),
                            options.dryRun() ? ImportReport.Status.DRY_RUN : ImportReport.Status.NO_CHANGES, 0, 0, 0, 0, 0,
                            null, millisSince(t0), 0, java.util.List.of(), java.util.Map.of(), java.util.List.of(),
                            java.util.List.of()), translated);
                }
                Path input = translated == null ? file : translated.longFile();
                ImportOutcome outcome = run(input, displayName, options, status);
                if (outcome.rejected()) {
                    status.setRollbackOnly();
                    return withNotes(outcome.rejectedReport(millisSince(t0)), translated);
                }
                if (options.dryRun() || outcome.batchId() == null) {
                    status.setRollbackOnly();
                } else {
                    record(outcome, displayName, options, started);
                }
                return withNotes(outcome.report(options, millisSince(t0)), translated);
            } finally {
                if (translated != null && translated.longFile() != null) {
                    try {
                        Files.deleteIfExists(translated.longFile());
                    } catch (IOException e) {
                        log.warn("cannot delete {}: {}", translated.longFile(), e.getMessage());
                    }
                }
            }
        });
        log.info("import {}", report.summary());
        Instant finished = Instant.now();
        for (ImportListener l : listeners.orderedStream().toList()) {
            try {
                l.imported(connector[0], report, options, started, finished);
            } catch (RuntimeException e) {
                log.warn("import listener {} failed: {}", l.getClass().getSimpleName(), e.getMessage());
            }
        }
        return report;
    }

    /** The report with what the connector read the file as and its notes in front of the import's own. */
    private static ImportReport withNotes(ImportReport r, SourceTranslation t) {
        if (t == null) {
            return r;
        }
        java.util.List<String> warnings = new java.util.ArrayList<>(t.notes());
        warnings.addAll(r.warnings());
        return new ImportReport(r.file(), t.description(), r.status(), r.rowsRead(), r.skippedNoData(), r.inserted(),
                r.superseded(), r.unchanged(), r.batchId(), r.millis(), r.problemCount(), r.problems(),
                r.problemsByReason(), warnings, r.changes());
    }

    private ImportOutcome run(Path file, String displayName, ImportOptions options, TransactionStatus status) {
        store.raiseWorkMemory();
        ImportFile source;
        try {
            source = ImportFile.of(file, displayName, options, maxBytes);
        } catch (TabularException e) {
            return ImportOutcome.rejected(fileProblem(displayName, e));
        }
        StoreCatalogue catalogue = store.catalogue();
        // a scoped import takes the comparing path, which checks every row's unit against the scope
        if (!options.dryRun() && options.unitScope() == null) {
            Optional<ImportOutcome> direct = straightIn.tryImport(source, catalogue, status);
            if (direct.isPresent()) {
                return direct.get();
            }
        }
        return comparing.importFile(source, options, catalogue);
    }

    private void record(ImportOutcome o, String displayName, ImportOptions options, Instant started) {
        ReadResult r = o.read();
        store.refreshStatisticsAfter(o.inserted());
        batches.insert(new ImportBatchRepository.Record(o.batchId(), displayName, o.sha256(), r.description(),
                options.username(), started, r.rowsRead(), o.inserted(), o.superseded(), o.unchanged(), r.warnings()));
        audit.record(options.username(), "import", "import_batch", Long.toString(o.batchId()), null,
                AuditTrail.map("file", displayName, "rows", r.rowsRead(), "inserted", o.inserted(),
                        "superseded", o.superseded(), "unchanged", o.unchanged()));
    }

    /**
     * Imports an uploaded file (and, for a wide file, its uploaded metadata: a null {@code metaName}
     * means none): both are saved to a temporary folder first, since a file is read again when it
     * cannot go straight in.
     */
    public ImportReport importUpload(String dataName, InputStreamSource data, String metaName, InputStreamSource meta,
                                     String period, boolean dryRun, String username) throws IOException {
        return importUpload(dataName, data, metaName, meta, period, dryRun, username, (java.util.Set<String>) null);
    }

    /**
     * As {@link #importUpload(String, InputStreamSource, String, InputStreamSource, String, boolean, String)} for a
     * user who may import only for {@code unitScope} (unit codes; each and every unit below it); null for all units.
     */
    public ImportReport importUpload(String dataName, InputStreamSource data, String metaName, InputStreamSource meta,
                                     String period, boolean dryRun, String username, java.util.Set<String> unitScope)
            throws IOException {
        return importUpload(dataName, data, metaName, meta, period, dryRun, username,
                SourceOptions.none(java.util.Locale.forLanguageTag("pl")), null, unitScope);
    }

    /** As above, with what a connector's file may need (GUS BDL: variable mappings, new indicators) and unit creation. */
    public ImportReport importUpload(String dataName, InputStreamSource data, String metaName, InputStreamSource meta,
                                     String period, boolean dryRun, String username, SourceOptions source,
                                     String createUnits) throws IOException {
        return importUpload(dataName, data, metaName, meta, period, dryRun, username, source, createUnits, null);
    }

    /** The upload as a file: source options, unit creation and the user's unit scope (null: all units). */
    public ImportReport importUpload(String dataName, InputStreamSource data, String metaName, InputStreamSource meta,
                                     String period, boolean dryRun, String username, SourceOptions source,
                                     String createUnits, java.util.Set<String> unitScope) throws IOException {
        Path dir = Files.createTempDirectory("miasto-upload-");
        try {
            String name = safeName(dataName, "upload");
            Path dataFile = dir.resolve(name);
            save(data, dataFile);
            Path metaFile = null;
            if (metaName != null) {
                metaFile = dir.resolve("meta-" + safeName(metaName, "meta"));
                save(meta, metaFile);
            }
            ImportOptions options = new ImportOptions(dryRun, username, null, metaFile,
                    period == null || period.isBlank() ? null : period.strip(), createUnits, unitScope);
            return importFile(dataFile, name, options, source);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void save(InputStreamSource upload, Path to) throws IOException {
        try (InputStream in = upload.getInputStream()) {
            Files.copy(in, to);
        }
    }

    static String safeName(String original, String fallback) {
        if (original == null || original.isBlank()) {
            return fallback;
        }
        String base = Path.of(original.replace('\\', '/')).getFileName().toString();
        return base.replaceAll("[^\\p{L}\\p{N}._ -]", "_");
    }

    /** A file the reader refused as a whole (empty, not a table, too large, ...). */
    static ReadResult fileProblem(String displayName, TabularException e) {
        String message = e.getMessage();
        ReadResult r = new ReadResult(displayName);
        r.problem(0, null, null, message.startsWith(displayName + ": ") ? message.substring(displayName.length() + 2) : message,
                e.key(), e.args());
        return r;
    }

    private static long millisSince(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
