package pl.miasto4.index.normalise;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Each normalisation on x = (2, 4, 6, 10), values worked out by hand from the cited formulas. */
class NormalisationTest {
    static final double[] X = {2, 4, 6, 10};
    static final org.assertj.core.data.Offset<Double> E = within(1e-12);

    @Test
    void minMaxAndItsDirection() {
        assertThat(Normalisation.minMax(X, 0, 100)).containsExactly(new double[]{0, 25, 50, 100}, E);
        double[] neg = NormaliseStep.normalise(X.clone(), -1, NormaliseStep.Spec.minMax(0, 100), Double.NaN, -1, "x");
        assertThat(neg).containsExactly(new double[]{100, 75, 50, 0}, E);
    }

    @Test
    void zScoreUsesTheSampleStandardDeviation() {
        double sd = Math.sqrt(35.0 / 3);
        assertThat(Normalisation.zScore(X, 0, 1)).containsExactly(new double[]{-3.5 / sd, -1.5 / sd, 0.5 / sd, 4.5 / sd}, E);
        assertThat(Normalisation.zScore(X, 10, 2)[3]).isCloseTo(10 + 2 * 4.5 / sd, E);
    }

    @Test
    void ranksAndPercentileRanks() {
        assertThat(Normalisation.rank(new double[]{5, 1, 5, 3})).containsExactly(3, 1, 3, 2);
        assertThat(Normalisation.percentileRank(X)).containsExactly(new double[]{0, 1.0 / 3, 2.0 / 3, 1}, E);
    }

    @Test
    void distances() {
        assertThat(Normalisation.distanceToMax(X)).containsExactly(new double[]{0, 0.25, 0.5, 1}, E);
        assertThat(Normalisation.distanceToTarget(X, 8, false)).containsExactly(new double[]{0, 1.0 / 3, 2.0 / 3, 4.0 / 3}, E);
        assertThat(Normalisation.distanceToTarget(X, 8, true)[3]).isEqualTo(1);
        assertThat(Normalisation.distanceToReference(X, 2, false)).containsExactly(new double[]{0, 0.5, 1, 2}, E);
        assertThat(Normalisation.fractionOfMax(X)).containsExactly(new double[]{0.2, 0.4, 0.6, 1}, E);
        assertThat(Normalisation.ratioToMean(X, 100)[0]).isCloseTo(200 / 5.5, E);
    }

    @Test
    void goalpostsTruncateAndScale() {
        assertThat(Normalisation.goalposts(X, 0, 8, 100, 1, true)).containsExactly(new double[]{25, 50, 75, 100}, E);
        // less is better, goalposts in original units: x = 2 is best (1 → 100 after scale), 10 capped at 0
        double[] neg = new double[]{-2, -4, -6, -10};
        assertThat(Normalisation.goalposts(neg, 0, 8, 100, -1, true)).containsExactly(new double[]{75, 50, 25, 0}, E);
    }

    @Test
    void polishZeroUnitarisation() {
        // stimulant (x − min)/(max − min); destimulant (max − x)/(max − min) (Kukuła 2000)
        assertThat(Normalisation.zeroUnitarisation(X, Double.NaN)).containsExactly(new double[]{0, 0.25, 0.5, 1}, E);
        double[] d = NormaliseStep.normalise(X.clone(), -1, NormaliseStep.Spec.of("zero-unitarisation"), Double.NaN, -1, "x");
        assertThat(d).containsExactly(new double[]{1, 0.75, 0.5, 0}, E);
        // nominant at 5: distances 3, 1, 1, 5 → (5 − d)/(5 − 1)
        assertThat(Normalisation.zeroUnitarisation(X, 5)).containsExactly(new double[]{0.5, 1, 1, 0}, E);
    }
}
