package pl.miasto4.maturity.portfolio;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class AhpTest {
    /**
     * Saaty's house-buying example (T. L. Saaty, "How to make a decision: The Analytic Hierarchy
     * Process", European Journal of Operational Research 48 (1990) 9–26, Table 2; also in Saaty 1980):
     * eight criteria, published priorities .173 .054 .188 .018 .031 .036 .167 .333,
     * λmax = 9.669, CI = 0.238, CR = 0.169 (RI(8) = 1.41) — an inconsistent matrix, CR > 0.10.
     */
    @Test
    void reproducesSaatysHouseExample() {
        List<String> criteria = List.of("size", "transportation", "neighbourhood", "age", "yard", "modern facilities",
                "general condition", "financing");
        double[][] m = {
                {1, 5, 3, 7, 6, 6, 1 / 3.0, 1 / 4.0},
                {1 / 5.0, 1, 1 / 3.0, 5, 3, 3, 1 / 5.0, 1 / 7.0},
                {1 / 3.0, 3, 1, 6, 3, 4, 6, 1 / 5.0},
                {1 / 7.0, 1 / 5.0, 1 / 6.0, 1, 1 / 3.0, 1 / 4.0, 1 / 7.0, 1 / 8.0},
                {1 / 6.0, 1 / 3.0, 1 / 3.0, 3, 1, 1 / 2.0, 1 / 5.0, 1 / 6.0},
                {1 / 6.0, 1 / 3.0, 1 / 4.0, 4, 2, 1, 1 / 5.0, 1 / 6.0},
                {3, 5, 1 / 6.0, 7, 5, 5, 1, 1 / 2.0},
                {4, 7, 5, 8, 6, 6, 2, 1}};
        Ahp.Result r = Ahp.weights(criteria, m);
        double[] published = {.173, .054, .188, .018, .031, .036, .167, .333};
        for (int i = 0; i < published.length; i++) {
            assertThat(r.weights()[i]).as(criteria.get(i)).isCloseTo(published[i], within(0.0005));
        }
        assertThat(r.lambdaMax()).isCloseTo(9.669, within(0.0005));
        assertThat(r.consistencyIndex()).isCloseTo(0.238, within(0.0005));
        assertThat(r.randomIndex()).isEqualTo(1.41);
        assertThat(r.consistencyRatio()).isCloseTo(0.169, within(0.0005));
        assertThat(r.acceptable()).isFalse();
    }

    /** A consistent matrix (a_ij = w_i / w_j) returns w exactly, with λmax = n and CR = 0. */
    @Test
    void aConsistentMatrixGivesItsWeightsBack() {
        double[] w = {0.5, 0.3, 0.2};
        double[][] m = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                m[i][j] = w[i] / w[j];
            }
        }
        Ahp.Result r = Ahp.weights(List.of("justification", "cost-effectiveness", "readiness"), m);
        assertThat(r.weights()).containsExactly(new double[]{0.5, 0.3, 0.2}, within(1e-9));
        assertThat(r.lambdaMax()).isCloseTo(3, within(1e-9));
        assertThat(r.consistencyRatio()).isCloseTo(0, within(1e-9));
    }

    @Test
    void aNonReciprocalMatrixIsRejected() {
        assertThatThrownBy(() -> Ahp.weights(List.of("a", "b"), new double[][]{{1, 3}, {3, 1}}))
                .hasMessageContaining("not reciprocal");
    }

    /**
     * Weights 0.5 / 0.3 / 0.2; proposal A rated 4, 2, 5 → 2.0 + 0.6 + 1.0 = 3.6;
     * proposal B rated 3, 5, 3 → 1.5 + 1.5 + 0.6 = 3.6 (tie → by id); C rated 5, 1, 1 → 2.5 + 0.3 + 0.2 = 3.0.
     */
    @Test
    void weightedSumShowsEachCriterionsContribution() {
        double[] w = {0.5, 0.3, 0.2};
        double[][] m = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                m[i][j] = w[i] / w[j];
            }
        }
        Ahp.Result weights = Ahp.weights(List.of("justification", "cost", "readiness"), m);
        List<WeightedSumScoring.Ranked> ranked = WeightedSumScoring.rank(List.of(
                new WeightedSumScoring.Proposal("C", Map.of("justification", 5.0, "cost", 1.0, "readiness", 1.0)),
                new WeightedSumScoring.Proposal("B", Map.of("justification", 3.0, "cost", 5.0, "readiness", 3.0)),
                new WeightedSumScoring.Proposal("A", Map.of("justification", 4.0, "cost", 2.0, "readiness", 5.0))), weights);
        assertThat(ranked).extracting(WeightedSumScoring.Ranked::proposalId).containsExactly("A", "B", "C");
        assertThat(ranked.get(0).score()).isCloseTo(3.6, within(1e-9));
        assertThat(ranked.get(0).contributions().get("readiness")).isCloseTo(1.0, within(1e-9));
        assertThat(ranked.get(2).score()).isCloseTo(3.0, within(1e-9));
    }
}
