package pl.miasto4.maturity;

import org.junit.jupiter.api.Test;
import pl.miasto4.maturity.assessment.Assessment;
import pl.miasto4.maturity.assessment.DemoAssessments;
import pl.miasto4.maturity.model.Citation;
import pl.miasto4.maturity.model.CitationChecker;
import pl.miasto4.maturity.model.MaturityModel;
import pl.miasto4.maturity.model.ModelLibrary;
import pl.miasto4.maturity.roadmap.ActionCatalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads the research report (docs/sources/002_report.txt) and checks that every citation shipped
 * with the product — in the models, the demo assessments and the action catalogue — points at
 * existing lines that contain the quote it carries.
 */
class CitationsTest {
    private static final String REPORT = "report002";
    private final ModelLibrary library = ModelLibrary.builtIn();
    private final CitationChecker checker = new CitationChecker(REPORT, TestDocuments.reportLines());

    @Test
    void theReportCopyIsTheSeedItClaimsToBe() {
        List<String> lines = TestDocuments.reportLines();
        assertThat(lines).hasSize(6851);
        assertThat(lines.get(4)).contains("Miasto 4.0 – uniwersalny model dojrzałości");
    }

    @Test
    void everyModelCitationPointsAtLinesContainingItsQuote() {
        List<Citation> citations = new ArrayList<>();
        for (MaturityModel model : library.models()) {
            model.dimensions().forEach(d -> citations.addAll(d.citations()));
            model.criteria().forEach(c -> citations.addAll(c.citations()));
        }
        assertThat(citations.stream().filter(c -> c.source().equals(REPORT))).hasSizeGreaterThan(150);
        assertThat(checker.check(citations)).isEmpty();
    }

    @Test
    void everyDemoAnswerCitesTheInterviewItComesFrom() {
        List<Assessment> demos = DemoAssessments.load(library);
        assertThat(demos).extracting(a -> a.city().name())
                .containsExactly("Warszawa", "Kraków", "Gdańsk", "Lublin", "Rzeszów", "Kielce");
        demos.forEach(a -> {
            assertThat(a.origin()).isEqualTo(Assessment.DERIVED_FROM_INTERVIEWS);
            a.answers().forEach(answer -> assertThat(answer.citations()).as(a.id() + " " + answer.criterionId()).isNotEmpty());
        });
        List<Citation> citations = demos.stream().flatMap(Assessment::citations).toList();
        assertThat(citations).allSatisfy(c -> assertThat(c.source()).isEqualTo(REPORT));
        assertThat(checker.check(citations)).isEmpty();
    }

    @Test
    void everyActionOfTheCatalogueCitesItsSource() {
        ActionCatalogue catalogue = ActionCatalogue.builtIn(library.model(ModelLibrary.DEFAULT_MODEL).orElseThrow());
        catalogue.actions().forEach(a -> assertThat(a.citations()).as(a.id()).isNotEmpty());
        assertThat(checker.check(catalogue.actions().stream().flatMap(a -> a.citations().stream()).toList())).isEmpty();
    }

    @Test
    void aWrongQuoteIsCaught() {
        Citation wrong = new Citation(REPORT, 201, 206, "blockchain", "test:1");
        Citation beyond = new Citation(REPORT, 6851, 6852, "x", "test:2");
        assertThat(checker.check(Stream.of(wrong, beyond).toList())).hasSize(2)
                .anySatisfy(m -> assertThat(m).contains("«blockchain» does not occur in report002 lines 201-206"))
                .anySatisfy(m -> assertThat(m).contains("beyond the end"));
    }
}
