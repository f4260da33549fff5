package pl.miasto4.app.maturity.report;

import pl.miasto4.app.maturity.assessment.AssessmentStore;

import pl.miasto4.maturity.assessment.Consensus;
import pl.miasto4.maturity.assessment.CriterionResult;
import pl.miasto4.maturity.assessment.IndicatorReading;
import pl.miasto4.maturity.assessment.IndicatorValue;
import pl.miasto4.maturity.assessment.ProfileComparison;
import pl.miasto4.maturity.assessment.Score;
import pl.miasto4.maturity.model.Component;
import pl.miasto4.maturity.model.Criterion;
import pl.miasto4.maturity.model.Dimension;
import pl.miasto4.maturity.model.MaturityModel;
import pl.miasto4.maturity.model.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * A scored assessment as the API, the pages and the printed report show it: plain values (a
 * missing score is null, never zero), both languages, and for every criterion what produced its
 * level — the respondents with their disagreement, and the indicator values with where they came from.
 */
public record ProfileView(AssessmentStore.StoredAssessment assessment, String modelId, String modelVersion, Text modelName,
                          ScoreView overall, List<DimensionView> dimensions, List<ComponentView> components,
                          HistoryView history) {

    public record ScoreView(Double value, Double partial, double coverage, int scored, int applicable) {
        static ScoreView of(Score s) {
            return new ScoreView(d(s.value()), d(s.partial()), s.coverage(), s.scored(), s.applicable());
        }

        /** Enough of the applicable weight answered for the model to report a value. */
        public boolean sufficient() {
            return value != null;
        }
    }

    public record DimensionView(String id, Text name, boolean crossCutting, ScoreView score, List<CriterionView> criteria) {
    }

    public record ComponentView(String code, Text name, ScoreView score) {
    }

    public record ConsensusView(double level, int respondents, int min, int max, double standardDeviation,
                                double meanConfidence, boolean disputed, List<String> names) {
        static ConsensusView of(Consensus c) {
            return new ConsensusView(c.level(), c.respondents(), c.min(), c.max(), c.standardDeviation(), c.meanConfidence(),
                    c.disputed(), c.respondentNames());
        }
    }

    /** An indicator value that placed the criterion: from the store (with its source) or written in the assessment. */
    public record ReadingView(String code, double value, String period, int level, Double nextThreshold, String source,
                              boolean fromStore) {
    }

    public record CriterionView(String id, Text name, Text question, String component, String scoring, double weight,
                                boolean optional, String status, Double level, Text levelLabel, ConsensusView consensus,
                                Double indicatorLevel, List<ReadingView> readings, List<String> missingIndicators,
                                List<AssessmentStore.StoredAnswer> answers) {
        public boolean missing() {
            return "missing".equals(status);
        }

        public boolean notApplicable() {
            return "not_applicable".equals(status);
        }

        /** The judged level was lowered by measured use (scoring "both"). */
        public boolean cappedByIndicators() {
            return consensus != null && level != null && indicatorLevel != null && level < consensus.level() - 1e-9;
        }
    }

    public record ChangeView(String kind, String key, Double before, Double after, Double delta, String trend) {
    }

    public record HistoryView(String previousCode, int previousYear, List<ChangeView> changes) {
    }

    static Double d(OptionalDouble o) {
        return o.isPresent() ? o.getAsDouble() : null;
    }

    public static ProfileView of(MaturityResults.Scored s, List<AssessmentStore.StoredAnswer> answers,
                                 java.util.Optional<MaturityResults.History> history) {
        MaturityModel model = s.model();
        Map<String, List<AssessmentStore.StoredAnswer>> byCriterion = answers.stream()
                .collect(Collectors.groupingBy(AssessmentStore.StoredAnswer::criterionId));
        List<DimensionView> dims = new ArrayList<>();
        for (Dimension d : model.dimensions()) {
            List<CriterionView> criteria = new ArrayList<>();
            for (Criterion c : d.criteria()) {
                CriterionResult r = s.profile().criteria().get(c.id());
                List<ReadingView> readings = new ArrayList<>();
                for (IndicatorReading reading : r.readings()) {
                    IndicatorValue fromStore = s.storeValues().get(reading.code());
                    readings.add(new ReadingView(reading.code(), reading.value(), reading.period(), reading.level(),
                            d(reading.nextThreshold()), fromStore != null ? fromStore.source()
                            : s.assessment().reported().stream().filter(v -> v.code().equals(reading.code()))
                            .map(AssessmentStore.ReportedValue::source).findFirst().orElse(""), fromStore != null));
                }
                Double level = d(r.level());
                criteria.add(new CriterionView(c.id(), c.name(), c.question(), c.component().code(),
                        c.scoring().name().toLowerCase(), c.weight(), c.optional(), r.status().name().toLowerCase(), level,
                        level == null ? null : model.levelLabel(c, (int) Math.round(level)),
                        r.consensus().map(ConsensusView::of).orElse(null), d(r.indicatorLevel()), readings,
                        r.missingIndicators(), byCriterion.getOrDefault(c.id(), List.of())));
            }
            dims.add(new DimensionView(d.id(), d.name(), d.crossCutting(), ScoreView.of(s.profile().dimensions().get(d.id())),
                    criteria));
        }
        List<ComponentView> comps = new ArrayList<>();
        for (Component c : Component.values()) {
            comps.add(new ComponentView(c.code(), c.displayName(), ScoreView.of(s.profile().components().get(c))));
        }
        HistoryView h = history.map(x -> new HistoryView(x.previous().code(), x.previous().year(), x.changes().stream()
                .filter(ch -> ch.kind() != ProfileComparison.Kind.CRITERION)
                .map(ch -> new ChangeView(ch.kind().name().toLowerCase(), ch.key(), d(ch.before()), d(ch.after()), d(ch.delta()),
                        ch.trend().name().toLowerCase())).toList())).orElse(null);
        return new ProfileView(s.assessment(), model.id(), model.version(), model.name(),
                ScoreView.of(s.profile().overall()), dims, comps, h);
    }

    public int criteriaCount() {
        return dimensions.stream().mapToInt(d -> d.criteria().size()).sum();
    }

    public long answeredCount() {
        return dimensions.stream().flatMap(d -> d.criteria().stream()).filter(c -> !c.missing()).count();
    }
}
