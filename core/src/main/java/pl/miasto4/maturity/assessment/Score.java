package pl.miasto4.maturity.assessment;

import java.util.OptionalDouble;

/**
 * An aggregated score with its coverage. {@code value} is present only when coverage reaches the
 * model's minimum; {@code partial} is the aggregate of whatever was answered, for display with a
 * warning. Coverage = weight of scored criteria / weight of applicable criteria.
 */
public record Score(OptionalDouble value, OptionalDouble partial, double coverage, int scored, int applicable) {
    public static Score empty(int applicable) {
        return new Score(OptionalDouble.empty(), OptionalDouble.empty(), 0, 0, applicable);
    }
}
