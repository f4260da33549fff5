package pl.miasto4.survey.weight;

import pl.miasto4.survey.design.Replicates;

/**
 * The outcome of a weighting step: new weights, the replicate weights treated the same way (null
 * for a design without replicates), what the linearised variance needs (null when nothing), and
 * how many iterations it took (1 for a closed form).
 */
public record Weighted(double[] weights, Replicates replicates, Adjustment adjustment, int iterations) {
}
