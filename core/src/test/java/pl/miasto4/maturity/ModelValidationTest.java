package pl.miasto4.maturity;

import org.junit.jupiter.api.Test;
import pl.miasto4.maturity.document.Parsed;
import pl.miasto4.maturity.document.Problem;
import pl.miasto4.maturity.model.MaturityModel;
import pl.miasto4.maturity.model.ModelParser;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A model author gets every mistake of a bad file at once, each with its line and reason. */
class ModelValidationTest {
    private static final String HEAD = """
            schema: miasto4.maturity-model/1
            id: bad
            version: 1.0.0
            name: {pl: Zły, en: Bad}
            sources:
              - {id: report, title: Raport, lines: 100}
            aggregation: {criterion_to_dimension: weighted_mean, criterion_to_component: mean, dimension_to_overall: mean}
            technologies:
              - {id: iot, name: {pl: IoT, en: IoT}}
            scales:
              - id: s
                name: {pl: S, en: S}
                levels:
                  1: {label: {pl: a, en: a}}
                  2: {label: {pl: b, en: b}}
                  3: {label: {pl: c, en: c}}
                  4: {label: {pl: d, en: d}}
                  5: {label: {pl: e, en: e}}
            """;

    private static final String LEVELS = """
                    levels:
                      1: {pl: a, en: a}
                      2: {pl: b, en: b}
                      3: {pl: c, en: c}
                      4: {pl: d, en: d}
                      5: {pl: e, en: e}
            """;

    private static List<Problem> problems(String yaml) {
        Parsed<MaturityModel> parsed = ModelParser.parse(yaml, "bad.yaml");
        assertThat(parsed.isValid()).as("the file must be rejected").isFalse();
        return parsed.problems();
    }

    @Test
    void theTinyModelIsValid() {
        assertThat(TestDocuments.tinyModel().criteria().count()).isEqualTo(5);
    }

    @Test
    void reportsEveryProblemWithItsLine() {
        String yaml = HEAD + """
                dimensions:
                  - id: d
                    name: {pl: D, en: D}
                    colour: red
                    criteria:
                      - id: d.a
                        name: {pl: A, en: A}
                        component: technology
                        scale: s
                """ + LEVELS + """
                        cite:
                          - {lines: 95-120, quote: "coś"}
                      - id: d.a
                        name: {pl: A2, en: A2}
                        component: money
                        scale: s
                """ + LEVELS + """
                      - id: d.b
                        name: {pl: B, en: B}
                        component: budget
                        scale: nine_levels
                        technologies: [iot, quantum]
                        indicators:
                          - code: x
                            polarity: positive
                            thresholds: {2: 10, 3: 30, 4: 20, 5: 40}
                        levels:
                          1: {pl: a, en: a}
                          2: {pl: b, en: b}
                """;
        List<Problem> problems = problems(yaml);
        int dimensionLine = HEAD.split("\n").length + 2;
        assertThat(problems).extracting(Problem::toString).anySatisfy(p -> assertThat(p)
                .startsWith("bad.yaml:" + (dimensionLine + 2) + ":").contains("unknown key 'colour'"));
        assertThat(problems).extracting(Problem::message).anySatisfy(m -> assertThat(m)
                .contains("citation lines 95-120 are out of range: source 'report' has 100 lines"));
        assertThat(problems).extracting(Problem::message).anySatisfy(m -> assertThat(m)
                .contains("duplicate criterion id 'd.a'"));
        assertThat(problems).extracting(Problem::message).anySatisfy(m -> assertThat(m)
                .contains("unknown component 'budget'"));
        assertThat(problems).extracting(Problem::message).anySatisfy(m -> assertThat(m)
                .contains("undeclared scale 'nine_levels'"));
        assertThat(problems).extracting(Problem::message).anySatisfy(m -> assertThat(m)
                .contains("undeclared technology 'quantum'"));
        assertThat(problems).extracting(Problem::message).anySatisfy(m -> assertThat(m)
                .contains("thresholds of 'x' are not monotone: level 4 needs 20 but level 3 already needs 30"));
        assertThat(problems).allSatisfy(p -> assertThat(p.line()).isPositive());
        assertThat(problems).isSortedAccordingTo(Problem::compareTo);
    }

    @Test
    void aCriterionWithoutAllFiveLevelsIsRejected() {
        String yaml = HEAD.replace("""
                      5: {label: {pl: e, en: e}}
                """, """
                      5: {label: {pl: e, en: e}}
                """) + """
                dimensions:
                  - id: d
                    name: {pl: D, en: D}
                    criteria:
                      - id: d.a
                        name: {pl: A, en: A}
                        component: people
                        scale: s
                        levels:
                          1: {pl: a, en: a}
                          2: {pl: b, en: b}
                          4: {pl: d, en: d}
                          7: {pl: x, en: x}
                """;
        List<Problem> problems = problems(yaml);
        assertThat(problems).extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).contains("criterion d.a is missing level 3"))
                .anySatisfy(m -> assertThat(m).contains("criterion d.a is missing level 5"))
                .anySatisfy(m -> assertThat(m).contains("level 7 in criterion d.a is outside 1-5"));
    }

    @Test
    void negativeIndicatorsMustNeedLessAtEachLevel() {
        String yaml = HEAD + """
                dimensions:
                  - id: d
                    name: {pl: D, en: D}
                    criteria:
                      - id: d.a
                        name: {pl: A, en: A}
                        component: processes
                        scale: s
                        scoring: indicators
                        indicators:
                          - {code: days, polarity: negative, thresholds: {2: 10, 3: 20, 4: 5, 5: 1}}
                """ + LEVELS;
        assertThat(problems(yaml)).extracting(Problem::message).anySatisfy(m -> assertThat(m)
                .contains("level 3 needs 20 but level 2 already needs 10 (polarity negative: each level must need less)"));
    }

    @Test
    void brokenYamlIsReportedAtItsLine() {
        List<Problem> problems = problems("schema: x\nname: {pl: a\n  en: b\ndimensions: [\n");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isGreaterThan(1);
            assertThat(p.message()).startsWith("not valid YAML");
        });
    }

    @Test
    void missingEssentialsAreNamed() {
        List<Problem> problems = problems("schema: miasto4.maturity-model/2\nid: Bad Id\n");
        assertThat(problems).extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).contains("unsupported schema"))
                .anySatisfy(m -> assertThat(m).contains("must be lower-case"))
                .anySatisfy(m -> assertThat(m).contains("missing 'version'"))
                .anySatisfy(m -> assertThat(m).contains("missing 'aggregation'"))
                .anySatisfy(m -> assertThat(m).contains("missing 'dimensions'"));
    }
}
