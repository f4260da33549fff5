package pl.miasto4.index.weight;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class WeightingTest {
    @Test
    void firstPrincipalComponentOfTwoCorrelatedIndicators() {
        double[][] cols = {{1, 2, 3, 4}, {2, 4, 5, 9}};
        double[] w = Weighting.pcaFirstComponent(cols);
        assertThat(w[0]).isCloseTo(Math.sqrt(0.5), within(1e-12));
        assertThat(w[1]).isCloseTo(Math.sqrt(0.5), within(1e-12));
    }

    @Test
    void budgetAllocationAveragesTheExpertsShares() {
        double[] w = Weighting.budgetAllocation(new double[][]{{2, 1}, {1, 1}});
        assertThat(w).containsExactly(new double[]{7.0 / 12, 5.0 / 12}, within(1e-12));
    }

    @Test
    void optimisedWeightsEqualiseCorrelationsWithTheParent() {
        // two indicators, the second a permutation of the first times 10: correlations with the
        // parent are equal when the weighted standardised contributions are equal, w1·sd1 = w2·sd2,
        // so w = (10/11, 1/11)
        double[][] cols = {{1, 2, 3, 4, 5, 6}, {20, 10, 40, 30, 60, 50}};
        pl.miasto4.index.Framework f = new pl.miasto4.index.Framework(java.util.List.of(
                new pl.miasto4.index.Node("A", "A", 1, 1, 1, "I", null, Double.NaN, null),
                new pl.miasto4.index.Node("B", "B", 1, 1, 1, "I", null, Double.NaN, null),
                new pl.miasto4.index.Node("I", "I", 2, 1, 1, null, null, Double.NaN, null)), java.util.List.of(), java.util.List.of());
        pl.miasto4.index.Dataset d = new pl.miasto4.index.Dataset("Normalised", java.util.List.of("u1", "u2", "u3", "u4", "u5", "u6"),
                java.util.List.of("A", "B"), cols);
        OptimisedWeights.Result r = OptimisedWeights.fit(f, d, 2, java.util.Map.of(), false);
        assertThat(r.weights().get("A")).isCloseTo(10.0 / 11, within(1e-12));
        assertThat(r.weights().get("B")).isCloseTo(1.0 / 11, within(1e-12));
        assertThat(r.correlations()[0]).isCloseTo(r.correlations()[1], within(1e-12));
    }

    @Test
    void factorAnalysisWeightsOfTwoBlocks() {
        // two uncorrelated pairs of identical indicators: two factors (eigenvalues 2, 2), each
        // indicator loads on one with squared loading 1, i.e. half its factor's variance, and each
        // factor explains half: every weight is 1/4
        double[][] cols = {{1, 2, 3, 4}, {1, 2, 3, 4}, {1, -1, -1, 1}, {1, -1, -1, 1}};
        assertThat(Weighting.factorAnalysis(cols)).containsExactly(new double[]{0.25, 0.25, 0.25, 0.25}, within(1e-9));
    }
}
