package pl.miasto4.index.aggregate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The cases of COINr 1.1.14's own test suite (tests/testthat/test-aggregate.R, means). */
class CoinrAggregateSuiteTest {
    @Test
    void geometricAndHarmonicMeans() {
        assertThat(Aggregation.geometric(new double[]{1, 2, 3}, new double[]{1, 1, 1}, 0))
                .isCloseTo(Math.pow(1 * 2 * 3, 1.0 / 3), within(1e-12));
        assertThat(Aggregation.geometric(new double[]{1, 2, 3}, new double[]{1, 1, 2}, 0))
                .isCloseTo(Math.pow(1 * 2 * 9, 1.0 / 4), within(1e-12));
        assertThat(Aggregation.harmonic(new double[]{1, 2, 3}, new double[]{2, 1, 1}))
                .isCloseTo(4 / (2.0 / 1 + 1.0 / 2 + 1.0 / 3), within(1e-12));
        // the generalised mean with p = -1 is the harmonic mean
        assertThat(Aggregation.generalised(new double[]{1, 2, 3}, new double[]{2, 1, 1}, -1))
                .isCloseTo(4 / (2.0 / 1 + 1.0 / 2 + 1.0 / 3), within(1e-12));
    }
}
