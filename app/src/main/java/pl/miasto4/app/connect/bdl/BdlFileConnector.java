package pl.miasto4.app.connect.bdl;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import pl.miasto4.app.audit.AuditTrail;
import pl.miasto4.app.importing.ImportOptions;
import pl.miasto4.app.importing.SourceFormat;
import pl.miasto4.app.importing.SourceOptions;
import pl.miasto4.app.importing.SourceTranslation;
import pl.miasto4.indicator.io.Catalogue;
import pl.miasto4.indicator.io.ReadResult;
import pl.miasto4.indicator.io.bdl.BdlFileReader;
import pl.miasto4.indicator.io.bdl.BdlLayout;
import pl.miasto4.indicator.io.bdl.BdlTable;
import pl.miasto4.indicator.io.bdl.BdlUnitCode;
import pl.miasto4.indicator.io.bdl.BdlValue;
import pl.miasto4.tabular.TabularException;
import pl.miasto4.tabular.TabularReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * GUS BDL files as downloaded, in the connector's shape: read ({@link BdlFileReader}) → validate
 * (numbers, unit codes, the indicators' valid ranges, with the file's own lines and columns) → map
 * (variables to catalogue indicators through {@code connect/bdl/mapping.csv} and {@code --map};
 * units to the store's units by code or alias) → the store's all-or-nothing import of the mapped
 * values as long format, each value's source naming the file, subgroup and variable.
 * <p>
 * Units the store does not know and variables nobody mapped never refuse a file: they are left
 * out and reported in the summary with what to do ({@code --create-units}, {@code --map},
 * {@code --new-indicator}).
 */
@Component
@Order(10)
public class BdlFileConnector implements SourceFormat {
    private static final Set<String> UNIT_KINDS = Set.of("country", "voivodeship", "county", "city_county", "gmina");
    static final String AUTO = "auto";

    private final BdlMapping mapping = BdlMapping.load();
    private final BdlCatalogueRepository catalogueStore;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final long maxBytes;

    public BdlFileConnector(BdlCatalogueRepository catalogueStore, AuditTrail audit, MessageSource messages,
                            @Value("${miasto.import.max-bytes:" + TabularReader.DEFAULT_MAX_BYTES + "}") long maxBytes) {
        this.catalogueStore = catalogueStore;
        this.audit = audit;
        this.messages = messages;
        this.maxBytes = maxBytes;
    }

    @Override
    public String name() {
        return "bdl-file";
    }

    /** A variable of the file with the unit of measure GUS gives it. */
    private record Variable(String label, String measure) {
    }

    /** A value on its way into the store. */
    private record Mapped(long line, String sourceCode, String unit, String indicator, int year, BigDecimal value,
                          String source) {
    }

    @Override
    public Optional<SourceTranslation> translate(Path file, String name, ImportOptions options, SourceOptions source,
                                                 Supplier<? extends Catalogue> catalogues) {
        BdlLayout layout;
        try {
            Optional<BdlLayout> found = BdlFileReader.recognise(file, name, maxBytes);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            layout = found.get();
        } catch (TabularException | IOException e) {
            return Optional.empty(); // the ordinary import reports what is wrong with the file
        }
        Catalogue catalogue = catalogues.get();
        Locale locale = source.locale();
        ReadResult problems = new ReadResult(name);
        List<BdlValue> values = new ArrayList<>();
        BdlTable table;
        try {
            table = BdlFileReader.read(file, name, layout, maxBytes, problems, values::add);
        } catch (TabularException e) {
            problems.fileProblem(e.getMessage());
            return Optional.of(SourceTranslation.refused(problems, "GUS " + layout, List.of()));
        } catch (IOException e) {
            problems.fileProblem(text(locale, "connect.bdl.unreadable", e.getMessage()));
            return Optional.of(SourceTranslation.refused(problems, "GUS " + layout, List.of()));
        }
        String subgroup = table.metadata().subgroupId();
        List<String> notes = new ArrayList<>();
        notes.add(text(locale, "connect.bdl.read", layout, subgroup == null ? "?" : subgroup,
                table.metadata().subgroup() == null ? "" : " „" + table.metadata().subgroup() + "”",
                table.unitRows(), table.variables().size(),
                table.metadata().lastUpdate() == null ? "–" : table.metadata().lastUpdate()));
        if (subgroup == null) {
            notes.add(text(locale, "connect.bdl.nosubgroup"));
        }
        String createUnits = options.createUnits();
        if (createUnits != null && !createUnits.equals(AUTO) && !UNIT_KINDS.contains(createUnits)) {
            problems.fileProblem(text(locale, "connect.bdl.badkind", createUnits, String.join(", ", new java.util.TreeSet<>(UNIT_KINDS))));
        }

        // map variables: the mapping file, the user's --map, or an indicator created from OPIS (--new-indicator)
        Map<Variable, Optional<BdlMapping.Entry>> variables = new LinkedHashMap<>();
        for (BdlValue v : values) {
            Variable var = new Variable(v.variable(), v.measure());
            variables.computeIfAbsent(var, k -> resolveVariable(subgroup, k, table, source, catalogue, options, notes,
                    problems, locale));
        }

        // map units, validate values, and keep one value per unit × indicator × year
        Map<String, String> unknownUnits = new TreeMap<>();
        long unknownValues = 0, noData = 0, sameTwice = 0;
        List<String> differing = new ArrayList<>();
        Map<String, Mapped> kept = new LinkedHashMap<>();
        for (BdlValue v : values) {
            Optional<BdlMapping.Entry> entry = variables.get(new Variable(v.variable(), v.measure()));
            if (entry.isEmpty()) {
                continue;
            }
            if (v.value() == null) {
                noData++;
                continue;
            }
            Optional<String> unit = catalogue.resolveUnit(v.unitCode());
            if (unit.isEmpty()) {
                unknownUnits.putIfAbsent(v.unitCode(), v.unitName());
                if (createUnits == null) {
                    unknownValues++;
                    continue;
                }
                unit = Optional.of(v.unitCode());
            }
            BdlMapping.Entry e = entry.get();
            BigDecimal value = v.value().multiply(e.factor());
            value = value.scale() > 0 ? value.stripTrailingZeros() : value;
            Optional<Catalogue.IndicatorRule> rule = catalogue.indicator(e.indicator());
            if (rule.isPresent() && rule.get().min() != null && value.compareTo(rule.get().min()) < 0) {
                problems.problem(v.line(), v.column(), v.value().toPlainString(),
                        text(locale, "connect.bdl.belowmin", e.indicator(), rule.get().min().toPlainString()));
                continue;
            }
            if (rule.isPresent() && rule.get().max() != null && value.compareTo(rule.get().max()) > 0) {
                problems.problem(v.line(), v.column(), v.value().toPlainString(),
                        text(locale, "connect.bdl.abovemax", e.indicator(), rule.get().max().toPlainString()));
                continue;
            }
            String src = "GUS BDL " + (subgroup == null ? "" : subgroup + " ") + name + ": " + v.variable()
                    + (v.measure().isEmpty() ? "" : " [" + v.measure() + "]");
            Mapped m = new Mapped(v.line(), v.unitCode(), unit.get(), e.indicator(), v.year(), value, src);
            String key = m.unit() + "\u0000" + m.indicator() + "\u0000" + m.year();
            Mapped before = kept.get(key);
            if (before == null) {
                kept.put(key, m);
            } else if (before.value().compareTo(m.value()) == 0) {
                sameTwice++; // a city with powiat rights given as powiat (WWPP000) and as gmina (WWPPGGT)
            } else {
                // keep the row whose code is the store's own code of the unit (the gmina code of a city)
                if (m.sourceCode().equals(m.unit())) {
                    kept.put(key, m);
                }
                if (differing.size() < 5) {
                    differing.add(m.unit() + " × " + m.indicator() + " × " + m.year() + ": " + before.sourceCode() + " "
                            + before.value().toPlainString() + " / " + m.sourceCode() + " " + m.value().toPlainString());
                }
            }
        }
        if (!unknownUnits.isEmpty()) {
            Map<String, Integer> byKind = new TreeMap<>();
            unknownUnits.forEach((code, unitName) -> byKind.merge(
                    text(locale, "connect.bdl.kind." + BdlUnitCode.kind(code, unitName)), 1, Integer::sum));
            String kinds = String.join(", ", byKind.entrySet().stream().map(k -> k.getKey() + ": " + k.getValue()).toList());
            if (createUnits == null) {
                notes.add(text(locale, "connect.bdl.unknownunits", unknownUnits.size(), kinds, unknownValues,
                        examples(unknownUnits)));
            } else if (!problems.rejected()) {
                for (Map.Entry<String, String> u : unknownUnits.entrySet()) {
                    String kind = createUnits.equals(AUTO) ? BdlUnitCode.kind(u.getKey(), u.getValue()) : createUnits;
                    catalogueStore.addUnit(u.getKey(), u.getValue().isBlank() ? u.getKey() : u.getValue(), kind);
                    audit.record(options.username(), "create", "territorial_unit", u.getKey(), null,
                            AuditTrail.map("name", u.getValue(), "kind", kind, "from", name));
                }
                notes.add(text(locale, "connect.bdl.createdunits", unknownUnits.size(), kinds));
            }
        }
        if (sameTwice > 0) {
            notes.add(text(locale, "connect.bdl.sametwice", sameTwice));
        }
        if (!differing.isEmpty()) {
            notes.add(text(locale, "connect.bdl.differ", String.join("; ", differing)));
        }
        if (noData > 0) {
            notes.add(text(locale, "connect.bdl.nodata", noData));
        }
        for (Map.Entry<Variable, Optional<BdlMapping.Entry>> v : variables.entrySet()) {
            if (v.getValue().isPresent()) {
                long n = kept.values().stream().filter(m -> m.indicator().equals(v.getValue().get().indicator())).count();
                notes.add(text(locale, "connect.bdl.mapped", v.getKey().label(), v.getKey().measure(),
                        v.getValue().get().indicator(), n));
            }
        }
        String description = table.description() + (subgroup == null ? "" : ", " + subgroup);
        if (problems.rejected()) {
            return Optional.of(SourceTranslation.refused(problems, description, notes));
        }
        return Optional.of(new SourceTranslation(kept.isEmpty() ? null : writeLong(kept.values()), null, description, notes));
    }

    private Optional<BdlMapping.Entry> resolveVariable(String subgroup, Variable var, BdlTable table, SourceOptions source,
                                                       Catalogue catalogue, ImportOptions options, List<String> notes,
                                                       ReadResult problems, Locale locale) {
        Optional<BdlMapping.Entry> entry = mapping.find(subgroup, var.label(), var.measure(), normalised(source.map()));
        String key = VariableKey.display(subgroup, var.label());
        if (entry.isEmpty()) {
            String newCode = normalised(source.newIndicators()).get(VariableKey.of(subgroup, var.label()));
            if (newCode == null && subgroup != null) {
                newCode = normalised(source.newIndicators()).get(VariableKey.normalise(subgroup));
            }
            if (newCode != null) {
                if (!newCode.matches("[A-Za-z0-9][A-Za-z0-9_.-]*")) {
                    problems.fileProblem(text(locale, "connect.bdl.badcode", newCode));
                    return Optional.empty();
                }
                if (catalogue.indicator(newCode).isEmpty()) {
                    // OPIS names the subgroup; a CTAB file has only its header, so the subgroup id names it
                    String title = table.metadata().subgroup() != null ? table.metadata().subgroup()
                            : "GUS BDL " + (subgroup == null ? var.label() : subgroup);
                    if (!var.label().isBlank() && !var.label().equalsIgnoreCase("ogółem")) {
                        title = title + " – " + var.label();
                    }
                    catalogueStore.addIndicator(newCode, title, table.metadata().subgroupNote(), var.measure(),
                            "GUS BDL " + (subgroup == null ? "" : subgroup));
                    audit.record(options.username(), "create", "indicator", newCode, null,
                            AuditTrail.map("name", title, "from", "GUS BDL " + subgroup + " " + var.label()));
                    notes.add(text(locale, "connect.bdl.newindicator", newCode, title));
                }
                return Optional.of(new BdlMapping.Entry(subgroup, var.label(), var.measure(), newCode, BigDecimal.ONE, null));
            }
            notes.add(text(locale, "connect.bdl.unmapped", var.label(), var.measure(), key));
            return Optional.empty();
        }
        if (catalogue.indicator(entry.get().indicator()).isEmpty()) {
            problems.fileProblem(text(locale, "connect.bdl.noindicator", key, entry.get().indicator()));
            return Optional.empty();
        }
        return entry;
    }

    private static Map<String, String> normalised(Map<String, String> m) {
        Map<String, String> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(VariableKey.normalise(k), v.strip()));
        return out;
    }

    private static String examples(Map<String, String> units) {
        List<String> some = units.entrySet().stream().limit(3).map(e -> e.getKey() + " " + e.getValue()).toList();
        return String.join(", ", some) + (units.size() > 3 ? ", …" : "");
    }

    private static Path writeLong(Iterable<Mapped> rows) {
        try {
            Path out = Files.createTempFile("miasto-bdl-", ".csv");
            try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
                 CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder()
                         .setHeader("unit", "indicator", "period", "value", "source").get())) {
                for (Mapped m : rows) {
                    p.printRecord(m.unit(), m.indicator(), Integer.toString(m.year()), m.value().toPlainString(), m.source());
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
