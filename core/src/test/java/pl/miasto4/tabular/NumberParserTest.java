package pl.miasto4.tabular;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NumberParserTest {

    @ParameterizedTest(name = "[{1}] {0} = {2}")
    @CsvSource(delimiter = '|', value = {
            "3,5|COMMA|3.5", "1 234,5|COMMA|1234.5", "1\u00A0234\u00A0567,25|COMMA|1234567.25", "1\u202F234|COMMA|1234",
            "1.234,5|COMMA|1234.5", "1.234.567|COMMA|1234567", "-12,0|COMMA|-12.0", "\u221212,5|COMMA|-12.5", "12,5%|COMMA|12.5",
            "0,001|COMMA|0.001", "+7|COMMA|7",
            "3.5|DOT|3.5", "1,234.5|DOT|1234.5", "1 234.5|DOT|1234.5", "1.5E3|DOT|1.5E3", "761873|DOT|761873",
            "1'234.5|DOT|1234.5"})
    void parsesExactly(String text, DecimalMark mark, String expected) {
        NumberParser.Parsed p = NumberParser.parse(text, mark);
        assertThat(p.error()).isNull();
        assertThat(p.value()).isEqualByComparingTo(new BigDecimal(expected));
    }

    @Test
    void keepsEveryDigit() {
        assertThat(NumberParser.parse("0,1", DecimalMark.COMMA).value()).isEqualTo(new BigDecimal("0.1"));
        assertThat(NumberParser.parse("123456789012345678,123456789", DecimalMark.COMMA).value())
                .isEqualTo(new BigDecimal("123456789012345678.123456789"));
    }

    @ParameterizedTest(name = "[{1}] {0}")
    @CsvSource(delimiter = '|', value = {
            "3,5|DOT|decimal comma", "3.5|COMMA|decimal dot", "1 23|COMMA|not a number", "12 3456|DOT|not a number",
            "1,2,3|COMMA|more than one decimal mark", "abc|DOT|not a number", "#DIV/0!|DOT|spreadsheet error",
            "1.2.3,4,5|COMMA|more than one", "--5|DOT|not a number", "5-|DOT|not a number"})
    void refusesWithAReason(String text, DecimalMark mark, String reason) {
        NumberParser.Parsed p = NumberParser.parse(text, mark);
        assertThat(p.ok()).isFalse();
        assertThat(p.noData()).isFalse();
        assertThat(p.error()).contains(reason);
    }

    @Test
    void gusNoDataMarksAreNotZero() {
        for (String s : List.of("", " ", "-", "–", ".", "x", "NA", "brak danych", "b.d.")) {
            NumberParser.Parsed p = NumberParser.parse(s, DecimalMark.COMMA);
            assertThat(p.noData()).as(s).isTrue();
            assertThat(p.value()).isNull();
        }
    }

    @Test
    void perCellModeForWorkbooks() {
        assertThat(NumberParser.parse("3,5", null).value()).isEqualByComparingTo("3.5");
        assertThat(NumberParser.parse("3.5", null).value()).isEqualByComparingTo("3.5");
    }

    @Test
    void guessesTheFilesDecimalMark() {
        assertThat(NumberParser.guess(List.of("12,5", "3,25", "100"))).isEqualTo(DecimalMark.COMMA);
        assertThat(NumberParser.guess(List.of("12.5", "3.25", "100"))).isEqualTo(DecimalMark.DOT);
        assertThat(NumberParser.guess(List.of("1.234,5"))).isEqualTo(DecimalMark.COMMA);
        assertThat(NumberParser.guess(List.of("1,234.5"))).isEqualTo(DecimalMark.DOT);
        // text cells (a source citation with commas and dots) do not vote
        assertThat(NumberParser.guess(List.of("GUS, BDL (file WYNA_2497.xlsx)", "GUS, Wykaz (v1.2)", "3,5"))).isEqualTo(DecimalMark.COMMA);
        // "1.234" alone could be either: no guess, the caller falls back on the separator.
        assertThat(NumberParser.guess(List.of("1.234", "2.345"))).isNull();
    }
}
