package pl.miasto4.indicator.io;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.miasto4.tabular.RowSource;
import pl.miasto4.tabular.TabularException;
import pl.miasto4.tabular.TabularReader;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link LongFileReader#read} with its shortcuts (the previous row's unit and indicator reused,
 * flags parsed once per text) gives exactly what it gives without them
 * ({@link LongFileReader#withoutShortcuts}), both over {@link TabularReader#open}: the same records,
 * in the same order, with the same values (and scales), and the same result: rows, records, no-data
 * rows, problems with their line, column, value and reason, counts by reason, warnings and
 * description. (The number parser's fast path is compared with its general code in
 * {@link pl.miasto4.tabular.NumberParserEquivalenceTest}.) Random files mix English and Polish headers, column orders,
 * unknown and duplicate columns, aliases, names, unknown and padded codes, every period spelling,
 * decimal commas and dots, grouped thousands, percent signs, no-data marks, flags, sources, short
 * and long rows, quoted fields, separators and encodings.
 */
@Tag("sweep")
class LongFileReaderEquivalenceTest {

    @TempDir
    Path dir;

    /** Units by code, alias and name; indicators with and without limits. */
    static final Catalogue CATALOGUE = new Catalogue() {
        final Map<String, String> units = Map.of("1261011", "1261011", "1261000", "1261011", "Kraków", "1261011",
                "1465011", "1465011", "1465000", "1465011", "Warszawa", "1465011", "SYN00001", "SYN00001");

        @Override
        public Optional<String> resolveUnit(String codeOrName) {
            return Optional.ofNullable(units.get(codeOrName));
        }

        @Override
        public Optional<IndicatorRule> indicator(String code) {
            return switch (code) {
                case "population_total" -> Optional.of(new IndicatorRule(code, BigDecimal.ZERO, null));
                case "unemployment_rate_registered" -> Optional.of(new IndicatorRule(code, BigDecimal.ZERO, new BigDecimal(100)));
                case "budget_balance" -> Optional.of(new IndicatorRule(code, null, null));
                case "share" -> Optional.of(new IndicatorRule(code, null, new BigDecimal("1.5")));
                default -> Optional.empty();
            };
        }
    };

    static final List<List<String>> HEADER_NAMES = List.of(
            List.of("unit", "indicator", "period", "value", "flags", "source"),
            List.of("kod", "wskaźnik", "rok", "wartość", "flagi", "źródło"),
            List.of("Kod TERYT", "Kod_wskaźnika", "Okres", "Wartosc", "Status", "Source file"),
            List.of("uCode", "iCode", "Time", "VALUE", "flag", "zrodlo"));
    static final String[] UNITS = {"1261011", "1261000", "Kraków", "1465011", "1465000", "Warszawa", " 1261011 ", "9999999",
            "", "kraków", "SYN00001", "\"1465011\""};
    static final String[] INDICATORS = {"population_total", "unemployment_rate_registered", "budget_balance", "share",
            " share", "no_such", "", "Population_total"};
    static final String[] PERIODS = {"2023", "2024", "2023-Q2", "2023Q3", "II kw. 2023", "4 kwartał 2022", "2023-05", "05.2023",
            "2023-05-17", "17.05.2023", "2023.0", " 2023 ", "20x3", "1700", "2023-02-30", "", "2023-13", "31.02.2023"};
    static final String[] FLAGS = {"", "", "", "p", "e", "pe", "provisional", "c", "zz", " p ", "e,b", "wstępne", "p x",
            "break_in_series/estimated"};
    static final String[] SOURCES = {"", "", "GUS BDL P2137", " GUS ", "Eurostat; table x"};
    static final String[] NO_DATA = {"", "-", "–", ".", "x", "NA", "brak danych", "b.d.", ":", "  "};

    record Outcome(String failure, String description, long rows, long records, long noData, long problemCount,
                   List<ImportProblem> problems, List<Map.Entry<String, Long>> byReason, List<String> warnings,
                   List<ObservationRecord> sunk) {
    }

    static Outcome read(Path file, boolean reference) {
        List<ObservationRecord> sunk = new ArrayList<>();
        RowSource rows;
        try {
            rows = TabularReader.open(file, "x.csv");
        } catch (TabularException e) {
            return new Outcome(e.getMessage(), null, 0, 0, 0, 0, List.of(), List.of(), List.of(), List.of());
        }
        try (rows) {
            ReadResult r = reference
                    ? LongFileReader.withoutShortcuts(CATALOGUE, "file x.csv").read(rows, "x.csv", sunk::add)
                    : new LongFileReader(CATALOGUE, "file x.csv").read(rows, "x.csv", sunk::add);
            return new Outcome(null, r.description(), r.rowsRead(), r.records(), r.skippedNoData(), r.problemCount(),
                    r.problems(), new ArrayList<>(r.problemsByReason().entrySet()), r.warnings(), sunk);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    static String cell(Random rnd, String text, char sep) {
        boolean mustQuote = text.indexOf(sep) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        if (mustQuote || rnd.nextInt(12) == 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    /** @param kinds 10 for values offices write (and no-data marks), 20 for anything */
    static String value(Random rnd, boolean comma, int kinds) {
        int k = rnd.nextInt(kinds);
        if (k < 8) {
            // what offices write: plain, with a decimal mark of the file's kind, grouped by spaces
            long v = rnd.nextInt(3) == 0 ? rnd.nextInt(100) : rnd.nextLong() % 10_000_000;
            String s = Long.toString(v);
            if (rnd.nextBoolean()) {
                s += (comma ? "," : ".") + String.format("%02d", rnd.nextInt(100));
            }
            return s;
        }
        if (k < 10) {
            String s = String.format(java.util.Locale.ROOT, "%,d", rnd.nextInt(10_000_000));
            s = s.replace(",", List.of(" ", "\u00A0", comma ? "." : ",").get(rnd.nextInt(3)));
            return s + (rnd.nextBoolean() ? (comma ? ",5" : ".5") : "");
        }
        if (k < 12) {
            return NO_DATA[rnd.nextInt(NO_DATA.length)];
        }
        return pl.miasto4.tabular.NumberParserEquivalenceTest.randomNumberText(rnd);
    }

    static String randomFile(Random rnd, char sep, int rowCount) {
        boolean comma = sep == ';' ? rnd.nextInt(5) > 0 : rnd.nextInt(5) == 0;
        List<String> names = new ArrayList<>(HEADER_NAMES.get(rnd.nextInt(HEADER_NAMES.size())));
        int columns = 4 + rnd.nextInt(3); // without flags and source sometimes
        List<Integer> fields = new ArrayList<>();
        for (int i = 0; i < columns; i++) {
            fields.add(i);
        }
        if (rnd.nextInt(4) == 0) {
            fields.add(7); // an ignored column (a name)
        }
        if (rnd.nextInt(6) == 0) {
            fields.add(8); // an unknown column: a warning
        }
        if (rnd.nextInt(30) == 0) {
            fields.add(rnd.nextInt(4)); // the same column twice: a problem
        }
        if (rnd.nextInt(30) == 0) {
            fields.remove(Integer.valueOf(rnd.nextInt(4))); // a required column missing
        }
        java.util.Collections.shuffle(fields, rnd);
        StringBuilder sb = new StringBuilder();
        String eol = rnd.nextInt(3) == 0 ? "\r\n" : "\n";
        for (int i = 0; i < fields.size(); i++) {
            int f = fields.get(i);
            sb.append(i > 0 ? String.valueOf(sep) : "").append(f < 6 ? names.get(f) : f == 7 ? "nazwa" : "uwagi");
        }
        sb.append(eol);
        String unit = UNITS[0];
        String indicator = INDICATORS[0];
        for (int r = 0; r < rowCount; r++) {
            // consecutive rows usually repeat the unit and indicator; most rows are right
            boolean clean = rnd.nextInt(10) < 8;
            if (rnd.nextInt(5) == 0) {
                unit = UNITS[rnd.nextInt(clean ? 6 : UNITS.length)];
            }
            if (rnd.nextInt(4) == 0) {
                indicator = INDICATORS[rnd.nextInt(clean ? 4 : INDICATORS.length)];
            }
            if (rnd.nextInt(40) == 0) {
                sb.append(eol); // an empty line
            }
            int cells = rnd.nextInt(30) == 0 ? rnd.nextInt(fields.size() + 3) : fields.size();
            for (int i = 0; i < cells; i++) {
                int f = i < fields.size() ? fields.get(i) : 9;
                String text = switch (f) {
                    case 0 -> unit;
                    case 1 -> indicator;
                    case 2 -> PERIODS[rnd.nextInt(clean ? 3 : PERIODS.length)];
                    case 3 -> clean ? value(rnd, comma, 10) : value(rnd, comma, 20);
                    case 4 -> FLAGS[rnd.nextInt(clean ? 8 : FLAGS.length)];
                    case 5 -> SOURCES[rnd.nextInt(SOURCES.length)];
                    case 7 -> rnd.nextBoolean() ? "Kraków" : "Warszawa, miasto";
                    default -> rnd.nextBoolean() ? "" : "extra";
                };
                sb.append(i > 0 ? String.valueOf(sep) : "").append(cell(rnd, text, sep));
            }
            sb.append(eol);
        }
        return sb.toString();
    }

    private void assertSameOutcome(String text, Charset cs, String what) throws Exception {
        Path p = dir.resolve("x.csv");
        Files.write(p, text.getBytes(cs));
        Outcome expected = read(p, true);
        Outcome actual = read(p, false);
        assertThat(actual).as(what).isEqualTo(expected);
    }

    @Test
    void randomFilesReadAsBefore() throws Exception {
        Random rnd = new Random(2026);
        char[] separators = {',', ';', ';', '\t'};
        long records = 0;
        long problems = 0;
        java.util.Set<String> reasons = new java.util.TreeSet<>();
        for (int i = 0; i < 600; i++) {
            char sep = separators[rnd.nextInt(separators.length)];
            String text = randomFile(rnd, sep, 1 + rnd.nextInt(i % 50 == 0 ? 20_000 : 60));
            Charset cs = rnd.nextInt(3) == 0 ? Charset.forName("windows-1250") : StandardCharsets.UTF_8;
            Path p = dir.resolve("x.csv");
            Files.write(p, text.getBytes(cs));
            Outcome expected = read(p, true);
            Outcome actual = read(p, false);
            assertThat(actual).as("file %d (%s, '%s'):%n%s", i, cs, sep, text.length() > 3000 ? text.substring(0, 3000) : text)
                    .isEqualTo(expected);
            records += expected.records();
            problems += expected.problemCount();
            expected.byReason().forEach(e -> reasons.add(e.getKey()));
        }
        // the files exercise both accepted records and every kind of problem
        assertThat(records).isGreaterThan(20_000);
        assertThat(problems).isGreaterThan(5_000);
        for (String kind : List.of("unknown territorial unit", "the unit is empty", "unknown indicator", "the indicator is empty",
                "bad period: not a period", "bad period: not a real date", "bad period: year", "value out of range: below",
                "value out of range: above", "unknown flag", "the row has", "uses a decimal", "not a number", "more than one decimal",
                "two columns give", "missing column", "spreadsheet error")) {
            assertThat(reasons).as(kind).anyMatch(r -> r.startsWith(kind) || r.contains(kind));
        }
    }

    @Test
    void theBenchmarkFileReadsAsBefore() throws Exception {
        StringBuilder sb = new StringBuilder("unit,indicator,period,value\n");
        Random rnd = new Random(5);
        for (int u = 0; u < 250; u++) {
            for (int ind = 0; ind < 4; ind++) {
                for (int y = 2001; y <= 2020; y++) {
                    long cents = rnd.nextInt(10_000_000);
                    sb.append("SYN00001,").append(List.of("population_total", "unemployment_rate_registered", "budget_balance",
                            "share").get(ind)).append(',').append(y).append(',').append(cents / 100).append('.')
                            .append(String.format("%02d", cents % 100)).append('\n');
                }
            }
        }
        assertSameOutcome(sb.toString(), StandardCharsets.UTF_8, "benchmark-like file");
    }

    @Test
    void handPickedFilesReadAsBefore() throws Exception {
        String[] files = {
                "unit,indicator,period,value,flags\n1261011,population_total,2023,800000,\n9999999,population_total,2023,1,\n"
                        + "1261011,no_such_indicator,2023,1,\n1261011,population_total,20x3,1,\n1261011,unemployment_rate_registered,2023,3,5,\n"
                        + "1261011,unemployment_rate_registered,2023,101,\n1261011,population_total,2022,-1,\n1261011,population_total,2021,5,zz\n",
                "kod;nazwa;wskaźnik;rok;wartość;jednostka;flagi;źródło\n1261000;Kraków;population_total;2023;804 237;osoba;;GUS BDL P2137\n"
                        + "Kraków;Kraków;unemployment_rate_registered;2024;2,0;%;p;\n1465000;Warszawa;unemployment_rate_registered;2024;-;%;;\n"
                        + "1465011;Warszawa;population_total;2023;;osoba;c;GUS\n",
                "unit,indicator,year\n1261011,population_total,2023\n", "unit,indicator,period,value\n",
                "unit,indicator,period,value\n1261011,population_total,2023,\"1,5\"\n\"1261011\",\"population_total\",\"2024\",\"7\"\n",
                "unit,indicator,period,value\n1261011,population_total,2023,\"5\"x\n1261011,population_total,2024,6\n",
                "kod;unit;wskaźnik;rok;wartość\n1261011;osoba;population_total;2023;5\n",
        };
        for (String f : files) {
            assertSameOutcome(f, StandardCharsets.UTF_8, f);
            assertSameOutcome(f.replace("\n", "\r\n"), Charset.forName("windows-1250"), "CRLF " + f);
        }
    }
}
