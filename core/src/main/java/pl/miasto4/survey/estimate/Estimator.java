package pl.miasto4.survey.estimate;

import pl.miasto4.survey.Factor;
import pl.miasto4.survey.Problem;
import pl.miasto4.survey.SurveyException;
import pl.miasto4.survey.SurveyData;
import pl.miasto4.survey.SurveyDesign;
import pl.miasto4.survey.design.Replicates;
import pl.miasto4.survey.design.Structure;
import pl.miasto4.survey.variance.Linearisation;
import pl.miasto4.survey.weight.WeightSummary;

import java.util.ArrayList;
import java.util.List;

/**
 * Means, totals, proportions, ratios and quantiles of a {@link SurveyDesign}, in the whole sample
 * or a {@link Domain}, with standard errors by Taylor linearisation or by the design's replicate
 * weights, 95 % intervals and design effects. Missing answers are left out (R's
 * {@code na.rm = TRUE}: the respondent stays in the design with weight zero). Each method cites
 * the R function whose results it reproduces.
 */
public final class Estimator {
    private final SurveyDesign design;
    private final SurveyData data;
    private final Structure structure;
    private final double[] weights;
    private final Replicates replicates;

    public Estimator(SurveyDesign design) {
        this.design = design;
        this.data = design.data();
        this.structure = design.structure();
        this.weights = design.weightsView();
        this.replicates = design.replicates();
    }

    /** The weights of the respondents in the domain with every value present; zero for the others. */
    private double[] domainWeights(double[] w, Domain domain, double[]... values) {
        double[] out = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            if (!domain.contains(i)) {
                continue;
            }
            boolean ok = true;
            for (double[] v : values) {
                if (Double.isNaN(v[i])) {
                    ok = false;
                    break;
                }
            }
            if (ok) {
                out[i] = w[i];
            }
        }
        return out;
    }

    private double[][] replicateDomainWeights(Domain domain, double[]... values) {
        double[][] out = new double[replicates.count()][];
        for (int r = 0; r < out.length; r++) {
            out[r] = domainWeights(replicates.weights(r), domain, values);
        }
        return out;
    }

    private static int count(double[] dw) {
        int n = 0;
        for (double w : dw) {
            if (w != 0) {
                n++;
            }
        }
        return n;
    }

    private static double sum(double[] a) {
        double s = 0;
        for (double v : a) {
            s += v;
        }
        return s;
    }

    private static double weightedSum(double[] w, double[] y) {
        double s = 0;
        for (int i = 0; i < w.length; i++) {
            if (w[i] != 0) {
                s += w[i] * y[i];
            }
        }
        return s;
    }

    /** The variance of Σ x: linearised through the weighting adjustments and the design. */
    private double linearised(double[] x) {
        return Linearisation.variance(x, structure, design.adjustments());
    }

    /**
     * R's {@code svyvar} estimate of the variable's population variance: n/(n−1) times the
     * weighted mean squared deviation, n the respondents with a non-zero weight.
     */
    private static double populationVariance(double[] dw, double[] y, double mean, int n, double psum) {
        double s = 0;
        for (int i = 0; i < dw.length; i++) {
            if (dw[i] != 0) {
                double d = y[i] - mean;
                s += dw[i] * d * d;
            }
        }
        return n / (n - 1.0) * s / psum;
    }

    /** A weighted mean and its variance (shared by means, proportions and quantile intervals). */
    private record MeanParts(double mean, double variance, int n, double psum, double[] dw, double[][] rdw) {
    }

    /**
     * R's {@code svymean}: ȳ = Σwy/Σw, influence w(y − ȳ)/Σw; replicate means for a replicate
     * design ({@code svymean.svyrep.design}).
     */
    private MeanParts meanParts(double[] y, Domain domain, double[] missing) {
        double[] dw = domainWeights(weights, domain, missing);
        int n = 0;
        double psum = 0;
        double wy = 0;
        for (int i = 0; i < dw.length; i++) {
            double w = dw[i];
            if (w != 0) {
                n++;
                psum += w;
                wy += w * y[i];
            }
        }
        if (n == 0) {
            return null;
        }
        double mean = wy / psum;
        double v;
        double[][] rdw = null;
        if (replicates == null) {
            // the influence values, written over the domain weights (no second array of n)
            double[] x = dw.clone();
            for (int i = 0; i < x.length; i++) {
                if (x[i] != 0) {
                    x[i] = x[i] * (y[i] - mean) / psum;
                }
            }
            v = linearised(x);
        } else {
            rdw = replicateDomainWeights(domain, missing);
            double[] thetas = new double[replicates.count()];
            for (int r = 0; r < thetas.length; r++) {
                thetas[r] = weightedSum(rdw[r], y) / sum(rdw[r]);
            }
            v = replicates.variance(thetas, mean);
        }
        return new MeanParts(mean, v, n, psum, dw, rdw);
    }

    /** R's {@code svymean(..., deff = TRUE)}: deff = v / (svyvar·(N̂ − n)/(N̂·n)). */
    public Estimate mean(String variable, Domain domain) {
        double[] y = data.numbers(variable);
        MeanParts m = meanParts(y, domain, y);
        if (m == null) {
            return Estimate.noData(Statistic.MEAN, variable, domain.label());
        }
        double se = Math.sqrt(m.variance);
        double vsrs = populationVariance(m.dw, y, m.mean, m.n, m.psum) * (m.psum - m.n) / (m.psum * m.n);
        return new Estimate(Statistic.MEAN, variable, domain.label(), m.mean, se, m.mean - Intervals.Z * se,
                m.mean + Intervals.Z * se, m.n, m.psum < m.n ? Double.NaN : m.variance / vsrs);
    }

    /** R's {@code svytotal(..., deff = TRUE)}: influence w·y; deff = v / (svyvar·N̂²·(N̂ − n)/(N̂·n)). */
    public Estimate total(String variable, Domain domain) {
        double[] y = data.numbers(variable);
        double[] dw = domainWeights(weights, domain, y);
        int n = count(dw);
        if (n == 0) {
            return Estimate.noData(Statistic.TOTAL, variable, domain.label());
        }
        double psum = sum(dw);
        double total = weightedSum(dw, y);
        double v;
        if (replicates == null) {
            double[] x = new double[dw.length];
            for (int i = 0; i < x.length; i++) {
                if (dw[i] != 0) {
                    x[i] = dw[i] * y[i];
                }
            }
            v = linearised(x);
        } else {
            double[][] rdw = replicateDomainWeights(domain, y);
            double[] thetas = new double[replicates.count()];
            for (int r = 0; r < thetas.length; r++) {
                thetas[r] = weightedSum(rdw[r], y);
            }
            v = replicates.variance(thetas, total);
        }
        double se = Math.sqrt(v);
        double mean = total / psum;
        double vsrs = populationVariance(dw, y, mean, n, psum) * psum * psum * (psum - n) / (psum * n);
        return new Estimate(Statistic.TOTAL, variable, domain.label(), total, se, total - Intervals.Z * se,
                total + Intervals.Z * se, n, v / vsrs);
    }

    /**
     * The share of the domain's respondents (with an answer) who gave {@code level}: the mean of
     * the indicator, with the logit interval of R's {@code svyciprop} or the Wilson interval on
     * the effective sample size, t on the domain's design degrees of freedom. At p = 0 or 1, where
     * the logit is undefined, the Wilson interval on Kish's effective sample size is given.
     */
    public Estimate proportion(String variable, String level, Domain domain, ProportionInterval method) {
        Factor f = data.factor(variable);
        int code = f.find(level);
        if (code < 0) {
            List<String> given = new ArrayList<>();
            for (int c : f.sortedLevels()) {
                given.add(f.level(c));
            }
            throw new SurveyException(Problem.NO_SUCH_LEVEL, variable, level, String.join(", ", given));
        }
        double[] y = new double[f.size()];
        for (int i = 0; i < y.length; i++) {
            int c = f.code(i);
            y[i] = c < 0 ? Double.NaN : c == code ? 1 : 0;
        }
        String name = variable + "=" + level;
        MeanParts m = meanParts(y, domain, y);
        if (m == null) {
            return Estimate.noData(Statistic.PROPORTION, name, domain.label());
        }
        double p = m.mean;
        double se = Math.sqrt(m.variance);
        double t = Intervals.t(degreesOfFreedom(domainWeights(weights, domain)));
        double[] ci;
        if (method == ProportionInterval.LOGIT && p > 0 && p < 1) {
            double seLogit;
            if (replicates == null) {
                seLogit = se / (p * (1 - p));
            } else {
                // R's svyglm on a replicate design refits per replicate: the replicate variance of logit(p_r)
                double[] thetas = new double[replicates.count()];
                for (int r = 0; r < thetas.length; r++) {
                    double pr = weightedSum(m.rdw[r], y) / sum(m.rdw[r]);
                    thetas[r] = pr > 0 && pr < 1 ? Math.log(pr / (1 - pr)) : Double.NaN;
                }
                seLogit = Math.sqrt(replicates.variance(thetas, Math.log(p / (1 - p))));
            }
            ci = Intervals.logit(p, seLogit, t);
        } else {
            double effective = m.variance > 0 ? p * (1 - p) / m.variance : WeightSummary.of(m.dw).effectiveSampleSize();
            ci = Intervals.wilson(p, effective, t);
        }
        double vsrs = populationVariance(m.dw, y, p, m.n, m.psum) * (m.psum - m.n) / (m.psum * m.n);
        return new Estimate(Statistic.PROPORTION, name, domain.label(), p, se, ci[0], ci[1], m.n,
                m.psum < m.n ? Double.NaN : m.variance / vsrs);
    }

    /**
     * R's {@code svyratio}: R̂ = Σwy/Σwx, influence w(y − R̂x)/Σwx (Cochran 1977 §6.4); replicate
     * ratios for a replicate design. deff is that of the total of y − R̂x, as R computes it.
     */
    public Estimate ratio(String numerator, String denominator, Domain domain) {
        double[] y = data.numbers(numerator);
        double[] x = data.numbers(denominator);
        String name = numerator + "/" + denominator;
        double[] dw = domainWeights(weights, domain, y, x);
        int n = count(dw);
        if (n == 0) {
            return Estimate.noData(Statistic.RATIO, name, domain.label());
        }
        double denominatorTotal = weightedSum(dw, x);
        double ratio = weightedSum(dw, y) / denominatorTotal;
        double[] z = new double[dw.length];
        for (int i = 0; i < z.length; i++) {
            if (dw[i] != 0) {
                z[i] = y[i] - ratio * x[i];
            }
        }
        double v;
        if (replicates == null) {
            double[] infl = new double[dw.length];
            for (int i = 0; i < infl.length; i++) {
                infl[i] = dw[i] * z[i] / denominatorTotal;
            }
            v = linearised(infl);
        } else {
            double[][] rdw = replicateDomainWeights(domain, y, x);
            double[] thetas = new double[replicates.count()];
            for (int r = 0; r < thetas.length; r++) {
                thetas[r] = weightedSum(rdw[r], y) / weightedSum(rdw[r], x);
            }
            v = replicates.variance(thetas, ratio);
        }
        double se = Math.sqrt(v);
        double psum = sum(dw);
        double zMean = weightedSum(dw, z) / psum;
        double vsrs = populationVariance(dw, z, zMean, n, psum) * psum * psum * (psum - n) / (psum * n);
        double deff = v * denominatorTotal * denominatorTotal / vsrs;
        return new Estimate(Statistic.RATIO, name, domain.label(), ratio, se, ratio - Intervals.Z * se,
                ratio + Intervals.Z * se, n, deff);
    }

    /**
     * R's {@code svyquantile} with its defaults: the quantile by {@code qrule_math} and Woodruff's
     * (1952) interval — the interval of the share of respondents at or below the estimate
     * (mean scale, t on the degrees of freedom of the respondents with an answer) mapped back
     * through the weighted distribution; SE = interval width / (2t). No design effect.
     */
    public Estimate quantile(String variable, double p, Domain domain) {
        double[] y = data.numbers(variable);
        String name = variable + ":" + trimNumber(p);
        double[] dw = domainWeights(weights, domain, y);
        int n = count(dw);
        if (n == 0) {
            return Estimate.noData(Statistic.QUANTILE, name, domain.label());
        }
        WeightedSample sample = new WeightedSample(y, dw);
        double q = sample.quantile(p);
        double[] below = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            below[i] = Double.isNaN(y[i]) ? Double.NaN : y[i] <= q ? 1 : 0;
        }
        MeanParts m = meanParts(below, domain, y);
        double t = Intervals.t(degreesOfFreedom(dw));
        double half = t * Math.sqrt(m.variance);
        double lowP = m.mean - half;
        double highP = m.mean + half;
        double low = lowP < 0 || Double.isNaN(lowP) ? Double.NaN : sample.quantile(lowP);
        double high = highP > 1 || Double.isNaN(highP) ? Double.NaN : sample.quantile(highP);
        return new Estimate(Statistic.QUANTILE, name, domain.label(), q, (high - low) / (2 * t), low, high, n, Double.NaN);
    }

    /** Design degrees of freedom of the respondents with a non-zero entry (R's {@code degf}). */
    private int degreesOfFreedom(double[] rows) {
        return replicates == null ? structure.degreesOfFreedom(rows) : replicates.degreesOfFreedom(rows);
    }

    static String trimNumber(double p) {
        String s = java.math.BigDecimal.valueOf(p).stripTrailingZeros().toPlainString();
        return s;
    }
}
