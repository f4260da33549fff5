package pl.miasto4.indicator.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.miasto4.tabular.RowSource;
import pl.miasto4.tabular.TabularReader;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class LongFileReaderTest {
    @TempDir
    Path dir;

    /** Kraków and Warszawa with their BDL alias codes; population (≥ 0) and unemployment (0–100). */
    static final Catalogue CATALOGUE = new Catalogue() {
        final Map<String, String> units = Map.of("1261011", "1261011", "1261000", "1261011", "Kraków", "1261011",
                "1465011", "1465011", "1465000", "1465011");

        @Override
        public Optional<String> resolveUnit(String codeOrName) {
            return Optional.ofNullable(units.get(codeOrName));
        }

        @Override
        public Optional<IndicatorRule> indicator(String code) {
            return switch (code) {
                case "population_total" -> Optional.of(new IndicatorRule(code, BigDecimal.ZERO, null));
                case "unemployment_rate_registered" -> Optional.of(new IndicatorRule(code, BigDecimal.ZERO, new BigDecimal(100)));
                default -> Optional.empty();
            };
        }
    };

    private ReadResult read(String name, String text, Charset cs, List<ObservationRecord> out) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, text.getBytes(cs));
        try (RowSource rows = TabularReader.open(p, name)) {
            return new LongFileReader(CATALOGUE, "file " + name).read(rows, name, out::add);
        }
    }

    @Test
    void readsThePolishGusLayoutWithAliasesNamesFlagsAndNoData() throws Exception {
        String text = """
                kod;nazwa;wskaźnik;rok;wartość;jednostka;flagi;źródło
                1261000;Kraków;population_total;2023;804 237;osoba;;GUS BDL P2137
                Kraków;Kraków;unemployment_rate_registered;2024;2,0;%;p;
                1465000;Warszawa;unemployment_rate_registered;2024;-;%;;
                1465011;Warszawa;population_total;2023;;osoba;c;GUS
                """;
        List<ObservationRecord> out = new ArrayList<>();
        ReadResult r = read("gus.csv", text, Charset.forName("windows-1250"), out);
        assertThat(r.problems()).isEmpty();
        assertThat(r.rowsRead()).isEqualTo(4);
        assertThat(r.skippedNoData()).isEqualTo(1);
        assertThat(out).hasSize(3);
        ObservationRecord a = out.get(0);
        assertThat(a.unitCode()).isEqualTo("1261011");
        assertThat(a.value()).isEqualByComparingTo("804237");
        assertThat(a.source()).isEqualTo("GUS BDL P2137");
        assertThat(a.line()).isEqualTo(2);
        ObservationRecord b = out.get(1);
        assertThat(b.value()).isEqualByComparingTo("2.0");
        assertThat(b.flags().provisional()).isTrue();
        assertThat(b.source()).isEqualTo("file gus.csv");
        ObservationRecord c = out.get(2);
        assertThat(c.flags().confidential()).isTrue();
        assertThat(c.value()).isNull();
    }

    @Test
    void everyProblemIsReportedWithLineColumnValueAndReason() throws Exception {
        String text = """
                unit,indicator,period,value,flags
                1261011,population_total,2023,800000,
                9999999,population_total,2023,1,
                1261011,no_such_indicator,2023,1,
                1261011,population_total,20x3,1,
                1261011,unemployment_rate_registered,2023,3,5,
                1261011,unemployment_rate_registered,2023,101,
                1261011,population_total,2022,-1,
                1261011,population_total,2021,5,zz
                """;
        List<ObservationRecord> out = new ArrayList<>();
        ReadResult r = read("bad.csv", text, Charset.forName("UTF-8"), out);
        assertThat(r.rejected()).isTrue();
        assertThat(r.problems()).extracting(ImportProblem::toString).containsExactly(
                "bad.csv: line 3, unit (column 1), value '9999999': unknown territorial unit",
                "bad.csv: line 4, indicator (column 2), value 'no_such_indicator': unknown indicator (not in the catalogue)",
                "bad.csv: line 5, period (column 3), value '20x3': bad period: not a period: '20x3' (expected 2023, 2023-Q2, 2023-05 or 2023-05-17)",
                "bad.csv: line 6: the row has 6 cells but the header has 5 (a separator inside an unquoted value?)",
                "bad.csv: line 7, value (column 4), value '101': value out of range: above the maximum 100 for unemployment_rate_registered",
                "bad.csv: line 8, value (column 4), value '-1': value out of range: below the minimum 0 for population_total",
                "bad.csv: line 9, flags (column 5), value 'zz': unknown flag (use provisional, estimated, break_in_series, confidential or p, e, b, c)");
    }

    @Test
    void missingColumnsAndEmptyBodies() throws Exception {
        ReadResult noValue = read("x.csv", "unit,indicator,year\n1261011,population_total,2023\n", Charset.forName("UTF-8"), new ArrayList<>());
        assertThat(noValue.problems()).extracting(ImportProblem::reason).anyMatch(s -> s.startsWith("missing column for the value"));
        ReadResult headerOnly = read("h.csv", "unit,indicator,period,value\n", Charset.forName("UTF-8"), new ArrayList<>());
        assertThat(headerOnly.problems()).extracting(ImportProblem::reason).containsExactly("the file has a header but no data rows");
    }

    @Test
    void looksLongOnlyWithIndicatorPeriodAndValue() {
        assertThat(LongFileReader.looksLong(List.of("kod", "wskaźnik", "rok", "wartość"))).isTrue();
        assertThat(LongFileReader.looksLong(List.of("uCode", "uName", "LPI", "Flights"))).isFalse();
    }
}
