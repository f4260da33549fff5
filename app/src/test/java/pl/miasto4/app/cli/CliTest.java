package pl.miasto4.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.miasto4.app.CliStoreTest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code miasto} CLI as a user runs it: exit codes 0 ok / 1 rejected / 2 usage, messages that
 * say what is wrong, commands working on the same database the server uses.
 */
class CliTest extends CliStoreTest {
    @TempDir
    Path dir;

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpEverywhereAndUsageErrorsExitWithTwo() {
        assertThat(run("--help")).isZero();
        assertThat(stdout()).contains("serve").contains("import").contains("export").contains("catalogue").contains("bench");
        for (String cmd : new String[]{"serve", "import", "export", "catalogue", "index", "maturity", "bench"}) {
            assertThat(run(cmd, "--help")).as(cmd).isZero();
            assertThat(stdout()).as(cmd).contains("Usage: miasto " + cmd);
        }
        assertThat(run("import")).isEqualTo(2);
        assertThat(stderr()).contains("Missing required parameter");
        assertThat(run("import", "--no-such-option", "x.csv")).isEqualTo(2);
        assertThat(run("no-such-command")).isEqualTo(2);
        assertThat(run("import", dir.resolve("missing.csv").toString())).isEqualTo(2);
        assertThat(stderr()).contains("no such file");
    }

    @Test
    void aRejectedFileExitsWithOneAndSaysWhereAndWhy() throws Exception {
        Path bad = dir.resolve("zły.csv");
        Files.write(bad, "kod;wskaźnik;rok;wartość\n1261011-12;students_higher_education;2019;1,5\nNIGDZIE;students_higher_education;2019;2\n"
                .getBytes(Charset.forName("windows-1250")));
        String before = dump();
        assertThat(run("import", bad.toString())).isEqualTo(1);
        assertThat(stderr()).contains("zły.csv: REJECTED, nothing was changed (1 problem)")
                .contains("zły.csv: line 3, kod (column 1), value 'NIGDZIE': unknown territorial unit");
        assertThat(dump()).isEqualTo(before);
    }

    @Test
    void dryRunThenImportThenExportAsOf() throws Exception {
        Path good = dir.resolve("ok.csv");
        Files.writeString(good, "unit,indicator,period,value\n1261011-13,students_higher_education,2018,7\n");
        String before = dump();
        assertThat(run("import", "--dry-run", good.toString())).isZero();
        assertThat(stdout()).contains("dry run, nothing was changed: would add 1");
        assertThat(dump()).isEqualTo(before);
        assertThat(run("import", good.toString())).isZero();
        assertThat(stdout()).contains("imported as batch").contains("added 1");
        Path exported = dir.resolve("out.csv");
        assertThat(run("export", "--unit", "1261011-13", "--indicator", "students_higher_education", "-o", exported.toString())).isZero();
        assertThat(Files.readString(exported)).isEqualTo(
                "unit_code,unit_name,indicator,period,value,flags,source,se,ci_low,ci_high,unreliable\r\n"
                        + "1261011-13,Dzielnica XIII Podgórze,students_higher_education,2018,7,,file ok.csv,,,,\r\n");
        assertThat(run("export", "--as-of", "2000-01-01T00:00:00Z", "--unit", "1261011-13", "-o", exported.toString())).isZero();
        assertThat(Files.readString(exported)).isEqualTo("unit_code,unit_name,indicator,period,value,flags,source,se,ci_low,ci_high,unreliable\r\n");
        assertThat(run("export", "--from", "20x0")).isEqualTo(2);
    }

    @Test
    void catalogueCommands() {
        assertThat(run("catalogue", "show", "pm25_annual_mean")).isZero();
        assertThat(stdout()).contains("µg/m³").contains("lower_better").contains("SDG: 11.6.2");
        assertThat(run("catalogue", "show", "no_such")).isEqualTo(1);
        assertThat(run("catalogue", "list", "--dimension", "environment")).isZero();
        assertThat(stdout().lines().count()).isGreaterThanOrEqualTo(8);
    }
}
