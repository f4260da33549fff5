package pl.miasto4.survey;

import pl.miasto4.survey.design.DesignSpec;
import pl.miasto4.survey.design.ReplicateWeights;
import pl.miasto4.survey.design.Replicates;
import pl.miasto4.survey.design.Structure;
import pl.miasto4.survey.estimate.Estimator;
import pl.miasto4.survey.weight.Adjustment;
import pl.miasto4.survey.weight.Calibration;
import pl.miasto4.survey.weight.Margin;
import pl.miasto4.survey.weight.PostStratification;
import pl.miasto4.survey.weight.Raking;
import pl.miasto4.survey.weight.Trimming;
import pl.miasto4.survey.weight.WeightSummary;
import pl.miasto4.survey.weight.Weighted;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A survey as R's survey package sees it: the respondents, how they were sampled
 * ({@link Structure}), their current weights, optional replicate weights, and what each weighting
 * step leaves for the linearised variance. Immutable: every step returns a new design and is
 * logged in {@link #steps()} with the weights' summary after it. Estimates come from
 * {@link #estimator()}.
 */
public final class SurveyDesign {
    private final SurveyData data;
    private final Structure structure;
    private final double[] weights;
    private final Replicates replicates;
    private final List<Adjustment> adjustments;
    private final List<Step> steps;

    /**
     * One step of the design's history: what was done, with which parameters (as text), how many
     * iterations it took, and the weights after it.
     */
    public record Step(String name, String parameters, int iterations, WeightSummary weights) {
    }

    private SurveyDesign(SurveyData data, Structure structure, double[] weights, Replicates replicates,
                         List<Adjustment> adjustments, List<Step> steps) {
        this.data = data;
        this.structure = structure;
        this.weights = weights;
        this.replicates = replicates;
        this.adjustments = List.copyOf(adjustments);
        this.steps = List.copyOf(steps);
    }

    /** The design as sampled ({@code svydesign}). Weights must be positive; no weight column means 1. */
    public static SurveyDesign of(SurveyData data, DesignSpec spec) {
        if (data.rows() == 0) {
            throw new SurveyException(Problem.NO_ROWS);
        }
        double[] w = new double[data.rows()];
        if (spec.weight() != null) {
            double[] given = data.numbers(spec.weight());
            for (int i = 0; i < w.length; i++) {
                if (Double.isNaN(given[i])) {
                    throw new SurveyException(Problem.MISSING_VALUE, data.line(i), spec.weight());
                }
                if (!(given[i] > 0) || Double.isInfinite(given[i])) {
                    throw new SurveyException(Problem.WEIGHT_NOT_POSITIVE, data.line(i), spec.weight(), given[i]);
                }
                w[i] = given[i];
            }
        } else {
            java.util.Arrays.fill(w, 1);
        }
        Structure s = Structure.of(data, spec);
        return new SurveyDesign(data, s, w, null, List.of(),
                List.of(new Step("design", describe(spec), 1, WeightSummary.of(w))));
    }

    private static String describe(DesignSpec spec) {
        List<String> parts = new ArrayList<>();
        if (spec.weight() != null) {
            parts.add("weight=" + spec.weight());
        }
        if (spec.strata() != null) {
            parts.add("strata=" + spec.strata());
        }
        if (spec.cluster() != null) {
            parts.add("cluster=" + spec.cluster());
        }
        if (spec.fpc() != null) {
            parts.add("fpc=" + spec.fpc());
        }
        return String.join(" ", parts);
    }

    /** Replicate weights made from the design (before any weighting, as with {@code as.svrepdesign}). */
    public SurveyDesign withReplicates(Replicates.Type type, int bootstrapReplicates, long seed) {
        requireUnweighted();
        Replicates r = switch (type) {
            case JK1 -> ReplicateWeights.jk1(structure, weights);
            case JKN -> ReplicateWeights.jkn(structure, weights);
            case BOOTSTRAP -> ReplicateWeights.bootstrap(structure, weights, bootstrapReplicates, seed);
            case SUPPLIED -> throw new IllegalArgumentException("use withSuppliedReplicates");
        };
        return next(weights, r, null, new Step("replicates", type.name().toLowerCase(java.util.Locale.ROOT)
                + (type == Replicates.Type.BOOTSTRAP ? " " + bootstrapReplicates + " seed " + seed : ""), 1,
                WeightSummary.of(weights)));
    }

    /**
     * Replicate weights published with the data, one column each, holding full weights (R's
     * {@code svrepdesign(repweights = …, combined.weights = TRUE, scale = …, rscales = 1)}).
     */
    public SurveyDesign withSuppliedReplicates(List<String> columns, double scale) {
        requireUnweighted();
        double[][] w = new double[columns.size()][];
        for (int r = 0; r < w.length; r++) {
            double[] v = data.numbers(columns.get(r));
            for (int i = 0; i < v.length; i++) {
                if (Double.isNaN(v[i])) {
                    throw new SurveyException(Problem.MISSING_VALUE, data.line(i), columns.get(r));
                }
                if (v[i] < 0 || Double.isInfinite(v[i])) {
                    throw new SurveyException(Problem.WEIGHT_NOT_POSITIVE, data.line(i), columns.get(r), v[i]);
                }
            }
            w[r] = v.clone();
        }
        double[] rscales = new double[w.length];
        java.util.Arrays.fill(rscales, 1);
        Replicates r = new Replicates(Replicates.Type.SUPPLIED, w, scale, rscales, false);
        return next(weights, r, null, new Step("replicates", "supplied " + columns.size() + " scale " + scale, 1,
                WeightSummary.of(weights)));
    }

    private void requireUnweighted() {
        if (replicates != null || steps.size() > 1) {
            throw new IllegalStateException("replicate weights are made from the design before any weighting step");
        }
    }

    public SurveyDesign postStratify(Margin margin) {
        Weighted r = PostStratification.apply(data, weights, replicates, margin);
        return next(r, "poststratify", margin.toString());
    }

    public SurveyDesign rake(List<Margin> margins, Raking.Control control) {
        Weighted r = Raking.rake(data, weights, replicates, margins, control);
        return next(r, "rake", margins + " " + control);
    }

    public SurveyDesign calibrate(List<Margin> margins, Map<String, Double> knownTotals, Calibration.Settings settings) {
        Weighted r = Calibration.calibrate(data, weights, replicates, margins, knownTotals, settings);
        return next(r, "calibrate", margins + " " + knownTotals + " " + settings);
    }

    public SurveyDesign trim(double lower, double upper, boolean strict) {
        Weighted r = Trimming.trim(weights, replicates, lower, upper, strict);
        return next(r, "trim", lower + "," + upper + (strict ? " strict" : ""));
    }

    private SurveyDesign next(Weighted r, String name, String parameters) {
        return next(r.weights(), r.replicates(), r.adjustment(), new Step(name, parameters, r.iterations(),
                WeightSummary.of(r.weights())));
    }

    private SurveyDesign next(double[] w, Replicates r, Adjustment a, Step step) {
        List<Adjustment> adj = new ArrayList<>(adjustments);
        if (a != null) {
            adj.add(a);
        }
        List<Step> s = new ArrayList<>(steps);
        s.add(step);
        return new SurveyDesign(data, structure, w, r, adj, s);
    }

    /** The same design with with-replacement variance (no finite-population correction). */
    public SurveyDesign withReplacement() {
        return new SurveyDesign(data, structure.withReplacement(), weights, replicates, adjustments, steps);
    }

    public SurveyData data() {
        return data;
    }

    public Structure structure() {
        return structure;
    }

    /** The current weights (a copy). */
    public double[] weights() {
        return weights.clone();
    }

    /** The current weights, not copied: for the estimators, which must not change them. */
    public double[] weightsView() {
        return weights;
    }

    /** Null when the variance is by linearisation. */
    public Replicates replicates() {
        return replicates;
    }

    public List<Adjustment> adjustments() {
        return adjustments;
    }

    public List<Step> steps() {
        return steps;
    }

    public WeightSummary weightSummary() {
        return WeightSummary.of(weights);
    }

    public Estimator estimator() {
        return new Estimator(this);
    }
}
