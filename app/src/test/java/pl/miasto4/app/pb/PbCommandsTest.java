package pl.miasto4.app.pb;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.miasto4.app.MiastoCommand;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The pb commands as a user runs them: output formats and exit codes, without Spring or a database. */
class PbCommandsTest {
    static final Path DATA = Path.of("../core/src/test/resources/pabulib");

    record Run(int code, String out, String err) {
    }

    static Run miasto(String... args) {
        CommandLine cl = MiastoCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void countPrintsTheFundedIdsOnePerLine() {
        Run r = miasto("pb", "count", DATA.resolve("Poland_Krakow_2019.pb").toString());
        assertThat(r.code()).isZero();
        assertThat(r.out().lines()).containsExactly("5", "68", "7", "127", "103", "10", "125", "153", "22", "35");
    }

    @Test
    void countWithAnotherRule() {
        Run r = miasto("pb", "count", DATA.resolve("Poland_Swiecie_2023.pb").toString(), "--rule", "greedy");
        assertThat(r.code()).isZero();
        assertThat(r.out().lines().count()).isPositive();
    }

    @Test
    void checkPrintsOneLinePerFileAndTheTotals(@TempDir Path dir) throws Exception {
        Files.copy(DATA.resolve("Poland_Wroclaw_2017_Rejon_nr_11_750.pb"), dir.resolve("a.pb"));
        Files.copy(DATA.resolve("extra/Poland_Warszawa_2018_Las.pb"), dir.resolve("b.pb"));
        Files.copy(DATA.resolve("Poland_Krakow_2018.pb"), dir.resolve("c.pb"));
        Files.writeString(dir.resolve("d.pb"), "META\nkey;value\nbudget;10\nvote_type;approval\nPROJECTS\n"
                + "project_id;cost\n1;ten\nVOTES\nvoter_id;vote\n");
        Run r = miasto("pb", "check", dir.toString());
        assertThat(r.out().lines()).containsExactly(
                dir.resolve("a.pb") + " OK",
                dir.resolve("b.pb") + " DIFF + -1649",
                dir.resolve("c.pb") + " UNSUPPORTED the file has no 'selected' column, so there is no official result "
                        + "to compare",
                dir.resolve("d.pb") + " UNSUPPORTED cannot read the file: line 7: project 1 has a cost that is not a "
                        + "number: 'ten'",
                "1 passed, 3 failed");
        assertThat(r.code()).isEqualTo(1);
    }

    @Test
    void checkOfADirectoryReportsAHugeCostAndGoesOnWithTheOthers(@TempDir Path dir) throws Exception {
        // issue 11: a 29-digit cost stopped `pb check` of the whole directory
        Files.writeString(dir.resolve("a.pb"), "META\nkey;value\nbudget;10\nvote_type;approval\nPROJECTS\n"
                + "project_id;cost\n1;12345678901234567890123456789\nVOTES\nvoter_id;vote\n");
        Files.writeString(dir.resolve("b.pb"), "META\nkey;value\nbudget;10\nvote_type;approval\nPROJECTS\n"
                + "project_id;cost\n1;" + "9".repeat(2_000_000) + "\nVOTES\nvoter_id;vote\n");
        Files.copy(DATA.resolve("Poland_Wroclaw_2017_Rejon_nr_11_750.pb"), dir.resolve("c.pb"));
        Run r = miasto("pb", "check", dir.toString());
        assertThat(r.out().lines()).containsExactly(
                dir.resolve("a.pb") + " UNSUPPORTED cannot read the file: line 7: project 1 has a cost of "
                        + "12345678901234567890123456789, larger than the largest accepted, 10^12",
                dir.resolve("b.pb") + " UNSUPPORTED cannot read the file: line 7: project 1 has a cost that is not a "
                        + "number: '" + "9".repeat(37) + "…'",
                dir.resolve("c.pb") + " OK",
                "1 passed, 2 failed");
        assertThat(r.code()).isEqualTo(1);
    }

    @Test
    void checkExitsZeroWhenEveryFilePasses() {
        Run r = miasto("pb", "check", DATA.resolve("Poland_Swiecie_2023.pb").toString(),
                DATA.resolve("Poland_Lodz_2022_Nr_33.pb").toString());
        assertThat(r.out()).endsWith("2 passed, 0 failed" + System.lineSeparator());
        assertThat(r.code()).isZero();
    }

    @Test
    void aMalformedFileIsRejectedWithLineAndReason(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.pb");
        Files.writeString(bad, "META\nkey;value\nbudget;10\nvote_type;approval\nPROJECTS\nproject_id;cost\n1;5\n"
                + "VOTES\nvoter_id;vote\nv1;1;extra\n");
        Run r = miasto("pb", "count", bad.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("bad.pb: line 10: vote row has 3 fields but the header has 2");
    }

    @Test
    void aUsageErrorExitsTwo() {
        assertThat(miasto("pb", "count").code()).isEqualTo(2);
        assertThat(miasto("pb", "count", "x.pb", "--rule").code()).isEqualTo(2);
    }

    @Test
    void explainShowsWhatEachSupporterPaid() {
        Run r = miasto("pb", "explain", DATA.resolve("Poland_Swiecie_2023.pb").toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("rule equalshares/add1", "+c12", "bought in round 1 for 150 000: each of 1030 "
                + "supporters paid 145.63", "not affordable from round");
    }

    @Test
    void compareShowsRulesSideBySide() {
        Run r = miasto("pb", "compare", DATA.resolve("Poland_Warszawa_2019_Grochow_Centrum.pb").toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("greedy", "equalshares/add1", "phragmen", "max-welfare", "covered",
                "by project category", "by voter age");
    }
}
