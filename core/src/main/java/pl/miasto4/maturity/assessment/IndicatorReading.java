package pl.miasto4.maturity.assessment;

import java.util.OptionalDouble;

/**
 * How one indicator value placed a criterion: the value, the level it reaches, and the threshold
 * of the next level (empty at level 5) — "the values that drove the level".
 */
public record IndicatorReading(String code, double value, String period, int level, OptionalDouble nextThreshold) {
}
