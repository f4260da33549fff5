package pl.miasto4.index.uncertainty;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The estimators on a function with known indices: f = u1 + 2·u2 (independent uniforms), so
 * V1 = 1/12, V2 = 4/12 and S1 = ST1 = 0.2, S2 = ST2 = 0.8 (Saltelli et al. 2008, "Global
 * Sensitivity Analysis: the Primer", additive model).
 */
class SobolIndicesTest {
    @Test
    void additiveModelGivesItsAnalyticIndices() {
        int n = 200_000, d = 2;
        SplittableRandom r = new SplittableRandom(1);
        double[][] a = new double[n][d], b = new double[n][d];
        double[] y = new double[n * (d + 2)];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < d; k++) {
                a[i][k] = r.nextDouble();
                b[i][k] = r.nextDouble();
            }
            y[i] = a[i][0] + 2 * a[i][1];
            y[n + i] = b[i][0] + 2 * b[i][1];
            y[2 * n + i] = b[i][0] + 2 * a[i][1];
            y[3 * n + i] = a[i][0] + 2 * b[i][1];
        }
        List<Choice> choices = List.of(new Choice.Continuous("u1", 0, "x", 0, 1, false),
                new Choice.Continuous("u2", 0, "x", 0, 1, false));
        List<UncertaintyResult.Sensitivity> s = SobolIndices.estimate(choices, y, n);
        assertThat(s.get(0).first()).isCloseTo(0.2, within(0.01));
        assertThat(s.get(0).total()).isCloseTo(0.2, within(0.01));
        assertThat(s.get(1).first()).isCloseTo(0.8, within(0.01));
        assertThat(s.get(1).total()).isCloseTo(0.8, within(0.01));
    }
}
