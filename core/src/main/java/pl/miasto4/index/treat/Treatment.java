package pl.miasto4.index.treat;

import pl.miasto4.index.stats.Stats;

/**
 * Outlier treatment by the JRC rule: an indicator whose |skewness| ≥ 2 and kurtosis ≥ 3.5 is
 * winsorised one extreme (with its ties) at a time, up to a limit of points, re-checking after
 * each; if it still fails, a log transform is applied instead.
 * Source: OECD/JRC Handbook on Constructing Composite Indicators (2008), step 3 "Imputation /
 * outliers"; COINr 1.1.14 Treat(), winsorise(), log_CT(), check_SkewKurt() (defaults: winmax 5,
 * skew_thresh 2, kurt_thresh 3.5, combine_treat FALSE — the log is taken of the original,
 * not the winsorised, values).
 */
public final class Treatment {
    private Treatment() {
    }

    /** What happened to one indicator. */
    public record Result(double[] values, double skew, double kurt, int winsorised, boolean logged,
                         double skewAfter, double kurtAfter, String[] points) {
    }

    /** COINr's check_SkewKurt: passes if |skew| &lt; skewThreshold OR kurt &lt; kurtThreshold. */
    public static boolean passes(double[] x, double skewThreshold, double kurtThreshold) {
        double s = Stats.skewness(x);
        double k = Stats.kurtosis(x);
        return Math.abs(s) < skewThreshold || k < kurtThreshold;
    }

    private static boolean undefined(double[] x) {
        return Double.isNaN(Stats.skewness(x)) || Double.isNaN(Stats.kurtosis(x));
    }

    /**
     * Treats one column. {@code secondaryLog}: apply log_CT when winsorisation fails;
     * {@code combine}: log the winsorised values rather than the originals.
     */
    public static Result treat(double[] x, int winmax, double skewThreshold, double kurtThreshold,
                               boolean secondaryLog, boolean combine) {
        double s0 = Stats.skewness(x), k0 = Stats.kurtosis(x);
        String[] points = new String[x.length];
        java.util.Arrays.fill(points, "");
        if (undefined(x) || passes(x, skewThreshold, kurtThreshold)) {
            return new Result(x.clone(), s0, k0, 0, false, s0, k0, points);
        }
        double[] w = x.clone();
        int nwin = winsorise(w, winmax, skewThreshold, kurtThreshold, points);
        if (passes(w, skewThreshold, kurtThreshold) || !secondaryLog) {
            return new Result(w, s0, k0, nwin, false, Stats.skewness(w), Stats.kurtosis(w), points);
        }
        double[] l = logCT(combine ? w : x);
        java.util.Arrays.fill(points, "log_CT");
        return new Result(l, s0, k0, nwin, true, Stats.skewness(l), Stats.kurtosis(l), points);
    }

    /**
     * COINr's winsorise(): while failing and fewer than {@code winmax} points are winsorised,
     * replace the maximum (if skew ≥ 0; else the minimum) and its ties by the next value. The
     * count is that of the last replaced group, which includes the earlier replaced points because
     * they now tie with it. Changes {@code x} in place; returns the number of points.
     */
    public static int winsorise(double[] x, int winmax, double skewThreshold, double kurtThreshold, String[] points) {
        int nwin = 0;
        int lastHigh = 0, lastLow = 0;
        while (!passes(x, skewThreshold, kurtThreshold) && nwin < winmax) {
            boolean high = Stats.skewness(x) >= 0;
            double extreme = high ? Stats.max(x) : Stats.min(x);
            double next = Double.NaN;
            int ties = 0;
            for (double v : x) {
                if (Double.isNaN(v)) {
                    continue;
                }
                if (v == extreme) {
                    ties++;
                } else if (Double.isNaN(next) || (high ? v > next : v < next)) {
                    next = v;
                }
            }
            if (Double.isNaN(next)) {
                break; // all values equal: nothing left to winsorise
            }
            for (int i = 0; i < x.length; i++) {
                if (x[i] == extreme) {
                    x[i] = next;
                    points[i] = high ? "winhi" : "winlo";
                }
            }
            if (high) {
                lastHigh = ties;
            } else {
                lastLow = ties;
            }
            nwin = lastHigh + lastLow;
        }
        return nwin;
    }

    /** COINr's log_CT: log(x − min + 0.01·(max − min)). */
    public static double[] logCT(double[] x) {
        double mn = Stats.min(x), mx = Stats.max(x);
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = Math.log(x[i] - mn + 0.01 * (mx - mn));
        }
        return out;
    }
}
