package pl.miasto4.app.importing;

import pl.miasto4.app.audit.AuditTrail;
import pl.miasto4.indicator.Period;
import pl.miasto4.indicator.io.ObservationRecord;
import pl.miasto4.indicator.io.ReadResult;
import pl.miasto4.indicator.io.WideFileReader;
import pl.miasto4.indicator.io.WideFileReader.MetaRow;
import pl.miasto4.tabular.RowSource;
import pl.miasto4.tabular.TabularException;
import pl.miasto4.tabular.TabularReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The wide (COINr iData + iMeta) side of an import: finds the metadata (an {@code iMeta} sheet,
 * the file given with {@code --meta}, or the sibling file whose name has {@code iMeta} for
 * {@code iData}), records the framework, adds its indicators to the catalogue and, if asked, the
 * units. Reading only collects these changes (the connection is busy with the COPY of the values
 * meanwhile); {@link #apply} writes them in the import's transaction, so a refused file leaves no trace.
 */
final class WideImport {
    private static final Set<String> UNIT_KINDS = Set.of("country", "voivodeship", "county", "city_county", "gmina",
            "district", "metro_area");

    private final WideImportRepository store;
    private final AuditTrail audit;
    private final StoreCatalogue catalogue;
    private final long maxBytes;
    private String framework;
    private String metaName;
    private List<MetaRow> meta = List.of();
    private final List<WideFileReader.GroupValue> groups = new ArrayList<>();
    private final List<WideFileReader.NewUnit> newUnits = new ArrayList<>();

    WideImport(WideImportRepository store, AuditTrail audit, StoreCatalogue catalogue, long maxBytes) {
        this.store = store;
        this.audit = audit;
        this.catalogue = catalogue;
        this.maxBytes = maxBytes;
    }

    ReadResult read(Path file, String displayName, RowSource data, List<String> sheets, ImportOptions options,
                    Consumer<ObservationRecord> sink, String defaultSource) throws TabularException, IOException {
        ReadResult metaResult = new ReadResult(displayName);
        if (options.metaFile() != null) {
            metaName = options.metaFile().getFileName().toString();
            try (RowSource m = TabularReader.open(options.metaFile(), metaName, null, maxBytes)) {
                meta = WideFileReader.readMeta(m, metaName, metaResult);
            }
        } else if (sheets.stream().anyMatch(s -> s.equalsIgnoreCase("iMeta"))) {
            metaName = displayName + " [iMeta]";
            try (RowSource m = TabularReader.open(file, displayName, "iMeta", maxBytes)) {
                meta = WideFileReader.readMeta(m, metaName, metaResult);
            }
        } else {
            Path sibling = siblingMeta(file, displayName);
            if (sibling == null) {
                metaResult.fileProblem("the file is neither long format (columns unit, indicator, period, value) nor wide format "
                        + "with its metadata: give the iMeta file with --meta, put an iMeta sheet in the workbook, "
                        + "or use long format (header: " + String.join(", ", data.header()) + ")");
                return metaResult;
            }
            metaName = sibling.getFileName().toString();
            try (RowSource m = TabularReader.open(sibling, metaName, null, maxBytes)) {
                meta = WideFileReader.readMeta(m, metaName, metaResult);
            }
        }
        if (metaResult.rejected()) {
            return metaResult;
        }
        if (options.createUnits() != null && !UNIT_KINDS.contains(options.createUnits())) {
            metaResult.fileProblem("--create-units must be one of " + String.join(", ", UNIT_KINDS.stream().sorted().toList()));
            return metaResult;
        }
        Period period = null;
        if (options.period() != null) {
            Period.Result p = Period.parse(options.period());
            if (!p.ok()) {
                metaResult.fileProblem("bad --period: " + p.error());
                return metaResult;
            }
            period = p.period();
        }
        framework = frameworkCode(displayName);
        for (MetaRow m : meta) {
            if (m.isData() && catalogue.indicator(m.code()).isEmpty()) {
                catalogue.addIndicator(m.code(), null, null);
            }
        }
        ReadResult result = WideFileReader.readData(data, displayName, meta, catalogue, period,
                options.createUnits() != null, defaultSource, sink, groups::add, u -> {
                    newUnits.add(u);
                    catalogue.addUnit(u.code());
                });
        if (!result.rejected()) {
            if (!newUnits.isEmpty()) {
                result.warning(newUnits.size() + " units were added to the catalogue as '" + options.createUnits() + "'");
            }
            result.warning("framework '" + framework + "' (" + meta.size() + " nodes from " + metaName + ") recorded");
        }
        return result;
    }

    /** Writes the framework, new indicators, new units and group memberships read from an accepted file. */
    void apply(ImportOptions options, String displayName) {
        store.saveFramework(framework, metaName, meta);
        for (WideFileReader.NewUnit u : newUnits) {
            store.addUnit(u.code(), u.name().isEmpty() ? u.code() : u.name(), options.createUnits());
            audit.record(options.username(), "create", "territorial_unit", u.code(), null,
                    AuditTrail.map("name", u.name(), "kind", options.createUnits(), "from", displayName));
        }
        store.replaceGroups(framework, groups);
    }

    /** {@code asem_iData.csv} → {@code asem_iMeta.csv} in the same folder, if it exists. */
    private static Path siblingMeta(Path file, String displayName) {
        for (String[] pair : new String[][]{{"iData", "iMeta"}, {"idata", "imeta"}, {"data", "meta"}, {"Data", "Meta"}}) {
            if (displayName.contains(pair[0])) {
                Path candidate = file.resolveSibling(displayName.replace(pair[0], pair[1]));
                if (Files.isRegularFile(candidate) && !candidate.equals(file)) {
                    return candidate;
                }
            }
        }
        return null;
    }

    static String frameworkCode(String displayName) {
        String base = displayName.replaceAll("\\.[A-Za-z0-9]+$", "").replaceAll("(?i)[_-]?idata", "");
        base = base.replaceAll("[^A-Za-z0-9_.-]", "_");
        return base.isEmpty() ? "framework" : base;
    }
}
