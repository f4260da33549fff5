package pl.miasto4.app.maturity.report;

import pl.miasto4.app.maturity.assessment.AssessmentStore;

import pl.miasto4.maturity.model.Component;
import pl.miasto4.maturity.model.MaturityModel;
import pl.miasto4.maturity.model.Text;
import pl.miasto4.maturity.roadmap.Roadmap;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static pl.miasto4.app.maturity.report.ProfileView.d;

/** A roadmap in plain values: gaps, ordered steps with their sources, projections and the component balance. */
public record RoadmapView(Map<String, Integer> targets, int horizonYears, boolean saved, List<DimensionGap> gaps,
                          List<StepView> steps, List<ProjectionView> projected, List<BalanceView> balance) {

    public record CriterionGapView(String criterionId, Text name, Double current, boolean assessed, int target) {
    }

    public record DimensionGap(String dimensionId, Text name, Double current, int target, double gap, List<CriterionGapView> criteria) {
    }

    public record RaiseView(String criterionId, Text name, double levelAfter) {
    }

    public record StepView(int order, int year, String actionId, Text title, String component, String cost, String reason,
                           double impact, List<String> requires, List<RaiseView> raises,
                           List<AssessmentStore.CitationJson> citations, String initiativeCode) {
    }

    public record ProjectionView(String dimensionId, Text name, Double current, int target, Double projected, boolean reached) {
    }

    public record BalanceView(String component, Text name, int actions, int costUnits, double deficit) {
    }

    static RoadmapView of(Roadmap r, MaturityModel model, MaturityResults.Targets targets, Map<String, String> initiativeByAction) {
        List<DimensionGap> gaps = new ArrayList<>();
        List<ProjectionView> projections = new ArrayList<>();
        for (Roadmap.DimensionGap g : r.gaps()) {
            Text name = model.dimension(g.dimensionId()).orElseThrow().name();
            gaps.add(new DimensionGap(g.dimensionId(), name, d(g.current()), g.target(), g.gap(), g.criteria().stream()
                    .map(c -> new CriterionGapView(c.criterionId(), model.criterion(c.criterionId()).orElseThrow().name(),
                            d(c.current()), c.assessed(), c.target())).toList()));
            projections.add(new ProjectionView(g.dimensionId(), name, d(g.current()), g.target(),
                    d(r.projected().getOrDefault(g.dimensionId(), java.util.OptionalDouble.empty())),
                    !r.unreachable().contains(g.dimensionId())));
        }
        List<StepView> steps = r.steps().stream().map(s -> new StepView(s.order(), s.year(), s.action().id(), s.action().title(),
                s.action().component().code(), s.action().cost().name().toLowerCase(), s.reason().name().toLowerCase(), s.impact(),
                s.action().requires(), s.levelsAfter().entrySet().stream().map(e -> new RaiseView(e.getKey(),
                        model.criterion(e.getKey()).orElseThrow().name(), e.getValue())).toList(),
                s.action().citations().stream().map(AssessmentStore.CitationJson::of).toList(),
                initiativeByAction.get(s.action().id()))).toList();
        List<BalanceView> balance = new ArrayList<>();
        for (Component c : Component.values()) {
            Roadmap.ComponentLoad l = r.balance().get(c);
            balance.add(new BalanceView(c.code(), c.displayName(), l.actions(), l.costUnits(), l.deficit()));
        }
        return new RoadmapView(targets.levels(), targets.horizonYears(), targets.saved(), gaps, steps, projections, balance);
    }
}
