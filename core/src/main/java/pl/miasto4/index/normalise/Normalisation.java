package pl.miasto4.index.normalise;

import pl.miasto4.index.stats.Stats;

/**
 * Normalisation functions on one indicator column whose direction has already been applied
 * (multiplied by −1 where less is better, as COINr does before calling its n_* functions).
 * Sources: OECD/JRC Handbook (2008), section 1.5 "Normalisation" (Table 3); COINr 1.1.14
 * n_minmax, n_zscore, n_rank, n_prank, n_borda, n_dist2max, n_dist2targ, n_dist2ref, n_fracmax,
 * n_goalposts, n_scaled (R/normalise.R); Kukuła K. (2000) "Metoda unitaryzacji zerowanej", PWN, for the Polish zero
 * unitarisation. Missing values stay missing.
 */
public final class Normalisation {
    private Normalisation() {
    }

    /** Min–max to [lo, hi]: (x − min)/(max − min)·(hi − lo) + lo (Handbook Table 3, COINr n_minmax). */
    public static double[] minMax(double[] x, double lo, double hi) {
        double mn = Stats.min(x), mx = Stats.max(x);
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = (x[i] - mn) / (mx - mn) * (hi - lo) + lo;
        }
        return y;
    }

    /** z-score with a chosen mean and sd: (x − mean)/sd·s + m, sample sd (COINr n_zscore). */
    public static double[] zScore(double[] x, double m, double s) {
        double mean = Stats.mean(x), sd = Stats.sd(x);
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = (x[i] - mean) / sd * s + m;
        }
        return y;
    }

    /** Rank, lowest value = 1, ties share the smallest rank (COINr n_rank). */
    public static double[] rank(double[] x) {
        return Stats.rank(x, false);
    }

    /** Borda score: rank − 1, ties "min", so the worst unit scores 0 (COINr n_borda). */
    public static double[] borda(double[] x) {
        double[] r = Stats.rank(x, false);
        for (int i = 0; i < r.length; i++) {
            r[i] -= 1;
        }
        return r;
    }

    /** Percentile rank (rank − 1)/(n − 1), ties "min" (COINr n_prank). */
    public static double[] percentileRank(double[] x) {
        double[] r = Stats.rank(x, false);
        int n = Stats.count(x);
        for (int i = 0; i < r.length; i++) {
            r[i] = (r[i] - 1) / (n - 1);
        }
        return r;
    }

    /** Distance to the maximum, 1 − (max − x)/(max − min) (COINr n_dist2max). */
    public static double[] distanceToMax(double[] x) {
        double mn = Stats.min(x), mx = Stats.max(x);
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = 1 - (mx - x[i]) / (mx - mn);
        }
        return y;
    }

    /**
     * Distance to a target, (x − min)/(target − min), optionally capped at 1 (COINr n_dist2targ
     * with direction already applied, so the target is multiplied by the direction as well).
     */
    public static double[] distanceToTarget(double[] x, double target, boolean capMax) {
        double mn = Stats.min(x);
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = (x[i] - mn) / (target - mn);
            if (capMax && y[i] > 1) {
                y[i] = 1;
            }
        }
        return y;
    }

    /** Distance to a reference unit, 1 − (x_ref − x)/(x_ref − min) (COINr n_dist2ref). */
    public static double[] distanceToReference(double[] x, int reference, boolean capMax) {
        double mn = Stats.min(x), ref = x[reference];
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = 1 - (ref - x[i]) / (ref - mn);
            if (capMax && y[i] > 1) {
                y[i] = 1;
            }
        }
        return y;
    }

    /** Ratio to the mean, x / mean(x)·scale (Handbook Table 3 "distance to a reference: the mean"). */
    public static double[] ratioToMean(double[] x, double scale) {
        double m = Stats.mean(x);
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = x[i] / m * scale;
        }
        return y;
    }

    /** Fraction of the maximum, x / max (COINr n_fracmax). */
    public static double[] fractionOfMax(double[] x) {
        double mx = Stats.max(x);
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = x[i] / mx;
        }
        return y;
    }

    /**
     * Goalposts: (x − lower)/(upper − lower), truncated to [0, 1] if asked, times {@code scale}
     * (COINr n_goalposts; Handbook Table 3). For a "less is better" indicator, whose values arrive
     * multiplied by −1, the goalposts are given in the original units and reversed here.
     */
    public static double[] goalposts(double[] x, double lower, double upper, double scale, int direction,
                                     boolean truncate) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double v = direction == -1 ? (-x[i] - upper) / (lower - upper) : (x[i] - lower) / (upper - lower);
            if (truncate) {
                v = Math.max(0, Math.min(1, v));
            }
            y[i] = v * scale;
        }
        return y;
    }

    /**
     * Polish zero unitarisation (unitaryzacja zerowana, Kukuła 2000): for a stimulant
     * (x − min)/(max − min), for a destimulant (max − x)/(max − min), both in [0, 1]. With the
     * direction already applied, both cases are the first formula on the signed values; a
     * nominant (an indicator best at a nominal value {@code nominal}) is first turned into a
     * destimulant by its distance |x − nominal|.
     */
    public static double[] zeroUnitarisation(double[] x, double nominal) {
        if (Double.isNaN(nominal)) {
            return minMax(x, 0, 1);
        }
        double[] d = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            d[i] = -Math.abs(x[i] - nominal);
        }
        return minMax(d, 0, 1);
    }
}
