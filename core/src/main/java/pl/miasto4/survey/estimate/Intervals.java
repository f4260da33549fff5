package pl.miasto4.survey.estimate;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Critical values and the intervals for proportions. 95 % throughout.
 */
public final class Intervals {
    /** The normal 97.5 % point (R's {@code qnorm(0.975)}). */
    public static final double Z = new NormalDistribution(null, 0, 1, 1e-16).inverseCumulativeProbability(0.975);

    private Intervals() {
    }

    /** The 97.5 % point of Student's t with {@code df} degrees of freedom (normal for df = ∞, NaN for df ≤ 0). */
    public static double t(double df) {
        if (Double.isInfinite(df)) {
            return Z;
        }
        if (!(df > 0)) {
            return Double.NaN;
        }
        return new TDistribution(null, df, 1e-14).inverseCumulativeProbability(0.975);
    }

    /**
     * The logit interval of a proportion: expit(logit p ± t·SE(logit p)), SE(logit p) = SE(p)/(p(1 − p))
     * by the delta method (R's {@code svyciprop(method = "logit")}, which fits the intercept-only
     * quasi-binomial model; Korn and Graubard 1999 §5.2).
     */
    public static double[] logit(double p, double seLogit, double t) {
        double eta = Math.log(p / (1 - p));
        return new double[]{expit(eta - t * seLogit), expit(eta + t * seLogit)};
    }

    /**
     * The Wilson score interval on the effective sample size n* = p(1 − p)/var(p) with t on the
     * design's degrees of freedom (Kott and Carr 1997, "Developing an estimation strategy for a
     * pesticide data program", JASA 92; Wilson 1927). Stays inside [0, 1] and is not degenerate
     * at p = 0 or 1.
     */
    public static double[] wilson(double p, double effectiveN, double t) {
        double t2 = t * t;
        double centre = (p + t2 / (2 * effectiveN)) / (1 + t2 / effectiveN);
        double half = t * Math.sqrt(p * (1 - p) / effectiveN + t2 / (4 * effectiveN * effectiveN)) / (1 + t2 / effectiveN);
        return new double[]{centre - half, centre + half};
    }

    static double expit(double x) {
        return 1 - 1 / (1 + Math.exp(x));
    }
}
