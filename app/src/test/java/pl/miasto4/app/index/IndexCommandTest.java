package pl.miasto4.app.index;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.miasto4.app.MiastoCommand;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** An analyst runs the index commands on COINr's ASEM example, without a database. */
class IndexCommandTest {
    static final Path EX = Path.of("..", "examples", "index").toAbsolutePath().normalize();

    int run(StringWriter err, String... args) {
        var cl = MiastoCommand.commandLine();
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void buildWritesEveryDataSetResultsAndAudit(@TempDir Path out) {
        int code = run(new StringWriter(), "index", "build", "--data", EX.resolve("asem_iData.csv").toString(),
                "--meta", EX.resolve("asem_iMeta.csv").toString(), "--recipe", EX.resolve("asem-coinr.yaml").toString(),
                "--out", out.toString(), "--compare", EX.resolve("asem-example-coin.yaml").toString());
        assertThat(code).isZero();
        for (String f : new String[]{"RankShifts", "Raw", "Denominated", "Imputed", "Treated", "Normalised", "Aggregated", "Results",
                "Ranks", "Audit_Consistency", "Step3_treat"}) {
            assertThat(out.resolve(f + ".csv")).exists();
        }
    }

    @Test
    void aBadRecipeIsRefusedWithItsLineAndColumn(@TempDir Path dir) throws Exception {
        Path recipe = dir.resolve("r.yaml");
        Files.writeString(recipe, "name: x\nsteps:\n  - step: aggregate\n    method: average\n");
        StringWriter err = new StringWriter();
        int code = run(err, "index", "build", "--data", EX.resolve("asem_iData.csv").toString(),
                "--meta", EX.resolve("asem_iMeta.csv").toString(), "--recipe", recipe.toString(), "--out", dir.toString());
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("r.yaml:4:13:").contains("average");
    }

    /** COINr divides by zero here and the build used to stop with "illegal state" (exit 3); now it is refused input. */
    @Test
    void aNormalisationThatDividesByZeroIsRefusedNamingIndicatorAndUnit(@TempDir Path dir) throws Exception {
        for (String[] c : new String[][]{{"dist2ref\n    unit: AUT", "indicator Ship, unit AUT"},
                {"fracmax", "indicator CostImpEx, unit AUT"}}) {
            Path recipe = dir.resolve("r.yaml");
            Files.writeString(recipe, "name: x\nsteps:\n  - step: denominate\n  - step: impute\n    method: group-mean\n"
                    + "    group: GDP_group\n  - step: treat\n  - step: normalise\n    method: " + c[0] + "\n  - step: aggregate\n");
            StringWriter err = new StringWriter();
            int code = run(err, "index", "build", "--data", EX.resolve("asem_iData.csv").toString(),
                    "--meta", EX.resolve("asem_iMeta.csv").toString(), "--recipe", recipe.toString(), "--out", dir.resolve("out").toString());
            assertThat(code).as(err.toString()).isEqualTo(1);
            assertThat(err.toString()).contains("r.yaml:9:").contains("normalise (").contains(c[1]).doesNotContain("illegal state");
        }
    }

    @Test
    void missingOptionsAreAUsageError() {
        assertThat(run(new StringWriter(), "index", "build", "--data", "x.csv")).isEqualTo(2);
    }

    @Test
    void uncertaintyWritesRankStatisticsAndCountsFailures(@TempDir Path out) throws Exception {
        int code = run(new StringWriter(), "index", "uncertainty", "--data", EX.resolve("asem_iData.csv").toString(),
                "--meta", EX.resolve("asem_iMeta.csv").toString(), "--recipe", EX.resolve("asem-coinr.yaml").toString(),
                "--spec", EX.resolve("asem-uncertainty.yaml").toString(), "--replications", "200", "--out", out.toString());
        assertThat(code).isZero();
        assertThat(Files.readAllLines(out.resolve("RankStats.csv"))).hasSize(52);
        assertThat(Files.readString(out.resolve("Failures.csv"))).contains("geometric mean met a value");
    }
}
