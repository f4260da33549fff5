package pl.miasto4.index.treat;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The cases of COINr 1.1.14's own test suite (tests/testthat/test-treat.R, "treat_num"). */
class CoinrTreatSuiteTest {
    @Test
    void oneOutlierIsWinsorisedToTheNextValueAndThenPasses() {
        double[] x = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 100};
        assertThat(Treatment.passes(x, 2, 3.5)).isFalse();
        Treatment.Result r = Treatment.treat(x, 5, 2, 3.5, false, false);
        assertThat(r.values()[10]).isEqualTo(10);
        for (int i = 0; i < 10; i++) {
            assertThat(r.values()[i]).isEqualTo(x[i]);
        }
        assertThat(Treatment.passes(r.values(), 2, 3.5)).isTrue();
    }

    @Test
    void twoOutliersWithWinmaxOneStillFailWithoutASecondTreatment() {
        double[] x = new double[22];
        for (int i = 0; i < 20; i++) {
            x[i] = i + 1;
        }
        x[20] = 100;
        x[21] = 200;
        Treatment.Result r = Treatment.treat(x, 1, 2, 3.5, false, false);
        assertThat(Treatment.passes(r.values(), 2, 3.5)).isFalse();
        Treatment.Result logged = Treatment.treat(x, 1, 2, 3.5, true, false);
        assertThat(logged.logged()).isTrue();
    }
}
