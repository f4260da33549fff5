package pl.miasto4.app.maturity;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import pl.miasto4.maturity.model.Citation;
import pl.miasto4.maturity.model.CitationChecker;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo register holds real initiatives only: every entry cites its source, and each quote
 * occurs in the cited lines of the report (docs/sources) and, where the project's shared seeds are
 * beside the repository, of the Kraków seeds too. No entry has a budget, because no source gives one.
 */
class DemoInitiativesTest {

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> initiatives() throws IOException {
        try (InputStream in = DemoInitiativesTest.class.getClassLoader().getResourceAsStream("demo/initiatives.yaml")) {
            Map<String, Object> doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return (List<Map<String, Object>>) doc.get("initiatives");
        }
    }

    @SuppressWarnings("unchecked")
    static List<Citation> citations(String source) throws IOException {
        List<Citation> out = new ArrayList<>();
        for (Map<String, Object> i : initiatives()) {
            for (Map<String, Object> c : (List<Map<String, Object>>) i.get("cite")) {
                if (source.equals(c.get("source"))) {
                    String[] lines = String.valueOf(c.get("lines")).split("-");
                    out.add(new Citation(source, Integer.parseInt(lines[0]), Integer.parseInt(lines[lines.length - 1]),
                            (String) c.get("quote"), (String) i.get("code")));
                }
            }
        }
        return out;
    }

    static Path repository() {
        Path here = Path.of("").toAbsolutePath();
        return Files.isDirectory(here.resolve("docs")) ? here : here.getParent();
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyInitiativeCitesASourceAndFailuresSayWhy() throws IOException {
        List<Map<String, Object>> all = initiatives();
        assertThat(all).hasSizeGreaterThanOrEqualTo(10);
        for (Map<String, Object> i : all) {
            assertThat((List<Object>) i.get("cite")).as(String.valueOf(i.get("code"))).isNotEmpty();
            assertThat(i).as("no source gives a budget").doesNotContainKey("budget");
            if (i.get("outcome") != null) {
                assertThat((String) i.get("outcome_reason")).as(String.valueOf(i.get("code"))).isNotBlank();
            }
        }
    }

    @Test
    void reportQuotesOccurInTheCitedLines() throws IOException {
        List<String> report = Files.readAllLines(repository().resolve("docs/sources/002_report.txt"), StandardCharsets.UTF_8);
        List<Citation> cites = citations("report002");
        assertThat(cites).hasSizeGreaterThanOrEqualTo(10);
        assertThat(new CitationChecker("report002", report).check(cites)).isEmpty();
    }

    @Test
    void seedQuotesOccurInTheCitedLinesWhereTheSeedsAreAvailable() throws IOException {
        Path seeds = repository().resolveSibling("shared").resolve("seeds");
        for (String[] s : new String[][]{{"seed001", "001_17e10951b0693714.txt"}, {"seed003", "003_65d1f47892409d94.txt"}}) {
            Path file = seeds.resolve(s[1]);
            if (!Files.isRegularFile(file)) {
                continue; // a clone without the project's shared folder beside it
            }
            List<Citation> cites = citations(s[0]);
            assertThat(cites).isNotEmpty();
            assertThat(new CitationChecker(s[0], Files.readAllLines(file, StandardCharsets.UTF_8)).check(cites)).isEmpty();
        }
    }
}
