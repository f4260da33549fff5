package pl.miasto4.tabular;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** OWASP's CSV-injection rule: the six risky first characters neutralised, numbers untouched. */
class SafeCellsTest {
    @Test
    void riskyFirstCharactersGetAQuote() {
        assertThat(SafeCells.text("=HYPERLINK(\"http://x\",\"y\")")).isEqualTo("'=HYPERLINK(\"http://x\",\"y\")");
        assertThat(SafeCells.text("+cmd|' /C calc'!A0")).isEqualTo("'+cmd|' /C calc'!A0");
        assertThat(SafeCells.text("-2+3+cmd|' /C calc'!A0")).isEqualTo("'-2+3+cmd|' /C calc'!A0");
        assertThat(SafeCells.text("@SUM(A1:A2)")).isEqualTo("'@SUM(A1:A2)");
        assertThat(SafeCells.text("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(SafeCells.text("\r=1+1")).isEqualTo("'\r=1+1");
        assertThat(SafeCells.text("-")).isEqualTo("'-");
    }

    @Test
    void numbersAndOrdinaryTextStayAsTheyAre() {
        for (String s : new String[] {"-3.5", "-3,5", "+7", "-0.000001", "-1e-5", "+2.5E10", "-12%", "-.5", "Kraków", "", "1=1",
                "a@b.pl", "NA"}) {
            assertThat(SafeCells.text(s)).as(s).isEqualTo(s);
        }
        assertThat(SafeCells.text(null)).isNull();
        assertThat(SafeCells.row("=1+1", new BigDecimal("-3.5"), -2, "ok")).containsExactly("'=1+1", new BigDecimal("-3.5"), -2, "ok");
        assertThat(SafeCells.row(java.util.List.of("-x", "-1"))).containsExactly("'-x", "-1");
    }
}
