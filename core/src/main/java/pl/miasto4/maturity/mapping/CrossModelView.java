package pl.miasto4.maturity.mapping;

import pl.miasto4.maturity.assessment.CriterionResult;
import pl.miasto4.maturity.assessment.MaturityProfile;
import pl.miasto4.maturity.assessment.MaturityScorer;
import pl.miasto4.maturity.model.Criterion;
import pl.miasto4.maturity.model.MaturityModel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Views an assessment made under one model against another through a mapping: each target
 * criterion gets the relation-weighted mean of the levels of the source criteria linked to it,
 * level = Σ wᵣ · lᵢ / Σ wᵣ (equivalent 1, broader/narrower 0.75, related 0.5); a target criterion
 * without linked, scored sources stays missing. The result is rolled up with the target model's
 * own rules, so coverage shows how much of the other model the mapping can say anything about.
 */
public final class CrossModelView {
    private CrossModelView() {
    }

    /** A target criterion's level and the source criteria that produced it. */
    public record Projection(String criterionId, OptionalDouble level, List<String> sources) {
    }

    public record View(MaturityProfile profile, List<Projection> projections, List<String> unmapped) {
    }

    public static View view(MaturityProfile source, ModelMapping mapping, MaturityModel target) {
        ModelMapping m = mapping.fromModel().equals(source.modelId()) ? mapping
                : mapping.toModel().equals(source.modelId()) ? mapping.inverse() : null;
        if (m == null || !m.toModel().equals(target.id())) {
            throw new IllegalArgumentException("the mapping " + mapping.fromModel() + " ↔ " + mapping.toModel()
                    + " does not connect " + source.modelId() + " to " + target.id());
        }
        Map<String, CriterionResult> results = new LinkedHashMap<>();
        List<Projection> projections = new ArrayList<>();
        List<String> unmapped = new ArrayList<>();
        for (Criterion c : target.criteria().toList()) {
            double weighted = 0;
            double weights = 0;
            List<String> used = new ArrayList<>();
            for (ModelMapping.Link link : m.links()) {
                if (!link.to().equals(c.id())) {
                    continue;
                }
                CriterionResult r = source.criteria().get(link.from());
                if (r != null && r.level().isPresent()) {
                    weighted += link.relation().weight() * r.level().getAsDouble();
                    weights += link.relation().weight();
                    used.add(link.from());
                }
            }
            if (m.links().stream().noneMatch(l -> l.to().equals(c.id()))) {
                unmapped.add(c.id());
            }
            OptionalDouble level = weights > 0 ? OptionalDouble.of(weighted / weights) : OptionalDouble.empty();
            projections.add(new Projection(c.id(), level, used));
            results.put(c.id(), new CriterionResult(c.id(), level.isPresent() ? CriterionResult.Status.SCORED
                    : CriterionResult.Status.MISSING, level, Optional.empty(), OptionalDouble.empty(), List.of(), List.of()));
        }
        MaturityProfile profile = new MaturityScorer(target).rollUp(source.assessmentId() + " via " + m.fromModel(),
                source.city(), source.date(), results);
        return new View(profile, projections, unmapped);
    }
}
