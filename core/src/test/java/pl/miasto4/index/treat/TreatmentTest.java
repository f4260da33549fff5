package pl.miasto4.index.treat;

import org.junit.jupiter.api.Test;
import pl.miasto4.index.stats.Stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The JRC outlier rule, checked against COINr 1.1.14's "Outlier treatment" vignette (docs/articles/treat.html). */
class TreatmentTest {
    @Test
    void skewAndKurtosisOfTheVignettesExample() {
        double[] x = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 100};
        assertThat(Stats.skewness(x)).isCloseTo(3.063241, within(5e-7));
        assertThat(Stats.kurtosis(x)).isCloseTo(9.741391, within(5e-7));
        assertThat(Treatment.passes(x, 2, 3.5)).isFalse();
    }

    @Test
    void winsorisingOnePointIsEnoughThere() {
        double[] x = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 100};
        int n = Treatment.winsorise(x, 2, 2, 3.5, new String[x.length]);
        assertThat(n).isEqualTo(1);
        assertThat(x[11]).isEqualTo(30);
        assertThat(Stats.skewness(x)).isCloseTo(1.712038, within(5e-7));
        assertThat(Stats.kurtosis(x)).isCloseTo(1.815781, within(5e-7));
    }

    @Test
    void logTransformFollowsCoinrLogCT() {
        // log(x - min + 0.01 (max - min)) by hand: min 1, max 11
        double[] y = Treatment.logCT(new double[]{1, 2, 3, 11});
        assertThat(y).containsExactly(new double[]{Math.log(0.1), Math.log(1.1), Math.log(2.1), Math.log(10.1)},
                within(1e-15));
    }

    @Test
    void whenWinsorisingFailsTheOriginalValuesAreLogged() {
        // thirty ones, 2, 3, 1000, 5000: one winsorised point leaves skew 3.93, kurtosis 14.2 (still failing)
        double[] x = new double[34];
        java.util.Arrays.fill(x, 1);
        x[30] = 2;
        x[31] = 3;
        x[32] = 1000;
        x[33] = 5000;
        Treatment.Result r = Treatment.treat(x, 1, 2, 3.5, true, false);
        assertThat(r.logged()).isTrue();
        assertThat(r.values()).containsExactly(Treatment.logCT(x), within(0.0));
    }
}
