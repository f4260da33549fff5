package pl.miasto4.maturity;

import org.junit.jupiter.api.Test;
import pl.miasto4.maturity.assessment.Assessment;
import pl.miasto4.maturity.assessment.CriterionResult;
import pl.miasto4.maturity.assessment.IndicatorValue;
import pl.miasto4.maturity.assessment.MaturityProfile;
import pl.miasto4.maturity.assessment.MaturityScorer;
import pl.miasto4.maturity.model.Component;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The tiny model (src/test/resources/maturity/tiny-model.yaml) scored by hand:
 * <pre>
 * d1.c1 (w1, processes): A says 2 (confidence 1.0), B says 4 (0.5)
 *       consensus = (2·1.0 + 4·0.5) / 1.5 = 4 / 1.5 = 2.6667; min 2, max 4, spread 2 → disputed
 * d1.c2 (w1, people): nobody answered → MISSING (not zero)
 * d1.c3 (w2, technology, indicators): x_share = 25 meets 10 and 20, not 30 → level 3; next threshold 30
 * d2.c4 (w1, technology, optional): not applicable → left out of coverage
 * d2.c5 (w1, processes, both): judged 4; y_days = 35 (negative) meets 50, not 30 → level 2;
 *       both → min(4, 2) = 2 (measured use caps the claim)
 * d1 = (2.6667·1 + 3·2) / (1 + 2) = 8.6667 / 3 = 2.8889; coverage (1 + 2) / (1 + 1 + 2) = 0.75
 * d2 = 2; coverage 1 / 1 = 1 (c4 is not applicable)
 * overall = (2.8889 + 2) / 2 = 2.4444; coverage 1
 * processes = (2.6667 + 2) / 2 = 2.3333; technology = 3 (c3 only); people: missing; money: no criteria
 * </pre>
 */
class MaturityScorerTest {
    private final MaturityScorer scorer = new MaturityScorer(TestDocuments.tinyModel());
    private final Assessment assessment = TestDocuments.tinyAssessment();

    @Test
    void rollsUpByHandComputedNumbers() {
        MaturityProfile p = scorer.score(assessment, Map.of(
                "x_share", IndicatorValue.of("x_share", 25), "y_days", IndicatorValue.of("y_days", 35)));

        CriterionResult c1 = p.criteria().get("d1.c1");
        assertThat(c1.level().getAsDouble()).isCloseTo(2.6667, within(1e-4));
        assertThat(c1.consensus().orElseThrow().min()).isEqualTo(2);
        assertThat(c1.consensus().orElseThrow().max()).isEqualTo(4);
        assertThat(c1.consensus().orElseThrow().disputed()).isTrue();

        assertThat(p.criteria().get("d1.c2").status()).isEqualTo(CriterionResult.Status.MISSING);
        assertThat(p.criteria().get("d1.c2").level()).isEmpty();

        CriterionResult c3 = p.criteria().get("d1.c3");
        assertThat(c3.level().getAsDouble()).isEqualTo(3.0);
        assertThat(c3.readings()).singleElement().satisfies(r -> {
            assertThat(r.value()).isEqualTo(25);
            assertThat(r.level()).isEqualTo(3);
            assertThat(r.nextThreshold().getAsDouble()).isEqualTo(30);
        });

        assertThat(p.criteria().get("d2.c4").status()).isEqualTo(CriterionResult.Status.NOT_APPLICABLE);
        assertThat(p.criteria().get("d2.c5").level().getAsDouble()).isEqualTo(2.0);
        assertThat(p.criteria().get("d2.c5").indicatorLevel().getAsDouble()).isEqualTo(2.0);

        assertThat(p.dimensions().get("d1").value().getAsDouble()).isCloseTo(2.8889, within(1e-4));
        assertThat(p.dimensions().get("d1").coverage()).isCloseTo(0.75, within(1e-9));
        assertThat(p.dimensions().get("d2").value().getAsDouble()).isEqualTo(2.0);
        assertThat(p.dimensions().get("d2").coverage()).isEqualTo(1.0);
        assertThat(p.overall().value().getAsDouble()).isCloseTo(2.4444, within(1e-4));

        assertThat(p.components().get(Component.PROCESSES).value().getAsDouble()).isCloseTo(2.3333, within(1e-4));
        assertThat(p.components().get(Component.TECHNOLOGY).value().getAsDouble()).isEqualTo(3.0);
        assertThat(p.components().get(Component.PEOPLE).value()).isEmpty();
        assertThat(p.components().get(Component.MONEY).applicable()).isZero();
    }

    /**
     * Without indicator values: c3 (indicators only) is missing, c5 falls back to the judged 4.
     * d1: only c1 scored, coverage 1 / 4 = 0.25 below the model's 0.5 → no value, partial 2.6667.
     * d2 = 4 (coverage 1). overall: one of two dimensions → coverage 0.5 ≥ 0.5 → 4.
     */
    @Test
    void missingDataStaysMissingAndLowCoverageWithholdsTheScore() {
        MaturityProfile p = scorer.score(assessment, Map.of());
        assertThat(p.criteria().get("d1.c3").status()).isEqualTo(CriterionResult.Status.MISSING);
        assertThat(p.criteria().get("d1.c3").missingIndicators()).containsExactly("x_share");
        assertThat(p.dimensions().get("d1").value()).isEmpty();
        assertThat(p.dimensions().get("d1").partial().getAsDouble()).isCloseTo(2.6667, within(1e-4));
        assertThat(p.dimensions().get("d1").coverage()).isCloseTo(0.25, within(1e-9));
        assertThat(p.dimensions().get("d2").value().getAsDouble()).isEqualTo(4.0);
        assertThat(p.overall().value().getAsDouble()).isEqualTo(4.0);
        assertThat(p.overall().coverage()).isEqualTo(0.5);
    }
}
