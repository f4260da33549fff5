package pl.miasto4.indicator;

import java.util.Optional;

/**
 * Whether an indicator is on its way to a target, by Eurostat's method for indicators with
 * quantified targets (Eurostat, "Sustainable development in the European Union — Monitoring
 * report on progress towards the SDGs in an EU context", methodological annex: "assessment of
 * progress towards quantitative targets").
 *
 * <p>The actual annual growth since the baseline is compared with the growth that would be needed
 * each year to go from the baseline to the target by the target period. Growth is the compound
 * annual growth rate {@code (x_t / x_0)^(1/(t - t0)) - 1} when every value involved is positive,
 * and the absolute annual change {@code (x_t - x_0) / (t - t0)} otherwise (a rate of growth is
 * meaningless across zero). The ratio {@code actual / required} places the indicator:
 * at least 95 % is "significant progress" (here: on track), 60–95 % "moderate progress" (at risk),
 * below 60 % "insufficient progress" or "movement away from the target" (off track).
 * A target already reached counts as on track.
 */
public final class TargetProgress {

    public static final double ON_TRACK_RATIO = 0.95;
    public static final double AT_RISK_RATIO = 0.60;

    private TargetProgress() {
    }

    public enum Status { ON_TRACK, AT_RISK, OFF_TRACK, NO_DATA }

    /**
     * @param ratio    actual / required growth (null when not computed)
     * @param actual   actual annual growth since the baseline (rate or absolute change per year)
     * @param required growth per year needed from the baseline to reach the target on time
     * @param relative whether growth is a compound rate (true) or an absolute change per year (false)
     */
    public record Assessment(Status status, Double ratio, Double actual, Double required, boolean relative,
                             String explanation) {
    }

    /**
     * @param baselineYear  mid-year of the baseline period (see {@link Period#midYear()})
     * @param latestYear    mid-year of the latest observed period after the baseline
     * @param targetYear    mid-year of the target period
     */
    public static Assessment assess(double baselineYear, double baseline, double latestYear, double latest,
                                    double targetYear, double target) {
        boolean targetBelow = target < baseline;
        boolean reached = targetBelow ? latest <= target : latest >= target;
        if (target == baseline) {
            return new Assessment(latest == target || reached ? Status.ON_TRACK : Status.OFF_TRACK, null, null, 0.0, false,
                    "the target equals the baseline");
        }
        if (reached) {
            return new Assessment(Status.ON_TRACK, null, null, null, false, "the target is already reached");
        }
        if (latestYear <= baselineYear) {
            return new Assessment(Status.NO_DATA, null, null, null, false, "no observation after the baseline");
        }
        if (targetYear <= baselineYear) {
            return new Assessment(Status.NO_DATA, null, null, null, false, "the target period is not after the baseline");
        }
        boolean relative = baseline > 0 && latest > 0 && target > 0;
        double actual;
        double required;
        if (relative) {
            actual = Math.pow(latest / baseline, 1.0 / (latestYear - baselineYear)) - 1;
            required = Math.pow(target / baseline, 1.0 / (targetYear - baselineYear)) - 1;
        } else {
            actual = (latest - baseline) / (latestYear - baselineYear);
            required = (target - baseline) / (targetYear - baselineYear);
        }
        double ratio = actual / required;
        Status status = ratio >= ON_TRACK_RATIO ? Status.ON_TRACK : ratio >= AT_RISK_RATIO ? Status.AT_RISK : Status.OFF_TRACK;
        String how = ratio < 0 ? "moving away from the target" : String.format(java.util.Locale.ROOT,
                "%.0f%% of the progress needed each year", ratio * 100);
        return new Assessment(status, ratio, actual, required, relative, how);
    }

    /** Convenience for periods. */
    public static Optional<Assessment> assess(Period baselinePeriod, double baseline, Period latestPeriod, double latest,
                                              Period targetPeriod, double target) {
        if (latestPeriod == null) {
            return Optional.of(new Assessment(Status.NO_DATA, null, null, null, false, "no observation after the baseline"));
        }
        return Optional.of(assess(baselinePeriod.midYear(), baseline, latestPeriod.midYear(), latest,
                targetPeriod.midYear(), target));
    }
}
