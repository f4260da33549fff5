package pl.miasto4.indicator.io.bdl;

import pl.miasto4.indicator.io.ReadResult;
import pl.miasto4.tabular.DecimalMark;
import pl.miasto4.tabular.NumberParser;
import pl.miasto4.tabular.Row;
import pl.miasto4.tabular.RowSource;
import pl.miasto4.tabular.TabularException;
import pl.miasto4.tabular.TabularReader;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads GUS Bank Danych Lokalnych exports exactly as downloaded: CTAB CSV ({@code ;} and decimal
 * comma, UTF-8 or Windows-1250; one export uses {@code ,} and dots), XTAB workbooks ({@code OPIS} +
 * wide {@code TABLICA}), XPIV workbooks ({@code OPIS} + long {@code DANE}), and GUS's area register
 * ("Wykaz powierzchni"). Every value comes out as a {@link BdlValue} with its line and column; a
 * cell that is neither a number nor a GUS no-data mark is a problem (line, column, value, reason)
 * and reading goes on, so all of them are reported at once.
 */
public final class BdlFileReader {
    /** {@code LUDN_2137_XTAB_20250329142524.xlsx}: section, subgroup number, layout, export time. */
    private static final Pattern FILE_NAME = Pattern.compile("^[A-ZĄĆĘŁŃÓŚŹŻ]+_(\\d+)_(CTAB|XTAB|XPIV)_.*", Pattern.CASE_INSENSITIVE);
    /** A CTAB header cell: labels, year, unit of measure, separated by the file's separator. */
    private static final Pattern CTAB_HEADER = Pattern.compile("^(.*?)([;,])((?:19|20)\\d{2})\\2\\[(.*)]$", Pattern.DOTALL);
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");
    private static final Pattern MEASURE = Pattern.compile("^\\[(.*)]$");
    private static final Pattern AREA_COLUMN = Pattern.compile("^(.*?)\\s*\\[(.*)]$");
    /** "…wg_stanu_na_01012025…": the area register's reference date. */
    private static final Pattern AREA_DATE = Pattern.compile("na_?(\\d{2})(\\d{2})((?:19|20)\\d{2})");
    public static final String AREA_REGISTER_ID = "WYKAZ_POWIERZCHNI";

    private BdlFileReader() {
    }

    /** The layout of a file as GUS publishes it, or empty when it is some other table. */
    public static Optional<BdlLayout> recognise(Path file, String name, long maxBytes) throws TabularException, IOException {
        if (TabularReader.detect(file, name, maxBytes) == TabularReader.Format.XLSX) {
            List<String> sheets = TabularReader.sheetNames(file, name).stream().map(s -> s.toUpperCase(Locale.ROOT)).toList();
            if (sheets.contains("OPIS") && sheets.contains("DANE")) {
                return Optional.of(BdlLayout.XPIV);
            }
            if (sheets.contains("OPIS") && sheets.contains("TABLICA")) {
                return Optional.of(BdlLayout.XTAB);
            }
            try (RowSource rows = TabularReader.open(file, name, null, maxBytes)) {
                return isAreaRegister(rows.header()) ? Optional.of(BdlLayout.AREA_REGISTER) : Optional.empty();
            }
        }
        if (!firstLineNamesKodAndNazwa(file)) {
            return Optional.empty(); // most files: decided from the first bytes, without reading the whole file
        }
        try (RowSource rows = TabularReader.open(file, name, null, maxBytes)) {
            return isCtab(rows.header()) ? Optional.of(BdlLayout.CTAB) : Optional.empty();
        }
    }

    /** Whether a CSV file's first line starts with the columns Kod and Nazwa, as every CTAB export does. */
    private static boolean firstLineNamesKodAndNazwa(Path file) throws IOException {
        byte[] head;
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            head = in.readNBytes(4096);
        }
        // "Kod" and "Nazwa" are ASCII in every encoding GUS uses (UTF-8, Windows-1250), UTF-16 aside
        String text = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).replace("\u00EF\u00BB\u00BF", "");
        int end = text.indexOf('\n');
        String first = (end < 0 ? text : text.substring(0, end)).replace("\"", "").strip().toLowerCase(Locale.ROOT);
        return first.startsWith("kod") && first.contains("nazwa");
    }

    static boolean isCtab(List<String> header) {
        if (header.size() < 3 || !key(header.get(0)).equals("kod") || !key(header.get(1)).equals("nazwa")) {
            return false;
        }
        return header.subList(2, header.size()).stream().anyMatch(h -> CTAB_HEADER.matcher(h.strip()).matches());
    }

    static boolean isAreaRegister(List<String> header) {
        return header.size() >= 3 && key(header.get(0)).equals("teryt")
                && header.stream().anyMatch(h -> key(h).startsWith("powierzchnia"));
    }

    /** The subgroup id a BDL file name carries ({@code RYNE_2392_XTAB_….xlsx} → {@code P2392}), or null. */
    public static String subgroupId(String fileName) {
        Matcher m = FILE_NAME.matcher(fileName);
        return m.matches() ? "P" + m.group(1) : null;
    }

    /**
     * Reads the file, sending every value (no-data cells included, with a null value) to {@code sink}
     * and every problem to {@code problems}.
     */
    public static BdlTable read(Path file, String name, BdlLayout layout, long maxBytes, ReadResult problems,
                                Consumer<BdlValue> sink) throws TabularException, IOException {
        return switch (layout) {
            case CTAB -> readCtab(file, name, maxBytes, problems, sink);
            case XTAB -> readXtab(file, name, maxBytes, problems, sink);
            case XPIV -> readXpiv(file, name, maxBytes, problems, sink);
            case AREA_REGISTER -> readAreaRegister(file, name, maxBytes, problems, sink);
        };
    }

    /** One column of values: its variable, year and unit of measure. */
    private record Column(int index, String variable, int year, String measure) {
    }

    private static BdlTable readCtab(Path file, String name, long maxBytes, ReadResult problems, Consumer<BdlValue> sink)
            throws TabularException, IOException {
        try (RowSource rows = TabularReader.open(file, name, null, maxBytes)) {
            List<String> header = rows.header();
            List<Column> columns = new ArrayList<>();
            Map<String, String> variables = new LinkedHashMap<>();
            for (int i = 2; i < header.size(); i++) {
                String h = header.get(i).strip();
                if (h.isEmpty()) {
                    continue; // the trailing separator of every CTAB line
                }
                Matcher m = CTAB_HEADER.matcher(h);
                if (!m.matches()) {
                    problems.problem(1, rows.columnLabel(i), h, "not a BDL column header (labels;year;[unit])");
                    continue;
                }
                String variable = String.join(" | ", splitLabels(m.group(1), m.group(2)));
                columns.add(new Column(i, variable, Integer.parseInt(m.group(3)), m.group(4).strip()));
                variables.putIfAbsent(variable, m.group(4).strip());
            }
            long units = readUnitRows(rows, name, columns, rows.decimalMark(), problems, sink);
            return new BdlTable(BdlLayout.CTAB, BdlMetadata.of(subgroupId(name)),
                    "GUS BDL CTAB (" + rows.description() + ")", variables, units);
        }
    }

    private static List<String> splitLabels(String labels, String separator) {
        List<String> out = new ArrayList<>();
        for (String s : labels.split(Pattern.quote(separator))) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    private static BdlTable readXtab(Path file, String name, long maxBytes, ReadResult problems, Consumer<BdlValue> sink)
            throws TabularException, IOException {
        BdlMetadata meta = readOpis(file, name, maxBytes);
        try (RowSource rows = TabularReader.open(file, name, "TABLICA", maxBytes)) {
            List<List<String>> labelRows = new ArrayList<>();
            List<String> years = null;
            List<String> measures = null;
            List<String> first = rows.header();
            labelRows.add(first);
            Row row;
            Row firstData = null;
            while ((row = rows.next()) != null) {
                if (!row.cell(0).isBlank()) {
                    firstData = row;
                    break;
                }
                List<String> cells = row.cells();
                List<String> values = cells.subList(Math.min(2, cells.size()), cells.size()).stream()
                        .filter(c -> !c.isBlank()).toList();
                if (!values.isEmpty() && values.stream().allMatch(v -> YEAR.matcher(v.strip()).matches())) {
                    years = cells;
                } else if (!values.isEmpty() && values.stream().allMatch(v -> MEASURE.matcher(v.strip()).matches())) {
                    measures = cells;
                } else {
                    labelRows.add(cells);
                }
            }
            if (years == null) {
                problems.fileProblem("sheet TABLICA has no row of years above the data");
                return new BdlTable(BdlLayout.XTAB, meta, "GUS BDL XTAB", Map.of(), 0);
            }
            List<Column> columns = new ArrayList<>();
            Map<String, String> variables = new LinkedHashMap<>();
            String[] carried = new String[labelRows.size()];
            for (int i = 2; i < years.size(); i++) {
                List<String> labels = new ArrayList<>();
                for (int r = 0; r < labelRows.size(); r++) {
                    String l = i < labelRows.get(r).size() ? labelRows.get(r).get(i).strip() : "";
                    if (!l.isEmpty()) {
                        carried[r] = l; // a merged header cell names its first column only
                    }
                    if (carried[r] != null) {
                        labels.add(carried[r]);
                    }
                }
                String y = years.get(i).strip();
                if (!YEAR.matcher(y).matches()) {
                    continue;
                }
                String measure = measures == null || i >= measures.size() ? "" : unbracket(measures.get(i));
                String variable = String.join(" | ", labels);
                columns.add(new Column(i, variable, Integer.parseInt(y), measure));
                variables.putIfAbsent(variable, measure);
            }
            long units = 0;
            if (firstData != null) {
                units += unitRow(firstData, name, rows, columns, null, problems, sink) ? 1 : 0;
                units += readUnitRows(rows, name, columns, null, problems, sink);
            }
            return new BdlTable(BdlLayout.XTAB, meta, "GUS BDL XTAB (sheets OPIS and TABLICA)", variables, units);
        }
    }

    private static BdlTable readXpiv(Path file, String name, long maxBytes, ReadResult problems, Consumer<BdlValue> sink)
            throws TabularException, IOException {
        BdlMetadata meta = readOpis(file, name, maxBytes);
        try (RowSource rows = TabularReader.open(file, name, "DANE", maxBytes)) {
            List<String> header = rows.header();
            int year = -1, value = -1, measure = -1, attribute = -1;
            for (int i = 0; i < header.size(); i++) {
                switch (key(header.get(i))) {
                    case "rok" -> year = i;
                    case "wartosc" -> value = i;
                    case "jednostkamiary" -> measure = i;
                    case "atrybut" -> attribute = i;
                    default -> { }
                }
            }
            if (year < 2 || value < 0) {
                problems.fileProblem("sheet DANE has no columns Rok and Wartosc (header: " + String.join(", ", header) + ")");
                return new BdlTable(BdlLayout.XPIV, meta, "GUS BDL XPIV", Map.of(), 0);
            }
            Map<String, String> variables = new LinkedHashMap<>();
            java.util.Set<String> units = new java.util.HashSet<>();
            long attributes = 0;
            Row row;
            while ((row = rows.next()) != null) {
                String code = BdlUnitCode.normalise(row.cell(0));
                if (code == null) {
                    problems.problem(row.line(), rows.columnLabel(0), row.cell(0), "not a GUS unit code (7 or 12 digits)");
                    continue;
                }
                units.add(code);
                List<String> labels = new ArrayList<>();
                for (int i = 2; i < year; i++) {
                    labels.add(row.cell(i).strip());
                }
                String variable = String.join(" | ", labels);
                String m = measure < 0 ? "" : row.cell(measure).strip();
                variables.putIfAbsent(variable, m);
                String y = row.cell(year).strip();
                if (!YEAR.matcher(y).matches()) {
                    problems.problem(row.line(), rows.columnLabel(year), y, "not a year");
                    continue;
                }
                if (attribute >= 0 && !row.cell(attribute).isBlank()) {
                    attributes++;
                }
                value(row, row.cell(value), rows.columnLabel(value), code, row.cell(1).strip(), variable, m,
                        Integer.parseInt(y), null, problems, sink);
            }
            if (attributes > 0) {
                problems.warning(attributes + " values carry a BDL attribute (column Atrybut); it is not kept");
            }
            return new BdlTable(BdlLayout.XPIV, meta, "GUS BDL XPIV (sheets OPIS and DANE)", variables, units.size());
        }
    }

    private static BdlTable readAreaRegister(Path file, String name, long maxBytes, ReadResult problems,
                                             Consumer<BdlValue> sink) throws TabularException, IOException {
        Matcher date = AREA_DATE.matcher(name);
        Integer year = date.find() ? Integer.valueOf(date.group(3)) : null;
        try (RowSource rows = TabularReader.open(file, name, null, maxBytes)) {
            if (year == null) {
                problems.fileProblem("the area register's file name does not give its reference date "
                        + "(GUS names it …wg_stanu_na_DDMMYYYY…)");
                return new BdlTable(BdlLayout.AREA_REGISTER, BdlMetadata.of(AREA_REGISTER_ID), "GUS Wykaz powierzchni", Map.of(), 0);
            }
            List<String> header = rows.header();
            List<Column> columns = new ArrayList<>();
            Map<String, String> variables = new LinkedHashMap<>();
            for (int i = 2; i < header.size(); i++) {
                Matcher m = AREA_COLUMN.matcher(header.get(i).strip());
                if (key(header.get(i)).startsWith("powierzchnia") && m.matches()) {
                    String variable = m.group(1).toLowerCase(Locale.ROOT);
                    columns.add(new Column(i, variable, year, m.group(2)));
                    variables.putIfAbsent(variable + " [" + m.group(2) + "]", m.group(2));
                }
            }
            long units = readUnitRows(rows, name, columns, null, problems, sink);
            return new BdlTable(BdlLayout.AREA_REGISTER, BdlMetadata.of(AREA_REGISTER_ID),
                    "GUS Wykaz powierzchni, reference date " + date.group(1) + "." + date.group(2) + "." + year
                            + " (" + rows.description() + ")", variables, units);
        }
    }

    private static long readUnitRows(RowSource rows, String name, List<Column> columns, DecimalMark mark,
                                     ReadResult problems, Consumer<BdlValue> sink) throws TabularException {
        long units = 0;
        Row row;
        while ((row = rows.next()) != null) {
            if (unitRow(row, name, rows, columns, mark, problems, sink)) {
                units++;
            }
        }
        return units;
    }

    private static boolean unitRow(Row row, String name, RowSource rows, List<Column> columns, DecimalMark mark,
                                   ReadResult problems, Consumer<BdlValue> sink) {
        String code = BdlUnitCode.normalise(row.cell(0));
        if (code == null) {
            boolean hasValues = columns.stream().anyMatch(c -> !NumberParser.isNoData(row.cell(c.index())));
            if (hasValues) {
                problems.problem(row.line(), rows.columnLabel(0), row.cell(0), "not a GUS unit code (7 or 12 digits)");
            }
            return false; // GUS footnote lines below the table
        }
        String unitName = row.cell(1).strip();
        for (Column c : columns) {
            value(row, row.cell(c.index()), rows.columnLabel(c.index()), code, unitName, c.variable(), c.measure(),
                    c.year(), mark, problems, sink);
        }
        return true;
    }

    private static void value(Row row, String text, String column, String code, String unitName, String variable,
                              String measure, int year, DecimalMark mark, ReadResult problems, Consumer<BdlValue> sink) {
        NumberParser.Parsed p = NumberParser.parse(text.strip(), mark);
        if (!p.ok() && !p.noData()) {
            problems.problem(row.line(), column, text, p.error());
            return;
        }
        sink.accept(new BdlValue(row.line(), column, code, unitName, variable, measure, year, p.value()));
    }

    /** The OPIS sheet: "Kategoria:", "Grupa:", "Podgrupa:" each followed by a row with its note, the last update, dimensions. */
    static BdlMetadata readOpis(Path file, String name, long maxBytes) throws TabularException, IOException {
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, String> notes = new LinkedHashMap<>();
        try (RowSource rows = TabularReader.open(file, name, "OPIS", maxBytes)) {
            String last = null;
            List<String> cells = rows.header();
            Row row = null;
            do {
                if (row != null) {
                    cells = row.cells();
                }
                String label = cells.isEmpty() ? "" : key(cells.get(0));
                String text = cells.size() > 1 ? cells.get(1).strip() : "";
                if (!label.isEmpty()) {
                    last = label;
                    fields.put(label, text);
                } else if (last != null && !text.isEmpty() && !text.equals("-")) {
                    notes.merge(last, text, (a, b) -> a + " " + b);
                }
            } while ((row = rows.next()) != null);
        }
        return new BdlMetadata(subgroupId(name), fields.get("kategoria"), fields.get("grupa"), fields.get("podgrupa"),
                notes.get("podgrupa"), fields.get("dataostatniejaktualizacji"), fields.get("wymiary"));
    }

    private static String unbracket(String s) {
        Matcher m = MEASURE.matcher(s.strip());
        return m.matches() ? m.group(1).strip() : s.strip();
    }

    /** A header compared without case, diacritics, spaces and punctuation. */
    static String key(String s) {
        String n = Normalizer.normalize(s.strip().toLowerCase(Locale.ROOT).replace('ł', 'l'), Normalizer.Form.NFD);
        return n.replaceAll("\\p{M}", "").replaceAll("[^a-z0-9]", "");
    }
}
