package pl.miasto4.survey.design;

import pl.miasto4.survey.Problem;
import pl.miasto4.survey.SurveyException;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Replicate weights made from a design, as R's {@code as.svrepdesign}: JK1 (delete one PSU,
 * {@code jk1weights}), JKn (delete one PSU within its stratum, {@code jknweights}) and the
 * bootstrap of Canty and Davison (1999) ({@code bootweights}: n_h PSUs drawn with replacement in
 * each stratum, or without replacement from the PSUs repeated to the stratum's population size
 * when there is an fpc). Sources: Wolter (2007), Introduction to Variance Estimation, ch. 4–5;
 * Lumley (2010), Complex Surveys, §2.3.
 */
public final class ReplicateWeights {
    private ReplicateWeights() {
    }

    /** JK1: replicate j deletes PSU j and multiplies the others by n/(n−1); scale (n−1)/n · (1 − n/N). */
    public static Replicates jk1(Structure s, double[] weights) {
        if (s.stratified()) {
            throw new SurveyException(Problem.JK1_WITH_STRATA);
        }
        int n = s.psus();
        double population = s.populationPsus(0);
        double f = Double.isFinite(population) ? (population - n) / population : 1;
        double[][] w = new double[n][weights.length];
        double up = n / (n - 1.0);
        for (int r = 0; r < n; r++) {
            for (int i = 0; i < weights.length; i++) {
                w[r][i] = s.psu(i) == r ? 0 : weights[i] * up;
            }
        }
        double[] rscales = new double[n];
        java.util.Arrays.fill(rscales, 1);
        return new Replicates(Replicates.Type.JK1, w, f * (n - 1) / n, rscales, false);
    }

    /**
     * JKn: one replicate per PSU of every stratum not sampled completely; in the replicate the
     * PSU's weight is 0 and the others of its stratum are multiplied by n_h/(n_h−1);
     * rscale (n_h−1)/n_h · (1 − n_h/N_h), scale 1.
     */
    public static Replicates jkn(Structure s, double[] weights) {
        List<double[]> reps = new ArrayList<>();
        List<Double> rscales = new ArrayList<>();
        for (int p = 0; p < s.psus(); p++) {
            int h = s.psuStratum(p);
            int nh = s.psuCount(h);
            double population = s.populationPsus(h);
            double f = Double.isFinite(population) ? (population - nh) / population : 1;
            if (f == 0) {
                continue; // R (survey.drop.replicates): a stratum sampled completely adds no replicate
            }
            double up = nh / (nh - 1.0);
            double[] w = new double[weights.length];
            for (int i = 0; i < weights.length; i++) {
                if (s.stratum(i) != h) {
                    w[i] = weights[i];
                } else {
                    w[i] = s.psu(i) == p ? 0 : weights[i] * up;
                }
            }
            reps.add(w);
            rscales.add(f * (nh - 1) / nh);
        }
        return new Replicates(Replicates.Type.JKN, reps.toArray(new double[0][]), 1,
                rscales.stream().mapToDouble(Double::doubleValue).toArray(), false);
    }

    /**
     * The bootstrap: each replicate multiplies a PSU's weight by the number of times it was drawn;
     * scale m/((m−1)(B−1)) with m the harmonic mean of the PSUs per stratum (R's
     * {@code bootweights}). The draws come from {@code seed}, so a run can be repeated.
     */
    public static Replicates bootstrap(Structure s, double[] weights, int replicates, long seed) {
        if (replicates < 2) {
            throw new SurveyException(Problem.BAD_ARGUMENT, "--replicates", "bootstrap:" + replicates, "bootstrap:N with N ≥ 2");
        }
        SplittableRandom random = new SplittableRandom(seed);
        int strata = s.strata();
        List<List<Integer>> psusOf = new ArrayList<>();
        for (int h = 0; h < strata; h++) {
            psusOf.add(new ArrayList<>());
        }
        for (int p = 0; p < s.psus(); p++) {
            psusOf.get(s.psuStratum(p)).add(p);
        }
        double[][] counts = new double[replicates][s.psus()];
        for (int h = 0; h < strata; h++) {
            List<Integer> units = psusOf.get(h);
            int nh = units.size();
            double population = s.populationPsus(h);
            for (int r = 0; r < replicates; r++) {
                if (Double.isFinite(population)) {
                    // n_h draws without replacement from the PSUs repeated (in a random order) to
                    // N_h: Floyd's selection of n_h distinct positions of the N_h
                    long big = Math.round(population);
                    int[] perm = permutation(nh, random);
                    java.util.Set<Long> chosen = new java.util.HashSet<>();
                    for (long j = big - nh; j < big; j++) {
                        long t = random.nextLong(j + 1);
                        long pick = chosen.add(t) ? t : j;
                        if (pick == j) {
                            chosen.add(j);
                        }
                        counts[r][units.get(perm[(int) (pick % nh)])]++;
                    }
                } else {
                    for (int k = 0; k < nh; k++) {
                        counts[r][units.get(random.nextInt(nh))]++;
                    }
                }
            }
        }
        double harmonic = 0;
        for (int h = 0; h < strata; h++) {
            harmonic += 1.0 / psusOf.get(h).size();
        }
        double m = strata / harmonic;
        double[][] w = new double[replicates][weights.length];
        for (int r = 0; r < replicates; r++) {
            for (int i = 0; i < weights.length; i++) {
                w[r][i] = weights[i] * counts[r][s.psu(i)];
            }
        }
        double[] rscales = new double[replicates];
        java.util.Arrays.fill(rscales, 1);
        return new Replicates(Replicates.Type.BOOTSTRAP, w, m / ((m - 1) * (replicates - 1)), rscales, false);
    }

    private static int[] permutation(int n, SplittableRandom random) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }
}
