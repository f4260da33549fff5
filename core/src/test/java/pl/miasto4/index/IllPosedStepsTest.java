package pl.miasto4.index;

import org.junit.jupiter.api.Test;
import pl.miasto4.index.audit.Audit;
import pl.miasto4.index.io.CoinrCsv;
import pl.miasto4.index.io.RecipeYaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Where a step would divide by zero or fail to converge, the build stops with a message naming the
 * step, the indicator (or aggregate) and the unit, instead of writing Inf or NaN (issue 18: COINr
 * returns Inf/NaN in these cases and the product used to stop with "illegal state").
 */
class IllPosedStepsTest {
    /** Indicators A, B (less is better) under pillar P, Z (0 for everyone) and C under Q, both under the index. */
    static Coin coin(String iData) {
        String meta = """
                Level,iCode,iName,Direction,Weight,Parent,Type
                1,A,A,1,1,P,Indicator
                1,B,B,-1,1,P,Indicator
                1,Z,Z,1,1,Q,Indicator
                1,C,C,1,1,Q,Indicator
                2,P,P,1,1,Index,Aggregate
                2,Q,Q,1,1,Index,Aggregate
                3,Index,Index,1,1,,Aggregate
                ,Pop,Population,,,,Denominator
                """;
        try {
            Path dir = Files.createTempDirectory("illposed");
            Files.writeString(dir.resolve("iData.csv"), iData);
            Files.writeString(dir.resolve("iMeta.csv"), meta);
            return CoinrCsv.read(dir.resolve("iData.csv"), dir.resolve("iMeta.csv"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final String DATA = """
            uCode,uName,Pop,A,B,Z,C
            U1,U1,10,1,5,0,1
            U2,U2,20,2,4,0,3
            U3,U3,0,3,NA,0,2
            U4,U4,40,4,2,0,4
            """;

    static String reason(String recipe) {
        try {
            new IndexBuilder().build(coin(DATA), RecipeYaml.parse(recipe));
        } catch (IndexInputException e) {
            return e.reason();
        }
        throw new AssertionError("the build did not stop");
    }

    @Test
    void normalisationOfAColumnWithoutSpreadNamesIndicatorAndUnit() {
        assertThat(reason("steps: [{step: normalise, method: minmax}]"))
                .isEqualTo("normalise (minmax), indicator Z, unit U1: all 4 values are equal (0), so the range max − min is zero");
        assertThat(reason("steps: [{step: normalise, method: zscore}]"))
                .isEqualTo("normalise (zscore), indicator Z, unit U1: all 4 values are equal (0), so the standard deviation is zero");
    }

    @Test
    void fractionOfAMaximumThatIsNotPositiveIsRefused() {
        // B is "less is better": with the direction applied its best value is −2 and x / max would reverse it
        assertThat(reason("steps: [{step: normalise, method: fracmax, indicators: {Z: {method: rank}}}]"))
                .isEqualTo("normalise (fracmax), indicator B, unit U4: the best value, with the direction applied, is -2 < 0, "
                        + "so x / max reverses the ranking; use minmax or dist2max for this indicator");
    }

    @Test
    void distanceToAReferenceThatIsTheWorstOrMissingIsRefused() {
        assertThat(reason("steps: [{step: normalise, method: dist2ref, unit: U1}]"))
                .startsWith("normalise (dist2ref), indicator A, unit U1: the reference unit has the worst value (1)");
        assertThat(reason("steps: [{step: normalise, method: dist2ref, unit: U3, indicators: {A: {method: rank}}}]"))
                .isEqualTo("normalise (dist2ref), indicator B, unit U3: the reference unit has no value");
    }

    @Test
    void aZeroDenominatorIsRefused() {
        assertThat(reason("steps: [{step: denominate, by: {A: Pop}}]"))
                .isEqualTo("denominate, indicator A, unit U3: the denominator Pop is 0");
    }

    @Test
    void weightsThatCancelOutAreRefusedByTheAggregation() {
        assertThat(reason("""
                steps:
                  - {step: weight, method: given, name: W, weights: {A: 1, B: -1}}
                  - {step: aggregate, weights: W}
                """)).startsWith("aggregate (arithmetic), P, unit U1: the result is ")
                .endsWith("the weights of the present children sum to 0");
    }

    @Test
    void boxCoxOfNegativeValuesWithoutTheShiftIsRefused() {
        Coin c = coin("""
                uCode,uName,Pop,A,B,Z,C
                U1,U1,1,-1,1,0,1
                U2,U2,1,0,1,1,2
                U3,U3,1,0,1,0,3
                U4,U4,1,0,1,0,4
                U5,U5,1,0,1,0,5
                U6,U6,1,0,2,0,6
                U7,U7,1,0,1,0,7
                U8,U8,1,0,1,0,8
                U9,U9,1,0,1,0,9
                U10,U10,1,0,1,0,10
                """);
        assertThatThrownBy(() -> new IndexBuilder().build(c, RecipeYaml.parse(
                "steps: [{step: treat, first: box-cox, lambda: 0.5, makePositive: false}]")))
                .isInstanceOf(IndexInputException.class)
                .hasMessageContaining("treat, indicator A, unit U1: box-cox of the value -1.0 gives NaN (set makePositive: true");
        assertThatThrownBy(() -> new IndexBuilder().build(c, RecipeYaml.parse("steps: [{step: treat, second: box-cox}]")))
                .hasMessageContaining("box-cox needs 'lambda'");
    }

    @Test
    void emThatDoesNotConvergeSaysSo() {
        Coin raw = CoinrCsv.read(CoinrVariantsTest.ROOT.resolve("examples/index/asem_iData.csv"),
                CoinrVariantsTest.ROOT.resolve("examples/index/asem_iMeta.csv"));
        assertThatThrownBy(() -> new IndexBuilder().build(raw, RecipeYaml.parse(
                "steps: [{step: impute, method: em, level: 2, iterations: 3}]")))
                .isInstanceOf(IndexInputException.class)
                .hasMessageMatching(".*impute \\(em\\), the indicators of \\w+: did not converge in 3 iterations.*");
    }

    @Test
    void screeningThatRemovesEveryUnitIsRefused() {
        assertThat(reason("steps: [{step: screen, by: zeros, nonzeroThreshold: 1}]"))
                .isEqualTo("screen removes every one of the 4 units");
    }

    @Test
    void anIndicatorWithoutSpreadGetsNoPcaWeightButTheAuditStillRuns() {
        assertThat(reason("""
                steps:
                  - {step: normalise, method: rank}
                  - {step: weight, method: pca, level: 2, name: W}
                """)).isEqualTo("weight (pca), Q, indicator Z: it has no spread over the units with all of Q's children present, "
                + "so it has no correlation with them");
        Coin c = new IndexBuilder().build(coin(DATA), RecipeYaml.parse("steps: [{step: normalise, method: rank}, {step: aggregate}]"));
        List<List<String>> rows = Audit.consistency(c, c.dataset("Aggregated"), new ArrayList<>());
        assertThat(rows).isNotEmpty();
    }
}
