package pl.miasto4.maturity.portfolio;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * TOPSIS on proposals, computed by hand: ratings A (5, 1), B (4, 4), C (1, 2); AHP matrix
 * [[1, 3], [1/3, 1]] gives weights 0.75 / 0.25 exactly. Column norms √42 and √21;
 * v(A) = (0.75·5/√42, 0.25·1/√21) = (0.57864, 0.05455), v(B) = (0.46291, 0.21822),
 * v(C) = (0.11573, 0.10911); ideal (0.57864, 0.21822), anti-ideal (0.11573, 0.05455).
 * A: S⁺ = 0.16366, S⁻ = 0.46291, C = 0.73880; B: S⁺ = 0.11573, S⁻ = 0.38382, C = 0.76834;
 * C: S⁺ = 0.47559, S⁻ = 0.05455, C = 0.10290. The weighted sum ties A and B at 4.0; TOPSIS
 * prefers B, which is nowhere far from the best.
 */
class TopsisScoringTest {
    static final List<WeightedSumScoring.Proposal> PROPOSALS = List.of(
            new WeightedSumScoring.Proposal("A", Map.of("fit", 5.0, "cost", 1.0)),
            new WeightedSumScoring.Proposal("B", Map.of("fit", 4.0, "cost", 4.0)),
            new WeightedSumScoring.Proposal("C", Map.of("fit", 1.0, "cost", 2.0)));
    static final Ahp.Result WEIGHTS = Ahp.weights(List.of("fit", "cost"), new double[][]{{1, 3}, {1 / 3.0, 1}});

    @Test
    void closenessAndPartsMatchTheHandComputation() {
        assertThat(WEIGHTS.weights()[0]).isCloseTo(0.75, within(1e-9));
        List<TopsisScoring.Ranked> ranked = TopsisScoring.rank(PROPOSALS, WEIGHTS);
        assertThat(ranked).extracting(TopsisScoring.Ranked::proposalId).containsExactly("B", "A", "C");
        assertThat(ranked.get(0).closeness()).isCloseTo(0.76834, within(1e-5));
        assertThat(ranked.get(1).closeness()).isCloseTo(0.73880, within(1e-5));
        assertThat(ranked.get(2).closeness()).isCloseTo(0.10290, within(1e-5));
        TopsisScoring.Part aFit = ranked.get(1).parts().get("fit");
        assertThat(aFit.weighted()).isCloseTo(0.57864, within(1e-5));
        assertThat(aFit.toIdeal()).isCloseTo(0, within(1e-12));
        assertThat(aFit.toAntiIdeal()).isCloseTo(0.57864 - 0.11573, within(1e-5));
    }

    @Test
    void thePartsReproduceTheEnginesCloseness() {
        for (TopsisScoring.Ranked r : TopsisScoring.rank(PROPOSALS, WEIGHTS)) {
            double plus = Math.sqrt(r.parts().values().stream().mapToDouble(p -> p.toIdeal() * p.toIdeal()).sum());
            double minus = Math.sqrt(r.parts().values().stream().mapToDouble(p -> p.toAntiIdeal() * p.toAntiIdeal()).sum());
            assertThat(minus / (plus + minus)).isCloseTo(r.closeness(), within(1e-12));
        }
    }

    @Test
    void theWeightedSumTiesWhatTopsisSeparates() {
        List<WeightedSumScoring.Ranked> ws = WeightedSumScoring.rank(PROPOSALS, WEIGHTS);
        assertThat(ws.get(0).score()).isCloseTo(4.0, within(1e-9));
        assertThat(ws.get(1).score()).isCloseTo(4.0, within(1e-9));
        assertThat(ws.get(2).score()).isCloseTo(1.25, within(1e-9));
    }
}
