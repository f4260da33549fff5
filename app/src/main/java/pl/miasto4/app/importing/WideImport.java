package pl.miasto4.app.importing;

import org.springframework.jdbc.core.simple.JdbcClient;
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

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final StoreCatalogue catalogue;
    private final long maxBytes;
    private String framework;
    private String metaName;
    private List<MetaRow> meta = List.of();
    private final List<WideFileReader.GroupValue> groups = new ArrayList<>();
    private final List<WideFileReader.NewUnit> newUnits = new ArrayList<>();

    WideImport(JdbcClient jdbc, AuditTrail audit, StoreCatalogue catalogue, long maxBytes) {
        this.jdbc = jdbc;
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
        saveFramework(framework, metaName, meta);
        for (WideFileReader.NewUnit u : newUnits) {
            jdbc.sql("INSERT INTO territorial_unit (code, name, kind) VALUES (?, ?, ?) ON CONFLICT (code) DO NOTHING")
                    .params(u.code(), u.name().isEmpty() ? u.code() : u.name(), options.createUnits()).update();
            audit.record(options.username(), "create", "territorial_unit", u.code(), null,
                    AuditTrail.map("name", u.name(), "kind", options.createUnits(), "from", displayName));
        }
        jdbc.sql("DELETE FROM unit_group WHERE framework_code = ?").param(framework).update();
        for (WideFileReader.GroupValue g : groups) {
            jdbc.sql("INSERT INTO unit_group (framework_code, unit_code, group_code, value) VALUES (?, ?, ?, ?) "
                    + "ON CONFLICT (framework_code, unit_code, group_code) DO UPDATE SET value = excluded.value")
                    .params(framework, g.unitCode(), g.group(), g.value()).update();
        }
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

    private void saveFramework(String code, String metaName, List<MetaRow> meta) {
        jdbc.sql("""
                INSERT INTO index_framework (code, name, source_file) VALUES (?, ?, ?)
                ON CONFLICT (code) DO UPDATE SET source_file = excluded.source_file""")
                .params(code, code, metaName).update();
        jdbc.sql("DELETE FROM index_framework_node WHERE framework_code = ?").param(code).update();
        int position = 0;
        for (MetaRow m : meta) {
            jdbc.sql("""
                    INSERT INTO index_framework_node (framework_code, code, name, level, parent_code, weight, direction,
                                                      type, unit, target, denominator, position)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(code, m.code(), m.name(), m.level(), m.parent(), m.weight(), m.direction(), m.type(),
                            m.unit(), m.target(), m.denominator(), position++)
                    .update();
            if (m.isData()) {
                String polarity = m.direction() == null ? "neutral" : m.direction() > 0 ? "higher_better" : "lower_better";
                String name = m.name() == null || m.name().isBlank() ? m.code() : m.name();
                jdbc.sql("""
                        INSERT INTO indicator (code, name_pl, name_en, unit, polarity, decimals, frequency, kind, source)
                        VALUES (?, ?, ?, ?, ?, 2, 'annual', 'objective', ?)
                        ON CONFLICT (code) DO NOTHING""")
                        .params(m.code(), name, name, m.unit() == null || m.unit().isBlank() ? "-" : m.unit(), polarity,
                                "index framework " + code)
                        .update();
            }
        }
    }
}
