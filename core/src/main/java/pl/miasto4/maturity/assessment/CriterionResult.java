package pl.miasto4.maturity.assessment;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The result for one criterion: its status, the final level, and what produced it — the
 * respondents' consensus, the indicator readings, or both.
 */
public record CriterionResult(String criterionId, Status status, OptionalDouble level,
                              Optional<Consensus> consensus, OptionalDouble indicatorLevel,
                              List<IndicatorReading> readings, List<String> missingIndicators) {

    public enum Status {
        /** A level from answers, indicators or both. */
        SCORED,
        /** Declared not applicable on an optional criterion: left out of coverage, neither zero nor missing. */
        NOT_APPLICABLE,
        /** Nobody answered and no indicator value: stays missing, never zero. */
        MISSING
    }

    public CriterionResult {
        readings = List.copyOf(readings);
        missingIndicators = List.copyOf(missingIndicators);
    }
}
