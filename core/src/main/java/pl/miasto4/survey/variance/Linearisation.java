package pl.miasto4.survey.variance;

import pl.miasto4.survey.design.Structure;
import pl.miasto4.survey.weight.Adjustment;

import java.util.List;

/**
 * Taylor-linearisation variance of an estimate from its influence values x (one per respondent,
 * zero outside the domain): the weighting adjustments replace x by residuals, then the variance of
 * the PSU totals within strata,
 * v = Σ_h (1 − n_h/N_h) · n_h/(n_h − 1) · Σ_i (z_hi − z̄_h)², z_hi the total of x in PSU i of h
 * (with-replacement when there is no fpc). Cochran (1977) §5.3 and §11.7; Wolter (2007) §6;
 * R's {@code svyrecvar}/{@code onestage}/{@code onestrat}. PSUs of a stratum that have no
 * respondent in the domain count as zeros, as in R.
 */
public final class Linearisation {
    private Linearisation() {
    }

    /** The variance of Σ x. {@code x} is changed (the adjustments work in place). */
    public static double variance(double[] x, Structure s, List<Adjustment> adjustments) {
        for (Adjustment a : adjustments) {
            a.project(x);
        }
        return stratified(x, s);
    }

    static double stratified(double[] x, Structure s) {
        double[] psuTotal;
        if (s.clustered()) {
            psuTotal = new double[s.psus()];
            for (int i = 0; i < x.length; i++) {
                psuTotal[s.psu(i)] += x[i];
            }
        } else {
            psuTotal = x;
        }
        int strata = s.strata();
        double[] sum = new double[strata];
        for (int p = 0; p < psuTotal.length; p++) {
            sum[s.psuStratum(p)] += psuTotal[p];
        }
        double[] mean = new double[strata];
        for (int h = 0; h < strata; h++) {
            mean[h] = sum[h] / s.psuCount(h);
        }
        double[] squares = new double[strata];
        for (int p = 0; p < psuTotal.length; p++) {
            int h = s.psuStratum(p);
            double d = psuTotal[p] - mean[h];
            squares[h] += d * d;
        }
        double v = 0;
        for (int h = 0; h < strata; h++) {
            double population = s.populationPsus(h);
            double f = Double.isFinite(population) ? (population - s.psuCount(h)) / population : 1;
            if (f < 1e-7) {
                continue; // sampled completely: no sampling variance (R's onestrat)
            }
            int nh = s.psuCount(h);
            v += f * nh / (nh - 1.0) * squares[h];
        }
        return v;
    }
}
