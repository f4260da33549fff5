package pl.miasto4.bench;

import pl.miasto4.index.Coin;
import pl.miasto4.index.Dataset;
import pl.miasto4.index.Framework;
import pl.miasto4.index.Node;
import pl.miasto4.index.Recipe;
import pl.miasto4.index.Units;
import pl.miasto4.index.uncertainty.Choice;
import pl.miasto4.index.uncertainty.UncertaintySpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * SYNTHETIC data for benchmarks only (not real units): {@code units} units × {@code indicators}
 * indicators, 10 indicators per pillar, 5 pillars per sub-index, one index; skewed positive values
 * (log-normal with a common factor) with 1 % missing, a 5-level group column, one third of the
 * indicators "less is better". Seeded, so every run sees the same numbers.
 */
public final class SyntheticIndex {
    private SyntheticIndex() {
    }

    public static Coin coin(int units, int indicators, long seed) {
        List<Node> nodes = new ArrayList<>();
        int pillars = (indicators + 9) / 10;
        int subs = (pillars + 4) / 5;
        for (int j = 0; j < indicators; j++) {
            nodes.add(new Node("I" + j, "Synthetic indicator " + j, 1, j % 3 == 2 ? -1 : 1, 1, "P" + (j / 10),
                    null, Double.NaN, "synthetic"));
        }
        for (int p = 0; p < pillars; p++) {
            nodes.add(new Node("P" + p, "Pillar " + p, 2, 1, 1, "S" + (p / 5), null, Double.NaN, "score"));
        }
        for (int s = 0; s < subs; s++) {
            nodes.add(new Node("S" + s, "Sub-index " + s, 3, 1, 1, "Index", null, Double.NaN, "score"));
        }
        nodes.add(new Node("Index", "Synthetic index", 4, 1, 1, null, null, Double.NaN, "score"));
        Framework f = new Framework(nodes, List.of("Group"), List.of());
        SplittableRandom r = new SplittableRandom(seed);
        List<String> codes = new ArrayList<>(), group = new ArrayList<>();
        double[] common = new double[units];
        for (int i = 0; i < units; i++) {
            codes.add(String.format("U%05d", i));
            group.add("G" + (i % 5));
            common[i] = gaussian(r);
        }
        double[][] cols = new double[indicators][units];
        for (int j = 0; j < indicators; j++) {
            double load = 0.3 + 0.5 * r.nextDouble();
            for (int i = 0; i < units; i++) {
                cols[j][i] = r.nextDouble() < 0.01 ? Double.NaN
                        : Math.exp(0.8 * (load * common[i] + Math.sqrt(1 - load * load) * gaussian(r)));
            }
        }
        Units u = new Units(codes, codes, Map.of("Group", group), Map.of());
        return Coin.of(f, u, new Dataset(Coin.RAW, codes, f.indicatorCodes(), cols));
    }

    private static double gaussian(SplittableRandom r) {
        double u1 = r.nextDouble(), u2 = r.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
    }

    public static Recipe recipe() {
        return Recipe.of("synthetic", List.of(
                Recipe.Step.of("impute", Map.of("method", "group-mean", "group", "Group")),
                Recipe.Step.of("treat", Map.of()),
                Recipe.Step.of("normalise", Map.of("method", "minmax", "range", List.of(0.0, 100.0))),
                Recipe.Step.of("aggregate", Map.of("method", "arithmetic"))));
    }

    /** The four choices, on the synthetic recipe. */
    public static UncertaintySpec spec(int replications, long seed) {
        return new UncertaintySpec(List.of(
                new Choice.StepAlternatives("Imputation", 0, List.of(
                        Map.of("method", "group-mean", "group", "Group"),
                        Map.of("method", "group-median", "group", "Group"))),
                new Choice.StepAlternatives("Normalisation", 2, List.of(
                        Map.of("method", "minmax", "range", List.of(1.0, 100.0)),
                        Map.of("method", "dist2max"))),
                new Choice.WeightNoise("Weights", Map.of(2, 0.25, 3, 0.25), 100),
                new Choice.StepAlternatives("Aggregation", 3, List.of(
                        Map.of("method", "arithmetic"), Map.of("method", "geometric")))),
                "Index", replications, seed, false, 0);
    }
}
