package pl.miasto4.maturity.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

/**
 * A rule that combines levels into one score, chosen per step of the roll-up by the model.
 * Inputs are (value, weight) pairs of the answered items only: a missing answer is left out,
 * never counted as zero.
 */
public enum Aggregation {
    /** Arithmetic mean, ignoring weights. */
    MEAN,
    /** Σ wᵢxᵢ / Σ wᵢ. */
    WEIGHTED_MEAN,
    /** Weighted geometric mean exp(Σ wᵢ ln xᵢ / Σ wᵢ): partly non-compensatory, a weak item pulls harder. */
    GEOMETRIC_MEAN,
    /** The weakest item: fully non-compensatory ("a chain is as strong as its weakest link"). */
    MIN,
    /** Median of the values, ignoring weights. */
    MEDIAN;

    public record Weighted(double value, double weight) {
    }

    public OptionalDouble apply(List<Weighted> items) {
        if (items.isEmpty()) {
            return OptionalDouble.empty();
        }
        double weightSum = items.stream().mapToDouble(Weighted::weight).sum();
        return switch (this) {
            case MEAN -> items.stream().mapToDouble(Weighted::value).average();
            case WEIGHTED_MEAN -> weightSum <= 0 ? OptionalDouble.empty()
                    : OptionalDouble.of(items.stream().mapToDouble(w -> w.value() * w.weight()).sum() / weightSum);
            case GEOMETRIC_MEAN -> weightSum <= 0 ? OptionalDouble.empty()
                    : OptionalDouble.of(Math.exp(items.stream()
                    .mapToDouble(w -> w.weight() * Math.log(w.value())).sum() / weightSum));
            case MIN -> items.stream().mapToDouble(Weighted::value).min();
            case MEDIAN -> {
                List<Double> sorted = new ArrayList<>(items.stream().map(Weighted::value).toList());
                sorted.sort(Comparator.naturalOrder());
                int n = sorted.size();
                yield OptionalDouble.of(n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2);
            }
        };
    }
}
