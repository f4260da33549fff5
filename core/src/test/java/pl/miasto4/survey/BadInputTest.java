package pl.miasto4.survey;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.function.Executable;
import pl.miasto4.survey.design.DesignSpec;
import pl.miasto4.survey.design.Replicates;
import pl.miasto4.survey.io.SurveyFile;
import pl.miasto4.survey.weight.Calibration;
import pl.miasto4.survey.weight.Margin;
import pl.miasto4.survey.weight.Raking;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Every refusal names its reason, and the row, column, margin or level it is about. */
class BadInputTest {

    static SurveyException refused(Executable e) {
        try {
            e.execute();
        } catch (SurveyException ex) {
            return ex;
        } catch (Throwable t) {
            throw new AssertionError("expected a SurveyException, got " + t, t);
        }
        throw new AssertionError("expected a SurveyException, nothing was thrown");
    }

    static void assertProblem(Executable e, Problem problem, Object... args) {
        SurveyException ex = refused(e);
        assertThat(ex.problem()).isEqualTo(problem);
        assertThat(ex.arguments()).containsExactly(args);
    }

    /** Ten respondents in two strata of five, sex and age bands, weight 10. */
    static SurveyData people(double... weights) {
        double[] w = weights.length > 0 ? weights : new double[]{10, 10, 10, 10, 10, 10, 10, 10, 10, 10};
        return SurveyData.builder(w.length)
                .numbers("w", w)
                .numbers("y", new double[]{1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
                .factor("stratum", "a", "a", "a", "a", "a", "b", "b", "b", "b", "b")
                .factor("sex", "K", "M", "K", "M", "K", "M", "K", "M", "K", "M")
                .factor("age", "18-39", "18-39", "40-64", "40-64", "65+", "18-39", "40-64", "40-64", "65+", "65+")
                .build();
    }

    static SurveyDesign design(SurveyData d) {
        return SurveyDesign.of(d, new DesignSpec("w", "stratum", null, null));
    }

    @Test
    void aWeightOfZeroIsRefusedWithItsLineAndColumn() {
        assertProblem(() -> design(people(10, 10, 0, 10, 10, 10, 10, 10, 10, 10)),
                Problem.WEIGHT_NOT_POSITIVE, 4, "w", 0.0);
        assertProblem(() -> design(people(10, 10, 10, 10, 10, 10, 10, 10, 10, -1)),
                Problem.WEIGHT_NOT_POSITIVE, 11, "w", -1.0);
        assertProblem(() -> design(people(10, Double.NaN, 10, 10, 10, 10, 10, 10, 10, 10)),
                Problem.MISSING_VALUE, 3, "w");
    }

    @Test
    void aStratumWithOneUnitCannotGiveAVariance() {
        SurveyData d = SurveyData.builder(3).numbers("w", new double[]{1, 1, 1})
                .factor("stratum", "a", "a", "b").build();
        assertProblem(() -> SurveyDesign.of(d, new DesignSpec("w", "stratum", null, null)), Problem.STRATUM_ONE_PSU, "b");
        SurveyData one = SurveyData.builder(3).numbers("w", new double[]{1, 1, 1}).factor("c", "x", "x", "x").build();
        assertProblem(() -> SurveyDesign.of(one, new DesignSpec("w", null, "c", null)), Problem.ONE_PSU);
    }

    @Test
    void aStratumSampledCompletelyMayHoldOneUnit() {
        SurveyData d = SurveyData.builder(3).numbers("w", new double[]{1, 1, 1})
                .numbers("N", new double[]{10, 10, 1}).numbers("y", new double[]{1, 2, 3})
                .factor("stratum", "a", "a", "b").build();
        SurveyDesign s = SurveyDesign.of(d, new DesignSpec("w", "stratum", null, "N"));
        assertThat(s.estimator().total("y", pl.miasto4.survey.estimate.Domain.ALL).estimate()).isEqualTo(6);
    }

    @Test
    void fpcMustBeSizesOrFractionsConstantInTheStratumAndNotBelowTheSample() {
        SurveyData d = people();
        SurveyData mixed = SurveyData.builder(10).numbers("w", d.numbers("w"))
                .numbers("f", new double[]{100, 100, 100, 100, 100, 0.5, 0.5, 0.5, 0.5, 0.5})
                .factor("stratum", d.factor("stratum")).build();
        assertProblem(() -> SurveyDesign.of(mixed, new DesignSpec("w", "stratum", null, "f")), Problem.FPC_MIXED, 2, 7);
        SurveyData varies = SurveyData.builder(10).numbers("w", d.numbers("w"))
                .numbers("f", new double[]{100, 100, 100, 100, 99, 50, 50, 50, 50, 50})
                .factor("stratum", d.factor("stratum")).build();
        assertProblem(() -> SurveyDesign.of(varies, new DesignSpec("w", "stratum", null, "f")), Problem.FPC_VARIES, "a", 6);
        SurveyData small = SurveyData.builder(10).numbers("w", d.numbers("w"))
                .numbers("f", new double[]{100, 100, 100, 100, 100, 4, 4, 4, 4, 4})
                .factor("stratum", d.factor("stratum")).build();
        assertProblem(() -> SurveyDesign.of(small, new DesignSpec("w", "stratum", null, "f")), Problem.FPC_BELOW_SAMPLE,
                "b", 4.0, 5);
    }

    @Test
    void marginsThatDescribeDifferentPopulationsConflict() {
        Margin sex = Margin.parse("--rake", "sex=K:520,M:480");
        Margin age = Margin.parse("--rake", "age=18-39:300,40-64:400,65+:310");
        assertProblem(() -> design(people()).rake(List.of(sex, age), Raking.Control.defaults()),
                Problem.MARGIN_TOTALS_DIFFER, "sex", 1000.0, "age", 1010.0);
        assertProblem(() -> design(people()).calibrate(List.of(sex, age), Map.of(),
                Calibration.Settings.of(Calibration.Distance.LINEAR)), Problem.MARGIN_TOTALS_DIFFER, "sex", 1000.0, "age", 1010.0);
    }

    @Test
    void aLevelWithPeopleButNoRespondentIsAnEmptyCell() {
        Margin age = Margin.parse("--rake", "age=18-39:300,40-64:400,65+:200,80+:100");
        assertProblem(() -> design(people()).rake(List.of(age), Raking.Control.defaults()), Problem.MARGIN_EMPTY_CELL,
                "age", "80+");
    }

    @Test
    void aRespondentsLevelMissingFromTheMarginIsNamedWithTheRow() {
        Margin age = Margin.parse("--rake", "age=18-39:300,40-64:700");
        assertProblem(() -> design(people()).rake(List.of(age), Raking.Control.defaults()), Problem.MARGIN_LEVEL_MISSING,
                "age", "65+", 6);
        Margin zero = Margin.parse("--rake", "age=18-39:300,40-64:700,65+:0");
        assertProblem(() -> design(people()).rake(List.of(zero), Raking.Control.defaults()),
                Problem.MARGIN_ZERO_POPULATION, "age", "65+", 6);
    }

    @Test
    void aRespondentWithoutAValueOfAMarginVariableIsNamed() {
        SurveyData d = SurveyData.builder(4).numbers("w", new double[]{1, 1, 1, 1})
                .factor("sex", "K", "M", "", "K").build();
        SurveyDesign s = SurveyDesign.of(d, new DesignSpec("w", null, null, null));
        assertProblem(() -> s.rake(List.of(Margin.parse("--rake", "sex=K:5,M:5")), Raking.Control.defaults()),
                Problem.MISSING_VALUE, 4, "sex");
    }

    @Test
    void rakingThatRunsOutOfIterationsIsRefused() {
        // sex and age are associated in the sample, so one pass does not meet both margins
        Margin sex = Margin.parse("--rake", "sex=K:600,M:400");
        Margin age = Margin.parse("--rake", "age=18-39:200,40-64:500,65+:300");
        SurveyException e = refused(() -> design(people()).rake(List.of(sex, age), new Raking.Control(1, 1e-9)));
        assertThat(e.problem()).isEqualTo(Problem.RAKING_NOT_CONVERGED);
        assertThat(e.arguments().get(0)).isEqualTo(1);
        assertThat((double) e.arguments().get(1)).isGreaterThan(1e-6);
        assertThat(design(people()).rake(List.of(sex, age), Raking.Control.defaults()).steps().get(1).iterations())
                .isGreaterThan(1);
    }

    @Test
    void boundsThatCannotBeMetAreRefused() {
        // R: calibrate(dclus1, ~stype + sch.wide, pop, bounds = c(0.85, 1.2)) fails ("Calibration failed")
        SurveyDesign d = PublishedExamplesTest.dclus1();
        SurveyException e = refused(() -> d.calibrate(List.of(PublishedExamplesTest.STYPE, PublishedExamplesTest.SCHWIDE),
                Map.of(), Calibration.Settings.of(Calibration.Distance.LINEAR).bounded(0.85, 1.2)));
        assertThat(e.problem()).isEqualTo(Problem.CALIBRATION_NOT_CONVERGED);
        assertThat(e.arguments().get(0)).isEqualTo(50);
    }

    @Test
    void linearCalibrationThatWouldMakeAWeightNegativeIsRefused() {
        SurveyData d = SurveyData.builder(4).numbers("w", new double[]{1, 1, 1, 1})
                .numbers("x", new double[]{1, 2, 3, 10}).factor("all", "a", "a", "a", "a").build();
        SurveyDesign s = SurveyDesign.of(d, DesignSpec.simple());
        SurveyException e = refused(() -> s.calibrate(List.of(Margin.parse("--rake", "all=a:4")), Map.of("x", 6.0),
                Calibration.Settings.of(Calibration.Distance.LINEAR)));
        assertThat(e.problem()).isEqualTo(Problem.CALIBRATION_NEGATIVE_WEIGHTS);
        // g = 1.8 − 0.2x by hand: the weight of x = 10 would be −0.2
        assertThat(e.arguments().get(0)).isEqualTo(1);
        assertThat((double) e.arguments().get(1)).isCloseTo(-0.2, within(1e-12));
        // the raking distance keeps weights positive and meets the same totals
        SurveyDesign r = s.calibrate(List.of(Margin.parse("--rake", "all=a:4")), Map.of("x", 6.0),
                Calibration.Settings.of(Calibration.Distance.RAKING));
        double[] w = r.weights();
        assertThat(w[0] + w[1] + w[2] + w[3]).isCloseTo(4, within(1e-9));
        assertThat(w[0] + 2 * w[1] + 3 * w[2] + 10 * w[3]).isCloseTo(6, within(1e-9));
        assertThat(java.util.Arrays.stream(w).min().orElseThrow()).isPositive();
    }

    @Test
    void calibrationToTotalsAloneNeedsAMarginForThePopulationSize() {
        assertProblem(() -> design(people()).calibrate(List.of(), Map.of("y", 55.0),
                Calibration.Settings.of(Calibration.Distance.LINEAR)), Problem.CALIBRATION_NEEDS_MARGIN);
    }

    @Test
    void jk1NeedsADesignWithoutStrata() {
        assertProblem(() -> design(people()).withReplicates(Replicates.Type.JK1, 0, 0), Problem.JK1_WITH_STRATA);
    }

    @Test
    void aReplicateThatLosesAWholeCellIsNamed() {
        // the only respondent of age 65+ is alone in its cluster: deleting that cluster empties the cell
        SurveyData d = SurveyData.builder(6).numbers("w", new double[]{1, 1, 1, 1, 1, 1})
                .factor("c", "1", "1", "2", "2", "3", "3")
                .factor("age", "young", "young", "young", "young", "old", "old").build();
        SurveyDesign s = SurveyDesign.of(d, new DesignSpec("w", null, "c", null)).withReplicates(Replicates.Type.JK1, 0, 0);
        assertProblem(() -> s.rake(List.of(Margin.parse("--rake", "age=young:60,old:40")), Raking.Control.defaults()),
                Problem.REPLICATE_EMPTY_CELL, 3, "age", "old");
    }

    @Test
    void trimmingNeedsRoomInsideTheBounds() {
        assertProblem(() -> design(people()).trim(1, 2, false), Problem.TRIM_IMPOSSIBLE, 1.0, 2.0);
        SurveyData d = SurveyData.builder(4).numbers("w", new double[]{1, 1, 1, 10}).factor("s", "a", "a", "b", "b").build();
        assertProblem(() -> SurveyDesign.of(d, new DesignSpec("w", null, null, null)).trim(5, 100, false),
                Problem.TRIM_NEGATIVE, 5.0, 100.0);
        assertProblem(() -> design(people()).trim(0, 2, false), Problem.BAD_ARGUMENT, "--trim", "0.0,2.0",
                "LOW,HIGH with 0 < LOW ≤ HIGH");
    }

    @Test
    void marginsAreReadStrictly() {
        assertProblem(() -> Margin.parse("--rake", "sex"), Problem.BAD_ARGUMENT, "--rake", "sex", "COL=LEVEL:COUNT,LEVEL:COUNT,…");
        assertProblem(() -> Margin.parse("--rake", "sex=K:10,K:20"), Problem.MARGIN_DUPLICATE_LEVEL, "sex", "K");
        assertProblem(() -> Margin.parse("--rake", "sex=K:ten,M:20"), Problem.MARGIN_BAD_COUNT, "sex", "K", "ten");
        assertThat(Margin.parse("--rake", "age=18-39:1 234 567,40+:2").counts()).containsEntry("18-39", 1_234_567.0);
        assertProblem(() -> design(people()).rake(List.of(Margin.parse("--rake", "sex=K:-5,M:20")), Raking.Control.defaults()),
                Problem.MARGIN_BAD_COUNT, "sex", "K", -5.0);
    }

    @Test
    void filesAreRefusedWithLineColumnAndValue(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("ankieta.csv");
        // Windows-1250, semicolons and decimal commas, as Polish Excel saves it
        Files.writeString(f, "waga;płeć;zadowolenie\n1,5;K;4\n2,25;M;brak danych\n1;M;dużo\n", Charset.forName("windows-1250"));
        SurveyException e = refused(() -> SurveyFile.read(f, "ankieta.csv", Set.of("waga", "zadowolenie"), Set.of("płeć")));
        assertThat(e.problem()).isEqualTo(Problem.NOT_A_NUMBER);
        assertThat(e.arguments()).containsExactly(4L, "zadowolenie", "dużo");
        Files.writeString(f, "waga;płeć;zadowolenie\n1,5;K;4\n2,25;M;brak danych\n1;M;5\n", Charset.forName("windows-1250"));
        SurveyData d = SurveyFile.read(f, "ankieta.csv", Set.of("waga", "zadowolenie"), Set.of("płeć"));
        assertThat(d.numbers("waga")).containsExactly(1.5, 2.25, 1.0);
        assertThat(d.numbers("zadowolenie")[1]).isNaN();
        assertThat(d.factor("płeć").levels()).containsExactly("K", "M");
        assertProblem(() -> SurveyFile.read(f, "ankieta.csv", Set.of("wiek"), Set.of()), Problem.NO_SUCH_COLUMN, "wiek",
                "waga, płeć, zadowolenie");
        Files.writeString(f, "waga;waga\n1;2\n");
        assertProblem(() -> SurveyFile.read(f, "ankieta.csv", Set.of("waga"), Set.of()), Problem.DUPLICATE_COLUMN, "waga");
        Files.writeString(f, "waga;płeć\n");
        assertProblem(() -> SurveyFile.read(f, "ankieta.csv", Set.of("waga"), Set.of()), Problem.NO_ROWS);
        Files.writeString(f, "");
        assertThat(refused(() -> SurveyFile.read(f, "ankieta.csv", Set.of("waga"), Set.of())).problem())
                .isEqualTo(Problem.FILE_UNREADABLE);
    }

    @Test
    void aProportionOfALevelNobodyGaveIsAskedBack() {
        assertProblem(() -> design(people()).estimator().proportion("sex", "k", pl.miasto4.survey.estimate.Domain.ALL,
                pl.miasto4.survey.estimate.ProportionInterval.LOGIT), Problem.NO_SUCH_LEVEL, "sex", "k", "K, M");
    }

    @Test
    void optionsAreReadStrictly() {
        assertThatThrownBy(() -> SurveyRequest.quantile("api00:1.5")).isInstanceOf(SurveyException.class);
        assertProblem(() -> SurveyRequest.pair("--trim", "5"), Problem.BAD_ARGUMENT, "--trim", "5", "LOW,HIGH with LOW < HIGH");
        assertProblem(() -> SurveyRequest.proportion("sex"), Problem.BAD_ARGUMENT, "--proportion", "sex", "COL=LEVEL");
        assertProblem(() -> SurveyRequest.ratio("a/b/c"), Problem.BAD_ARGUMENT, "--ratio", "a/b/c", "NUMERATOR/DENOMINATOR");
    }
}
