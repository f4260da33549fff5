package pl.miasto4.maturity.assessment;

import pl.miasto4.maturity.model.Aggregation;
import pl.miasto4.maturity.model.Component;
import pl.miasto4.maturity.model.Criterion;
import pl.miasto4.maturity.model.Dimension;
import pl.miasto4.maturity.model.IndicatorRule;
import pl.miasto4.maturity.model.MaturityModel;
import pl.miasto4.maturity.model.Scoring;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Predicate;

/**
 * Scores an assessment under its model: reconciles respondents per criterion, scores criteria
 * from indicator values, and rolls levels up to dimensions, components and overall with the
 * model's aggregation rules. Missing answers stay missing; coverage is reported at every step.
 */
public final class MaturityScorer {
    private final MaturityModel model;

    public MaturityScorer(MaturityModel model) {
        this.model = model;
    }

    /** @param indicators values from the indicator store by code; they override values reported in the document */
    public MaturityProfile score(Assessment assessment, Map<String, IndicatorValue> indicators) {
        if (!assessment.modelId().equals(model.id())) {
            throw new IllegalArgumentException("assessment " + assessment.id() + " is under model "
                    + assessment.modelId() + ", not " + model.id());
        }
        Map<String, IndicatorValue> values = new LinkedHashMap<>();
        assessment.reportedIndicators().forEach(v -> values.put(v.code(), v));
        values.putAll(indicators);
        Map<String, CriterionResult> results = new LinkedHashMap<>();
        model.criteria().forEach(c -> results.put(c.id(), scoreCriterion(c, assessment.answersTo(c.id()), values)));
        return rollUp(assessment.id(), assessment.city(), assessment.date(), results);
    }

    /** Rolls up other criterion results for the same city (benchmarks re-aggregate sampled levels). */
    public MaturityProfile rollUp(MaturityProfile base, Map<String, CriterionResult> results) {
        return rollUp(base.assessmentId(), base.city(), base.date(), results);
    }

    public MaturityProfile rollUp(String assessmentId, Assessment.City city, String date,
                                   Map<String, CriterionResult> results) {
        Map<String, Score> dimensions = new LinkedHashMap<>();
        for (Dimension d : model.dimensions()) {
            dimensions.put(d.id(), aggregate(d.criteria(), results, model.aggregation().criterionToDimension()));
        }
        Map<Component, Score> components = new EnumMap<>(Component.class);
        for (Component component : Component.values()) {
            List<Criterion> of = model.criteria().filter(c -> c.component() == component).toList();
            components.put(component, aggregate(of, results, model.aggregation().criterionToComponent()));
        }
        return new MaturityProfile(assessmentId, model.id(), city, date, results, dimensions, components,
                overall(dimensions));
    }

    CriterionResult scoreCriterion(Criterion c, List<Answer> answers, Map<String, IndicatorValue> indicators) {
        List<IndicatorReading> readings = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (IndicatorRule rule : c.indicators()) {
            IndicatorValue v = indicators.get(rule.code());
            if (v == null) {
                missing.add(rule.code());
                continue;
            }
            int level = rule.levelFor(v.value());
            OptionalDouble next = level >= MaturityModel.MAX_LEVEL || !rule.thresholds().containsKey(level + 1)
                    ? OptionalDouble.empty() : OptionalDouble.of(rule.thresholds().get(level + 1));
            readings.add(new IndicatorReading(rule.code(), v.value(), v.period(), level, next));
        }
        OptionalDouble indicatorLevel = c.indicatorCombination().apply(readings.stream()
                .map(r -> new Aggregation.Weighted(r.level(), 1.0)).toList());

        boolean anyRated = answers.stream().anyMatch(a -> a.level().isPresent());
        boolean allNotApplicable = !answers.isEmpty() && answers.stream().allMatch(Answer::notApplicable);
        Optional<Consensus> consensus = anyRated ? Optional.of(Consensus.of(answers)) : Optional.empty();
        OptionalDouble judged = consensus.map(k -> OptionalDouble.of(k.level())).orElse(OptionalDouble.empty());

        if (c.optional() && allNotApplicable) {
            return new CriterionResult(c.id(), CriterionResult.Status.NOT_APPLICABLE, OptionalDouble.empty(),
                    Optional.empty(), indicatorLevel, readings, missing);
        }
        OptionalDouble level = switch (c.scoring()) {
            case JUDGEMENT -> judged;
            case INDICATORS -> indicatorLevel;
            case BOTH -> judged.isPresent() && indicatorLevel.isPresent()
                    ? OptionalDouble.of(Math.min(judged.getAsDouble(), indicatorLevel.getAsDouble()))
                    : judged.isPresent() ? judged : indicatorLevel;
        };
        CriterionResult.Status status = level.isPresent() ? CriterionResult.Status.SCORED : CriterionResult.Status.MISSING;
        return new CriterionResult(c.id(), status, level, consensus, indicatorLevel, readings, missing);
    }

    private Score aggregate(List<Criterion> criteria, Map<String, CriterionResult> results, Aggregation rule) {
        Predicate<Criterion> applicable = c -> results.get(c.id()).status() != CriterionResult.Status.NOT_APPLICABLE;
        double applicableWeight = criteria.stream().filter(applicable).mapToDouble(Criterion::weight).sum();
        List<Aggregation.Weighted> items = new ArrayList<>();
        double scoredWeight = 0;
        for (Criterion c : criteria) {
            CriterionResult r = results.get(c.id());
            if (r.level().isPresent()) {
                items.add(new Aggregation.Weighted(r.level().getAsDouble(), c.weight()));
                scoredWeight += c.weight();
            }
        }
        int applicableCount = (int) criteria.stream().filter(applicable).count();
        if (items.isEmpty()) {
            return Score.empty(applicableCount);
        }
        double coverage = applicableWeight == 0 ? 0 : scoredWeight / applicableWeight;
        OptionalDouble partial = rule.apply(items);
        OptionalDouble value = coverage + 1e-9 >= model.aggregation().minCoverage() ? partial : OptionalDouble.empty();
        return new Score(value, partial, coverage, items.size(), applicableCount);
    }

    private Score overall(Map<String, Score> dimensions) {
        double totalWeight = model.dimensions().stream().mapToDouble(Dimension::weight).sum();
        List<Aggregation.Weighted> items = new ArrayList<>();
        double scoredWeight = 0;
        for (Dimension d : model.dimensions()) {
            OptionalDouble v = dimensions.get(d.id()).value();
            if (v.isPresent()) {
                items.add(new Aggregation.Weighted(v.getAsDouble(), d.weight()));
                scoredWeight += d.weight();
            }
        }
        if (items.isEmpty()) {
            return Score.empty(model.dimensions().size());
        }
        double coverage = scoredWeight / totalWeight;
        OptionalDouble partial = model.aggregation().dimensionToOverall().apply(items);
        OptionalDouble value = coverage + 1e-9 >= model.aggregation().minCoverage() ? partial : OptionalDouble.empty();
        return new Score(value, partial, coverage, items.size(), model.dimensions().size());
    }
}
