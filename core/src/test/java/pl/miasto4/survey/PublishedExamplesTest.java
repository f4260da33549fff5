package pl.miasto4.survey;

import org.junit.jupiter.api.Test;
import pl.miasto4.survey.design.DesignSpec;
import pl.miasto4.survey.design.Replicates;
import pl.miasto4.survey.estimate.Domain;
import pl.miasto4.survey.estimate.Estimate;
import pl.miasto4.survey.estimate.Estimator;
import pl.miasto4.survey.io.SurveyFile;
import pl.miasto4.survey.weight.Calibration;
import pl.miasto4.survey.weight.Margin;
import pl.miasto4.survey.weight.Raking;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The numbers printed in R survey's help pages for {@code rake} and {@code calibrate} on the
 * one-stage cluster sample {@code apiclus1} (dclus1 &lt;- svydesign(id = ~dnum, weights = ~pw,
 * fpc = ~fpc)), to the digits printed, through the engine's API as a program would use it.
 */
class PublishedExamplesTest {
    static final Path FILE = Path.of("src/test/resources/survey/api/apiclus1.csv");
    static final DesignSpec DCLUS1 = new DesignSpec("pw", null, "dnum", "fpc");
    static final Margin STYPE = Margin.parse("--rake", "stype=E:4421,H:755,M:1018");
    static final Margin SCHWIDE = Margin.parse("--rake", "sch.wide=No:1072,Yes:5122");

    static SurveyDesign dclus1() {
        SurveyData data = SurveyFile.read(FILE, "apiclus1.csv", Set.of("pw", "fpc", "api00", "enroll"),
                Set.of("dnum", "stype", "sch.wide"));
        return SurveyDesign.of(data, DCLUS1);
    }

    @Test
    void rakedToSchoolTypeAndSchoolWideTarget() {
        SurveyDesign raked = dclus1().rake(List.of(STYPE, SCHWIDE), Raking.Control.r());
        Estimator e = raked.estimator();
        Estimate mean = e.mean("api00", Domain.ALL);
        assertThat(mean.estimate()).isCloseTo(641.23, within(0.005));
        assertThat(mean.se()).isCloseTo(23.704, within(0.0005));
        Estimate total = e.total("enroll", Domain.ALL);
        assertThat(total.estimate()).isCloseTo(3_647_300, within(0.5));
        assertThat(total.se()).isCloseTo(400_603, within(0.5));
    }

    @Test
    void rakedWithJackknifeReplicates() {
        SurveyDesign raked = dclus1().withReplicates(Replicates.Type.JK1, 0, 0)
                .rake(List.of(STYPE, SCHWIDE), Raking.Control.r());
        Estimate mean = raked.estimator().mean("api00", Domain.ALL);
        assertThat(mean.estimate()).isCloseTo(641.23, within(0.005));
        assertThat(mean.se()).isCloseTo(26.873, within(0.0005));
    }

    @Test
    void linearCalibrationToSchoolTypeAndSchoolWideTarget() {
        SurveyDesign cal = dclus1().calibrate(List.of(STYPE, SCHWIDE), Map.of(),
                Calibration.Settings.of(Calibration.Distance.LINEAR));
        Estimate mean = cal.estimator().mean("api00", Domain.ALL);
        assertThat(mean.estimate()).isCloseTo(640.996, within(0.0005));
        assertThat(mean.se()).isCloseTo(23.829, within(0.0005));
    }

    @Test
    void withReplacementVarianceDropsTheFpc() throws Exception {
        // R: svydesign(id = ~1, strata = ~stype, weights = ~pw, data = apistrat) without fpc
        Path dir = Path.of("src/test/resources/survey/api");
        ReferenceCases.Row wr = ReferenceCases.expected(dir).get("strat_with_replacement").stream()
                .filter(r -> r.statistic().equals("mean") && r.variable().equals("api00") && r.domain().equals("all"))
                .findFirst().orElseThrow();
        SurveyData data = SurveyFile.read(dir.resolve("apistrat.csv"), "apistrat.csv", Set.of("pw", "fpc", "api00"),
                Set.of("stype"));
        SurveyDesign withFpc = SurveyDesign.of(data, new DesignSpec("pw", "stype", null, "fpc"));
        Estimate mean = withFpc.withReplacement().estimator().mean("api00", Domain.ALL);
        assertThat(mean.se()).isCloseTo(wr.se(), within(1e-4 * wr.se()));
        assertThat(withFpc.estimator().mean("api00", Domain.ALL).se()).isLessThan(wr.se());
    }

    @Test
    void theStepsAreLoggedWithTheWeightsAfterEach() {
        SurveyDesign raked = dclus1().rake(List.of(STYPE, SCHWIDE), Raking.Control.defaults());
        assertThat(raked.steps()).extracting(SurveyDesign.Step::name).containsExactly("design", "rake");
        assertThat(raked.steps().get(1).weights().sum()).isCloseTo(6194, within(1e-6));
        assertThat(raked.steps().get(0).weights().sum()).isCloseTo(183 * 33.847, within(0.01));
    }
}
