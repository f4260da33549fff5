package pl.miasto4.app.maturity;

import pl.miasto4.app.cli.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.miasto4.app.MiastoCommand;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The maturity CLI as a user runs it — no Spring, no database. */
class MaturityCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = MiastoCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void printsTheDefaultModelAsShippedAndAsJson() {
        assertThat(run("maturity", "model")).isZero();
        assertThat(out.toString()).contains("schema: miasto4.maturity-model/1").contains("id: miasto40");
        out.getBuffer().setLength(0);
        assertThat(run("maturity", "model", "--model", "itu-y4904", "--format", "json")).isZero();
        assertThat(out.toString()).startsWith("{").contains("\"id\": \"itu-y4904\"").contains("\"optimisation\"");
    }

    @Test
    void anUnknownModelOrFormatIsAUsageError() {
        assertThat(run("maturity", "model", "--model", "nope")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("Unknown model 'nope'").contains("miasto40");
        assertThat(run("maturity", "model", "--format", "xml")).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void aBadFileIsRejectedWithLineNumberedProblems(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, """
                schema: miasto4.maturity-assessment/1
                id: x
                model: miasto40
                model_version: 1.0.0
                city: {code: "1261011", name: Kraków}
                date: 2025-09
                answers:
                  - {criterion: foundations.strategy, respondent: A, level: 9}
                  - {criterion: foundations.nothing, respondent: A, level: 2, mood: good}
                """);
        assertThat(run("maturity", "validate", bad.toString())).isEqualTo(ExitCode.REJECTED);
        assertThat(err.toString())
                .contains(bad + ":8:").contains("level 9 is outside 1-5")
                .contains(bad + ":9:").contains("unknown criterion 'foundations.nothing'")
                .contains("unknown key 'mood'")
                .contains("3 problems");
    }

    @Test
    void aGoodFileIsAcceptedAndAMissingFileIsAUsageError(@TempDir Path dir) throws IOException {
        Path good = dir.resolve("good.yaml");
        Files.writeString(good, """
                schema: miasto4.maturity-assessment/1
                id: self-2025
                model: miasto40
                model_version: 1.0.0
                city: {code: "1261011", name: Kraków}
                date: 2025-09
                respondent: Biuro Strategii
                answers:
                  - {criterion: foundations.strategy, level: 2, confidence: 0.8, evidence: [{link: "https://www.bip.krakow.pl/"}]}
                  - {criterion: technology.blockchain, not_applicable: true}
                """);
        assertThat(run("maturity", "validate", good.toString())).isZero();
        assertThat(out.toString()).contains("valid assessment self-2025 of Kraków under miasto40: 2 answers");
        assertThat(run("maturity", "validate", dir.resolve("missing.yaml").toString())).isEqualTo(ExitCode.USAGE);
    }
}
