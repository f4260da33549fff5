package pl.miasto4.app.maturity.report;

import pl.miasto4.app.maturity.assessment.AssessmentStore;
import pl.miasto4.app.maturity.assessment.RejectedInput;
import pl.miasto4.app.maturity.portfolio.InitiativeStore;

import org.springframework.stereotype.Component;
import pl.miasto4.maturity.benchmark.Benchmark;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds the profile, benchmark and roadmap views of an assessment, the same for the API, the pages and the report. */
@Component
public class MaturityViews {
    private final MaturityResults results;
    private final AssessmentStore assessments;
    private final InitiativeStore initiatives;

    public MaturityViews(MaturityResults results, AssessmentStore assessments, InitiativeStore initiatives) {
        this.results = results;
        this.assessments = assessments;
        this.initiatives = initiatives;
    }

    public ProfileView profile(long assessmentId) {
        MaturityResults.Scored s = results.score(assessmentId);
        return ProfileView.of(s, assessments.answers(assessmentId), results.history(s));
    }

    /** An assessment's overall score alone (for lists: no history, no views of every criterion). */
    public ProfileView.ScoreView overall(AssessmentStore.StoredAssessment a) {
        return ProfileView.ScoreView.of(results.score(a).profile().overall());
    }

    public BenchmarkView benchmark(long assessmentId, List<String> peers) {
        MaturityResults.Scored s = results.score(assessmentId);
        Benchmark b = results.benchmark(s, peers);
        Map<String, String> codes = new HashMap<>();
        codes.put(s.assessment().unitCode(), s.assessment().code());
        results.peerCandidates(s).forEach(a -> codes.put(a.unitCode(), a.code()));
        return BenchmarkView.of(b, s.model(), codes, MaturityResults.DRAWS);
    }

    /** The latest assessment of each other city under the same model version: the peers one can choose. */
    public List<AssessmentStore.StoredAssessment> peerCandidates(long assessmentId) {
        return results.peerCandidates(results.score(assessmentId));
    }

    /**
     * The roadmap towards the given targets and horizon, or the saved ones, or the default; empty when the
     * model has no action catalogue.
     */
    public Optional<RoadmapView> roadmap(long assessmentId, Map<String, Integer> targets, Integer horizon) {
        MaturityResults.Scored s = results.score(assessmentId);
        MaturityResults.Targets base = results.targets(s);
        MaturityResults.Targets chosen = targets == null || targets.isEmpty()
                ? (horizon == null ? base : new MaturityResults.Targets(base.levels(), horizon, false))
                : new MaturityResults.Targets(targets, horizon == null ? base.horizonYears() : horizon, false);
        RejectedInput.Collector p = new RejectedInput.Collector();
        chosen.levels().forEach((dim, t) -> {
            if (s.model().dimension(dim).isEmpty()) {
                p.add("target." + dim, t, "no such dimension in " + s.model().id());
            } else if (t < 1 || t > 5) {
                p.add("target." + dim, t, "a target level is 1-5");
            }
        });
        if (chosen.horizonYears() < 1 || chosen.horizonYears() > 20) {
            p.add("horizon", chosen.horizonYears(), "the horizon is 1-20 years");
        }
        p.throwIfAny();
        Map<String, String> byAction = new HashMap<>();
        initiatives.list(s.assessment().unitCode()).stream().filter(i -> i.actionId() != null)
                .forEach(i -> byAction.put(i.actionId(), i.code()));
        return results.roadmap(s, chosen.levels(), chosen.horizonYears())
                .map(r -> RoadmapView.of(r, s.model(), chosen, byAction));
    }
}
