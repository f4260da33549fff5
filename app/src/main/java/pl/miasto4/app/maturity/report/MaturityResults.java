package pl.miasto4.app.maturity.report;

import pl.miasto4.app.maturity.assessment.AssessmentService;
import pl.miasto4.app.maturity.assessment.AssessmentStore;
import pl.miasto4.app.maturity.assessment.ModelStore;
import pl.miasto4.app.maturity.assessment.StoreValues;

import org.springframework.stereotype.Service;
import pl.miasto4.maturity.assessment.IndicatorValue;
import pl.miasto4.maturity.assessment.MaturityProfile;
import pl.miasto4.maturity.assessment.MaturityScorer;
import pl.miasto4.maturity.assessment.ProfileComparison;
import pl.miasto4.maturity.assessment.Score;
import pl.miasto4.maturity.benchmark.Benchmark;
import pl.miasto4.maturity.benchmark.Benchmarking;
import pl.miasto4.maturity.model.Dimension;
import pl.miasto4.maturity.model.MaturityModel;
import pl.miasto4.maturity.roadmap.ActionCatalogue;
import pl.miasto4.maturity.roadmap.Roadmap;
import pl.miasto4.maturity.roadmap.RoadmapPlanner;
import pl.miasto4.maturity.roadmap.RoadmapRequest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A stored assessment scored by the core engine with the indicator store's values, and what is
 * computed from it: the history against the previous year, the benchmark against peers and the
 * roadmap towards targets. Nothing here is stored; results follow the data.
 */
@Service
public class MaturityResults {
    /** Monte Carlo draws and seed of the rank intervals: fixed so that a benchmark is reproducible. */
    static final int DRAWS = 1000;
    static final long SEED = 20250901L;
    static final int DEFAULT_HORIZON = 4;

    private final AssessmentStore assessments;
    private final ModelStore models;
    private final StoreValues values;

    public MaturityResults(AssessmentStore assessments, ModelStore models, StoreValues values) {
        this.assessments = assessments;
        this.models = models;
        this.values = values;
    }

    /** An assessment with its model, its profile and the store values that were used. */
    public record Scored(AssessmentStore.StoredAssessment assessment, MaturityModel model, MaturityProfile profile,
                         Map<String, IndicatorValue> storeValues) {
    }

    public Scored score(long assessmentId) {
        return score(assessments.find(assessmentId)
                .orElseThrow(() -> new AssessmentService.NotFound("assessment", Long.toString(assessmentId))));
    }

    public Scored score(AssessmentStore.StoredAssessment a) {
        MaturityModel model = models.model(a.modelId(), a.modelVersion()).orElseThrow();
        Map<String, IndicatorValue> store = values.forCity(a.unitCode(), a.year(), model.indicatorCodes().keySet());
        MaturityProfile profile = new MaturityScorer(model).score(assessments.toAssessment(a), store);
        return new Scored(a, model, profile, store);
    }

    /** Changes since the same city's previous assessment under the model, if there is one. */
    public Optional<History> history(Scored s) {
        return assessments.previous(s.assessment()).filter(p -> p.modelVersion().equals(s.assessment().modelVersion()))
                .map(p -> new History(p, ProfileComparison.compare(score(p).profile(), s.profile())));
    }

    public record History(AssessmentStore.StoredAssessment previous, List<ProfileComparison.Change> changes) {
    }

    /** The latest assessment of every other city under the same model version. */
    public List<AssessmentStore.StoredAssessment> peerCandidates(Scored s) {
        return assessments.latestPerCity(s.model().id()).stream()
                .filter(a -> a.modelVersion().equals(s.model().version()) && !a.unitCode().equals(s.assessment().unitCode()))
                .toList();
    }

    /** The subject against the chosen peers (all cities assessed under the model when none is chosen). */
    public Benchmark benchmark(Scored s, List<String> peerUnits) {
        List<AssessmentStore.StoredAssessment> candidates = peerCandidates(s);
        List<MaturityProfile> profiles = new ArrayList<>();
        profiles.add(s.profile());
        for (AssessmentStore.StoredAssessment peer : candidates) {
            if (peerUnits == null || peerUnits.isEmpty() || peerUnits.contains(peer.unitCode())) {
                profiles.add(score(peer).profile());
            }
        }
        return new Benchmarking(s.model()).compare(s.assessment().unitCode(), profiles, DRAWS, SEED);
    }

    /** Targets: the saved ones, else one level above each dimension's current score (2 where unscored). */
    public Targets targets(Scored s) {
        return assessments.roadmap(s.assessment().id())
                .map(r -> new Targets(r.targets(), r.horizonYears(), true))
                .orElseGet(() -> new Targets(defaultTargets(s), DEFAULT_HORIZON, false));
    }

    public record Targets(Map<String, Integer> levels, int horizonYears, boolean saved) {
    }

    static Map<String, Integer> defaultTargets(Scored s) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Dimension d : s.model().dimensions()) {
            Score score = s.profile().dimensions().get(d.id());
            double current = score.value().orElse(score.partial().orElse(1));
            out.put(d.id(), Math.min(MaturityModel.MAX_LEVEL, (int) Math.floor(current + 1e-9) + 1));
        }
        return out;
    }

    /** The roadmap, or empty when the model has no action catalogue. */
    public Optional<Roadmap> roadmap(Scored s, Map<String, Integer> targets, int horizonYears) {
        Optional<ActionCatalogue> catalogue = models.actions(s.model());
        return catalogue.map(c -> new RoadmapPlanner(s.model(), c).plan(s.profile(), new RoadmapRequest(targets, horizonYears)));
    }
}
