package pl.miasto4.survey.weight;

import org.junit.jupiter.api.Test;
import pl.miasto4.survey.ReferenceCases;
import pl.miasto4.survey.SurveyDesign;
import pl.miasto4.survey.variance.Linearisation;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Raking's linearisation taken respondent by respondent (R's loop as written; used for margins with
 * very many levels) gives R's standard error, as the cross-table way does.
 */
class RakingAdjustmentTest {
    @Test
    void respondentByRespondentGivesRsStandardError() throws Exception {
        Path dir = Path.of("src/test/resources/survey/fresh");
        ReferenceCases.Case c = ReferenceCases.cases(dir).stream().filter(x -> x.name().equals("fresh_rake")).findFirst()
                .orElseThrow();
        SurveyDesign d = ReferenceCases.design(dir, c);
        ReferenceCases.Row expected = ReferenceCases.expected(dir).get("fresh_rake").stream()
                .filter(r -> r.statistic().equals("mean") && r.variable().equals("zadowolenie") && r.domain().equals("all"))
                .findFirst().orElseThrow();
        RakingAdjustment raking = (RakingAdjustment) d.adjustments().get(0);
        assertThat(raking.byRespondent()).isNotSameAs(raking);
        // the mean's influence values w(y − ȳ)/Σw
        double[] y = d.data().numbers("zadowolenie");
        double[] w = d.weights();
        double sum = 0;
        double wy = 0;
        for (int i = 0; i < y.length; i++) {
            sum += w[i];
            wy += w[i] * y[i];
        }
        double mean = wy / sum;
        double[] x = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            x[i] = w[i] * (y[i] - mean) / sum;
        }
        assertThat(mean).isCloseTo(expected.estimate(), within(1e-9));
        double v = Linearisation.variance(x, d.structure(), List.<Adjustment>of(raking.byRespondent()));
        assertThat(Math.sqrt(v)).isCloseTo(expected.se(), within(1e-4 * expected.se()));
    }
}
