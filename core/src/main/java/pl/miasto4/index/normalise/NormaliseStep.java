package pl.miasto4.index.normalise;

import pl.miasto4.index.BuildStep;
import pl.miasto4.index.Coin;
import pl.miasto4.index.Dataset;
import pl.miasto4.index.Node;
import pl.miasto4.index.Params;
import pl.miasto4.index.StepRecord;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Step {@code normalise}: applies each indicator's direction (×−1 where less is better), then
 * one method to every indicator column (see {@link Normalisation}).
 */
public final class NormaliseStep implements BuildStep {
    public static final List<String> METHODS = List.of("minmax", "zscore", "rank", "percentile-rank", "borda",
            "dist2max", "dist2target", "dist2ref", "ratio-to-mean", "fracmax", "goalposts", "scaled", "zero-unitarisation",
            "none");

    @Override
    public String type() {
        return "normalise";
    }

    @Override
    public Set<String> parameters() {
        return Set.of("from", "to", "method", "range", "mean", "sd", "capMax", "unit", "scale", "lower", "upper",
                "truncate", "nominal", "indicators");
    }

    /** The parameters one normalisation needs, resolved once (also used by the uncertainty engine). */
    public record Spec(String method, double lo, double hi, double mean, double sd, boolean capMax, String unit,
                       double scale, Map<String, Double> lower, Map<String, Double> upper, boolean truncate,
                       Map<String, Double> nominal) {
        public static Spec minMax(double lo, double hi) {
            return new Spec("minmax", lo, hi, 0, 1, false, null, 100, Map.of(), Map.of(), true, Map.of());
        }

        public static Spec of(String method) {
            return new Spec(method, 0, 100, 0, 1, false, null, 100, Map.of(), Map.of(), true, Map.of());
        }
    }

    public static Spec spec(Params p) {
        String method = p.choice("method", "minmax", METHODS);
        double[] range = p.numbers("range", new double[]{0, 100}, 2);
        return new Spec(method, range[0], range[1], p.number("mean", 0), p.number("sd", 1), p.bool("capMax", false),
                p.string("unit", null), p.number("scale", method.equals("goalposts") || method.equals("scaled") ? 100 : 1),
                perIndicator(p, "lower"), perIndicator(p, "upper"), p.bool("truncate", true), perIndicator(p, "nominal"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Double> perIndicator(Params p, String key) {
        Object v = p.raw(key);
        if (v == null) {
            return Map.of();
        }
        if (!(v instanceof Map<?, ?> m)) {
            throw p.reject(key, key + " must map indicator codes to numbers");
        }
        java.util.Map<String, Double> out = new java.util.HashMap<>();
        for (Map.Entry<?, ?> e : m.entrySet()) {
            if (!(e.getValue() instanceof Number n)) {
                throw p.reject(key, key + " of " + e.getKey() + " must be a number");
            }
            out.put(e.getKey().toString(), n.doubleValue());
        }
        return out;
    }

    /**
     * Per-indicator specifications (COINr's indiv_specs): {@code indicators: {CODE: {method: rank}}};
     * an indicator's map replaces the step's parameters for that indicator.
     */
    private static Map<String, Spec> individual(Params p) {
        Map<String, Spec> out = new java.util.HashMap<>();
        if (!p.has("indicators")) {
            return out;
        }
        if (!(p.raw("indicators") instanceof Map<?, ?> m)) {
            throw p.reject("indicators", "'indicators' maps indicator codes to normalisation parameters");
        }
        for (Map.Entry<?, ?> e : m.entrySet()) {
            if (!(e.getValue() instanceof Map<?, ?> params)) {
                throw p.reject("indicators", "the parameters of " + e.getKey() + " must be a mapping");
            }
            Map<String, Object> pm = new java.util.LinkedHashMap<>();
            params.forEach((k, v) -> pm.put(k.toString(), v));
            pl.miasto4.index.Recipe.Step sub = new pl.miasto4.index.Recipe.Step(p.step().type(), pm, p.step().line(),
                    p.step().column(), Map.of("indicators", p.step().positions().getOrDefault("indicators", new int[]{0, 0})));
            Set<String> allowed = new java.util.HashSet<>(new NormaliseStep().parameters());
            allowed.removeAll(Set.of("from", "to", "indicators"));
            out.put(e.getKey().toString(), spec(new Params(sub, p.source(), allowed)));
        }
        return out;
    }

    @Override
    public Coin apply(Coin coin, Params p) {
        Dataset in = BuildStep.input(coin, p);
        Spec general = spec(p);
        Map<String, Spec> individual = individual(p);
        double[][] out = new double[in.columnCount()][];
        for (int j = 0; j < in.columnCount(); j++) {
            String code = in.codes().get(j);
            Spec spec = individual.getOrDefault(code, general);
            int ref = -1;
            if (spec.method().equals("dist2ref")) {
                ref = in.units().indexOf(spec.unit());
                if (ref < 0) {
                    throw p.reject("unit", "reference unit " + spec.unit() + " is not among the units");
                }
            }
            Node n = coin.framework().node(code);
            int dir = n == null ? 1 : n.direction();
            if (spec.method().equals("dist2target") && (n == null || Double.isNaN(n.target()))) {
                throw p.reject("method", "indicator " + code + " has no Target in iMeta for dist2target");
            }
            if ((spec.method().equals("goalposts") || spec.method().equals("scaled"))
                    && (!spec.lower().containsKey(code) || !spec.upper().containsKey(code))) {
                throw p.reject("method", spec.method() + " needs lower and upper for indicator " + code);
            }
            double target = n == null ? Double.NaN : n.target();
            double[] x = in.column(j);
            out[j] = normalise(x.clone(), dir, spec, target, ref, code);
            String problem = illPosed(spec, x, dir, out[j], target, ref, in.units());
            if (problem != null) {
                throw p.reject("method", "normalise (" + spec.method() + "), indicator " + code + ", " + problem);
            }
        }
        Dataset d = new Dataset(BuildStep.output(p, "Normalised"), in.units(), in.codes(), out);
        return coin.with(d, new StepRecord(p.step(), d.name(), List.of(), List.of(), Map.of("from", in.name())));
    }

    /**
     * Why a normalisation cannot be computed for this column, or null. COINr returns NaN or ±Inf in
     * these cases (a division by zero) and, for fracmax or ratio-to-mean of values whose best or
     * mean is negative, a reversed scale; the engine refuses instead, naming the unit concerned.
     * {@code x} are the values as given (before the direction), {@code y} the normalised ones.
     */
    static String illPosed(Spec s, double[] x, int direction, double[] y, double target, int reference,
                           List<String> units) {
        double[] signed = x.clone();
        for (int i = 0; i < signed.length; i++) {
            signed[i] *= direction;
        }
        int n = pl.miasto4.index.stats.Stats.count(signed);
        double mn = pl.miasto4.index.stats.Stats.min(signed), mx = pl.miasto4.index.stats.Stats.max(signed);
        if (n == 0 || s.method().equals("none") || s.method().equals("rank") || s.method().equals("borda")) {
            return null;
        }
        String first = units.get(firstPresent(signed));
        String atMin = units.get(indexOf(signed, mn)), atMax = units.get(indexOf(signed, mx));
        String equal = "unit " + first + ": all " + n + " values are equal (" + num(x[firstPresent(signed)])
                + "), so the range max − min is zero";
        switch (s.method()) {
            case "minmax", "dist2max" -> {
                if (mn == mx) {
                    return equal;
                }
            }
            case "zscore" -> {
                if (n < 2 || mn == mx) {
                    return n < 2 ? "unit " + first + ": only one value, no standard deviation"
                            : "unit " + first + ": all " + n + " values are equal (" + num(x[firstPresent(signed)])
                            + "), so the standard deviation is zero";
                }
            }
            case "percentile-rank" -> {
                if (n < 2) {
                    return "unit " + first + ": only one value, (rank − 1)/(n − 1) divides by zero";
                }
            }
            case "dist2target" -> {
                if (target * direction == mn) {
                    return "unit " + atMin + ": the target " + num(target) + " equals the worst value, so (x − min)/(target − min) "
                            + "divides by zero";
                }
            }
            case "dist2ref" -> {
                String ref = units.get(reference);
                if (Double.isNaN(signed[reference])) {
                    return "unit " + ref + ": the reference unit has no value";
                }
                if (signed[reference] == mn) {
                    return "unit " + ref + ": the reference unit has the worst value (" + num(x[reference])
                            + "), so 1 − (x_ref − x)/(x_ref − min) divides by zero";
                }
            }
            case "fracmax" -> {
                if (mx <= 0) {
                    return "unit " + atMax + ": the best value, with the direction applied, is " + num(mx)
                            + (mx == 0 ? ", so x / max divides by zero" : " < 0, so x / max reverses the ranking")
                            + "; use minmax or dist2max for this indicator";
                }
            }
            case "ratio-to-mean" -> {
                double m = pl.miasto4.index.stats.Stats.mean(signed);
                if (m <= 0) {
                    return "every unit: the mean, with the direction applied, is " + num(m)
                            + (m == 0 ? ", so x / mean divides by zero" : " < 0, so x / mean reverses the ranking");
                }
            }
            default -> {
            }
        }
        for (int i = 0; i < y.length; i++) {
            if (!Double.isNaN(x[i]) && !Double.isFinite(y[i])) {
                return "unit " + units.get(i) + ": the value " + num(x[i]) + " gives " + y[i];
            }
        }
        return null;
    }

    private static int firstPresent(double[] x) {
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i])) {
                return i;
            }
        }
        return 0;
    }

    private static int indexOf(double[] x, double v) {
        for (int i = 0; i < x.length; i++) {
            if (x[i] == v) {
                return i;
            }
        }
        return 0;
    }

    private static String num(double v) {
        if (v == 0) {
            return "0";
        }
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    /** Normalises one column with its direction (the column is changed in place and returned). */
    public static double[] normalise(double[] x, int direction, Spec s, double target, int reference, String code) {
        if (direction == -1) {
            for (int i = 0; i < x.length; i++) {
                x[i] = -x[i];
            }
        }
        return switch (s.method()) {
            case "minmax" -> Normalisation.minMax(x, s.lo(), s.hi());
            case "zscore" -> Normalisation.zScore(x, s.mean(), s.sd());
            case "rank" -> Normalisation.rank(x);
            case "percentile-rank" -> Normalisation.percentileRank(x);
            case "borda" -> Normalisation.borda(x);
            case "dist2max" -> Normalisation.distanceToMax(x);
            case "dist2target" -> Normalisation.distanceToTarget(x, target * direction, s.capMax());
            case "dist2ref" -> Normalisation.distanceToReference(x, reference, s.capMax());
            case "ratio-to-mean" -> Normalisation.ratioToMean(x, s.scale());
            case "fracmax" -> Normalisation.fractionOfMax(x);
            case "goalposts" -> Normalisation.goalposts(x, s.lower().get(code), s.upper().get(code), s.scale(),
                    direction, s.truncate());
            case "scaled" -> Normalisation.goalposts(x, s.lower().get(code), s.upper().get(code), s.scale(), direction,
                    false);
            case "zero-unitarisation" -> Normalisation.zeroUnitarisation(x,
                    s.nominal().containsKey(code) ? s.nominal().get(code) * direction : Double.NaN);
            case "none" -> x;
            default -> throw new IllegalArgumentException(s.method());
        };
    }
}
