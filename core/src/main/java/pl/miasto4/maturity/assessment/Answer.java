package pl.miasto4.maturity.assessment;

import pl.miasto4.maturity.model.Citation;

import java.util.List;
import java.util.OptionalInt;

/**
 * One respondent's answer to one criterion: a level 1–5, or "not applicable" (allowed only on
 * optional criteria), with the respondent's confidence (0–1), evidence and, for answers derived
 * from documents, citations of the lines they come from.
 */
public record Answer(String criterionId, String respondent, OptionalInt level, boolean notApplicable,
                     double confidence, List<Evidence> evidence, List<Citation> citations) {
    public Answer {
        evidence = List.copyOf(evidence);
        citations = List.copyOf(citations);
    }

    public static Answer of(String criterionId, String respondent, int level, double confidence) {
        return new Answer(criterionId, respondent, OptionalInt.of(level), false, confidence, List.of(), List.of());
    }
}
