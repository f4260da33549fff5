package pl.miasto4.index.impute;

import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Imputation checked against COINr 1.1.14's "Imputation" vignette, which prints the results for
 * df1 = ASEM_iData[37:46, c("Pat", "CultServ", "CultGood", "Tourist")] (docs/articles/imputation.html).
 */
class ImputationTest {
    static final double NA = Double.NaN;
    static final double[] PAT = {23.7, 583.5, 3.6, 249.8, NA, 64.2, 0.3, NA, 46.5, 7.2};
    static final double[] CULTSERV = {0.13405, 2.20754, 0.05780, 1.79800, NA, 1.15292, 0.00266, 0.08905, 0.34615, 0.03553};
    static final double[] CULTGOOD = {NA, 16.182, 0.985, NA, NA, 7.555, 0.046, NA, 1.213, 1.256};
    static final double[] TOURIST = {11.519, 24.040, 6.509, 17.242, 3.315, 26.757, 0.404, 2.907, 3.370, 0.966};

    @Test
    void columnMeanFillsWhatCoinrPrints() {
        assertThat(Imputation.mean(PAT)[4]).isCloseTo(122.35, within(5e-3));
        assertThat(Imputation.mean(CULTSERV)[4]).isCloseTo(0.6470778, within(5e-8));
        assertThat(Imputation.mean(CULTGOOD)[0]).isCloseTo(4.5395, within(5e-5));
    }

    @Test
    void groupMedianFillsWhatCoinrPrints() {
        List<String> groups = List.of("a", "a", "a", "a", "a", "b", "b", "b", "b", "b");
        assertThat(Imputation.groupwise(PAT, groups, true)[4]).isCloseTo(136.75, within(5e-3));
        assertThat(Imputation.groupwise(PAT, groups, true)[7]).isCloseTo(26.85, within(5e-3));
        assertThat(Imputation.groupwise(CULTSERV, groups, true)[4]).isCloseTo(0.966025, within(5e-7));
        assertThat(Imputation.groupwise(CULTGOOD, groups, true)[0]).isCloseTo(8.5835, within(5e-5));
        assertThat(Imputation.groupwise(CULTGOOD, groups, true)[7]).isCloseTo(1.2345, within(5e-5));
    }

    @Test
    void groupMeanLeavesAGroupWithoutValuesMissing() {
        double[] x = {1, NA, 3, NA, NA};
        double[] y = Imputation.groupwise(x, java.util.Arrays.asList("A", "A", "A", "B", null), false);
        assertThat(y[1]).isEqualTo(2);
        assertThat(y[3]).isNaN();
        assertThat(y[4]).isNaN();
    }

    @Test
    void unitMeanOfNormalisedValuesFillsWhatCoinrPrints() {
        // Impute(df1, f_i = "i_mean", impute_by = "row", normalise_first = TRUE, directions = rep(1, 4))
        double[][] out = Imputation.unitMeanWithinGroups(new double[][]{PAT, CULTSERV, CULTGOOD, TOURIST},
                new int[]{1, 1, 1, 1}, Collections.nCopies(4, "all").toArray(new String[0]));
        assertThat(out[2][0]).isCloseTo(2.850908, within(5e-7));
        assertThat(out[2][3]).isCloseTo(10.163326, within(5e-7));
        assertThat(out[0][4]).isCloseTo(64.72133, within(5e-6));
        assertThat(out[1][4]).isCloseTo(0.246215, within(5e-7));
        assertThat(out[2][4]).isCloseTo(1.828412, within(5e-7));
        assertThat(out[0][7]).isCloseTo(39.42134, within(5e-6));
        assertThat(out[2][7]).isCloseTo(1.128411, within(5e-7));
    }

    @Test
    void emRecoversAValueOnAnExactLine() {
        // y = 2x + 1 exactly: the conditional expectation of the missing y at x = 4 is 9
        double[] x = {1, 2, 3, 4, 5, 6};
        double[] y = {3, 5, 7, NA, 11, 13};
        double[][] out = Imputation.em(new double[][]{x, y}, 500, 1e-12);
        assertThat(out[1][3]).isCloseTo(9, within(1e-4));
    }
}
