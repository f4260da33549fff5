package pl.miasto4.index.uncertainty;

import java.util.List;
import java.util.Map;

/**
 * One uncertain input of an uncertainty analysis: a methodological choice that each Monte Carlo
 * replication draws at random (uniformly, as COINr's get_sensitivity does).
 */
public sealed interface Choice {
    String name();

    /** How many discrete values it takes (0 for a continuous one). */
    int size();

    /**
     * Alternative parameter sets for one recipe step (e.g. normalise: minmax 1–100 or
     * dist2max); each alternative's parameters replace those of the step.
     */
    record StepAlternatives(String name, int step, List<Map<String, Object>> alternatives) implements Choice {
        public int size() {
            return alternatives.size();
        }
    }

    /** One numeric parameter of one step drawn uniformly from [low, high] (rounded if {@code integer}). */
    record Continuous(String name, int step, String parameter, double low, double high, boolean integer) implements Choice {
        public int size() {
            return 0;
        }

        double value(double u) {
            // integers: each of low..high equally likely
            return integer ? Math.min(high, Math.floor(low + u * (high - low + 1))) : low + u * (high - low);
        }
    }

    /**
     * Random weights: {@code sets} weight sets, each weight at a noisy level multiplied by
     * (1 + ε), ε uniform in [−noise, +noise] (COINr get_noisy_weights: w + (2U − 1)·noise·w).
     */
    record WeightNoise(String name, Map<Integer, Double> noiseByLevel, int sets) implements Choice {
        public int size() {
            return sets;
        }
    }

    /** Leaves out none or one of the listed indicators (its weight becomes 0 at aggregation). */
    record Exclusion(String name, List<String> indicators) implements Choice {
        public int size() {
            return indicators.size() + 1;
        }
    }
}
