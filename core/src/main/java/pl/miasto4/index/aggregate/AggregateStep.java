package pl.miasto4.index.aggregate;

import pl.miasto4.index.BuildStep;
import pl.miasto4.index.Coin;
import pl.miasto4.index.Dataset;
import pl.miasto4.index.Framework;
import pl.miasto4.index.IndexInputException;
import pl.miasto4.index.Params;
import pl.miasto4.index.StepRecord;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Step {@code aggregate}: aggregates indicators up the hierarchy, level by level, with one
 * method for all levels or one per level ({@code method: [arithmetic, geometric, …]}), using a
 * weight set ({@code weights}, default "Original" = iMeta). Writes the input's columns followed by
 * every aggregate, like COINr's Aggregated data set.
 */
public final class AggregateStep implements BuildStep {
    public static final List<String> METHODS = List.of("arithmetic", "geometric", "harmonic", "generalised", "median",
            "mpi", "ampi", "copeland", "hellwig", "topsis", "bod");

    @Override
    public String type() {
        return "aggregate";
    }

    @Override
    public Set<String> parameters() {
        return Set.of("from", "to", "method", "weights", "p", "shift", "datThreshold", "positive");
    }

    @Override
    public Coin apply(Coin coin, Params p) {
        Dataset in = BuildStep.input(coin, p);
        Framework f = coin.framework();
        List<String> indicators = f.indicatorCodes();
        for (String c : indicators) {
            if (!in.has(c)) {
                throw p.reject("from", "data set " + in.name() + " has no indicator " + c);
            }
        }
        String[] methods = methods(p, f.maxLevel());
        Framework weights;
        try {
            weights = coin.weightSet(p.string("weights", "Original"));
        } catch (IndexInputException e) {
            throw p.reject("weights", e.reason());
        }
        Hierarchy h = new Hierarchy(f, indicators);
        double[][] w = h.weights(weights);
        double pw = p.number("p", 2);
        double shift = p.number("shift", 0);
        double thresh = p.number("datThreshold", -1);
        boolean positive = p.bool("positive", false);
        int n = in.unitCount();
        double[][] all = new double[h.codes.size()][];
        for (int j = 0; j < indicators.size(); j++) {
            all[j] = in.column(indicators.get(j));
        }
        List<List<String>> failures = new ArrayList<>();
        for (int a = 0; a < h.aggregateCount(); a++) {
            int[] kids = h.children[a];
            String method = methods[h.level[a] - 2];
            double[][] cols = new double[kids.length][];
            for (int k = 0; k < kids.length; k++) {
                cols[k] = all[kids[k]];
            }
            double[] out = new double[n];
            String code = h.codes.get(h.indicatorCount + a);
            switch (method) {
                case "mpi" -> out = Aggregation.mpi(cols, w[a], positive);
                case "ampi" -> out = Aggregation.ampi(cols, w[a], positive);
                case "copeland" -> out = Aggregation.copeland(cols, w[a]);
                case "hellwig" -> out = Aggregation.hellwig(cols, w[a]);
                case "topsis" -> out = Aggregation.topsis(cols, w[a]);
                case "bod" -> {
                    try {
                        out = Aggregation.bod(cols);
                    } catch (Aggregation.AggregationFailure e) {
                        throw p.reject("method", code + ": " + e.getMessage());
                    }
                }
                default -> {
                    double[] x = new double[kids.length];
                    for (int i = 0; i < n; i++) {
                        int present = 0;
                        for (int k = 0; k < kids.length; k++) {
                            x[k] = cols[k][i];
                            if (!Double.isNaN(x[k])) {
                                present++;
                            }
                        }
                        if ((double) present / kids.length < thresh) {
                            out[i] = Double.NaN;
                            continue;
                        }
                        try {
                            out[i] = switch (method) {
                                case "arithmetic" -> Aggregation.arithmetic(x, w[a]);
                                case "geometric" -> Aggregation.geometric(x, w[a], shift);
                                case "harmonic" -> Aggregation.harmonic(x, w[a]);
                                case "generalised" -> Aggregation.generalised(x, w[a], pw);
                                case "median" -> Aggregation.median(x, w[a]);
                                default -> throw new IllegalStateException(method);
                            };
                        } catch (Aggregation.AggregationFailure e) {
                            throw p.reject("method", "cannot aggregate " + code + " for unit " + in.units().get(i)
                                    + ": " + e.getMessage() + "; normalise to positive values or set 'shift'");
                        }
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                if (Double.isFinite(out[i])) {
                    continue;
                }
                int present = 0;
                for (double[] c : cols) {
                    if (!Double.isNaN(c[i])) {
                        present++;
                    }
                }
                boolean rowMethod = List.of("arithmetic", "geometric", "harmonic", "generalised", "median").contains(method);
                boolean explained = Double.isNaN(out[i]) && (present == 0 || (!rowMethod && present < kids.length)
                        || (rowMethod && (double) present / kids.length < thresh));
                if (!explained) {
                    throw p.reject("method", "aggregate (" + method + "), " + code + ", unit " + in.units().get(i)
                            + ": the result is " + out[i] + undefinedBecause(method, cols, w[a], i));
                }
            }
            all[h.indicatorCount + a] = out;
        }
        List<String> aggCodes = h.codes.subList(h.indicatorCount, h.codes.size());
        double[][] aggCols = java.util.Arrays.copyOfRange(all, h.indicatorCount, all.length);
        Dataset base = new Dataset(in.name(), in.units(), indicators, java.util.Arrays.copyOf(all, h.indicatorCount));
        Dataset d = base.withColumns(BuildStep.output(p, "Aggregated"), aggCodes, aggCols);
        return coin.with(d, new StepRecord(p.step(), d.name(), List.of(), failures,
                Map.of("from", in.name(), "methods", String.join(",", methods))));
    }

    /** Why a method gave no finite value for unit i (the children's values and weights, for the message). */
    private static String undefinedBecause(String method, double[][] cols, double[] w, int i) {
        StringBuilder b = new StringBuilder(" (children ");
        double sw = 0;
        for (int k = 0; k < cols.length; k++) {
            b.append(k == 0 ? "" : ", ").append(cols[k][i]).append(" × ").append(w[k]);
            if (!Double.isNaN(cols[k][i])) {
                sw += w[k];
            }
        }
        b.append(")");
        if (sw == 0 && List.of("arithmetic", "geometric", "harmonic", "generalised").contains(method)) {
            b.append(": the weights of the present children sum to 0");
        } else if (List.of("mpi", "ampi", "hellwig", "topsis").contains(method)) {
            b.append(": a child has no spread (all units equal), which the method divides by");
        }
        return b.toString();
    }

    private static String[] methods(Params p, int maxLevel) {
        Object m = p.raw("method");
        String[] out = new String[maxLevel - 1];
        if (m instanceof List<?> l) {
            if (l.size() != maxLevel - 1) {
                throw p.reject("method", "give one method for all levels or one per level above indicators ("
                        + (maxLevel - 1) + ")");
            }
            for (int i = 0; i < out.length; i++) {
                out[i] = check(p, l.get(i).toString());
            }
        } else {
            java.util.Arrays.fill(out, check(p, m == null ? "arithmetic" : m.toString()));
        }
        return out;
    }

    private static String check(Params p, String method) {
        if (!METHODS.contains(method)) {
            throw p.reject("method", "'" + method + "' is not one of " + METHODS);
        }
        return method;
    }
}
