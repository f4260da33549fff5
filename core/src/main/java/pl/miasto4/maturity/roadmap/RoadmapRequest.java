package pl.miasto4.maturity.roadmap;

import java.util.Map;

/** What a city aims for: a target level per dimension, and the number of years to get there. */
public record RoadmapRequest(Map<String, Integer> targets, int horizonYears) {
    public RoadmapRequest {
        targets = Map.copyOf(targets);
        if (horizonYears < 1) {
            throw new IllegalArgumentException("the horizon must be at least one year");
        }
        targets.forEach((d, t) -> {
            if (t < 1 || t > 5) {
                throw new IllegalArgumentException("target level of " + d + " must be 1-5");
            }
        });
    }
}
