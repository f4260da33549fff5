package pl.miasto4.index.uncertainty;

import java.util.List;
import java.util.Map;

/**
 * What an uncertainty analysis found: each unit's nominal rank and the distribution of its rank
 * over the replications that succeeded; how many failed and why; sensitivity indices if asked;
 * and timings (preparation of the cached upstream data, then the replications).
 *
 * @param output the per-replication output used for sensitivity: mean absolute rank change from
 *               the nominal ranks (NaN for a failed replication)
 */
public record UncertaintyResult(UncertaintySpec spec, List<RankStats> ranks, int replications, int failed,
                                Map<String, Integer> failureReasons, List<Sensitivity> sensitivity, double[] output,
                                int preparedVariants, double prepareSeconds, double replicationSeconds) {

    /** One unit: nominal score and rank; mean, median, 5 % and 95 % rank (R quantile type 7). */
    public record RankStats(String unit, double nominalScore, int nominalRank, double mean, double median, double q05,
                            double q95, int count) {
        static RankStats fromHistogram(String unit, double score, int nominal, int[] hist, int offset, int n) {
            int count = 0;
            double sum = 0;
            for (int r = 1; r <= n; r++) {
                count += hist[offset + r];
                sum += (double) r * hist[offset + r];
            }
            if (count == 0) {
                return new RankStats(unit, score, nominal, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);
            }
            return new RankStats(unit, score, nominal, sum / count, quantile(hist, offset, n, count, 0.5),
                    quantile(hist, offset, n, count, 0.05), quantile(hist, offset, n, count, 0.95), count);
        }

        /** Type-7 quantile of the ranks counted in a histogram. */
        static double quantile(int[] hist, int offset, int n, int count, double p) {
            double h = (count - 1) * p;
            int lo = (int) Math.floor(h);
            double a = orderStatistic(hist, offset, n, lo), b = orderStatistic(hist, offset, n, Math.min(lo + 1, count - 1));
            return a + (h - lo) * (b - a);
        }

        /** The k-th smallest (0-based) rank. */
        static int orderStatistic(int[] hist, int offset, int n, int k) {
            int cum = 0;
            for (int r = 1; r <= n; r++) {
                cum += hist[offset + r];
                if (cum > k) {
                    return r;
                }
            }
            return n;
        }
    }

    /** First-order (Si) and total (STi) sensitivity index of one uncertain choice. */
    public record Sensitivity(String choice, double first, double total, int usedSamples) {
    }
}
