package pl.miasto4.indicator;

import java.util.Optional;

/**
 * Whether an indicator is on its way to a target, by Eurostat's method (Eurostat, "Sustainable
 * development in the European Union — Monitoring report on progress towards the SDGs in an EU
 * context", methodological annex: "indicators with quantitative targets" and "indicators without
 * quantitative targets"). Statistics Canada's adaptation of the same method, as documented by Open
 * SDG ({@code docs/progress-methodology.md} of open-sdg/open-sdg), adds the explicit "target
 * achieved" category and the rule that a base value already meeting the target does not turn the
 * required growth into a demand to move the wrong way; both are followed here.
 *
 * <p><b>What a target is.</b> A {@link Kind#CEILING} ("not higher than", e.g. the EU PM2.5 limit of
 * 20 µg/m³), a {@link Kind#FLOOR} ("not lower than") or a {@link Kind#POINT} (a value to reach,
 * approached from the baseline's side). A latest value that already meets a ceiling or a floor is
 * {@link Progress#TARGET_MET} and so {@link Status#ON_TRACK}, whatever the trend since the baseline:
 * a city below a limit is never "off track" for that limit.
 *
 * <p><b>Quantitative-target rule.</b> The actual annual growth since the baseline is compared with
 * the growth needed each year to go from the baseline to the target by the target period. Growth is
 * the compound annual growth rate {@code (x_t / x_0)^(1/(t - t0)) - 1} when every value involved is
 * positive, and the absolute annual change {@code (x_t - x_0) / (t - t0)} otherwise (a rate of
 * growth is meaningless across zero). The ratio {@code actual / required} places the indicator:
 * at least 95 % "significant progress" (here: on track), 60–95 % "moderate progress" (at risk),
 * 0–60 % "insufficient progress" and below 0 % "movement away from the target" (both off track).
 *
 * <p><b>No-target trend rule</b> ({@link #trend}): the compound annual growth rate, signed so that
 * positive is the desired direction, against fixed thresholds of ±1 % a year (significant progress
 * above +1 %, moderate progress 0 to +1 %, moderate movement away 0 to −1 %, significant movement
 * away below −1 %).
 *
 * <p>The engine returns codes ({@link Status}, {@link Progress}, {@link Reason}) and numbers; the
 * application words them in the reader's language.
 */
public final class TargetProgress {

    public static final double ON_TRACK_RATIO = 0.95;
    public static final double AT_RISK_RATIO = 0.60;
    /** Eurostat's threshold for indicators without a quantitative target: 1 % growth a year. */
    public static final double TREND_SIGNIFICANT = 0.01;

    private TargetProgress() {
    }

    /** What the target value means. */
    public enum Kind {
        /** not higher than the target value */
        CEILING,
        /** not lower than the target value */
        FLOOR,
        /** the target value itself, approached from the baseline's side */
        POINT;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Optional<Kind> fromCode(String code) {
            if (code == null) {
                return Optional.empty();
            }
            for (Kind k : values()) {
                if (k.code().equals(code.trim().toLowerCase(java.util.Locale.ROOT))) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }
    }

    /** The traffic light shown to readers. */
    public enum Status { ON_TRACK, AT_RISK, OFF_TRACK, NO_DATA }

    /** Eurostat's categories (plus "target met", and "not assessed" when the data do not allow it). */
    public enum Progress {
        TARGET_MET, SIGNIFICANT_PROGRESS, MODERATE_PROGRESS, INSUFFICIENT_PROGRESS,
        /** no-target rule only: 0 to −1 % a year the wrong way */
        MODERATE_MOVEMENT_AWAY, MOVEMENT_AWAY, NOT_ASSESSED
    }

    /** Why the status is what it is; the application words each code. */
    public enum Reason {
        /** the latest value meets the target */
        TARGET_MET,
        /** {@code ratio} of the progress needed each year is being made */
        SHARE_OF_REQUIRED_PROGRESS,
        /** the indicator moves away from the target */
        MOVING_AWAY,
        /** the target period has come and the target is not met */
        TARGET_PERIOD_PASSED,
        /** no observation after the baseline */
        NO_OBSERVATION_AFTER_BASELINE,
        /** the target period is not after the baseline */
        TARGET_PERIOD_NOT_AFTER_BASELINE
    }

    /**
     * @param ratio    actual / required growth (null when not computed)
     * @param actual   actual annual growth since the baseline (rate or absolute change per year)
     * @param required growth per year needed from the baseline to reach the target on time
     * @param relative whether growth is a compound rate (true) or an absolute change per year (false)
     */
    public record Assessment(Status status, Progress progress, Reason reason, Double ratio, Double actual, Double required,
                             boolean relative) {
    }

    /** The result of the no-target rule: Eurostat's category and the signed compound annual growth rate. */
    public record Trend(Progress progress, double growth) {
    }

    /**
     * @param baselineYear mid-year of the baseline period (see {@link Period#midYear()})
     * @param latestYear   mid-year of the latest observed period
     * @param targetYear   mid-year of the target period
     * @param tolerance    for a {@link Kind#POINT}: how far from the target value still counts as the
     *                     target (half a unit of the target's last stated digit); ignored otherwise
     */
    public static Assessment assess(Kind kind, double baselineYear, double baseline, double latestYear, double latest,
                                    double targetYear, double target, double tolerance) {
        boolean met = switch (kind) {
            case CEILING -> latest <= target;
            case FLOOR -> latest >= target;
            case POINT -> Math.abs(latest - target) <= tolerance;
        };
        if (met) {
            return new Assessment(Status.ON_TRACK, Progress.TARGET_MET, Reason.TARGET_MET, null, null, null, false);
        }
        if (latestYear <= baselineYear) {
            return notAssessed(Reason.NO_OBSERVATION_AFTER_BASELINE);
        }
        if (targetYear <= baselineYear) {
            return notAssessed(Reason.TARGET_PERIOD_NOT_AFTER_BASELINE);
        }
        if (latestYear >= targetYear) {
            return new Assessment(Status.OFF_TRACK, Progress.INSUFFICIENT_PROGRESS, Reason.TARGET_PERIOD_PASSED,
                    null, null, null, false);
        }
        // the baseline met the ceiling or floor (or sat on the point) and the latest value does not: it moved away
        boolean baselineMet = switch (kind) {
            case CEILING -> baseline <= target;
            case FLOOR -> baseline >= target;
            case POINT -> Math.abs(baseline - target) <= tolerance;
        };
        if (baselineMet) {
            double actual = (latest - baseline) / (latestYear - baselineYear);
            return new Assessment(Status.OFF_TRACK, Progress.MOVEMENT_AWAY, Reason.MOVING_AWAY, null, actual, 0.0, false);
        }
        boolean overshot = kind == Kind.POINT && Math.signum(latest - target) == Math.signum(target - baseline);
        boolean relative = !overshot && baseline > 0 && latest > 0 && target > 0;
        double actual;
        double required;
        if (overshot) {
            // past a point target: progress is the distance to the target closed per year
            actual = (Math.abs(baseline - target) - Math.abs(latest - target)) / (latestYear - baselineYear);
            required = Math.abs(baseline - target) / (targetYear - baselineYear);
        } else if (relative) {
            actual = Math.pow(latest / baseline, 1.0 / (latestYear - baselineYear)) - 1;
            required = Math.pow(target / baseline, 1.0 / (targetYear - baselineYear)) - 1;
        } else {
            actual = (latest - baseline) / (latestYear - baselineYear);
            required = (target - baseline) / (targetYear - baselineYear);
        }
        double ratio = actual / required;
        return fromRatio(ratio, actual, required, relative);
    }

    /** Eurostat's thresholds on the ratio of actual to required growth (inclusive lower bounds). */
    static Assessment fromRatio(double ratio, double actual, double required, boolean relative) {
        if (ratio >= ON_TRACK_RATIO) {
            return new Assessment(Status.ON_TRACK, Progress.SIGNIFICANT_PROGRESS, Reason.SHARE_OF_REQUIRED_PROGRESS, ratio, actual,
                    required, relative);
        }
        if (ratio >= AT_RISK_RATIO) {
            return new Assessment(Status.AT_RISK, Progress.MODERATE_PROGRESS, Reason.SHARE_OF_REQUIRED_PROGRESS, ratio, actual,
                    required, relative);
        }
        if (ratio >= 0) {
            return new Assessment(Status.OFF_TRACK, Progress.INSUFFICIENT_PROGRESS, Reason.SHARE_OF_REQUIRED_PROGRESS, ratio,
                    actual, required, relative);
        }
        return new Assessment(Status.OFF_TRACK, Progress.MOVEMENT_AWAY, Reason.MOVING_AWAY, ratio, actual, required, relative);
    }

    private static Assessment notAssessed(Reason reason) {
        return new Assessment(Status.NO_DATA, Progress.NOT_ASSESSED, reason, null, null, null, false);
    }

    /** Periods instead of mid-years; a missing latest period is "no observation after the baseline". */
    public static Assessment assess(Kind kind, Period baselinePeriod, double baseline, Period latestPeriod, double latest,
                                    Period targetPeriod, double target, double tolerance) {
        if (latestPeriod == null) {
            return notAssessed(Reason.NO_OBSERVATION_AFTER_BASELINE);
        }
        return assess(kind, baselinePeriod.midYear(), baseline, latestPeriod.midYear(), latest, targetPeriod.midYear(), target,
                tolerance);
    }

    /**
     * Eurostat's rule for an indicator without a quantitative target: the compound annual growth rate
     * from {@code base} to {@code latest}, signed by the polarity (positive = the desired direction),
     * above +1 % significant progress, 0 to +1 % moderate progress, 0 to −1 % moderate movement away,
     * below −1 % significant movement away ({@link Progress#MOVEMENT_AWAY}). Empty for a neutral indicator, non-positive values or no time
     * between the two values.
     */
    public static Optional<Trend> trend(double baseYear, double base, double latestYear, double latest, Polarity polarity) {
        if (polarity == Polarity.NEUTRAL || latestYear <= baseYear || base <= 0 || latest <= 0) {
            return Optional.empty();
        }
        double growth = polarity.direction() * (Math.pow(latest / base, 1.0 / (latestYear - baseYear)) - 1);
        Progress p = growth > TREND_SIGNIFICANT ? Progress.SIGNIFICANT_PROGRESS
                : growth >= 0 ? Progress.MODERATE_PROGRESS
                : growth >= -TREND_SIGNIFICANT ? Progress.MODERATE_MOVEMENT_AWAY
                : Progress.MOVEMENT_AWAY;
        return Optional.of(new Trend(p, growth));
    }
}
