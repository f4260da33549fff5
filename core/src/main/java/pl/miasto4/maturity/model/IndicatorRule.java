package pl.miasto4.maturity.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * An indicator of the store that informs a criterion, with the value needed to reach each level.
 * {@code thresholds} maps a level (2–5) to the minimum value (positive polarity) or the maximum
 * value (negative polarity) that reaches it; level 1 needs nothing. A {@code reference} names the
 * indicator in an external framework (e.g. a U4SSC KPI number).
 */
public record IndicatorRule(String code, Polarity polarity, String unit, Map<Integer, Double> thresholds,
                            String reference) {
    public IndicatorRule {
        thresholds = Map.copyOf(thresholds);
    }

    /** The highest level whose threshold the value meets (1 when it meets none). */
    public int levelFor(double value) {
        int level = 1;
        for (Map.Entry<Integer, Double> e : new TreeMap<>(thresholds).entrySet()) {
            boolean meets = polarity == Polarity.POSITIVE ? value >= e.getValue() : value <= e.getValue();
            if (meets) {
                level = Math.max(level, e.getKey());
            } else {
                break;
            }
        }
        return level;
    }
}
