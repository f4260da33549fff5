package pl.miasto4.app.indicator;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.miasto4.app.audit.AuditTrail;
import pl.miasto4.app.unit.TerritorialUnit;
import pl.miasto4.app.unit.UnitRepository;
import pl.miasto4.indicator.Dimension;
import pl.miasto4.indicator.Polarity;
import pl.miasto4.indicator.io.ImportProblem;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The indicator catalogue and the territorial units as CSV files: the defaults shipped in
 * {@code classpath:catalogue/}, and any file a city brings (same columns). A file with a problem
 * changes nothing.
 */
@Service
public class CatalogueService {
    public static final List<String> INDICATOR_COLUMNS = List.of("code", "name_pl", "name_en", "definition_pl",
            "definition_en", "unit", "polarity", "decimals", "frequency", "kind", "dimension", "iso37120", "iso37122",
            "iso37123", "u4ssc", "sdg", "source", "min_value", "max_value");
    public static final List<String> UNIT_COLUMNS = List.of("code", "name", "name_en", "kind", "parent_code", "aliases",
            "latitude", "longitude", "valid_from", "valid_to");
    private static final Set<String> FREQUENCIES = Set.of("annual", "quarterly", "monthly", "daily", "irregular");
    private static final Set<String> KINDS = Set.of("objective", "subjective");
    private static final Set<String> UNIT_KINDS = Set.of("country", "voivodeship", "county", "city_county", "gmina",
            "district", "metro_area");

    private final IndicatorRepository indicators;
    private final UnitRepository units;
    private final AuditTrail audit;

    public CatalogueService(IndicatorRepository indicators, UnitRepository units, AuditTrail audit) {
        this.indicators = indicators;
        this.units = units;
        this.audit = audit;
    }

    /** The result of loading a catalogue file. */
    public record LoadResult(String file, int read, int changed, List<ImportProblem> problems) {
        public boolean rejected() {
            return !problems.isEmpty();
        }
    }

    @Transactional
    public LoadResult loadIndicators(Reader reader, String file, String username) throws IOException {
        List<ImportProblem> problems = new ArrayList<>();
        List<Indicator> parsed = parseIndicators(reader, file, problems);
        if (!problems.isEmpty()) {
            return new LoadResult(file, parsed.size(), 0, problems);
        }
        int changed = 0;
        for (Indicator i : parsed) {
            Indicator before = indicators.find(i.code()).orElse(null);
            if (indicators.upsert(i)) {
                changed++;
                audit.record(username, before == null ? "create" : "update", "indicator", i.code(), before, i);
            }
        }
        return new LoadResult(file, parsed.size(), changed, List.of());
    }

    List<Indicator> parseIndicators(Reader reader, String file, List<ImportProblem> problems) throws IOException {
        List<Indicator> out = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        try (CSVParser csv = csv(reader)) {
            checkColumns(csv, INDICATOR_COLUMNS, file, problems);
            if (!problems.isEmpty()) {
                return out;
            }
            for (CSVRecord r : csv) {
                long line = csv.getCurrentLineNumber();
                String code = r.get("code").strip();
                if (!codes.add(code)) {
                    problems.add(new ImportProblem(file, line, "code", code, "duplicate indicator code"));
                }
                Integer decimals = null;
                try {
                    decimals = Integer.parseInt(r.get("decimals").strip());
                } catch (NumberFormatException e) {
                    problems.add(new ImportProblem(file, line, "decimals", r.get("decimals"), "must be a whole number 0–6"));
                }
                BigDecimal min = decimal(r, "min_value", file, line, problems);
                BigDecimal max = decimal(r, "max_value", file, line, problems);
                String dimension = r.get("dimension").strip();
                Indicator i = new Indicator(code, r.get("name_pl").strip(), r.get("name_en").strip(), blank(r.get("definition_pl")),
                        blank(r.get("definition_en")), r.get("unit").strip(), r.get("polarity").strip(),
                        decimals == null ? 1 : decimals, r.get("frequency").strip(), r.get("kind").strip(),
                        Dimension.fromCode(dimension).map(Dimension::code).orElse(dimension),
                        blank(r.get("iso37120")), blank(r.get("iso37122")), blank(r.get("iso37123")),
                        blank(r.get("u4ssc")), blank(r.get("sdg")), blank(r.get("source")), min, max);
                problems.addAll(validate(i, file, line));
                out.add(i);
            }
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            problems.add(new ImportProblem(file, 0, null, null, "not a readable CSV file: " + e.getMessage()));
        }
        return out;
    }

    /** Every rule an indicator definition must follow; empty when it is valid. */
    public static List<ImportProblem> validate(Indicator i, String file, long line) {
        List<ImportProblem> problems = new ArrayList<>();
        if (i.code() == null || !i.code().matches("[A-Za-z0-9][A-Za-z0-9_.-]*")) {
            problems.add(new ImportProblem(file, line, "code", i.code(), "a code may contain only letters, digits, '_', '.' and '-'"));
        }
        for (String[] f : new String[][]{{"name_pl", i.namePl()}, {"name_en", i.nameEn()}, {"unit", i.unit()}}) {
            if (f[1] == null || f[1].isBlank()) {
                problems.add(new ImportProblem(file, line, f[0], "", "required"));
            }
        }
        if (Polarity.fromCode(i.polarity()).isEmpty()) {
            problems.add(new ImportProblem(file, line, "polarity", i.polarity(), "must be higher_better, lower_better or neutral"));
        }
        if (!FREQUENCIES.contains(i.frequency())) {
            problems.add(new ImportProblem(file, line, "frequency", i.frequency(), "must be one of " + FREQUENCIES));
        }
        if (!KINDS.contains(i.kind())) {
            problems.add(new ImportProblem(file, line, "kind", i.kind(), "must be objective or subjective"));
        }
        if (Dimension.fromCode(i.dimension()).isEmpty()) {
            problems.add(new ImportProblem(file, line, "dimension", i.dimension(), "must be one of the 9 dimensions: "
                    + String.join(", ", Arrays.stream(Dimension.values()).map(Dimension::code).toList())));
        }
        if (i.decimals() < 0 || i.decimals() > 6) {
            problems.add(new ImportProblem(file, line, "decimals", String.valueOf(i.decimals()), "must be a whole number 0–6"));
        }
        if (i.minValue() != null && i.maxValue() != null && i.minValue().compareTo(i.maxValue()) > 0) {
            problems.add(new ImportProblem(file, line, "min_value", i.minValue().toPlainString(), "min_value is above max_value"));
        }
        return problems;
    }

    /** Validates, then creates or updates one indicator with an audit record. */
    @Transactional
    public List<ImportProblem> save(Indicator i, String username) {
        List<ImportProblem> problems = validate(i, "request", 0);
        if (problems.isEmpty()) {
            Indicator before = indicators.find(i.code()).orElse(null);
            if (indicators.upsert(i)) {
                audit.record(username, before == null ? "create" : "update", "indicator", i.code(), before, i);
            }
        }
        return problems;
    }

    @Transactional
    public LoadResult loadUnits(Reader reader, String file, String username) throws IOException {
        List<ImportProblem> problems = new ArrayList<>();
        List<TerritorialUnit> parsed = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        try (CSVParser csv = csv(reader)) {
            checkColumns(csv, UNIT_COLUMNS, file, problems);
            if (problems.isEmpty()) {
                for (CSVRecord r : csv) {
                    long line = csv.getCurrentLineNumber();
                    String code = r.get("code").strip();
                    if (code.isEmpty() || !codes.add(code)) {
                        problems.add(new ImportProblem(file, line, "code", code, code.isEmpty() ? "empty code" : "duplicate unit code"));
                    }
                    require(r, "name", file, line, problems);
                    String kind = r.get("kind").strip();
                    if (!UNIT_KINDS.contains(kind)) {
                        problems.add(new ImportProblem(file, line, "kind", kind, "must be one of " + UNIT_KINDS));
                    }
                    BigDecimal lat = decimal(r, "latitude", file, line, problems);
                    BigDecimal lon = decimal(r, "longitude", file, line, problems);
                    if (lat != null && (lat.abs().compareTo(BigDecimal.valueOf(90)) > 0)) {
                        problems.add(new ImportProblem(file, line, "latitude", lat.toPlainString(), "latitude must be within ±90"));
                    }
                    if (lon != null && (lon.abs().compareTo(BigDecimal.valueOf(180)) > 0)) {
                        problems.add(new ImportProblem(file, line, "longitude", lon.toPlainString(), "longitude must be within ±180"));
                    }
                    List<String> aliases = r.get("aliases").isBlank() ? List.of()
                            : Arrays.stream(r.get("aliases").split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
                    parsed.add(new TerritorialUnit(code, r.get("name").strip(), blank(r.get("name_en")), kind,
                            blank(r.get("parent_code")), aliases, lat == null ? null : lat.doubleValue(),
                            lon == null ? null : lon.doubleValue(), date(r, "valid_from", file, line, problems),
                            date(r, "valid_to", file, line, problems)));
                }
            }
        }
        Set<String> known = new HashSet<>(codes);
        units.findAll().forEach(u -> known.add(u.code()));
        for (TerritorialUnit u : parsed) {
            if (u.parentCode() != null && !known.contains(u.parentCode())) {
                problems.add(new ImportProblem(file, 0, "parent_code", u.parentCode(), "unit " + u.code() + ": unknown parent"));
            }
        }
        if (!problems.isEmpty()) {
            return new LoadResult(file, parsed.size(), 0, problems);
        }
        int changed = 0;
        // Parents first: sort by depth in the file.
        for (TerritorialUnit u : byDepth(parsed)) {
            TerritorialUnit before = units.find(u.code()).orElse(null);
            if (units.upsert(u)) {
                changed++;
                audit.record(username, before == null ? "create" : "update", "territorial_unit", u.code(), before, u);
            }
        }
        return new LoadResult(file, parsed.size(), changed, List.of());
    }

    private static List<TerritorialUnit> byDepth(List<TerritorialUnit> list) {
        java.util.Map<String, TerritorialUnit> byCode = new java.util.HashMap<>();
        list.forEach(u -> byCode.put(u.code(), u));
        java.util.Map<String, Integer> depth = new java.util.HashMap<>();
        for (TerritorialUnit u : list) {
            int d = 0;
            String p = u.parentCode();
            Set<String> seen = new HashSet<>();
            while (p != null && byCode.containsKey(p) && seen.add(p)) {
                d++;
                p = byCode.get(p).parentCode();
            }
            depth.put(u.code(), d);
        }
        List<TerritorialUnit> sorted = new ArrayList<>(list);
        sorted.sort(java.util.Comparator.comparingInt(u -> depth.get(u.code())));
        return sorted;
    }

    public void writeIndicators(Writer out) throws IOException {
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(INDICATOR_COLUMNS.toArray(String[]::new)).get())) {
            for (Indicator i : indicators.findAll()) {
                p.printRecord(pl.miasto4.tabular.SafeCells.row(i.code(), i.namePl(), i.nameEn(), i.definitionPl(), i.definitionEn(), i.unit(), i.polarity(),
                        i.decimals(), i.frequency(), i.kind(), i.dimension(), i.iso37120(), i.iso37122(), i.iso37123(),
                        i.u4ssc(), i.sdg(), i.source(), plain(i.minValue()), plain(i.maxValue())));
            }
        }
    }

    public void writeUnits(Writer out) throws IOException {
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(UNIT_COLUMNS.toArray(String[]::new)).get())) {
            for (TerritorialUnit u : units.findAll()) {
                p.printRecord(pl.miasto4.tabular.SafeCells.row(u.code(), u.name(), u.nameEn(), u.kind(), u.parentCode(), String.join("|", u.aliases()),
                        u.latitude(), u.longitude(), u.validFrom(), u.validTo()));
            }
        }
    }

    private static String plain(BigDecimal d) {
        return d == null ? null : d.toPlainString();
    }

    private static CSVParser csv(Reader reader) throws IOException {
        return CSVParser.builder().setReader(reader).setFormat(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setAllowMissingColumnNames(false).get()).get();
    }

    private static void checkColumns(CSVParser csv, List<String> expected, String file, List<ImportProblem> problems) {
        List<String> missing = expected.stream().filter(c -> !csv.getHeaderMap().containsKey(c)).toList();
        if (!missing.isEmpty()) {
            problems.add(new ImportProblem(file, 1, null, null, "missing columns: " + String.join(", ", missing)
                    + " (expected: " + String.join(",", expected) + ")"));
        }
    }

    private static void require(CSVRecord r, String column, String file, long line, List<ImportProblem> problems) {
        if (r.get(column).isBlank()) {
            problems.add(new ImportProblem(file, line, column, "", "required"));
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static BigDecimal decimal(CSVRecord r, String column, String file, long line, List<ImportProblem> problems) {
        String s = r.get(column).strip();
        if (s.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            problems.add(new ImportProblem(file, line, column, s, "not a number (use a dot as the decimal mark)"));
            return null;
        }
    }

    private static LocalDate date(CSVRecord r, String column, String file, long line, List<ImportProblem> problems) {
        String s = r.get(column).strip();
        if (s.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (java.time.format.DateTimeParseException e) {
            problems.add(new ImportProblem(file, line, column, s, "not a date (YYYY-MM-DD)"));
            return null;
        }
    }
}
