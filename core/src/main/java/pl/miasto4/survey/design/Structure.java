package pl.miasto4.survey.design;

import pl.miasto4.survey.Factor;
import pl.miasto4.survey.Problem;
import pl.miasto4.survey.SurveyData;
import pl.miasto4.survey.SurveyException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How the sample was drawn: strata, primary sampling units (one-stage clusters, nested in strata
 * as with {@code svydesign(nest = TRUE)}) and the finite-population correction per stratum. The
 * variance formulas that use it are in {@code variance/}.
 */
public final class Structure {
    private final int rows;
    private final int[] stratum;
    private final List<String> strataLabels;
    private final int[] psu;
    private final int[] psuStratum;
    private final int[] psuCount;
    private final double[] populationPsus;
    private final boolean clustered;

    private Structure(int rows, int[] stratum, List<String> strataLabels, int[] psu, int[] psuStratum, int[] psuCount,
                      double[] populationPsus, boolean clustered) {
        this.rows = rows;
        this.stratum = stratum;
        this.strataLabels = List.copyOf(strataLabels);
        this.psu = psu;
        this.psuStratum = psuStratum;
        this.psuCount = psuCount;
        this.populationPsus = populationPsus;
        this.clustered = clustered;
    }

    /**
     * Reads strata, clusters and fpc from the data and checks them as R's {@code svydesign} and
     * {@code as.fpc} do: no missing values, fpc all sizes or all fractions, constant within a
     * stratum and not below the sample; more than one PSU in all; and (R's default
     * {@code survey.lonely.psu = "fail"}) no stratum with a single PSU unless it is sampled
     * completely.
     */
    public static Structure of(SurveyData data, DesignSpec spec) {
        int n = data.rows();
        int[] stratum = new int[n];
        List<String> strataLabels = new ArrayList<>();
        if (spec.strata() != null) {
            Factor f = data.factor(spec.strata());
            int[] recode = new int[f.levels().size()];
            List<Integer> order = f.sortedLevels();
            for (int k = 0; k < order.size(); k++) {
                recode[order.get(k)] = k;
                strataLabels.add(f.level(order.get(k)));
            }
            for (int i = 0; i < n; i++) {
                int c = f.code(i);
                if (c < 0) {
                    throw new SurveyException(Problem.MISSING_VALUE, data.line(i), spec.strata());
                }
                stratum[i] = recode[c];
            }
        } else {
            strataLabels.add("all");
        }
        int strata = strataLabels.size();
        int[] psu = new int[n];
        int[] psuStratum;
        boolean clustered = spec.cluster() != null;
        if (clustered) {
            Factor f = data.factor(spec.cluster());
            int levels = f.levels().size();
            Map<Long, Integer> ids = new HashMap<>();
            List<Integer> psuStratumList = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int c = f.code(i);
                if (c < 0) {
                    throw new SurveyException(Problem.MISSING_VALUE, data.line(i), spec.cluster());
                }
                long key = (long) stratum[i] * levels + c;
                Integer id = ids.get(key);
                if (id == null) {
                    id = psuStratumList.size();
                    ids.put(key, id);
                    psuStratumList.add(stratum[i]);
                }
                psu[i] = id;
            }
            psuStratum = psuStratumList.stream().mapToInt(Integer::intValue).toArray();
        } else {
            for (int i = 0; i < n; i++) {
                psu[i] = i;
            }
            psuStratum = stratum.clone();
        }
        int[] psuCount = new int[strata];
        for (int h : psuStratum) {
            psuCount[h]++;
        }
        if (psuStratum.length == 1) {
            throw new SurveyException(Problem.ONE_PSU);
        }
        double[] population = new double[strata];
        java.util.Arrays.fill(population, Double.POSITIVE_INFINITY);
        if (spec.fpc() != null) {
            population = populations(data, spec.fpc(), stratum, strataLabels, psuCount);
        }
        for (int h = 0; h < strata; h++) {
            boolean complete = population[h] == psuCount[h];
            if (psuCount[h] == 1 && !complete) {
                throw new SurveyException(Problem.STRATUM_ONE_PSU, strataLabels.get(h));
            }
        }
        return new Structure(n, stratum, strataLabels, psu, psuStratum, psuCount, population, clustered);
    }

    /** R's {@code as.fpc}: all values ≥ 1 are population sizes, all ≤ 1 sampling fractions. */
    private static double[] populations(SurveyData data, String column, int[] stratum, List<String> labels,
                                        int[] psuCount) {
        double[] fpc = data.numbers(column);
        int firstBig = -1;
        int firstSmall = -1;
        for (int i = 0; i < fpc.length; i++) {
            double v = fpc[i];
            if (Double.isNaN(v)) {
                throw new SurveyException(Problem.MISSING_VALUE, data.line(i), column);
            }
            if (v <= 0) {
                throw new SurveyException(Problem.FPC_BELOW_SAMPLE, labels.get(stratum[i]), v, psuCount[stratum[i]]);
            }
            if (v > 1 && firstBig < 0) {
                firstBig = i;
            }
            if (v < 1 && firstSmall < 0) {
                firstSmall = i;
            }
        }
        if (firstBig >= 0 && firstSmall >= 0) {
            throw new SurveyException(Problem.FPC_MIXED, data.line(firstBig), data.line(firstSmall));
        }
        boolean sizes = firstBig >= 0 || firstSmall < 0;
        double[] population = new double[labels.size()];
        java.util.Arrays.fill(population, Double.NaN);
        for (int i = 0; i < fpc.length; i++) {
            int h = stratum[i];
            double size = sizes ? fpc[i] : psuCount[h] / fpc[i];
            if (Double.isNaN(population[h])) {
                population[h] = size;
            } else if (population[h] != size) {
                throw new SurveyException(Problem.FPC_VARIES, labels.get(h), data.line(i));
            }
        }
        for (int h = 0; h < population.length; h++) {
            if (population[h] < psuCount[h]) {
                throw new SurveyException(Problem.FPC_BELOW_SAMPLE, labels.get(h), population[h], psuCount[h]);
            }
        }
        return population;
    }

    public int rows() {
        return rows;
    }

    public int strata() {
        return strataLabels.size();
    }

    public List<String> strataLabels() {
        return strataLabels;
    }

    public int stratum(int row) {
        return stratum[row];
    }

    public int psu(int row) {
        return psu[row];
    }

    public int psus() {
        return psuStratum.length;
    }

    public int psuStratum(int psu) {
        return psuStratum[psu];
    }

    /** PSUs sampled in stratum h (in the whole sample, also when estimating for a domain). */
    public int psuCount(int h) {
        return psuCount[h];
    }

    /** PSUs in the population of stratum h; +∞ without an fpc (sampling with replacement). */
    public double populationPsus(int h) {
        return populationPsus[h];
    }

    public boolean clustered() {
        return clustered;
    }

    public boolean stratified() {
        return strataLabels.size() > 1;
    }

    /** The same structure without finite-population corrections: with-replacement variance. */
    public Structure withReplacement() {
        double[] inf = new double[populationPsus.length];
        java.util.Arrays.fill(inf, Double.POSITIVE_INFINITY);
        for (int h = 0; h < inf.length; h++) {
            if (psuCount[h] == 1 && populationPsus[h] == 1) {
                throw new SurveyException(Problem.STRATUM_ONE_PSU, strataLabels.get(h));
            }
        }
        return new Structure(rows, stratum, strataLabels, psu, psuStratum, psuCount, inf, clustered);
    }

    /**
     * Design degrees of freedom of the respondents with a non-zero weight: PSUs minus strata
     * among them (R's {@code degf} for a design, applied to the domain as {@code svyby} does).
     */
    public int degreesOfFreedom(double[] weights) {
        boolean[] psuSeen = new boolean[psus()];
        boolean[] stratumSeen = new boolean[strata()];
        int p = 0;
        int s = 0;
        for (int i = 0; i < rows; i++) {
            if (weights[i] != 0) {
                if (!psuSeen[psu[i]]) {
                    psuSeen[psu[i]] = true;
                    p++;
                }
                if (!stratumSeen[stratum[i]]) {
                    stratumSeen[stratum[i]] = true;
                    s++;
                }
            }
        }
        return p - s;
    }
}
