package pl.miasto4.indicator.io;

import pl.miasto4.indicator.Period;
import pl.miasto4.tabular.NumberParser;
import pl.miasto4.tabular.Row;
import pl.miasto4.tabular.RowSource;
import pl.miasto4.tabular.TabularException;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads observations in long format: one row per unit × indicator × period with its value, and
 * optionally flags and source. Column names are recognised in English and Polish
 * (see {@link #COLUMNS}); every problem is reported with its line and column, and reading goes on
 * so the user sees all of them at once.
 */
public final class LongFileReader {

    enum Field { UNIT, INDICATOR, PERIOD, VALUE, FLAGS, SOURCE, SE, CI_LOW, CI_HIGH, UNRELIABLE, IGNORED }

    /** Accepted header names (compared without case, diacritics, spaces and underscores). */
    static final Map<String, Field> COLUMNS = new HashMap<>();

    static {
        for (String n : List.of("unitcode", "territorialunit", "teryt", "kod", "kodteryt", "ucode", "jednostkaterytorialna", "unit")) {
            COLUMNS.put(n, Field.UNIT);
        }
        for (String n : List.of("indicator", "indicatorcode", "icode", "wskaznik", "kodwskaznika")) {
            COLUMNS.put(n, Field.INDICATOR);
        }
        for (String n : List.of("period", "okres", "year", "rok", "time", "data", "date")) {
            COLUMNS.put(n, Field.PERIOD);
        }
        for (String n : List.of("value", "wartosc")) {
            COLUMNS.put(n, Field.VALUE);
        }
        for (String n : List.of("flags", "flag", "flagi", "status")) {
            COLUMNS.put(n, Field.FLAGS);
        }
        for (String n : List.of("source", "zrodlo", "sourcefile")) {
            COLUMNS.put(n, Field.SOURCE);
        }
        for (String n : List.of("se", "standarderror", "bladstandardowy", "blad")) {
            COLUMNS.put(n, Field.SE);
        }
        for (String n : List.of("cilow", "cilower", "lower", "przedzialod", "dolnagranica")) {
            COLUMNS.put(n, Field.CI_LOW);
        }
        for (String n : List.of("cihigh", "ciupper", "upper", "przedzialdo", "gornagranica")) {
            COLUMNS.put(n, Field.CI_HIGH);
        }
        for (String n : List.of("unreliable", "niepewny", "szacunekniepewny")) {
            COLUMNS.put(n, Field.UNRELIABLE);
        }
        for (String n : List.of("name", "nazwa", "unitname", "uname", "city", "miasto", "labelpl", "label", "opis",
                "unitofmeasure", "jednostkamiary", "measure")) {
            COLUMNS.put(n, Field.IGNORED);
        }
    }

    private final Catalogue catalogue;
    private final String defaultSource;
    /** Whether {@link Lookups} reuses the previous row's unit and indicator and keeps parsed flags. */
    private final boolean shortcuts;

    /** @param defaultSource the source recorded for rows without one (e.g. the file name); may be null */
    public LongFileReader(Catalogue catalogue, String defaultSource) {
        this(catalogue, defaultSource, true);
    }

    private LongFileReader(Catalogue catalogue, String defaultSource, boolean shortcuts) {
        this.catalogue = catalogue;
        this.defaultSource = defaultSource;
        this.shortcuts = shortcuts;
    }

    /**
     * A reader without the shortcuts of {@link Lookups}: every row looks its unit and indicator up
     * in the per-file maps and parses its flags. For tests and timings only, which compare it with
     * the ordinary reader: both must give the same records and result for every file.
     */
    static LongFileReader withoutShortcuts(Catalogue catalogue, String defaultSource) {
        return new LongFileReader(catalogue, defaultSource, false);
    }

    static String normalise(String header) {
        String s = Normalizer.normalize(header.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace("ł", "l");
        return s.replaceAll("[\\s_\\-.]", "");
    }

    /** Whether a header looks like long format (it has indicator, period and value columns). */
    public static boolean looksLong(List<String> header) {
        Set<Field> found = new java.util.HashSet<>();
        for (String h : header) {
            Field f = COLUMNS.get(normalise(h));
            if (f != null) {
                found.add(f);
            }
        }
        return found.containsAll(List.of(Field.INDICATOR, Field.PERIOD, Field.VALUE));
    }

    /**
     * Reads every row, passing each valid record to {@code sink}. The caller must discard what the
     * sink received if the result is {@link ReadResult#rejected()}.
     */
    public ReadResult read(RowSource rows, String fileName, Consumer<ObservationRecord> sink) {
        return read(rows, new ReadResult(fileName), sink);
    }

    /**
     * As {@link #read(RowSource, String, Consumer)}, into a result the caller holds, so that the sink
     * can see while reading whether a problem has been found (e.g. to stop writing rows that will be
     * discarded).
     */
    public ReadResult read(RowSource rows, ReadResult result, Consumer<ObservationRecord> sink) {
        result.description(rows.description());
        int[] index = mapColumns(rows, result);
        if (result.rejected()) {
            return result;
        }
        Lookups lookups = new Lookups();
        int width = rows.header().size();
        try {
            Row row;
            while ((row = rows.next()) != null) {
                result.countRow();
                readRow(rows, row, index, width, result, sink, lookups);
            }
        } catch (TabularException e) {
            result.fileProblem(e.getMessage());
        }
        if (result.rowsRead() == 0 && !result.rejected()) {
            result.fileProblem("the file has a header but no data rows");
        }
        return result;
    }

    private int[] mapColumns(RowSource rows, ReadResult result) {
        int[] index = new int[Field.values().length];
        java.util.Arrays.fill(index, -1);
        List<String> header = rows.header();
        // "unit" is the territorial unit only when no more specific column names it (GUS files use
        // "unit" for the unit of measure next to "kod").
        boolean specificUnit = header.stream().map(LongFileReader::normalise)
                .anyMatch(h -> COLUMNS.get(h) == Field.UNIT && !h.equals("unit"));
        for (int i = 0; i < header.size(); i++) {
            String h = normalise(header.get(i));
            Field f = COLUMNS.get(h);
            if (h.equals("unit") && specificUnit) {
                f = Field.IGNORED;
            }
            if (f == null) {
                result.warning("column '" + header.get(i) + "' is not used (long format reads unit, indicator, period, value, flags, source, se, ci_low, ci_high, unreliable)");
                continue;
            }
            if (f == Field.IGNORED) {
                continue;
            }
            if (index[f.ordinal()] >= 0) {
                result.problem(1, rows.columnLabel(i), header.get(i),
                        "two columns give the " + f.name().toLowerCase(Locale.ROOT) + " (also " + rows.columnLabel(index[f.ordinal()]) + ")");
            }
            index[f.ordinal()] = i;
        }
        for (Field required : List.of(Field.UNIT, Field.INDICATOR, Field.PERIOD, Field.VALUE)) {
            if (index[required.ordinal()] < 0) {
                result.problem(1, null, null, "missing column for the " + required.name().toLowerCase(Locale.ROOT)
                        + " (header: " + String.join(", ", header) + ")");
            }
        }
        return index;
    }

    /**
     * The catalogue's and {@link Period#parse}'s answers for one file, each asked once per distinct
     * text; the unit and indicator of the previous row are kept apart, as consecutive rows usually
     * repeat them, and flags are parsed once per text. Without {@link #shortcuts} only the maps of
     * units, indicators and periods are used.
     */
    private final class Lookups {
        private final Recent<Optional<String>> units = new Recent<>(catalogue::resolveUnit);
        private final Recent<Optional<Catalogue.IndicatorRule>> indicators = new Recent<>(catalogue::indicator);
        private final Map<String, Period.Result> periods = new HashMap<>();
        private final Map<String, ObservationFlags> flags = new HashMap<>();

        Optional<String> unit(String text) {
            return units.get(text);
        }

        Optional<Catalogue.IndicatorRule> indicator(String text) {
            return indicators.get(text);
        }

        Period.Result period(String text) {
            return periods.computeIfAbsent(text, Period::parse);
        }

        /** {@link ObservationFlags#parse}, null for unknown flags; the first texts are kept, a file has few. */
        ObservationFlags flags(String text) {
            if (!shortcuts) {
                return ObservationFlags.parse(text);
            }
            if (text.isEmpty()) {
                return ObservationFlags.NONE;
            }
            ObservationFlags f = flags.get(text);
            if (f == null && !flags.containsKey(text)) {
                f = ObservationFlags.parse(text);
                if (flags.size() < 4096) {
                    flags.put(text, f);
                }
            }
            return f;
        }
    }

    /** One lookup's answers by text; with {@link #shortcuts} the last text's answer is returned without the map. */
    private final class Recent<V> {
        private final Map<String, V> answers = new HashMap<>();
        private final java.util.function.Function<String, V> lookup;
        private String lastText;
        private V last;

        Recent(java.util.function.Function<String, V> lookup) {
            this.lookup = lookup;
        }

        V get(String text) {
            if (!shortcuts) {
                return answers.computeIfAbsent(text, lookup);
            }
            if (!text.equals(lastText)) {
                last = answers.computeIfAbsent(text, lookup);
                lastText = text;
            }
            return last;
        }
    }

    private void readRow(RowSource rows, Row row, int[] index, int width, ReadResult result, Consumer<ObservationRecord> sink,
                         Lookups lookups) {
        long line = row.line();
        if (row.cells().size() > width) {
            result.problem(line, null, null, "the row has " + row.cells().size() + " cells but the header has " + width
                    + " (a separator inside an unquoted value?)");
            return;
        }
        int problemsBefore = (int) result.problemCount();
        String unitText = row.cell(index[Field.UNIT.ordinal()]).strip();
        Optional<String> unit = lookups.unit(unitText);
        if (unitText.isEmpty()) {
            result.problem(line, rows.columnLabel(index[Field.UNIT.ordinal()]), unitText, "the unit is empty", "unit_empty");
        } else if (unit.isEmpty()) {
            result.problem(line, rows.columnLabel(index[Field.UNIT.ordinal()]), unitText, "unknown territorial unit", "unknown_unit");
        }
        String indicatorText = row.cell(index[Field.INDICATOR.ordinal()]).strip();
        Optional<Catalogue.IndicatorRule> indicator = lookups.indicator(indicatorText);
        if (indicator.isEmpty()) {
            result.problem(line, rows.columnLabel(index[Field.INDICATOR.ordinal()]), indicatorText,
                    indicatorText.isEmpty() ? "the indicator is empty" : "unknown indicator (not in the catalogue)",
                    indicatorText.isEmpty() ? "indicator_empty" : "unknown_indicator");
        }
        String periodText = row.cell(index[Field.PERIOD.ordinal()]);
        Period.Result period = lookups.period(periodText);
        if (!period.ok()) {
            result.problem(line, rows.columnLabel(index[Field.PERIOD.ordinal()]), periodText, "bad period: " + period.error(), "bad_period");
        }
        ObservationFlags flags = ObservationFlags.NONE;
        if (index[Field.FLAGS.ordinal()] >= 0) {
            String flagText = row.cell(index[Field.FLAGS.ordinal()]);
            flags = lookups.flags(flagText);
            if (flags == null) {
                result.problem(line, rows.columnLabel(index[Field.FLAGS.ordinal()]), flagText,
                        "unknown flag (use provisional, estimated, break_in_series, confidential or p, e, b, c)", "unknown_flag");
                flags = ObservationFlags.NONE;
            }
        }
        String valueText = row.cell(index[Field.VALUE.ordinal()]);
        NumberParser.Parsed parsed = NumberParser.parse(valueText, rows.decimalMark());
        BigDecimal value = parsed.value();
        if (parsed.noData() && !flags.confidential()) {
            if (result.problemCount() == problemsBefore) {
                result.countNoData();
            }
            return;
        }
        if (parsed.error() != null) {
            result.problem(line, rows.columnLabel(index[Field.VALUE.ordinal()]), valueText, parsed.error(),
                    parsed.errorKey(), parsed.errorArgs());
        } else if (value != null && indicator.isPresent()) {
            Catalogue.IndicatorRule rule = indicator.get();
            if (rule.min() != null && value.compareTo(rule.min()) < 0) {
                result.problem(line, rows.columnLabel(index[Field.VALUE.ordinal()]), valueText,
                        "value out of range: below the minimum " + rule.min().toPlainString() + " for " + rule.code(),
                        "below_minimum", rule.min(), rule.code());
            } else if (rule.max() != null && value.compareTo(rule.max()) > 0) {
                result.problem(line, rows.columnLabel(index[Field.VALUE.ordinal()]), valueText,
                        "value out of range: above the maximum " + rule.max().toPlainString() + " for " + rule.code(),
                        "above_maximum", rule.max(), rule.code());
            }
        }
        BigDecimal se = uncertainty(rows, row, index, Field.SE, result);
        BigDecimal ciLow = uncertainty(rows, row, index, Field.CI_LOW, result);
        BigDecimal ciHigh = uncertainty(rows, row, index, Field.CI_HIGH, result);
        if (se != null && se.signum() < 0) {
            result.problem(line, rows.columnLabel(index[Field.SE.ordinal()]), se.toPlainString(),
                    "the standard error is negative");
        }
        if ((ciLow == null) != (ciHigh == null)) {
            Field missing = ciLow == null ? Field.CI_LOW : Field.CI_HIGH;
            result.problem(line, index[missing.ordinal()] >= 0 ? rows.columnLabel(index[missing.ordinal()]) : null, "",
                    "the confidence interval needs both ends (ci_low and ci_high)");
        } else if (ciLow != null && value != null && (ciLow.compareTo(value) > 0 || ciHigh.compareTo(value) < 0)) {
            result.problem(line, rows.columnLabel(index[Field.CI_LOW.ordinal()]), ciLow.toPlainString() + " – "
                    + ciHigh.toPlainString(), "the confidence interval does not contain the value " + value.toPlainString());
        }
        boolean unreliable = false;
        if (index[Field.UNRELIABLE.ordinal()] >= 0) {
            String text = row.cell(index[Field.UNRELIABLE.ordinal()]).strip().toLowerCase(Locale.ROOT);
            switch (text) {
                case "", "0", "false", "no", "nie", "n" -> unreliable = false;
                case "1", "true", "yes", "tak", "t", "y" -> unreliable = true;
                default -> result.problem(line, rows.columnLabel(index[Field.UNRELIABLE.ordinal()]), text,
                        "unknown value for 'unreliable' (use true/false, tak/nie, 1/0)");
            }
        }
        if (result.problemCount() > problemsBefore) {
            return;
        }
        String source = index[Field.SOURCE.ordinal()] >= 0 ? row.cell(index[Field.SOURCE.ordinal()]).strip() : "";
        if (source.isEmpty()) {
            source = defaultSource;
        }
        result.countRecord();
        sink.accept(new ObservationRecord(line, unit.get(), indicator.get().code(), period.period(), value, flags, source,
                se, ciLow, ciHigh, unreliable));
    }

    /** An optional number of the uncertainty columns: null when the column is absent or empty. */
    private static BigDecimal uncertainty(RowSource rows, Row row, int[] index, Field field, ReadResult result) {
        int i = index[field.ordinal()];
        if (i < 0) {
            return null;
        }
        String text = row.cell(i);
        NumberParser.Parsed parsed = NumberParser.parse(text, rows.decimalMark());
        if (parsed.noData()) {
            return null;
        }
        if (parsed.error() != null) {
            result.problem(row.line(), rows.columnLabel(i), text, parsed.error());
            return null;
        }
        return parsed.value();
    }

    /** Header names this reader understands, for help texts. */
    public static List<String> knownColumns() {
        return new ArrayList<>(COLUMNS.keySet());
    }
}
