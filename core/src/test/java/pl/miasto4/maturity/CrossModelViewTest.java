package pl.miasto4.maturity;

import org.junit.jupiter.api.Test;
import pl.miasto4.maturity.assessment.Assessment;
import pl.miasto4.maturity.assessment.CriterionResult;
import pl.miasto4.maturity.assessment.DemoAssessments;
import pl.miasto4.maturity.assessment.IndicatorValue;
import pl.miasto4.maturity.assessment.MaturityProfile;
import pl.miasto4.maturity.assessment.MaturityScorer;
import pl.miasto4.maturity.mapping.CrossModelView;
import pl.miasto4.maturity.mapping.MappingLibrary;
import pl.miasto4.maturity.mapping.ModelMapping;
import pl.miasto4.maturity.model.MaturityModel;
import pl.miasto4.maturity.model.ModelLibrary;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CrossModelViewTest {
    private final ModelLibrary library = ModelLibrary.builtIn();
    private final MaturityModel miasto40 = library.model("miasto40").orElseThrow();
    private final MaturityModel itu = library.model("itu-y4904").orElseThrow();
    private final ModelMapping mapping = MappingLibrary.builtIn(library).between("miasto40", "itu-y4904").orElseThrow();

    @Test
    void theItuModelIsScoredFromU4sscKpisEndToEnd() {
        Assessment none = new Assessment("kpis-only", "itu-y4904", "1.0.0", new Assessment.City("1261011", "Kraków"),
                "2025", Assessment.SELF_ASSESSMENT, List.of(), List.of(), List.of());
        // 72% of households online: meets 30, 50, 70, not 90 → level 4 (U4SSC EC: ICT: ICT: 1C)
        // broadband: fixed 45% → 3, mobile coverage 99.5% → 5; min → 3
        // ICT infrastructure = min(4, 3) = 3
        MaturityProfile p = new MaturityScorer(itu).score(none, Map.of(
                "household_internet_access_pct", IndicatorValue.of("household_internet_access_pct", 72),
                "fixed_broadband_households_pct", IndicatorValue.of("fixed_broadband_households_pct", 45),
                "mobile_broadband_coverage_pct", IndicatorValue.of("mobile_broadband_coverage_pct", 99.5)));
        assertThat(p.criteria().get("ict_infrastructure.household_internet").level().getAsDouble()).isEqualTo(4);
        assertThat(p.criteria().get("ict_infrastructure.broadband").level().getAsDouble()).isEqualTo(3);
        assertThat(p.dimensions().get("ict_infrastructure").value().getAsDouble()).isEqualTo(3);
        assertThat(p.criteria().get("data.open_data").status()).isEqualTo(CriterionResult.Status.MISSING);
        assertThat(itu.scales().get("ssc").labels().get(2).en()).isEqualTo("alignment");
    }

    /**
     * Warsaw's demo under Miasto 4.0 viewed as ITU-T Y.4904: strategy.ssc_strategy ←
     * foundations.strategy (equivalent, 3) and foundations.success_measures (related, 1):
     * (1.0·3 + 0.5·1) / 1.5 = 2.3333. The ICT household-access KPI has no counterpart: unmapped.
     */
    @Test
    void anAssessmentUnderMiasto40IsViewedAgainstItu() {
        Assessment warszawa = DemoAssessments.load(library).get(0);
        MaturityProfile profile = new MaturityScorer(miasto40).score(warszawa, Map.of());
        CrossModelView.View view = CrossModelView.view(profile, mapping, itu);
        CrossModelView.Projection strategy = view.projections().stream()
                .filter(p -> p.criterionId().equals("strategy.ssc_strategy")).findFirst().orElseThrow();
        assertThat(strategy.level().getAsDouble()).isCloseTo(2.3333, within(1e-4));
        assertThat(strategy.sources()).containsExactly("foundations.strategy", "foundations.success_measures");
        assertThat(view.unmapped()).contains("ict_infrastructure.household_internet");
        assertThat(view.profile().modelId()).isEqualTo("itu-y4904");
        assertThat(view.profile().criteria().get("ict_infrastructure.household_internet").status())
                .isEqualTo(CriterionResult.Status.MISSING);
    }

    @Test
    void theMappingReadsBackwardsToo() {
        ModelMapping inverse = mapping.inverse();
        assertThat(inverse.fromModel()).isEqualTo("itu-y4904");
        assertThat(inverse.links()).anySatisfy(l -> {
            assertThat(l.from()).isEqualTo("data.smart_metering");
            assertThat(l.to()).isEqualTo("environment.utility_networks");
            assertThat(l.relation().code()).isEqualTo("narrower");
        });
    }
}
