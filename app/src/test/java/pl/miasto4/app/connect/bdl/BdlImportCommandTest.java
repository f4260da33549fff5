package pl.miasto4.app.connect.bdl;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import pl.miasto4.app.CliStoreTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code miasto import FILE} on the raw GUS files as downloaded ({@code shared/data/gus-bdl/raw}),
 * through the CLI against the store of the server under test.
 */
class BdlImportCommandTest extends CliStoreTest {
    static final Path RAW = SharedData.gusBdl().resolve("raw");

    static Stream<Path> rawFiles() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(RAW)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        assertThat(files).as("the raw files of PROVENANCE.md").hasSize(18);
        return files.stream();
    }

    private String counts() {
        return jdbc.sql("SELECT (SELECT count(*) FROM observation_current) || '/' || (SELECT count(*) FROM observation_history)"
                + " || '/' || (SELECT count(*) FROM territorial_unit) || '/' || (SELECT count(*) FROM indicator)")
                .query(String.class).single();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rawFiles")
    void everyRawFileChecksCleanWithDryRun(Path file) {
        String before = counts();
        int exit = run("import", "--dry-run", file.toString());
        assertThat(exit).as(out + "\n" + err).isZero();
        assertThat(out.toString()).contains("dry run, nothing was changed").contains("GUS");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void unknownUnitsAreReportedAndOnRequestCreatedFromTheFile() {
        Path file = RAW.resolve("housing_prices_poland/LUDN_1350_CTAB_20260321174505.csv");
        String before = counts();
        assertThat(run("import", "--dry-run", file.toString())).as(out + "\n" + err).isZero();
        assertThat(out.toString()).contains("Jednostki spoza magazynu: 314 (powiaty: 314)")
                .contains("would add 0,"); // the 66 cities are in the store (the demo's values)

        assertThat(run("import", "--dry-run", "--create-units", "--lang", "en", file.toString())).as(out + "\n" + err).isZero();
        assertThat(out.toString()).contains("Units added with the file's own codes and names: 314 (powiaty: 314)")
                .contains("would add 314,");
        assertThat(counts()).as("a dry run leaves no unit behind").isEqualTo(before);
        // the option's value is optional: a file right after it is still the file
        assertThat(run("import", "--dry-run", "--create-units", file.toString())).as(out + "\n" + err).isZero();
        assertThat(out.toString()).contains("Dodano jednostki z kodami i nazwami z pliku: 314 (powiaty: 314)");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void anUnmappedVariableIsOfferedAMappingOrANewIndicatorFromTheFile() {
        Path file = RAW.resolve("housing_prices_poland/PODM_3802_CTAB_20260321174825.csv");
        assertThat(run("import", file.toString())).as(out + "\n" + err).isZero();
        assertThat(out.toString()).contains("--map P3802:ogółem=KOD_WSKAŹNIKA").contains("--new-indicator P3802:ogółem=NOWY_KOD")
                .contains("no changes");

        assertThat(run("import", "--new-indicator", "P3802:ogółem=bdl_p3802_total", file.toString())).as(out + "\n" + err).isZero();
        assertThat(out.toString()).contains("imported as batch").contains("added 66");
        assertThat(jdbc.sql("SELECT name_pl || ' / ' || unit || ' / ' || source FROM indicator WHERE code = 'bdl_p3802_total'")
                .query(String.class).single()).isEqualTo("GUS BDL P3802 / - / GUS BDL P3802");
        // Kraków, line 136 of the file: 1261000;"Powiat m. Kraków";11,5;
        assertThat(jdbc.sql("SELECT value::text || ' ' || source FROM observation WHERE unit_code = '1261011' "
                + "AND indicator_code = 'bdl_p3802_total' AND period = '2022'").query(String.class).single())
                .isEqualTo("11.5 GUS BDL P3802 PODM_3802_CTAB_20260321174825.csv: ogółem [-]");
    }
}
