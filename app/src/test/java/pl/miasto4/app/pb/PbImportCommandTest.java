package pl.miasto4.app.pb;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.miasto4.app.StoreTest;
import pl.miasto4.app.cli.MiastoCommand;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code miasto pb import} as a city's data team runs it on a directory of real files: editions
 * created at once, an identical file again changes nothing, and one malformed file rejects the whole
 * import with its line and reason.
 */
class PbImportCommandTest extends StoreTest {
    static final Path DATA = Path.of("../core/src/test/resources/pabulib");

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @BeforeEach
    void capture() {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        if (System.getProperty("miasto.test.db.url", "").isBlank()) {
            System.setProperty("miasto.home", HOME.toString());
            System.setProperty("miasto.db.port", "0");
        } else {
            System.setProperty("miasto.db.url", System.getProperty("miasto.test.db.url"));
            System.setProperty("miasto.db.user", System.getProperty("miasto.test.db.user", ""));
            System.setProperty("miasto.db.password", System.getProperty("miasto.test.db.password", ""));
        }
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        System.setErr(originalErr);
        for (String p : new String[]{"miasto.home", "miasto.db.port", "miasto.db.url", "miasto.db.user", "miasto.db.password"}) {
            System.clearProperty(p);
        }
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return MiastoCommand.commandLine().execute(args);
    }

    @Test
    void aDirectoryOfFilesBecomesEditionsAndAMalformedFileChangesNothing() throws Exception {
        Path city = Files.createDirectories(dir.resolve("files"));
        Files.copy(DATA.resolve("Poland_Wroclaw_2017_Rejon_nr_11_750.pb"), city.resolve("Poland_Wroclaw_2017_Rejon_nr_11_750.pb"));
        Files.copy(DATA.resolve("Poland_Katowice_2023_Zarzecze.pb"), city.resolve("Poland_Katowice_2023_Zarzecze.pb"));

        assertThat(run("pb", "import", city.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Poland_Wroclaw_2017_Rejon_nr_11_750.pb\timported\twroclaw-2017/rejon-nr-11")
                .contains("1014 ballots").contains("katowice-2023/zarzecze");
        // the rule the file names reproduces the official result, now counted from the database
        String results = jdbc.sql("SELECT string_agg(p.project_id, ',' ORDER BY p.position) FROM pb_project p "
                + "JOIN pb_pool o ON o.id = p.pool_id JOIN pb_edition e ON e.id = o.edition_id "
                + "WHERE e.slug = 'wroclaw-2017' AND p.selected = 1").query(String.class).single();
        assertThat(results).isNotBlank();

        assertThat(run("pb", "import", city.toString())).isZero();
        assertThat(out.toString()).contains("\tunchanged\t");

        String before = dump();
        String broken = Files.readString(DATA.resolve("Poland_Lodz_2022_Nr_33.pb")).replaceFirst("(?m)^project_id;cost", "project_id;cost;extra");
        Files.writeString(city.resolve("Poland_Lodz_2022_Nr_33.pb"), broken);
        assertThat(run("pb", "import", city.toString())).isEqualTo(MiastoCommand.REJECTED);
        assertThat(err.toString()).contains("Poland_Lodz_2022_Nr_33.pb: line").contains("fields but the header has")
                .contains("nothing was imported");
        assertThat(dump()).isEqualTo(before);

        assertThat(run("pb", "import", dir.resolve("nowhere").toString())).isEqualTo(MiastoCommand.REJECTED);
        assertThat(err.toString()).contains("no such file or directory");
    }
}
