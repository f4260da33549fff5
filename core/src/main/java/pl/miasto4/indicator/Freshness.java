package pl.miasto4.indicator;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How old a value may be before a page must say so, and which single period a ranking uses.
 * <p>
 * A value is <em>outdated</em> when, by the expected frequency of its dataset (the register's
 * update frequency, else the indicator's), a newer period should have been published by now: the
 * value's period ended longer ago than one period plus the publication lag of official statistics
 * (annual: one more year, as GUS publishes year Y's local data during Y+1; quarterly: 6 months;
 * monthly: 2 months; weekly: 2 weeks; daily: 3 days). Irregular data is never outdated by age.
 */
public final class Freshness {
    private Freshness() {
    }

    /** Days after a period's end before a value of it is outdated, or empty for irregular (or unknown) frequencies. */
    public static Optional<Integer> allowedDaysAfterEnd(String frequency) {
        if (frequency == null) {
            return Optional.empty();
        }
        return switch (frequency) {
            case "annual" -> Optional.of(365 + 365);
            case "quarterly" -> Optional.of(92 + 183);
            case "monthly" -> Optional.of(31 + 61);
            case "weekly" -> Optional.of(7 + 14);
            case "daily" -> Optional.of(1 + 3);
            case "real_time", "realtime" -> Optional.of(1);
            default -> Optional.empty();
        };
    }

    /** Whether a value of {@code period} is older than {@code frequency} allows on {@code today}. */
    public static boolean outdated(Period period, String frequency, LocalDate today) {
        return allowedDaysAfterEnd(frequency).map(d -> period.end().plusDays(d).isBefore(today)).orElse(false);
    }

    /**
     * The period a ranking uses by default: the latest period that at least half as many units have a
     * value for as the best-covered period has — so one early publisher does not set the ranking in a
     * year most units have no value for yet, and units that stopped reporting long ago do not hold it back.
     *
     * @param unitsPerPeriod how many units have a value in each period
     */
    public static Optional<Period> rankingPeriod(Map<Period, Integer> unitsPerPeriod) {
        if (unitsPerPeriod.isEmpty()) {
            return Optional.empty();
        }
        int best = unitsPerPeriod.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return new TreeMap<>(unitsPerPeriod).descendingMap().entrySet().stream()
                .filter(e -> 2 * e.getValue() >= best)
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /** The periods of a collection of values, counted. */
    public static Map<Period, Integer> count(Collection<Period> periods) {
        Map<Period, Integer> out = new TreeMap<>();
        for (Period p : periods) {
            out.merge(p, 1, Integer::sum);
        }
        return out;
    }
}
