package pl.miasto4.app.maturity;

import pl.miasto4.app.maturity.assessment.AssessmentService;
import pl.miasto4.app.maturity.assessment.AssessmentStore;
import pl.miasto4.app.maturity.assessment.ModelStore;
import pl.miasto4.app.maturity.assessment.RejectedInput;
import pl.miasto4.app.maturity.report.MaturityViews;
import pl.miasto4.app.maturity.report.ProfileView;
import pl.miasto4.app.maturity.report.RoadmapView;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.miasto4.app.StoreTest;
import pl.miasto4.app.importing.ImportOptions;
import pl.miasto4.app.importing.ImportService;
import pl.miasto4.maturity.assessment.Assessment;
import pl.miasto4.maturity.assessment.DemoAssessments;
import pl.miasto4.maturity.assessment.MaturityScorer;
import pl.miasto4.maturity.document.DocumentRejectedException;
import pl.miasto4.maturity.model.ModelLibrary;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Maturity in the store: a city's story from the demo assessments to its own questionnaire, history and roadmap. */
class MaturityStoreTest extends StoreTest {
    static final String KRAKOW = "1261011";
    static final String POZNAN = "3064011";

    @Autowired
    AssessmentStore store;
    @Autowired
    AssessmentService service;
    @Autowired
    MaturityViews views;
    @Autowired
    ModelStore models;
    @Autowired
    ImportService imports;

    @Test
    void theSixReportCitiesAreLoadedAsDerivedFromInterviewsWithEveryCitation() {
        List<AssessmentStore.StoredAssessment> demo = store.list(null, "miasto40").stream()
                .filter(AssessmentStore.StoredAssessment::derivedFromInterviews).toList();
        assertThat(demo).extracting(AssessmentStore.StoredAssessment::unitName)
                .containsExactlyInAnyOrder("Warszawa", "Kraków", "Gdańsk", "Lublin", "Rzeszów", "Kielce");
        long citations = jdbc.sql("""
                SELECT (SELECT sum(jsonb_array_length(citations)) FROM maturity_answer)
                     + (SELECT sum(jsonb_array_length(r -> 'citations')) FROM maturity_assessment, jsonb_array_elements(reported_indicators) r)""")
                .query(Long.class).single();
        assertThat(citations).as("docs/maturity.md: 252 citations in the six demo assessments").isEqualTo(252);
        assertThat(demo).allMatch(a -> a.sources().get(0).path().equals("docs/sources/002_report.txt"));
    }

    @Test
    void aStoredDemoScoresExactlyAsItsDocument() {
        Assessment document = DemoAssessments.load(ModelLibrary.builtIn()).stream()
                .filter(a -> a.city().code().equals(KRAKOW)).findFirst().orElseThrow();
        double expected = new MaturityScorer(ModelLibrary.builtIn().model("miasto40").orElseThrow())
                .score(document, Map.of()).overall().value().getAsDouble();
        ProfileView stored = views.profile(store.findByCode(document.id()).orElseThrow().id());
        assertThat(stored.overall().value()).isCloseTo(expected, within(1e-12)).isCloseTo(2.54, within(0.005));
    }

    private long poznan(int year) {
        return store.findByCode("poznan-test-" + year).map(AssessmentStore.StoredAssessment::id).orElseGet(() ->
                service.create(new AssessmentService.NewAssessment("poznan-test-" + year, "miasto40", null, POZNAN,
                        year + "-10", null, null), "tester").id());
    }

    @Test
    void indicatorValuesFromTheStoreDriveTheLevelAndShowWhichValueDidIt() throws Exception {
        long id = poznan(2025);
        service.saveAnswer(id, new AssessmentService.AnswerInput("mobility.traffic_management", "Zarząd Dróg", 4, false, 0.8,
                List.of()), "tester");
        Path csv = Files.createTempFile("its", ".csv");
        // 2026 lies after the assessment year and must not be used
        Files.writeString(csv, "unit,indicator,period,value,source\n" + POZNAN + ",its_intersections_pct,2024,45,Zarząd Dróg\n"
                + POZNAN + ",its_intersections_pct,2026,90,Zarząd Dróg\n");
        assertThat(imports.importFile(csv, "its.csv", ImportOptions.of("tester")).rejected()).isFalse();

        ProfileView.CriterionView c = criterion(views.profile(id), "mobility.traffic_management");
        // judged 4, measured 45 % of intersections → level 3 (30 ≤ 45 < 60): use caps the claim
        assertThat(c.level()).isEqualTo(3.0);
        assertThat(c.cappedByIndicators()).isTrue();
        assertThat(c.readings()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo("its_intersections_pct");
            assertThat(r.value()).isEqualTo(45.0);
            assertThat(r.period()).isEqualTo("2024");
            assertThat(r.nextThreshold()).isEqualTo(60.0);
            assertThat(r.fromStore()).isTrue();
            assertThat(r.source()).isEqualTo("Zarząd Dróg");
        });
    }

    @Test
    void severalRespondentsAreReconciledAndTheirDisagreementShown() {
        long id = poznan(2025);
        service.saveAnswer(id, new AssessmentService.AnswerInput("foundations.strategy", "Biuro Strategii", 2, false, 1.0,
                List.of(new AssessmentStore.EvidenceJson("link", "https://www.poznan.pl/", null))), "tester");
        service.saveAnswer(id, new AssessmentService.AnswerInput("foundations.strategy", "Wydział Informatyki", 5, false, 0.5,
                List.of(new AssessmentStore.EvidenceJson("text", "Strategia cyfrowa przyjęta w 2024 r.", null))), "tester");
        ProfileView.CriterionView c = criterion(views.profile(id), "foundations.strategy");
        // (1.0·2 + 0.5·5) / 1.5 = 3.0
        assertThat(c.level()).isCloseTo(3.0, within(1e-12));
        assertThat(c.consensus().min()).isEqualTo(2);
        assertThat(c.consensus().max()).isEqualTo(5);
        assertThat(c.consensus().disputed()).isTrue();
        assertThat(c.answers()).hasSize(2);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE entity = 'maturity_answer' AND entity_id LIKE 'poznan-test-2025/foundations.strategy/%'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void badAnswersAreRefusedWithEveryProblemAndChangeNothing() {
        long id = poznan(2025);
        String before = dump();
        assertThatThrownBy(() -> service.saveAnswer(id, new AssessmentService.AnswerInput("foundations.funding", "", 7, true, 1.5,
                List.of(new AssessmentStore.EvidenceJson("link", "javascript:alert(1)", null))), "tester"))
                .isInstanceOfSatisfying(RejectedInput.class, e -> assertThat(e.problems()).extracting(RejectedInput.Problem::field)
                        .containsExactlyInAnyOrder("respondent", "level", "level", "notApplicable", "confidence", "evidence[0]"));
        assertThatThrownBy(() -> service.saveAnswer(id, new AssessmentService.AnswerInput("foundations.nothing", "A", 3, false, 1.0,
                List.of()), "tester")).isInstanceOf(RejectedInput.class).hasMessageContaining("no such criterion");
        assertThat(dump()).isEqualTo(before);
    }

    @Test
    void unansweredCriteriaStayMissingAndThinDimensionsAreNotReported() {
        long id = poznan(2023);
        service.saveAnswer(id, new AssessmentService.AnswerInput("human_capital.resident_digital_skills", "A", 3, false, 1.0, List.of()),
                "tester");
        service.saveAnswer(id, new AssessmentService.AnswerInput("technology.blockchain", "A", null, true, 1.0, List.of()), "tester");
        ProfileView p = views.profile(id);
        ProfileView.DimensionView human = p.dimensions().stream().filter(d -> d.id().equals("human_capital")).findFirst().orElseThrow();
        // 1 of 2 equally weighted criteria: coverage 0.5 meets min_coverage 0.5
        assertThat(human.score().value()).isEqualTo(3.0);
        assertThat(human.score().coverage()).isEqualTo(0.5);
        ProfileView.DimensionView mobility = p.dimensions().stream().filter(d -> d.id().equals("mobility")).findFirst().orElseThrow();
        assertThat(mobility.score().value()).isNull();
        assertThat(mobility.criteria()).allMatch(ProfileView.CriterionView::missing).allMatch(c -> c.level() == null);
        assertThat(criterion(p, "technology.blockchain").notApplicable()).isTrue();
        assertThat(p.overall().value()).as("1 of 10 dimensions scored").isNull();
    }

    @Test
    void theNextYearIsComparedWithTheLastOne() {
        long last = poznan(2024);
        service.saveAnswer(last, new AssessmentService.AnswerInput("human_capital.resident_digital_skills", "A", 2, false, 1.0, List.of()), "tester");
        long now = poznan(2026);
        service.saveAnswer(now, new AssessmentService.AnswerInput("human_capital.resident_digital_skills", "A", 4, false, 1.0, List.of()), "tester");
        ProfileView p = views.profile(now);
        assertThat(p.history()).isNotNull();
        assertThat(p.history().previousYear()).isIn(2024, 2025);
        ProfileView.ChangeView human = p.history().changes().stream().filter(c -> c.key().equals("human_capital")).findFirst().orElseThrow();
        assertThat(human.after()).isEqualTo(4.0);
        assertThat(p.history().changes()).noneMatch(c -> c.delta() != null && (c.before() == null || c.after() == null));
    }

    @Test
    void aRoadmapPutsPrerequisitesFirstAndIsSavedWithItsTargets() {
        long id = store.findByCode("demo-krakow-2025").orElseThrow().id();
        RoadmapView r = views.roadmap(id, Map.of("urban_planning", 4, "foundations", 4), 3).orElseThrow();
        assertThat(r.steps()).isNotEmpty();
        Map<String, Integer> position = new java.util.HashMap<>();
        r.steps().forEach(s -> position.put(s.actionId(), s.order()));
        for (RoadmapView.StepView s : r.steps()) {
            for (String req : s.requires()) {
                assertThat(position).containsKey(req);
                assertThat(position.get(req)).as(req + " before " + s.actionId()).isLessThan(s.order());
            }
            assertThat(s.year()).isBetween(1, 3);
            assertThat(s.citations()).isNotEmpty();
        }
        assertThatThrownBy(() -> views.roadmap(id, Map.of("nowhere", 4), 3)).isInstanceOf(RejectedInput.class);
    }

    @Test
    void aModelIsImportedOnceperVersionAndABadOneIsRefusedWithItsLine() {
        String itu = ModelLibrary.builtIn().documentText("itu-y4904").orElseThrow();
        String own = itu.replace("id: itu-y4904", "id: poznan-ssc").replace("version: 1.0.0", "version: 2025.1");
        ModelStore.StoredModel stored = models.importModel(own, "poznan.yaml", "tester");
        assertThat(stored.builtIn()).isFalse();
        assertThat(models.importModel(own, "poznan.yaml", "tester").importedAt()).isEqualTo(stored.importedAt());
        assertThatThrownBy(() -> models.importModel(own.replace("min_coverage: 0.5", "min_coverage: 0.6"), "poznan.yaml", "tester"))
                .isInstanceOf(DocumentRejectedException.class).hasMessageContaining("new 'version'");
        assertThatThrownBy(() -> models.importModel(own.replace("version: 2025.1", "version: 2025.2")
                .replace("criterion_to_dimension: min", "criterion_to_dimension: maximum"), "poznan.yaml", "tester"))
                .isInstanceOfSatisfying(DocumentRejectedException.class, e ->
                        assertThat(e.problems()).anySatisfy(p -> assertThat(p.line()).isGreaterThan(20)));
        assertThat(models.list()).extracting(ModelStore.StoredModel::id).contains("miasto40", "itu-y4904", "poznan-ssc");
    }

    static ProfileView.CriterionView criterion(ProfileView p, String id) {
        return p.dimensions().stream().flatMap(d -> d.criteria().stream()).filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }
}
