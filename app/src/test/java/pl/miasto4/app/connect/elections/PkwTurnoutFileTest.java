package pl.miasto4.app.connect.elections;

import org.junit.jupiter.api.Test;

import pl.miasto4.app.connect.load.ConnectMessages;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.io.StringReader;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading PKW's results files: the columns by PKW's names, a byte-order mark, and every bad row said where. */
class PkwTurnoutFileTest {

    @Test
    void readsTheColumnsTurnoutNeedsBehindAByteOrderMark() throws IOException {
        // the header and Kraków's row of PKW's 2025 second-round file, shortened to the columns read
        String file = "\uFEFF\"TERYT Gminy\";\"Gmina\";\"Powiat\";\"Liczba wyborców uprawnionych do głosowania\";\"Liczba kart ważnych\"\n"
                + "126101;\"Kraków\";\"Kraków\";626893;499716\n"
                + "20101;\"m. Bolesławiec\";\"bolesławiecki\";27615;18847\n"
                + ";\"Irak\";\"zagranica\";;\n";
        PkwTurnoutFile.Read read = PkwTurnoutFile.read(new StringReader(file), "r2.csv");
        assertThat(read.problems()).isEmpty();
        assertThat(read.empty()).isEqualTo(1);
        assertThat(read.rows()).extracting(PkwTurnoutFile.Row::teryt).containsExactly("126101", "020101");
        assertThat(read.rows().get(0).eligible()).isEqualTo(626_893);
        assertThat(read.rows().get(0).validCards()).isEqualTo(499_716);
    }

    @Test
    void refusesAFileWithoutPkwsColumnsAndRowsThatCannotBe() throws IOException {
        assertThat(english(PkwTurnoutFile.read(new StringReader("kod;frekwencja\n126101;73.77\n"), "x.csv")))
                .containsExactly("x.csv: line 1: not a PKW results file: it needs the columns TERYT Gminy (or Kod TERYT), "
                        + "Liczba wyborców uprawnionych do głosowania and Liczba kart ważnych");
        String file = "teryt;uprawnieni;kartyWazne\n126101;1000;1001\n126101;-5;1\n126101;1000\n";
        PkwTurnoutFile.Read read = PkwTurnoutFile.read(new StringReader(file), "s.csv");
        assertThat(polish(read).get(0)).isEqualTo(
                "s.csv: wiersz 2, kartyWazne: kart ważnych (1\u00a0001) jest więcej niż uprawnionych do głosowania (1\u00a0000)");
        assertThat(english(read)).containsExactly(
                "s.csv: line 2, kartyWazne: 1,001 valid ballot papers exceed the 1,000 voters entitled to vote",
                "s.csv: line 3, uprawnieni, value '-5': not a whole number of people",
                "s.csv: line 4: 2 fields, the header has 3");
    }

    static List<String> english(PkwTurnoutFile.Read read) {
        ConnectMessages m = new ConnectMessages(Locale.ENGLISH);
        return read.problems().stream().map(m::text).toList();
    }

    static List<String> polish(PkwTurnoutFile.Read read) {
        ConnectMessages m = new ConnectMessages(Locale.forLanguageTag("pl"));
        return read.problems().stream().map(m::text).toList();
    }
}
