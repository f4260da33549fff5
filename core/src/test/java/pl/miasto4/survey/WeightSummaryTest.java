package pl.miasto4.survey;

import org.junit.jupiter.api.Test;
import pl.miasto4.survey.weight.WeightSummary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Kish's effective sample size and weighting design effect, by hand (Kish 1992, eq. 2). */
class WeightSummaryTest {
    @Test
    void kishByHand() {
        // weights 1, 1, 2, 4: (Σw)² / Σw² = 64 / 22; deff = n Σw² / (Σw)² = 4 · 22 / 64 = 1.375 = 1 + CV²
        WeightSummary s = WeightSummary.of(new double[]{1, 1, 2, 4});
        assertThat(s.effectiveSampleSize()).isCloseTo(64.0 / 22, within(1e-15));
        assertThat(s.designEffect()).isCloseTo(1.375, within(1e-15));
        assertThat(1 + s.cv() * s.cv()).isCloseTo(1.375, within(1e-15));
        assertThat(s.min()).isEqualTo(1);
        assertThat(s.max()).isEqualTo(4);
        assertThat(s.sum()).isEqualTo(8);
    }

    @Test
    void equalWeightsLoseNothing() {
        WeightSummary s = WeightSummary.of(new double[]{3, 3, 3, 3, 3});
        assertThat(s.effectiveSampleSize()).isCloseTo(5, within(1e-12));
        assertThat(s.designEffect()).isCloseTo(1, within(1e-12));
    }

    @Test
    void rakingApiclus1ToSchoolTypeCostsPrecision() {
        // raked weights differ by cell, so the effective sample size falls below the 183 respondents
        SurveyDesign raked = PublishedExamplesTest.dclus1().rake(java.util.List.of(PublishedExamplesTest.STYPE,
                PublishedExamplesTest.SCHWIDE), pl.miasto4.survey.weight.Raking.Control.defaults());
        WeightSummary s = raked.weightSummary();
        double sum = 0;
        double squares = 0;
        for (double w : raked.weights()) {
            sum += w;
            squares += w * w;
        }
        assertThat(s.effectiveSampleSize()).isCloseTo(sum * sum / squares, within(1e-9)).isLessThan(183);
        assertThat(PublishedExamplesTest.dclus1().weightSummary().effectiveSampleSize()).isCloseTo(183, within(1e-9));
    }
}
