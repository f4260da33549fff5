package pl.miasto4.index.stats;

import java.util.Arrays;

/**
 * Descriptive statistics on double arrays, NaN = missing (ignored, like R's {@code na.rm = TRUE}).
 * Sums are compensated (Neumaier) and the mean gets R's refinement pass, so results match R's
 * extended-precision {@code mean()} / {@code sum()} to the last bits in practice.
 */
public final class Stats {
    private Stats() {
    }

    /** Neumaier-compensated sum of the non-missing values. */
    public static double sum(double[] x) {
        double s = 0, c = 0;
        for (double v : x) {
            if (Double.isNaN(v)) {
                continue;
            }
            double t = s + v;
            c += Math.abs(s) >= Math.abs(v) ? (s - t) + v : (v - t) + s;
            s = t;
        }
        return s + c;
    }

    public static int count(double[] x) {
        int n = 0;
        for (double v : x) {
            if (!Double.isNaN(v)) {
                n++;
            }
        }
        return n;
    }

    /** R's mean(x, na.rm = TRUE): sum / n, then add mean(x - m) once. NaN if nothing is present. */
    public static double mean(double[] x) {
        int n = count(x);
        if (n == 0) {
            return Double.NaN;
        }
        double m = sum(x) / n;
        double s = 0, c = 0;
        for (double v : x) {
            if (Double.isNaN(v)) {
                continue;
            }
            double d = v - m;
            double t = s + d;
            c += Math.abs(s) >= Math.abs(d) ? (s - t) + d : (d - t) + s;
            s = t;
        }
        return m + (s + c) / n;
    }

    /** Sample standard deviation (n − 1), like R's sd(). */
    public static double sd(double[] x) {
        return Math.sqrt(variance(x));
    }

    /** Sample variance (n − 1), like R's var(). */
    public static double variance(double[] x) {
        int n = count(x);
        return n < 2 ? Double.NaN : squaredDeviations(x) / (n - 1);
    }

    /** Population standard deviation (n), as the Mazziotta–Pareto and Hellwig formulas use. */
    public static double populationSd(double[] x) {
        int n = count(x);
        return n == 0 ? Double.NaN : Math.sqrt(squaredDeviations(x) / n);
    }

    /** Σ (x − mean)² over the present values (compensated). */
    private static double squaredDeviations(double[] x) {
        double m = mean(x);
        double[] d2 = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double d = x[i] - m;
            d2[i] = d * d;
        }
        return sum(d2);
    }

    /** For each unit (row), whether every column has a value. */
    public static boolean[] complete(double[][] columns) {
        boolean[] ok = new boolean[columns[0].length];
        java.util.Arrays.fill(ok, true);
        for (double[] c : columns) {
            for (int i = 0; i < ok.length; i++) {
                if (Double.isNaN(c[i])) {
                    ok[i] = false;
                }
            }
        }
        return ok;
    }

    /** Centred power sums of the present values: {sum d^2, sum d^p}. */
    private static double[] centred(double[] x, int p) {
        double m = mean(x);
        double[] d2 = new double[x.length];
        double[] dp = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double d = x[i] - m;
            d2[i] = d * d;
            dp[i] = p == 3 ? d * d * d : d * d * d * d;
        }
        return new double[]{sum(d2), sum(dp)};
    }

    /**
     * Sample skewness G1 (type 2 of Joanes & Gill 1998), as COINr's skew() (a copy of
     * e1071::skewness type 2): sqrt(n) Σd³ / (Σd²)^1.5 · sqrt(n(n−1)) / (n−2). NaN if n &lt; 3.
     */
    public static double skewness(double[] x) {
        int n = count(x);
        if (n < 3) {
            return Double.NaN;
        }
        double[] s = centred(x, 3);
        double y = Math.sqrt(n) * s[1] / Math.pow(s[0], 1.5);
        return y * Math.sqrt((double) n * (n - 1)) / (n - 2);
    }

    /**
     * Sample excess kurtosis G2 (type 2 of Joanes & Gill 1998), as COINr's kurt():
     * r = n Σd⁴ / (Σd²)², ((n+1)(r−3)+6)(n−1)/((n−2)(n−3)). NaN if n &lt; 4.
     */
    public static double kurtosis(double[] x) {
        int n = count(x);
        if (n < 4) {
            return Double.NaN;
        }
        double[] s = centred(x, 4);
        double r = n * s[1] / (s[0] * s[0]);
        return ((n + 1) * (r - 3) + 6) * (n - 1) / ((double) (n - 2) * (n - 3));
    }

    public static double min(double[] x) {
        double m = Double.NaN;
        for (double v : x) {
            if (!Double.isNaN(v) && (Double.isNaN(m) || v < m)) {
                m = v;
            }
        }
        return m;
    }

    public static double max(double[] x) {
        double m = Double.NaN;
        for (double v : x) {
            if (!Double.isNaN(v) && (Double.isNaN(m) || v > m)) {
                m = v;
            }
        }
        return m;
    }

    /** The present values, sorted. */
    public static double[] present(double[] x) {
        double[] out = new double[count(x)];
        int k = 0;
        for (double v : x) {
            if (!Double.isNaN(v)) {
                out[k++] = v;
            }
        }
        return out;
    }

    public static double median(double[] x) {
        return quantile(x, 0.5);
    }

    /** R's default quantile (type 7): linear interpolation between order statistics. */
    public static double quantile(double[] x, double p) {
        double[] s = present(x);
        if (s.length == 0) {
            return Double.NaN;
        }
        Arrays.sort(s);
        return sortedQuantile(s, s.length, p);
    }

    /** Type-7 quantile of the first {@code n} values of an already sorted array. */
    public static double sortedQuantile(double[] sorted, int n, double p) {
        double h = (n - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, n - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /** Pearson correlation over the units where both are present. */
    public static double correlation(double[] x, double[] y) {
        int n = 0;
        double mx = 0, my = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                n++;
                mx += x[i];
                my += y[i];
            }
        }
        if (n < 2) {
            return Double.NaN;
        }
        mx /= n;
        my /= n;
        double sxy = 0, sxx = 0, syy = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                double dx = x[i] - mx, dy = y[i] - my;
                sxy += dx * dy;
                sxx += dx * dx;
                syy += dy * dy;
            }
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    /**
     * Ranks with ties given the smallest rank ("min", like R's rank(ties.method = "min")),
     * highest value first when {@code descending}; missing values get NaN.
     */
    public static double[] rank(double[] x, boolean descending) {
        int n = x.length;
        Integer[] idx = new Integer[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (!Double.isNaN(x[i])) {
                idx[m++] = i;
            }
        }
        Integer[] order = Arrays.copyOf(idx, m);
        Arrays.sort(order, (a, b) -> descending ? Double.compare(x[b], x[a]) : Double.compare(x[a], x[b]));
        double[] r = new double[n];
        Arrays.fill(r, Double.NaN);
        for (int k = 0; k < m; k++) {
            if (k > 0 && x[order[k]] == x[order[k - 1]]) {
                r[order[k]] = r[order[k - 1]];
            } else {
                r[order[k]] = k + 1;
            }
        }
        return r;
    }

    /** Ranks with ties given their average rank (R's default ties.method = "average"). */
    public static double[] averageRank(double[] x) {
        double[] lo = rank(x, false);
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            if (Double.isNaN(x[i])) {
                out[i] = Double.NaN;
                continue;
            }
            int ties = 0;
            for (double v : x) {
                if (v == x[i]) {
                    ties++;
                }
            }
            out[i] = lo[i] + (ties - 1) / 2.0;
        }
        return out;
    }
}
