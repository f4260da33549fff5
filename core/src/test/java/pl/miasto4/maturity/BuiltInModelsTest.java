package pl.miasto4.maturity;

import org.junit.jupiter.api.Test;
import pl.miasto4.maturity.model.Component;
import pl.miasto4.maturity.model.MaturityModel;
import pl.miasto4.maturity.model.ModelLibrary;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class BuiltInModelsTest {
    private final ModelLibrary library = ModelLibrary.builtIn();

    @Test
    void theMiasto40ModelHasTheNineIeseDimensionsAndTheCrossCuttingFoundations() {
        MaturityModel model = library.model("miasto40").orElseThrow();
        assertThat(model.dimensions()).extracting(d -> d.id()).containsExactly("human_capital", "social_cohesion",
                "economy", "governance", "environment", "mobility", "urban_planning", "international_outreach",
                "technology", "foundations");
        assertThat(model.dimension("foundations").orElseThrow().crossCutting()).isTrue();
        Set<String> foundations = model.dimension("foundations").orElseThrow().criteria().stream()
                .map(c -> c.id()).collect(Collectors.toSet());
        assertThat(foundations).contains("foundations.strategy", "foundations.data_governance", "foundations.open_data",
                "foundations.participation", "foundations.cybersecurity", "foundations.staff_competences",
                "foundations.funding", "foundations.sustainability", "foundations.success_measures");
    }

    @Test
    void everyCriterionCitesTheReportAndEveryComponentIsUsed() {
        MaturityModel model = library.model("miasto40").orElseThrow();
        model.criteria().forEach(c -> assertThat(c.citations()).as(c.id()).isNotEmpty());
        assertThat(model.criteria().map(c -> c.component()).collect(Collectors.toSet()))
                .isEqualTo(EnumSet.allOf(Component.class));
    }

    @Test
    void bothMaturityLanguagesOfficialsSpeakAreScales() {
        MaturityModel model = library.model("miasto40").orElseThrow();
        assertThat(model.scales()).containsKeys("eservice", "adoption");
        assertThat(model.scales().get("eservice").labels().get(4).pl()).isEqualTo("transakcja");
        assertThat(model.scales().get("adoption").labels().get(2).en()).isEqualTo("proof of concept");
        assertThat(model.criteria().filter(c -> c.scale().equals("adoption")).count()).isGreaterThanOrEqualTo(5);
    }
}
