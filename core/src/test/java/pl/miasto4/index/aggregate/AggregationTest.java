package pl.miasto4.index.aggregate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Aggregation methods on small cases worked out by hand from the cited formulas. */
class AggregationTest {
    static final double NA = Double.NaN;
    static final org.assertj.core.data.Offset<Double> E = within(1e-9);

    @Test
    void meansDropMissingValuesAndRescaleWeights() {
        assertThat(Aggregation.arithmetic(new double[]{1, NA, 3}, new double[]{1, 1, 1})).isEqualTo(2);
        assertThat(Aggregation.arithmetic(new double[]{1, 3}, new double[]{3, 1})).isEqualTo(1.5);
        assertThat(Aggregation.arithmetic(new double[]{NA, NA}, new double[]{1, 1})).isNaN();
        assertThat(Aggregation.geometric(new double[]{2, 8, 4}, new double[]{1, 1, 1}, 0)).isCloseTo(4, E);
        assertThat(Aggregation.harmonic(new double[]{1, 4}, new double[]{1, 1})).isCloseTo(1.6, E);
        assertThat(Aggregation.generalised(new double[]{1, 7}, new double[]{1, 1}, 2)).isCloseTo(5, E);
    }

    @Test
    void geometricMeanRefusesZeroUnlessShifted() {
        assertThatThrownBy(() -> Aggregation.geometric(new double[]{0, 3}, new double[]{1, 1}, 0))
                .isInstanceOf(Aggregation.AggregationFailure.class);
        assertThat(Aggregation.geometric(new double[]{0, 3}, new double[]{1, 1}, 1)).isCloseTo(1, E);
    }

    @Test
    void weightedMedian() {
        assertThat(Aggregation.median(new double[]{3, 1, 2}, new double[]{1, 1, 1})).isEqualTo(2);
        assertThat(Aggregation.median(new double[]{1, 2, 3, 4}, new double[]{1, 1, 1, 1})).isEqualTo(2.5);
        assertThat(Aggregation.median(new double[]{1, 2, 3}, new double[]{1, 1, 4})).isEqualTo(3);
    }

    @Test
    void copelandCountsPairwiseMajorities() {
        // A = (3,3,1), B = (2,2,2), C = (1,1,3): A beats B and C on 2 of 3; B beats C on 2 of 3
        double[][] cols = {{3, 2, 1}, {3, 2, 1}, {1, 2, 3}};
        assertThat(Aggregation.copeland(cols, new double[]{1, 1, 1})).containsExactly(2, 0, -2);
    }

    @Test
    void mazziottaParetoPenalisesUnbalancedUnits() {
        // z = 100 ± 12.247; M = 100, S = 12.247, cv = S/M → MPI = 100 − S²/M = 98.5
        double[][] cols = {{1, 2, 3}, {3, 2, 1}};
        assertThat(Aggregation.mpi(cols, new double[]{1, 1}, false)).containsExactly(new double[]{98.5, 100, 98.5}, E);
        assertThat(Aggregation.mpi(cols, new double[]{1, 1}, true)).containsExactly(new double[]{101.5, 100, 101.5}, E);
        // AMPI: r = 70 and 130, M = 100, S = 30 → 100 − 9
        assertThat(Aggregation.ampi(cols, new double[]{1, 1}, false)).containsExactly(new double[]{91, 100, 91}, E);
    }

    @Test
    void hellwigMeasureOfDevelopment() {
        double[][] cols = {{1, 2, 3}, {1, 2, 3}};
        double d1 = Math.sqrt(12), d2 = Math.sqrt(3), d0 = (d1 + d2) / 3 + 2 * Math.sqrt(2);
        assertThat(Aggregation.hellwig(cols, new double[]{1, 1}))
                .containsExactly(new double[]{1 - d1 / d0, 1 - d2 / d0, 1}, E);
    }

    @Test
    void topsisCloseness() {
        double[][] cols = {{1, 2, 3}, {1, 2, 3}};
        assertThat(Aggregation.topsis(cols, new double[]{1, 1})).containsExactly(new double[]{0, 0.5, 1}, E);
    }

    @Test
    void benefitOfTheDoubt() {
        // units (1, .5), (.5, 1) are efficient; (.5, .5) gets w = (2/3, 2/3) → 2/3
        double[][] cols = {{1, 0.5, 0.5}, {0.5, 1, 0.5}};
        assertThat(Aggregation.bod(cols)).containsExactly(new double[]{1, 1, 2.0 / 3}, within(1e-7));
    }
}
