package pl.miasto4.app.connect;

import org.junit.jupiter.api.Test;
import pl.miasto4.app.CliStoreTest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code miasto connect …} as a user runs it: a summary in Polish or English, exit 1 and nothing changed on bad input. */
class ConnectCommandTest extends CliStoreTest {

    @Test
    void aBrokenResultsFileIsRefusedWithLineColumnAndValueInPolish() throws Exception {
        Path file = Files.createTempFile("pkw-", ".csv");
        Files.writeString(file, "\"Kod TERYT\";\"Gmina\";\"Liczba wyborców uprawnionych do głosowania\";\"Liczba kart ważnych\"\n"
                + "\"126101\";\"m. Kraków\";602006;444119\n\"226101\";\"m. Gdańsk\";35x000;1000\n", StandardCharsets.UTF_8);
        String before = dump();
        assertThat(run("connect", "elections", file.toString(), "--election", "presidential", "--date", "2030-05-01")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(
                "wiersz 3, Liczba wyborców uprawnionych do głosowania, wartość „35x000”: to nie jest liczba osób",
                "Nic nie zostało zmienione.");
        assertThat(dump()).isEqualTo(before);
    }

    @Test
    void aDryRunOfKrakowsFeedsSaysWhatTheyDoNotAllowInEnglish() {
        Path demo = Path.of("src/main/resources/demo");
        int code = run("connect", "gtfs", demo.resolve("gtfs-krakow/GTFS_KRK_T").toString(), "--unit", "1261011",
                "--boundary", demo.resolve("boundaries/ppatrzyk_powiaty-min.geojson").toString(),
                "--boundary-name", "powiat Kraków", "--dry-run", "--lang", "en");
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(text).contains("dry run, nothing was changed", "No stop_times.txt in the feeds: GTFS_KRK_T",
                "No population grid");
        assertThat(run("connect", "gtfs", "no-such-feed", "--unit", "1261011", "--boundary",
                demo.resolve("boundaries/ppatrzyk_powiaty-min.geojson").toString(), "--boundary-name", "powiat Kraków")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no-such-feed: no such GTFS feed");
    }
}
