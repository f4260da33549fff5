package pl.miasto4.maturity.assessment;

import pl.miasto4.maturity.model.Component;

import java.util.Map;

/**
 * A city's maturity under one model: every criterion's result, and the scores rolled up to
 * dimensions, to the four components and overall.
 */
public record MaturityProfile(String assessmentId, String modelId, Assessment.City city, String date,
                              Map<String, CriterionResult> criteria, Map<String, Score> dimensions,
                              Map<Component, Score> components, Score overall) {
    public MaturityProfile {
        criteria = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(criteria));
        dimensions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(dimensions));
        components = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(components));
    }
}
