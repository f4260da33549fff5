package pl.miasto4.survey.weight;

/**
 * What a weighting step leaves for the linearised variance: the influence values of an estimate
 * are replaced by their residuals from the step's auxiliary information before the design-based
 * variance is taken (Särndal, Swensson and Wretman 1992, §6.6 and §7.12; Deville and Särndal
 * 1992). Each kind follows the branch of R's {@code svyrecvar} for its {@code postStrata} entry,
 * applied in the order the steps were taken.
 */
public sealed interface Adjustment permits PostStratumAdjustment, RakingAdjustment, GregAdjustment {
    /** Replaces the influence values {@code x} (one per respondent) by their residuals, in place. */
    void project(double[] x);
}
