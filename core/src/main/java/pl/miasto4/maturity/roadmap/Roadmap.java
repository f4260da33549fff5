package pl.miasto4.maturity.roadmap;

import pl.miasto4.maturity.model.Component;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * A proposed roadmap: the gaps between the current profile and the targets, the ordered steps
 * (each action with its year, why it is there and the levels it is expected to add), the
 * projected dimension scores and the load per component.
 */
public record Roadmap(RoadmapRequest request, List<DimensionGap> gaps, List<Step> steps,
                      Map<String, OptionalDouble> projected, List<String> unreachable,
                      Map<Component, ComponentLoad> balance) {

    /** A dimension's distance to its target, and the criteria below it. */
    public record DimensionGap(String dimensionId, OptionalDouble current, int target, double gap,
                               List<CriterionGap> criteria) {
    }

    /**
     * A criterion below target. {@code assessed} is false when it had no answer: the planner then
     * assumes level 1, and the roadmap shows the assumption.
     */
    public record CriterionGap(String criterionId, OptionalDouble current, boolean assessed, int target) {
    }

    public enum Reason {
        /** The action raises a criterion below target. */
        CLOSES_GAP,
        /** The action is needed first by another action of the roadmap. */
        PREREQUISITE
    }

    /** @param impact the weighted levels the action is expected to add towards the targets */
    public record Step(int order, int year, Action action, Reason reason, double impact,
                       Map<String, Double> levelsAfter) {
    }

    public record ComponentLoad(int actions, int costUnits, double deficit) {
    }
}
