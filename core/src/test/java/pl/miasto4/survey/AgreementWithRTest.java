package pl.miasto4.survey;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import pl.miasto4.survey.estimate.Estimate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every case of tools/reference/survey_reference.R on R's api data (apiclus1: one-stage cluster
 * sample of districts; apistrat: stratified sample of schools): with and without fpc, raked,
 * post-stratified, calibrated (linear, raking, bounded, to a numeric total), trimmed, by domain,
 * with JK1, JKn and bootstrap replicate weights. Estimates within 1e-6 and SEs within 1e-4 of R,
 * and the final weights within 1e-6.
 */
class AgreementWithRTest {
    static final ReferenceCases.Agreement AGREEMENT = new ReferenceCases.Agreement();

    @TestFactory
    List<DynamicTest> everyCaseAgreesWithR() throws IOException {
        return cases(Path.of("src/test/resources/survey/api"), AGREEMENT);
    }

    /** One test per case of a reference folder. */
    static List<DynamicTest> cases(Path dir, ReferenceCases.Agreement agreement) throws IOException {
        Map<String, List<ReferenceCases.Row>> expected = ReferenceCases.expected(dir);
        Map<String, double[]> weights = ReferenceCases.weights(dir);
        List<DynamicTest> tests = new ArrayList<>();
        for (ReferenceCases.Case c : ReferenceCases.cases(dir)) {
            tests.add(DynamicTest.dynamicTest(c.name(), () -> {
                List<Estimate> actual = ReferenceCases.estimates(dir, c);
                ReferenceCases.compare(c.name(), expected.get(c.name()), actual, agreement);
                double[] w = weights.get(c.name());
                if (w != null) {
                    double[] mine = ReferenceCases.design(dir, c).weights();
                    assertThat(mine).hasSameSizeAs(w);
                    for (int i = 0; i < w.length; i++) {
                        ReferenceCases.check(c.name() + ": weight of row " + (i + 1), w[i], mine[i], 1e-6, 0);
                    }
                }
            }));
        }
        return tests;
    }

    @AfterAll
    static void report() {
        System.out.println("Agreement with R survey on the api cases: " + AGREEMENT);
    }
}
