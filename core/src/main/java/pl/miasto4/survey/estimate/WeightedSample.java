package pl.miasto4.survey.estimate;

/**
 * The values of the respondents with a positive weight, sorted, with the cumulative weights, for
 * quantiles by R's {@code qrule_math} (survey package, {@code svyquantile}): the smallest value
 * whose cumulative weight share reaches p, i.e. the inverse of the weighted distribution function
 * (Hyndman and Fan 1996, definition 1, with weights). The cumulative sums are exact and then
 * rounded, which is what R's long-double {@code cumsum} gives on survey weights, so that ties of
 * the share with p are decided the same way.
 */
final class WeightedSample {
    private final double[] values;
    private final double[] cumulative;
    private final double total;

    WeightedSample(double[] y, double[] w) {
        int n = 0;
        for (int i = 0; i < w.length; i++) {
            if (w[i] != 0) {
                n++;
            }
        }
        int[] index = new int[n];
        double[] keys = new double[n];
        int k = 0;
        for (int i = 0; i < w.length; i++) {
            if (w[i] != 0) {
                index[k] = i;
                keys[k] = y[i];
                k++;
            }
        }
        sortBy(keys, index);
        values = new double[n];
        cumulative = new double[n];
        double hi = 0;
        double lo = 0;
        for (int j = 0; j < n; j++) {
            values[j] = y[index[j]];
            double a = w[index[j]];
            // two-sum: s + err is hi + a exactly; lo gathers the errors; hi stays the rounded sum
            double s = hi + a;
            double bb = s - hi;
            double err = (hi - (s - bb)) + (a - bb);
            lo += err;
            hi = s + lo;
            lo -= hi - s;
            cumulative[j] = hi;
        }
        total = n == 0 ? 0 : cumulative[n - 1];
    }

    int size() {
        return values.length;
    }

    /**
     * qrule_math: the last position whose cumulative weight is at most p·W; its value when the
     * share there equals p exactly, else the next value. Where even the first cumulative weight
     * exceeds p·W this returns the smallest value (R's {@code qs} would take the second).
     */
    double quantile(double p) {
        double target = p * total;
        int lo = 0;
        int hi = values.length - 1;
        int pos = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] <= target) {
                pos = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (pos < 0) {
            return values[0];
        }
        double wlow = p - cumulative[pos] / total;
        if (wlow == 0) {
            return values[pos];
        }
        return values[Math.min(pos + 1, values.length - 1)];
    }

    /** Stable merge sort of {@code index} by {@code keys} (both permuted together). */
    private static void sortBy(double[] keys, int[] index) {
        int n = keys.length;
        double[] k2 = new double[n];
        int[] i2 = new int[n];
        for (int width = 1; width < n; width *= 2) {
            for (int left = 0; left < n; left += 2 * width) {
                int mid = Math.min(left + width, n);
                int right = Math.min(left + 2 * width, n);
                int a = left;
                int b = mid;
                int o = left;
                while (a < mid && b < right) {
                    if (keys[b] < keys[a]) {
                        k2[o] = keys[b];
                        i2[o++] = index[b++];
                    } else {
                        k2[o] = keys[a];
                        i2[o++] = index[a++];
                    }
                }
                while (a < mid) {
                    k2[o] = keys[a];
                    i2[o++] = index[a++];
                }
                while (b < right) {
                    k2[o] = keys[b];
                    i2[o++] = index[b++];
                }
            }
            System.arraycopy(k2, 0, keys, 0, n);
            System.arraycopy(i2, 0, index, 0, n);
        }
    }
}
