package pl.miasto4.index.treat;

import pl.miasto4.index.stats.Stats;

import java.util.Arrays;
import java.util.List;

/**
 * Outlier treatment as COINr's {@code Treat()} does it (COINr 1.1.14, R/treat.R, Treat.numeric):
 * an indicator that fails the skew–kurtosis test is given a first treatment ({@code f1}, by default
 * winsorisation); if it still fails, a second one ({@code f2}, by default {@code log_CT}), applied to
 * the original values unless {@code combine} (COINr {@code combine_treat}) asks for the output of the
 * first. Source of the rule: OECD/JRC Handbook on Constructing Composite Indicators (2008), step 3;
 * COINr's check_SkewKurt (passes if |skew| &lt; 2 OR kurtosis &lt; 3.5), winsorise, log_CT,
 * log_CT_plus, log_CT_orig and boxcox.
 * <p>
 * The test is R's three-valued logic: an undefined skew or kurtosis (fewer than 3 or 4 values, or no
 * spread) makes it undefined unless the other part passes, and an undefined test leaves the indicator
 * untreated, as COINr does.
 */
public final class Treatment {
    /** The functions COINr offers as f1/f2, by the names recipes use. */
    public static final List<String> FIRST = List.of("winsorise", "log-ct", "log-ct-plus", "log-ct-orig", "box-cox", "none");
    public static final List<String> SECOND = List.of("log-ct", "log-ct-plus", "log-ct-orig", "box-cox", "none");

    private Treatment() {
    }

    /**
     * The treatment of one indicator: {@code first} and {@code second} are names from {@link #FIRST}
     * and {@link #SECOND}; {@code lambda} and {@code makePositive} parametrise Box–Cox;
     * {@code forceWinsorise} is COINr's {@code force_win}.
     */
    public record Spec(String first, String second, int winmax, double skewThreshold, double kurtosisThreshold,
                       boolean combine, double lambda, boolean makePositive, boolean forceWinsorise) {
        /** COINr's defaults: winsorise up to 5 points, then log_CT of the original values. */
        public static Spec jrc() {
            return new Spec("winsorise", "log-ct", 5, 2, 3.5, false, Double.NaN, true, false);
        }
    }

    /** What happened to one indicator; {@code applied} names the treatment kept ("" if none). */
    public record Result(double[] values, double skew, double kurt, int winsorised, boolean logged,
                         double skewAfter, double kurtAfter, String[] points, String applied) {
    }

    /** A transformation met a value it cannot take (e.g. Box–Cox of a value ≤ 0 without the shift). */
    public static final class TreatmentFailure extends RuntimeException {
        private final int unit;

        public TreatmentFailure(int unit, String message) {
            super(message);
            this.unit = unit;
        }

        public int unit() {
            return unit;
        }
    }

    /** COINr's check_SkewKurt: passes if |skew| &lt; skewThreshold OR kurt &lt; kurtThreshold. */
    public static boolean passes(double[] x, double skewThreshold, double kurtThreshold) {
        return test(x, skewThreshold, kurtThreshold) == Boolean.TRUE;
    }

    /** The same test in R's logic: TRUE, FALSE or null (NA) when it cannot be decided. */
    static Boolean test(double[] x, double skewThreshold, double kurtThreshold) {
        double s = Stats.skewness(x), k = Stats.kurtosis(x);
        Boolean a = Double.isNaN(s) ? null : Math.abs(s) < skewThreshold;
        Boolean b = Double.isNaN(k) ? null : k < kurtThreshold;
        if (a == Boolean.TRUE || b == Boolean.TRUE) {
            return true;
        }
        return a == null || b == null ? null : false;
    }

    /** The JRC rule with COINr's default functions (winsorise, then log_CT or nothing). */
    public static Result treat(double[] x, int winmax, double skewThreshold, double kurtThreshold,
                               boolean secondaryLog, boolean combine) {
        return treat(x, new Spec("winsorise", secondaryLog ? "log-ct" : "none", winmax, skewThreshold, kurtThreshold,
                combine, Double.NaN, true, false));
    }

    /** Treats one column (COINr Treat.numeric). */
    public static Result treat(double[] x, Spec spec) {
        double s0 = Stats.skewness(x), k0 = Stats.kurtosis(x);
        String[] points = new String[x.length];
        Arrays.fill(points, "");
        Boolean pass = test(x, spec.skewThreshold(), spec.kurtosisThreshold());
        if (pass == null || pass || spec.first().equals("none")) {
            return new Result(x.clone(), s0, k0, 0, false, s0, k0, points, "");
        }
        int nwin = 0;
        double[] x1;
        if (spec.first().equals("winsorise")) {
            x1 = x.clone();
            nwin = winsorise(x1, spec.winmax(), spec.skewThreshold(), spec.kurtosisThreshold(), spec.forceWinsorise(),
                    points);
        } else {
            x1 = transform(spec.first(), x, spec);
            Arrays.fill(points, spec.first());
        }
        pass = test(x1, spec.skewThreshold(), spec.kurtosisThreshold());
        if (pass == null) {
            // COINr: "f_pass has returned NA. Returning untreated vector."
            Arrays.fill(points, "");
            return new Result(x.clone(), s0, k0, 0, false, s0, k0, points, "");
        }
        if (pass || spec.second().equals("none")) {
            return new Result(x1, s0, k0, nwin, false, Stats.skewness(x1), Stats.kurtosis(x1), points, spec.first());
        }
        double[] x2 = transform(spec.second(), spec.combine() ? x1 : x, spec);
        if (test(x2, spec.skewThreshold(), spec.kurtosisThreshold()) == null) {
            Arrays.fill(points, "");
            return new Result(x.clone(), s0, k0, 0, false, s0, k0, points, "");
        }
        for (int i = 0; i < points.length; i++) {
            points[i] = spec.combine() && !points[i].isEmpty() ? points[i] + "+" + spec.second() : spec.second();
        }
        return new Result(x2, s0, k0, nwin, true, Stats.skewness(x2), Stats.kurtosis(x2), points,
                (spec.combine() ? spec.first() + "+" : "") + spec.second());
    }

    /** One of COINr's transformations by its recipe name; refuses to produce a non-finite value. */
    static double[] transform(String name, double[] x, Spec spec) {
        double[] y = switch (name) {
            case "log-ct" -> logCT(x);
            case "log-ct-plus" -> logCTPlus(x);
            case "log-ct-orig" -> logCTOrig(x);
            case "box-cox" -> boxCox(x, spec.lambda(), spec.makePositive());
            default -> throw new IllegalArgumentException(name);
        };
        for (int i = 0; i < y.length; i++) {
            if (!Double.isNaN(x[i]) && !Double.isFinite(y[i])) {
                throw new TreatmentFailure(i, name + " of the value " + x[i] + " gives " + y[i]
                        + (name.equals("box-cox") && !spec.makePositive() ? " (set makePositive: true to shift the values to ≥ 1)"
                        : ""));
            }
        }
        return y;
    }

    /**
     * COINr's winsorise(): while failing (or, with {@code force}, regardless) and fewer than
     * {@code winmax} points are winsorised, replace the maximum (if skew ≥ 0; else the minimum) and its
     * ties by the next value. The count is that of the last replaced group on each side, which includes
     * the earlier replaced points because they now tie with it. Changes {@code x} in place; returns the
     * number of points.
     */
    public static int winsorise(double[] x, int winmax, double skewThreshold, double kurtThreshold, String[] points) {
        return winsorise(x, winmax, skewThreshold, kurtThreshold, false, points);
    }

    static int winsorise(double[] x, int winmax, double skewThreshold, double kurtThreshold, boolean force,
                         String[] points) {
        int nwin = 0;
        int lastHigh = 0, lastLow = 0;
        while ((force || test(x, skewThreshold, kurtThreshold) != Boolean.TRUE) && nwin < winmax) {
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

    /**
     * COINr's log_CT_plus: log_CT when the skew is positive, otherwise its mirror image
     * −log(max + a − x), a = 0.01·(max − min), so that a negative skew is reduced as well.
     */
    public static double[] logCTPlus(double[] x) {
        double mn = Stats.min(x), mx = Stats.max(x);
        double a = 0.01 * (mx - mn);
        boolean positive = Stats.skewness(x) > 0;
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = positive ? Math.log(x[i] - mn + a) : -Math.log(mx + a - x[i]);
        }
        return out;
    }

    /** COINr's log_CT_orig: log(x − min + 1). */
    public static double[] logCTOrig(double[] x) {
        double mn = Stats.min(x);
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = Math.log(x[i] - mn + 1);
        }
        return out;
    }

    /**
     * Box–Cox (Box & Cox 1964) with a given λ, as COINr's boxcox(): with {@code makePositive} the
     * values are first shifted to x − min + 1 (COIN Tool style); then (x^λ − 1)/λ, or log(x) for
     * λ = 0. COINr does not choose λ (its documentation: "no optimisation of lambda"); neither does
     * this: the recipe gives it.
     */
    public static double[] boxCox(double[] x, double lambda, boolean makePositive) {
        double mn = Stats.min(x);
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double v = makePositive ? x[i] - mn + 1 : x[i];
            out[i] = lambda == 0 ? Math.log(v) : (Math.pow(v, lambda) - 1) / lambda;
        }
        return out;
    }
}
