package pl.miasto4.indicator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "2023, 2023", " 2023 , 2023", "2023.0, 2023",
            "2023-Q2, 2023-Q2", "2023Q4, 2023-Q4", "2023 q1, 2023-Q1", "II kw. 2023, 2023-Q2", "IV kwartał 2022, 2022-Q4",
            "2023-05, 2023-05", "2023-5, 2023-05", "05.2023, 2023-05", "5/2023, 2023-05",
            "2023-05-17, 2023-05-17", "17.05.2023, 2023-05-17", "1.2.2024, 2024-02-01"})
    void parsesWhatOfficesWrite(String text, String canonical) {
        Period.Result r = Period.parse(text);
        assertThat(r.ok()).as(r.error()).isTrue();
        assertThat(r.period().toString()).isEqualTo(canonical);
    }

    @ParameterizedTest
    @CsvSource({"20x0", "2023-13", "2023-02-30", "31.02.2023", "Q5 2023", "1799", "2201", "'', ", "2023-Q0", "abc"})
    void refusesWithAReason(String text) {
        Period.Result r = Period.parse(text);
        assertThat(r.ok()).isFalse();
        assertThat(r.error()).isNotBlank();
    }

    @Test
    void startAndEndOfEachKind() {
        assertThat(Period.parse("2024").period().start()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(Period.parse("2024").period().end()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(Period.parse("2024-Q1").period().end()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(Period.parse("2024-Q4").period().start()).isEqualTo(LocalDate.of(2024, 10, 1));
        assertThat(Period.parse("2024-02").period().end()).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void midYearPlacesPeriodsOnOneTimeAxis() {
        // A year's middle is half-way through it: 2023 + 0.5.
        assertThat(Period.parse("2023").period().midYear()).isEqualTo(2023.5);
        // January 2024 (31 days of a 366-day year): 2024 + 15.5/366.
        assertThat(Period.parse("2024-01").period().midYear()).isCloseTo(2024 + 15.5 / 366, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(Period.parse("2023-Q1").period()).isLessThan(Period.parse("2023-Q2").period());
    }

    /** The canonical form by String.format with ASCII digits (Locale.ROOT). */
    private static String byFormat(Period p) {
        java.util.Locale r = java.util.Locale.ROOT;
        return switch (p.kind()) {
            case YEAR -> String.format(r, "%04d", p.year());
            case QUARTER -> String.format(r, "%04d-Q%d", p.year(), p.part());
            case MONTH -> String.format(r, "%04d-%02d", p.year(), p.part());
            case DAY -> String.format(r, "%04d-%02d-%02d", p.year(), p.part(), p.day());
        };
    }

    @Test
    void writesTheCanonicalFormInAsciiDigitsWhateverTheDefaultLocale() {
        java.util.Locale saved = java.util.Locale.getDefault(java.util.Locale.Category.FORMAT);
        int[] years = {Integer.MIN_VALUE, -10000, -1, 0, 5, 42, 999, 1000, 1800, 2023, 2200, 9999, 10000, 99999, Integer.MAX_VALUE};
        int[] parts = {Integer.MIN_VALUE, -1, 0, 1, 4, 9, 10, 12, 13, 99, 100, 1000};
        try {
            for (String tag : new String[]{saved.toLanguageTag(), "und", "pl-PL", "en-US", "ar-EG", "th-TH-u-nu-thai",
                    "hi-IN-u-nu-deva", "fa-IR", "pl-PL"}) {
                java.util.Locale.setDefault(java.util.Locale.Category.FORMAT, java.util.Locale.forLanguageTag(tag));
                for (Period.Kind kind : Period.Kind.values()) {
                    for (int y : years) {
                        for (int part : parts) {
                            for (int day : parts) {
                                Period p = new Period(kind, y, part, day);
                                assertThat(p.toString()).as("%s in %s", p, tag).isEqualTo(byFormat(p));
                            }
                        }
                    }
                }
            }
        } finally {
            java.util.Locale.setDefault(java.util.Locale.Category.FORMAT, saved);
        }
        assertThat(Period.quarter(2023, 2).toString()).isEqualTo("2023-Q2");
        assertThat(Period.day(LocalDate.of(2023, 5, 7)).toString()).isEqualTo("2023-05-07");
    }
}
