package pl.miasto4.maturity.assessment;

import pl.miasto4.maturity.model.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * A city's profile against its previous assessment (re-assessed yearly): the change of every
 * criterion, dimension, component and the overall score. A score missing on either side gives no
 * delta — "newly scored" or "no longer scored" — never a change from or to zero.
 */
public final class ProfileComparison {
    private ProfileComparison() {
    }

    public enum Kind { CRITERION, DIMENSION, COMPONENT, OVERALL }

    public enum Trend { IMPROVED, DECLINED, UNCHANGED, NEWLY_SCORED, NO_LONGER_SCORED, NOT_SCORED }

    public record Change(Kind kind, String key, OptionalDouble before, OptionalDouble after, OptionalDouble delta,
                         Trend trend) {
    }

    public static List<Change> compare(MaturityProfile previous, MaturityProfile current) {
        if (!previous.modelId().equals(current.modelId())) {
            throw new IllegalArgumentException("profiles under different models (" + previous.modelId() + ", "
                    + current.modelId() + ") are compared through a model mapping, not directly");
        }
        List<Change> out = new ArrayList<>();
        current.criteria().forEach((id, r) -> {
            CriterionResult before = previous.criteria().get(id);
            out.add(change(Kind.CRITERION, id, before == null ? OptionalDouble.empty() : before.level(), r.level()));
        });
        for (Map.Entry<String, Score> e : current.dimensions().entrySet()) {
            Score before = previous.dimensions().get(e.getKey());
            out.add(change(Kind.DIMENSION, e.getKey(), before == null ? OptionalDouble.empty() : before.value(),
                    e.getValue().value()));
        }
        for (Component c : Component.values()) {
            out.add(change(Kind.COMPONENT, c.code(), previous.components().get(c).value(), current.components().get(c).value()));
        }
        out.add(change(Kind.OVERALL, "overall", previous.overall().value(), current.overall().value()));
        return out;
    }

    private static Change change(Kind kind, String key, OptionalDouble before, OptionalDouble after) {
        if (before.isEmpty() || after.isEmpty()) {
            Trend trend = before.isEmpty() && after.isEmpty() ? Trend.NOT_SCORED
                    : before.isEmpty() ? Trend.NEWLY_SCORED : Trend.NO_LONGER_SCORED;
            return new Change(kind, key, before, after, OptionalDouble.empty(), trend);
        }
        double delta = after.getAsDouble() - before.getAsDouble();
        Trend trend = Math.abs(delta) < 1e-9 ? Trend.UNCHANGED : delta > 0 ? Trend.IMPROVED : Trend.DECLINED;
        return new Change(kind, key, before, after, OptionalDouble.of(delta), trend);
    }
}
