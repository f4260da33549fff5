package pl.miasto4.maturity;

import org.junit.jupiter.api.Test;
import pl.miasto4.maturity.assessment.Answer;
import pl.miasto4.maturity.assessment.Assessment;
import pl.miasto4.maturity.assessment.AssessmentParser;
import pl.miasto4.maturity.assessment.CriterionResult;
import pl.miasto4.maturity.assessment.DemoAssessments;
import pl.miasto4.maturity.assessment.MaturityProfile;
import pl.miasto4.maturity.assessment.MaturityScorer;
import pl.miasto4.maturity.assessment.ProfileComparison;
import pl.miasto4.maturity.document.Problem;
import pl.miasto4.maturity.model.MaturityModel;
import pl.miasto4.maturity.model.ModelLibrary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DemoAssessmentsTest {
    private final ModelLibrary library = ModelLibrary.builtIn();
    private final MaturityModel model = library.model("miasto40").orElseThrow();
    private final List<Assessment> demos = DemoAssessments.load(library);

    @Test
    void criteriaTheInterviewDidNotTouchStayUnanswered() {
        Assessment gdansk = demos.stream().filter(a -> a.city().name().equals("Gdańsk")).findFirst().orElseThrow();
        MaturityProfile profile = new MaturityScorer(model).score(gdansk, Map.of());
        // Gdańsk's respondent could neither confirm nor deny certification (report lines 1192-1194)
        assertThat(profile.criteria().get("international_outreach.benchmarking").status())
                .isEqualTo(CriterionResult.Status.MISSING);
        assertThat(profile.criteria().get("technology.blockchain").status())
                .isEqualTo(CriterionResult.Status.NOT_APPLICABLE);
        long missing = profile.criteria().values().stream()
                .filter(r -> r.status() == CriterionResult.Status.MISSING).count();
        assertThat(missing).isPositive();
        assertThat(profile.overall().coverage()).isLessThan(1.0);
    }

    @Test
    void lublinsReportedIndicatorDrivesTheTrafficCriterion() {
        Assessment lublin = demos.stream().filter(a -> a.city().name().equals("Lublin")).findFirst().orElseThrow();
        CriterionResult its = new MaturityScorer(model).score(lublin, Map.of()).criteria().get("mobility.traffic_management");
        // 78% of intersections: meets 60 (level 4), not 80 → 4; judged 4 → both → 4
        assertThat(its.readings()).singleElement().satisfies(r -> {
            assertThat(r.value()).isEqualTo(78);
            assertThat(r.level()).isEqualTo(4);
            assertThat(r.nextThreshold().getAsDouble()).isEqualTo(80);
        });
        assertThat(its.level().getAsDouble()).isEqualTo(4.0);
    }

    @Test
    void aYearLaterTheChangeIsShownAndMissingIsNotAChangeFromZero() {
        Assessment krakow = demos.stream().filter(a -> a.city().name().equals("Kraków")).findFirst().orElseThrow();
        List<Answer> nextYear = new ArrayList<>(krakow.answers().stream()
                .filter(a -> !a.criterionId().equals("foundations.success_measures")).toList());
        nextYear.add(Answer.of("foundations.success_measures", "UMK", 3, 0.8));
        nextYear.add(Answer.of("mobility.passenger_information", "UMK", 4, 0.8));
        Assessment later = new Assessment("krakow-2026", krakow.modelId(), krakow.modelVersion(), krakow.city(),
                "2026-08", Assessment.SELF_ASSESSMENT, nextYear, List.of(), List.of());
        MaturityScorer scorer = new MaturityScorer(model);
        List<ProfileComparison.Change> changes = ProfileComparison.compare(scorer.score(krakow, Map.of()),
                scorer.score(later, Map.of()));
        assertThat(changes).filteredOn(c -> c.key().equals("foundations.success_measures")).singleElement()
                .satisfies(c -> {
                    assertThat(c.delta().getAsDouble()).isEqualTo(2.0);
                    assertThat(c.trend()).isEqualTo(ProfileComparison.Trend.IMPROVED);
                });
        assertThat(changes).filteredOn(c -> c.key().equals("mobility.passenger_information")).singleElement()
                .satisfies(c -> {
                    assertThat(c.trend()).isEqualTo(ProfileComparison.Trend.NEWLY_SCORED);
                    assertThat(c.delta()).isEmpty();
                });
    }

    @Test
    void aBadAnswerIsRejectedWithItsLine() {
        String yaml = """
                schema: miasto4.maturity-assessment/1
                id: x
                model: miasto40
                model_version: 1.0.0
                city: {code: "1261011", name: Kraków}
                date: 2025-09
                origin: derived_from_interviews
                sources: [{id: report002, title: Raport, lines: 6851}]
                answers:
                  - {criterion: foundations.strategy, respondent: A, level: 7, cite: [{lines: 1-2, quote: "Wprowadzenie"}]}
                  - {criterion: foundations.strategy, respondent: B, not_applicable: true, cite: [{lines: 1-2, quote: "x"}]}
                  - {criterion: nowhere.nothing, respondent: A, level: 2}
                """;
        List<Problem> problems = AssessmentParser.parse(yaml, "x.yaml", library::model).problems();
        assertThat(problems).extracting(Problem::toString)
                .anySatisfy(p -> assertThat(p).startsWith("x.yaml:10:").contains("level 7 is outside 1-5"))
                .anySatisfy(p -> assertThat(p).startsWith("x.yaml:11:").contains("is not optional"))
                .anySatisfy(p -> assertThat(p).startsWith("x.yaml:12:").contains("unknown criterion 'nowhere.nothing'"))
                .anySatisfy(p -> assertThat(p).startsWith("x.yaml:12:").contains("must cite the report lines"));
    }
}
