package pl.miasto4.maturity.roadmap;

import org.junit.jupiter.api.Test;
import pl.miasto4.maturity.TestDocuments;
import pl.miasto4.maturity.assessment.Assessment;
import pl.miasto4.maturity.assessment.DemoAssessments;
import pl.miasto4.maturity.assessment.IndicatorValue;
import pl.miasto4.maturity.assessment.MaturityProfile;
import pl.miasto4.maturity.assessment.MaturityScorer;
import pl.miasto4.maturity.document.Parsed;
import pl.miasto4.maturity.model.MaturityModel;
import pl.miasto4.maturity.model.ModelLibrary;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class RoadmapPlannerTest {
    private static final String HEAD = """
            schema: miasto4.maturity-actions/1
            model: tiny
            actions:
            """;
    private static final String TINY_ACTIONS = HEAD + """
              - {id: gov, title: {pl: G, en: G}, component: processes, cost: low, raises: [{criterion: d1.c1, gain: 2, up_to: 4}]}
              - {id: skills, title: {pl: S, en: S}, component: people, cost: low, raises: [{criterion: d1.c2, gain: 2, up_to: 4}]}
              - {id: platform, title: {pl: P, en: P}, component: technology, cost: high, requires: [gov], raises: [{criterion: d1.c3, gain: 1, up_to: 4}]}
              - {id: twin, title: {pl: T, en: T}, component: technology, cost: high, requires: [platform], raises: [{criterion: d1.c3, gain: 1, up_to: 5}]}
              - {id: fund, title: {pl: F, en: F}, component: money, cost: medium, raises: [{criterion: d2.c5, gain: 1, up_to: 3}]}
            """;

    private final MaturityModel tiny = TestDocuments.tinyModel();

    /**
     * Tiny profile (see MaturityScorerTest): c1 = 2.667, c2 missing (assumed 1), c3 = 3; target d1 = 4.
     * Impact per cost unit: skills 2/1 = 2, gov 1.333/1, platform (1 level × weight 2)/4 = 0.5,
     * twin 0.5 (tie → platform by id; after it c3 = 4 and twin adds nothing), fund 0 (d2 not targeted).
     * Deficits (mean target 4): people 4 − 1 = 3, processes 4 − 2.333 = 1.667, technology 1.
     * Order: skills (key 1/3) before gov (1/1.667); platform after gov. Two years: 2 + 1 steps.
     * Projected d1 = (4 + 3 + 4·2) / 4 = 3.75 < 4: not reachable with this catalogue.
     */
    @Test
    void ordersByDependencyAndBalanceAndSaysWhatStaysOutOfReach() {
        ActionCatalogue catalogue = ActionCatalogue.parse(TINY_ACTIONS, "tiny-actions.yaml", tiny).orThrow();
        MaturityProfile profile = new MaturityScorer(tiny).score(TestDocuments.tinyAssessment(),
                Map.of("x_share", IndicatorValue.of("x_share", 25), "y_days", IndicatorValue.of("y_days", 35)));

        Roadmap roadmap = new RoadmapPlanner(tiny, catalogue).plan(profile, new RoadmapRequest(Map.of("d1", 4), 2));

        assertThat(roadmap.steps()).extracting(s -> s.action().id()).containsExactly("skills", "gov", "platform");
        assertThat(roadmap.steps()).extracting(Roadmap.Step::year).containsExactly(1, 1, 2);
        assertThat(roadmap.steps().get(1).impact()).isCloseTo(1.3333, within(1e-4));
        Roadmap.DimensionGap gap = roadmap.gaps().get(0);
        assertThat(gap.criteria()).extracting(Roadmap.CriterionGap::criterionId).containsExactly("d1.c1", "d1.c2", "d1.c3");
        assertThat(gap.criteria().get(1).assessed()).isFalse();
        assertThat(roadmap.projected().get("d1").getAsDouble()).isCloseTo(3.75, within(1e-9));
        assertThat(roadmap.unreachable()).containsExactly("d1");
    }

    @Test
    void aPrerequisiteIsPulledInEvenWithoutImpactOfItsOwn() {
        String yaml = HEAD + """
                  - {id: ordinance, title: {pl: O, en: O}, component: processes, cost: low, raises: [{criterion: d2.c5, gain: 1, up_to: 2}]}
                  - {id: platform, title: {pl: P, en: P}, component: technology, cost: high, requires: [ordinance], raises: [{criterion: d1.c3, gain: 2, up_to: 5}]}
                """;
        ActionCatalogue catalogue = ActionCatalogue.parse(yaml, "a.yaml", tiny).orThrow();
        MaturityProfile profile = new MaturityScorer(tiny).score(TestDocuments.tinyAssessment(), Map.of());
        Roadmap roadmap = new RoadmapPlanner(tiny, catalogue).plan(profile, new RoadmapRequest(Map.of("d1", 5), 3));
        assertThat(roadmap.steps()).extracting(s -> s.action().id() + ":" + s.reason())
                .containsExactly("ordinance:PREREQUISITE", "platform:CLOSES_GAP");
    }

    @Test
    void aCycleOfRequirementsIsRejectedWithTheCycle() {
        String yaml = HEAD + """
                  - {id: a, title: {pl: A, en: A}, component: processes, cost: low, requires: [c], raises: [{criterion: d1.c1, gain: 1, up_to: 5}]}
                  - {id: b, title: {pl: B, en: B}, component: people, cost: low, requires: [a], raises: [{criterion: d1.c2, gain: 1, up_to: 5}]}
                  - {id: c, title: {pl: C, en: C}, component: money, cost: low, requires: [b, nowhere], raises: [{criterion: d1.c9, gain: 1, up_to: 5}]}
                """;
        Parsed<ActionCatalogue> parsed = ActionCatalogue.parse(yaml, "cyclic.yaml", tiny);
        assertThat(parsed.problems()).extracting(p -> p.message())
                .anySatisfy(m -> assertThat(m).contains("actions require each other in a cycle: a → c → b → a"))
                .anySatisfy(m -> assertThat(m).contains("requires unknown action 'nowhere'"))
                .anySatisfy(m -> assertThat(m).contains("raises unknown criterion 'd1.c9'"));
        Map<String, List<String>> xy = new java.util.LinkedHashMap<>();
        xy.put("x", List.of("y"));
        xy.put("y", List.of("x"));
        assertThatThrownBy(() -> Dependencies.order(xy,
                s -> java.util.Comparator.<String>naturalOrder()))
                .isInstanceOf(DependencyCycleException.class).hasMessageContaining("x → y → x");
    }

    @Test
    void krakowsRoadmapPutsDataGovernanceBeforeTheDigitalTwinAndMixesComponents() {
        ModelLibrary library = ModelLibrary.builtIn();
        MaturityModel model = library.model("miasto40").orElseThrow();
        Assessment krakow = DemoAssessments.load(library).stream()
                .filter(a -> a.city().name().equals("Kraków")).findFirst().orElseThrow();
        MaturityProfile profile = new MaturityScorer(model).score(krakow, Map.of());
        Map<String, Integer> targets = model.dimensions().stream().collect(Collectors.toMap(d -> d.id(), d -> 4));

        Roadmap roadmap = new RoadmapPlanner(model, ActionCatalogue.builtIn(model)).plan(profile, new RoadmapRequest(targets, 4));

        List<String> ids = roadmap.steps().stream().map(s -> s.action().id()).toList();
        assertThat(ids).contains("data_governance_ordinance", "digital_twin_pilot");
        assertThat(ids.indexOf("data_governance_ordinance")).isLessThan(ids.indexOf("spatial_information_system"));
        assertThat(ids.indexOf("spatial_information_system")).isLessThan(ids.indexOf("digital_twin_pilot"));
        roadmap.steps().forEach(step -> step.action().requires().forEach(req -> {
            assertThat(ids.indexOf(req)).as(req + " before " + step.action().id()).isLessThan(ids.indexOf(step.action().id()));
            Roadmap.Step prereq = roadmap.steps().get(ids.indexOf(req));
            assertThat(prereq.year()).isLessThanOrEqualTo(step.year());
        }));
        assertThat(roadmap.steps().stream().filter(s -> s.year() == 1).map(s -> s.action().component()).distinct())
                .as("the first year already moves all four components").hasSize(4);
        assertThat(roadmap.steps()).allSatisfy(s -> assertThat(s.year()).isBetween(1, 4));
    }
}
