package pl.miasto4.index.uncertainty;

import pl.miasto4.index.Coin;
import pl.miasto4.index.Dataset;
import pl.miasto4.index.Framework;
import pl.miasto4.index.IndexBuilder;
import pl.miasto4.index.IndexInputException;
import pl.miasto4.index.Node;
import pl.miasto4.index.Recipe;
import pl.miasto4.index.aggregate.AggregateStep;
import pl.miasto4.index.aggregate.Hierarchy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Monte Carlo uncertainty and variance-based sensitivity analysis of a composite indicator's
 * ranks. Method: Saisana, Saltelli & Tarantola (2005), J. R. Stat. Soc. A 168:307–323; OECD/JRC
 * Handbook (2008) section 1.8; as implemented by COINr get_sensitivity (uniform sampling of each
 * choice; ranks with ties "min"; rank statistics nominal, mean, median, 5 % and 95 % quantiles
 * (R type 7); for sensitivity the output is the mean absolute rank change from the nominal ranks,
 * the design A, B, AB_i of Saltelli et al. (2010), first-order index by Saltelli (2010) and total
 * index by Jansen (1999), variance of the A and B outputs).
 *
 * <p>Speed comes from the structure of a build: every choice that acts before aggregation is
 * discrete, so the data reaching the aggregation step is computed once per combination of those
 * choices (by the real build steps) and cached; each replication then only aggregates primitive
 * arrays with precomputed child indices, ranks one column and adds the ranks to per-unit
 * histograms. Replications run in parallel on {@code threads} threads; each draws from the sample
 * matrix made up front from {@code seed}, so results do not depend on the thread count.
 */
public final class UncertaintyAnalysis {
    private final Coin input;
    private final Recipe recipe;
    private final UncertaintySpec spec;
    private final int aggregateStep;
    private final IndexBuilder builder = new IndexBuilder();
    private final Map<String, Prepared> cache = new ConcurrentHashMap<>();
    private final List<double[][][]> weightSets = new ArrayList<>();
    private final Hierarchy hierarchy;
    private final int target;

    /** The data reaching the aggregation step under one combination of upstream choices. */
    private static final class Prepared {
        final int n;
        final double[][] value;    // indicator columns, missing as 0
        final double[][] present;  // 1 where present, else 0
        final double[] min;        // smallest present value of each indicator
        final boolean anyMissing;
        final Map<String, double[][]> weights = new HashMap<>();
        final Map<Double, double[][]> logs = new ConcurrentHashMap<>();
        final Map<Double, double[][]> powers = new ConcurrentHashMap<>();

        Prepared(double[][] cols) {
            n = cols[0].length;
            value = new double[cols.length][n];
            present = new double[cols.length][n];
            min = new double[cols.length];
            boolean miss = false;
            for (int k = 0; k < cols.length; k++) {
                double mn = Double.POSITIVE_INFINITY;
                for (int i = 0; i < n; i++) {
                    double v = cols[k][i];
                    if (Double.isNaN(v)) {
                        miss = true;
                    } else {
                        value[k][i] = v;
                        present[k][i] = 1;
                        mn = Math.min(mn, v);
                    }
                }
                min[k] = mn;
            }
            anyMissing = miss;
        }

        /** log(x + shift), missing as 0; only defined where every present x + shift &gt; 0. */
        double[][] logs(double shift) {
            return logs.computeIfAbsent(shift, s -> transform(v -> Math.log(v + s)));
        }

        /** x^p (or 1/x for p = −1), missing as 0. */
        double[][] powers(double p) {
            return powers.computeIfAbsent(p, q -> transform(v -> Math.pow(v, q)));
        }

        private double[][] transform(java.util.function.DoubleUnaryOperator f) {
            double[][] out = new double[value.length][n];
            for (int k = 0; k < value.length; k++) {
                for (int i = 0; i < n; i++) {
                    out[k][i] = present[k][i] == 1 ? f.applyAsDouble(value[k][i]) : 0;
                }
            }
            return out;
        }
    }

    /** How one replication aggregates. */
    private record Downstream(String[] methodByLevel, double p, double shift, String weightSet) {
    }

    public UncertaintyAnalysis(Coin input, Recipe recipe, UncertaintySpec spec) {
        this.input = input;
        this.recipe = recipe;
        this.spec = spec;
        int ag = -1;
        for (int i = 0; i < recipe.steps().size(); i++) {
            if (recipe.steps().get(i).type().equals("aggregate")) {
                ag = i;
            }
        }
        if (ag != recipe.steps().size() - 1) {
            throw IndexInputException.of("uncertainty analysis needs a recipe that ends with its aggregate step");
        }
        this.aggregateStep = ag;
        Framework f = input.framework();
        this.hierarchy = new Hierarchy(f, f.indicatorCodes());
        int t = hierarchy.codes.indexOf(spec.target());
        if (t < hierarchy.indicatorCount) {
            throw IndexInputException.of("target " + spec.target() + " is not an aggregate of the framework");
        }
        this.target = t - hierarchy.indicatorCount;
        for (Choice c : spec.choices()) {
            if (c instanceof Choice.StepAlternatives s && (s.step() < 0 || s.step() > ag)) {
                throw IndexInputException.of(c.name() + ": no such step in the recipe");
            }
            if (c instanceof Choice.Continuous s && s.step() == ag && !s.parameter().equals("p")) {
                throw IndexInputException.of(c.name() + ": of the aggregate step only 'p' can vary continuously");
            }
            if (c instanceof Choice.Exclusion e) {
                for (String code : e.indicators()) {
                    if (f.node(code) == null || !f.node(code).isIndicator()) {
                        throw IndexInputException.of(c.name() + ": " + code + " is not an indicator");
                    }
                }
            }
        }
        SplittableRandom wr = new SplittableRandom(spec.seed() ^ 0x5DEECE66DL);
        for (Choice c : spec.choices()) {
            if (c instanceof Choice.WeightNoise w) {
                weightSets.add(noisyWeights(f, w, wr));
            } else {
                weightSets.add(null);
            }
        }
    }

    /** COINr get_noisy_weights: w + (2U − 1)·noise·w for the nodes of each noisy level. */
    private double[][][] noisyWeights(Framework f, Choice.WeightNoise w, SplittableRandom r) {
        double[][][] sets = new double[w.sets()][][];
        for (int s = 0; s < w.sets(); s++) {
            Map<String, Double> noisy = new HashMap<>();
            for (Node n : f.nodes()) {
                Double noise = w.noiseByLevel().get(n.level());
                if (noise != null) {
                    noisy.put(n.code(), n.weight() + (r.nextDouble() * 2 - 1) * noise * n.weight());
                }
            }
            sets[s] = hierarchy.weights(f.withWeights(noisy));
        }
        return sets;
    }

    /** The sample matrix: R × d uniform numbers; for sensitivity the A, B, AB_i design. */
    double[][] sample() {
        int d = spec.choices().size();
        SplittableRandom r = new SplittableRandom(spec.seed());
        if (!spec.sensitivity()) {
            double[][] u = new double[spec.replications()][d];
            for (double[] row : u) {
                for (int k = 0; k < d; k++) {
                    row[k] = r.nextDouble();
                }
            }
            return u;
        }
        int n = spec.replications();
        double[][] a = new double[n][d], b = new double[n][d];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < d; k++) {
                a[i][k] = r.nextDouble();
            }
            for (int k = 0; k < d; k++) {
                b[i][k] = r.nextDouble();
            }
        }
        double[][] u = new double[n * (d + 2)][];
        for (int i = 0; i < n; i++) {
            u[i] = a[i];
            u[n + i] = b[i];
            for (int k = 0; k < d; k++) {
                double[] row = a[i].clone();
                row[k] = b[i][k];
                u[(2 + k) * n + i] = row;
            }
        }
        return u;
    }

    private static int discrete(double u, int size) {
        return Math.min((int) (u * size), size - 1);
    }

    /** The recipe with every choice acting before aggregation applied. */
    private Recipe upstreamRecipe(double[] u, StringBuilder key) {
        Recipe r = recipe;
        for (int c = 0; c < spec.choices().size(); c++) {
            Choice ch = spec.choices().get(c);
            if (ch instanceof Choice.StepAlternatives s && s.step() < aggregateStep) {
                int a = discrete(u[c], s.size());
                key.append(c).append('=').append(a).append(';');
                r = r.withStep(s.step(), new Recipe.Step(recipe.steps().get(s.step()).type(), s.alternatives().get(a),
                        0, 0, Map.of()).with("to", recipe.steps().get(s.step()).params().get("to"))
                        .with("from", recipe.steps().get(s.step()).params().get("from")));
            } else if (ch instanceof Choice.Continuous s && s.step() < aggregateStep) {
                double v = s.value(u[c]);
                key.append(c).append('=').append(v).append(';');
                r = r.with(s.step(), s.parameter(), v);
            }
        }
        return r;
    }

    private Prepared prepare(Recipe upstream) {
        Recipe head = new Recipe(upstream.name(), upstream.steps().subList(0, aggregateStep), upstream.source());
        Coin c = builder.build(input, head);
        Recipe.Step ag = recipe.steps().get(aggregateStep);
        Dataset d = ag.params().containsKey("from") ? c.dataset(ag.params().get("from").toString()) : c.latest();
        Prepared p = new Prepared(d.columns(input.framework().indicatorCodes()));
        for (Map.Entry<String, Framework> e : c.weightSets().entrySet()) {
            p.weights.put(e.getKey(), hierarchy.weights(e.getValue()));
        }
        return p;
    }

    private Downstream downstream(double[] u) {
        Map<String, Object> params = new LinkedHashMap<>(recipe.steps().get(aggregateStep).params());
        for (int c = 0; c < spec.choices().size(); c++) {
            Choice ch = spec.choices().get(c);
            if (ch instanceof Choice.StepAlternatives s && s.step() == aggregateStep) {
                params.putAll(s.alternatives().get(discrete(u[c], s.size())));
            } else if (ch instanceof Choice.Continuous s && s.step() == aggregateStep) {
                params.put(s.parameter(), s.value(u[c]));
            }
        }
        Object m = params.getOrDefault("method", "arithmetic");
        String[] methods = new String[hierarchy.maxLevel - 1];
        if (m instanceof List<?> l) {
            for (int i = 0; i < methods.length; i++) {
                methods[i] = l.get(i).toString();
            }
        } else {
            Arrays.fill(methods, m.toString());
        }
        for (String s : methods) {
            if (!List.of("arithmetic", "geometric", "harmonic", "generalised").contains(s)) {
                throw IndexInputException.of("uncertainty analysis aggregates with arithmetic, geometric, harmonic or "
                        + "generalised means; " + s + " is not supported here (" + AggregateStep.METHODS + ")");
            }
        }
        double p = params.get("p") instanceof Number n ? n.doubleValue() : 2;
        double shift = params.get("shift") instanceof Number n ? n.doubleValue() : spec.shift();
        String w = params.getOrDefault("weights", "Original").toString();
        return new Downstream(methods, p, shift, w);
    }

    /** Per-thread buffers, allocated once per block of replications. */
    private final class Workspace {
        final double[][] score;
        final double[][] wsum;
        final double[] buf;
        final double[] sorted;
        final int[] hist;
        final int[] failures;

        Workspace(int n, int units) {
            score = new double[hierarchy.aggregateCount()][n];
            wsum = new double[hierarchy.aggregateCount()][n];
            buf = new double[n];
            sorted = new double[n];
            hist = new int[units * (units + 1)];
            failures = new int[1];
        }
    }

    /**
     * Aggregates one replication into {@code ws.score}. Returns null, or the reason it failed.
     */
    private String aggregate(Prepared p, Downstream ds, double[][] w, boolean[] excluded, Workspace ws) {
        int n = p.n, ind = hierarchy.indicatorCount;
        for (int a = 0; a < hierarchy.aggregateCount(); a++) {
            String method = ds.methodByLevel()[hierarchy.level[a] - 2];
            int[] kids = hierarchy.children[a];
            double[] acc = ws.score[a], wsum = ws.wsum[a];
            Arrays.fill(acc, 0);
            Arrays.fill(wsum, 0);
            double shift = ds.shift();
            for (int k = 0; k < kids.length; k++) {
                int kid = kids[k];
                double wk = w[a][k];
                if (wk == 0 || (kid < ind && excluded[kid])) {
                    continue;
                }
                double[] src, pres;
                if (kid < ind) {
                    pres = p.present[kid];
                    double mn = p.min[kid];
                    switch (method) {
                        case "arithmetic" -> src = p.value[kid];
                        case "geometric" -> {
                            if (mn + shift <= 0) {
                                return "geometric mean met a value ≤ 0 in " + hierarchy.codes.get(kid);
                            }
                            src = p.logs(shift)[kid];
                        }
                        case "harmonic" -> {
                            if (mn + shift <= 0) {
                                return "harmonic mean met a value ≤ 0 in " + hierarchy.codes.get(kid);
                            }
                            src = shift == 0 ? p.powers(-1)[kid] : transformed(p.value[kid], pres, v -> 1 / (v + shift), ws.buf);
                        }
                        default -> {
                            if (ds.p() < 0 && mn <= 0) {
                                return "generalised mean with p < 0 met a value ≤ 0 in " + hierarchy.codes.get(kid);
                            }
                            src = p.powers(ds.p())[kid];
                        }
                    }
                    if (!p.anyMissing) {
                        pres = null;
                    }
                } else {
                    double[] child = ws.score[kid - ind];
                    double[] cw = ws.wsum[kid - ind];
                    double mn = Double.POSITIVE_INFINITY;
                    for (int i = 0; i < n; i++) {
                        if (cw[i] > 0) {
                            mn = Math.min(mn, child[i]);
                        }
                    }
                    if (!method.equals("arithmetic") && mn + (method.equals("generalised") ? 0 : shift) <= 0
                            && !(method.equals("generalised") && ds.p() > 0)) {
                        return method + " mean met a value ≤ 0 in " + hierarchy.codes.get(kid);
                    }
                    double[] b = ws.buf;
                    for (int i = 0; i < n; i++) {
                        double v = child[i];
                        b[i] = cw[i] > 0 ? switch (method) {
                            case "arithmetic" -> v;
                            case "geometric" -> Math.log(v + shift);
                            case "harmonic" -> 1 / (v + shift);
                            default -> Math.pow(v, ds.p());
                        } : 0;
                    }
                    src = b;
                    pres = null;
                    for (int i = 0; i < n; i++) {
                        if (cw[i] == 0) {
                            pres = presence(cw, ws.sorted);
                            break;
                        }
                    }
                }
                if (pres == null) {
                    for (int i = 0; i < n; i++) {
                        acc[i] += wk * src[i];
                        wsum[i] += wk;
                    }
                } else {
                    for (int i = 0; i < n; i++) {
                        acc[i] += wk * src[i];
                        wsum[i] += wk * pres[i];
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                double s = wsum[i];
                if (s == 0) {
                    acc[i] = Double.NaN;
                    continue;
                }
                double m = acc[i] / s;
                acc[i] = switch (method) {
                    case "arithmetic" -> m;
                    case "geometric" -> Math.exp(m) - shift;
                    case "harmonic" -> 1 / m - shift;
                    default -> Math.pow(m, 1 / ds.p());
                };
            }
        }
        return null;
    }

    private static double[] presence(double[] wsum, double[] out) {
        for (int i = 0; i < wsum.length; i++) {
            out[i] = wsum[i] > 0 ? 1 : 0;
        }
        return out;
    }

    private static double[] transformed(double[] v, double[] pres, java.util.function.DoubleUnaryOperator f, double[] out) {
        for (int i = 0; i < v.length; i++) {
            out[i] = pres[i] == 1 ? f.applyAsDouble(v[i]) : 0;
        }
        return out;
    }

    /** Ranks (descending, ties "min") of {@code x} into {@code rank}; NaN stays unranked (−1). */
    static void rank(double[] x, double[] sorted, int[] rank) {
        int m = 0;
        for (double v : x) {
            if (!Double.isNaN(v)) {
                sorted[m++] = v;
            }
        }
        Arrays.sort(sorted, 0, m);
        for (int i = 0; i < x.length; i++) {
            double v = x[i];
            if (Double.isNaN(v)) {
                rank[i] = -1;
                continue;
            }
            // first index with sorted[idx] > v
            int lo = 0, hi = m;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (sorted[mid] <= v) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            rank[i] = m - lo + 1;
        }
    }

    public UncertaintyResult run(int threads) {
        long t0 = System.nanoTime();
        Coin nominalCoin = builder.build(input, recipe);
        Dataset agg = nominalCoin.latest();
        List<String> units = agg.units();
        int nu = units.size();
        if (nu != input.units().size()) {
            throw IndexInputException.of("uncertainty analysis cannot vary a recipe that removes units (screen)");
        }
        double[] nominalScore = agg.column(spec.target());
        int[] nominalRank = new int[nu];
        rank(nominalScore, new double[nu], nominalRank);

        double[][] u = sample();
        int reps = u.length;
        // resolve every replication's upstream recipe (cheap) and prepare each distinct one once
        String[] keys = new String[reps];
        Map<String, Recipe> distinct = new LinkedHashMap<>();
        for (int r = 0; r < reps; r++) {
            StringBuilder k = new StringBuilder();
            Recipe up = upstreamRecipe(u[r], k);
            keys[r] = k.toString();
            distinct.putIfAbsent(keys[r], up);
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<?>> prep = new ArrayList<>();
            for (Map.Entry<String, Recipe> e : distinct.entrySet()) {
                prep.add(pool.submit(() -> cache.put(e.getKey(), prepare(e.getValue()))));
            }
            for (Future<?> f : prep) {
                f.get();
            }
            long t1 = System.nanoTime();
            // the aggregation of each replication, resolved once per distinct combination
            Downstream[] down = new Downstream[reps];
            Map<String, Downstream> downCache = new HashMap<>();
            for (int r = 0; r < reps; r++) {
                StringBuilder k = new StringBuilder();
                for (int c = 0; c < spec.choices().size(); c++) {
                    Choice ch = spec.choices().get(c);
                    if (ch.size() > 0 && !(ch instanceof Choice.WeightNoise) && !(ch instanceof Choice.Exclusion)) {
                        k.append(discrete(u[r][c], ch.size())).append(',');
                    } else if (ch instanceof Choice.Continuous) {
                        k.append(u[r][c]).append(',');
                    }
                }
                final double[] ur = u[r];
                down[r] = downCache.computeIfAbsent(k.toString(), key -> downstream(ur));
            }
            double[] y = new double[reps];
            String[] failure = new String[reps];
            int blocks = Math.max(1, Math.min(reps, threads)); // one block per thread: one rank histogram each
            List<Future<int[]>> futures = new ArrayList<>();
            for (int b = 0; b < blocks; b++) {
                int from = (int) ((long) reps * b / blocks), to = (int) ((long) reps * (b + 1) / blocks);
                futures.add(pool.submit(() -> runBlock(from, to, u, keys, down, nominalRank, y, failure)));
            }
            int[] hist = new int[nu * (nu + 1)];
            for (Future<int[]> f : futures) {
                int[] h = f.get();
                for (int i = 0; i < hist.length; i++) {
                    hist[i] += h[i];
                }
            }
            long t2 = System.nanoTime();
            Map<String, Integer> reasons = new TreeMap<>();
            int failed = 0;
            for (String s : failure) {
                if (s != null) {
                    failed++;
                    reasons.merge(s, 1, Integer::sum);
                }
            }
            UncertaintyResult.RankStats[] stats = new UncertaintyResult.RankStats[nu];
            for (int i = 0; i < nu; i++) {
                stats[i] = UncertaintyResult.RankStats.fromHistogram(units.get(i), nominalScore[i], nominalRank[i],
                        hist, i * (nu + 1), nu);
            }
            List<UncertaintyResult.Sensitivity> sens = spec.sensitivity()
                    ? SobolIndices.estimate(spec.choices(), y, spec.replications()) : List.of();
            return new UncertaintyResult(spec, List.of(stats), reps, failed, reasons, sens, y, cache.size(),
                    (t1 - t0) / 1e9, (t2 - t1) / 1e9);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private int[] runBlock(int from, int to, double[][] u, String[] keys, Downstream[] down, int[] nominalRank, double[] y,
                           String[] failure) {
        int nu = nominalRank.length;
        Workspace ws = new Workspace(input.units().size(), nu);
        int[] rank = new int[nu];
        boolean[] excluded = new boolean[hierarchy.indicatorCount];
        for (int r = from; r < to; r++) {
            Prepared p = cache.get(keys[r]);
            Downstream ds = down[r];
            double[][] w = p.weights.get(ds.weightSet());
            if (w == null) {
                throw IndexInputException.of("no weight set " + ds.weightSet());
            }
            Arrays.fill(excluded, false);
            for (int c = 0; c < spec.choices().size(); c++) {
                Choice ch = spec.choices().get(c);
                if (ch instanceof Choice.WeightNoise wn) {
                    w = weightSets.get(c)[discrete(u[r][c], wn.sets())];
                } else if (ch instanceof Choice.Exclusion e) {
                    int k = discrete(u[r][c], e.size());
                    if (k > 0) {
                        excluded[hierarchy.codes.indexOf(e.indicators().get(k - 1))] = true;
                    }
                }
            }
            String fail = aggregate(p, ds, w, excluded, ws);
            if (fail != null) {
                failure[r] = fail;
                y[r] = Double.NaN;
                continue;
            }
            rank(ws.score[target], ws.sorted, rank);
            double dsum = 0;
            int dn = 0;
            for (int i = 0; i < nu; i++) {
                if (rank[i] > 0) {
                    ws.hist[i * (nu + 1) + rank[i]]++;
                    if (nominalRank[i] > 0) {
                        dsum += Math.abs(rank[i] - nominalRank[i]);
                        dn++;
                    }
                }
            }
            y[r] = dn == 0 ? Double.NaN : dsum / dn;
        }
        return ws.hist;
    }

    /**
     * The target's scores in one replication given its uniform numbers {@code u} (one per
     * choice), or null if it fails. For tests and for showing one variant.
     */
    public double[] scores(double[] u) {
        StringBuilder k = new StringBuilder();
        Recipe up = upstreamRecipe(u, k);
        Prepared p = cache.computeIfAbsent(k.toString(), key -> prepare(up));
        Downstream ds = downstream(u);
        double[][] w = p.weights.get(ds.weightSet());
        boolean[] excluded = new boolean[hierarchy.indicatorCount];
        for (int c = 0; c < spec.choices().size(); c++) {
            Choice ch = spec.choices().get(c);
            if (ch instanceof Choice.WeightNoise wn) {
                w = weightSets.get(c)[discrete(u[c], wn.sets())];
            } else if (ch instanceof Choice.Exclusion e && discrete(u[c], e.size()) > 0) {
                excluded[hierarchy.codes.indexOf(e.indicators().get(discrete(u[c], e.size()) - 1))] = true;
            }
        }
        Workspace ws = new Workspace(input.units().size(), 1);
        return aggregate(p, ds, w, excluded, ws) == null ? ws.score[target].clone() : null;
    }

    /** The noisy weight sets of choice {@code c} (each as the framework's weights, code → weight). */
    public double[][][] weightSets(int c) {
        return weightSets.get(c);
    }
}
