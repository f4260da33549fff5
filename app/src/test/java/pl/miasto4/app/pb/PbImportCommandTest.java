package pl.miasto4.app.pb;

import pl.miasto4.app.cli.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.miasto4.app.CliStoreTest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code miasto pb import} as a city's data team runs it on a directory of real files: editions
 * created at once, an identical file again changes nothing, and one malformed file rejects the whole
 * import with its line and reason.
 */
class PbImportCommandTest extends CliStoreTest {
    static final Path DATA = Path.of("../core/src/test/resources/pabulib");

    @TempDir
    Path dir;

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
        assertThat(run("pb", "import", city.toString())).isEqualTo(ExitCode.REJECTED);
        assertThat(err.toString()).contains("Poland_Lodz_2022_Nr_33.pb: line").contains("fields but the header has")
                .contains("nothing was imported");
        assertThat(dump()).isEqualTo(before);

        assertThat(run("pb", "import", dir.resolve("nowhere").toString())).isEqualTo(ExitCode.REJECTED);
        assertThat(err.toString()).contains("no such file or directory");
    }
}
