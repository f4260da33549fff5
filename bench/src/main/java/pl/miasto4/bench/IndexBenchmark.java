package pl.miasto4.bench;

import pl.miasto4.index.Coin;
import pl.miasto4.index.Recipe;
import pl.miasto4.index.uncertainty.UncertaintyAnalysis;
import pl.miasto4.index.uncertainty.UncertaintyResult;
import pl.miasto4.index.uncertainty.UncertaintySpec;

import java.io.PrintStream;
import java.util.Arrays;

/**
 * The benchmark of issue 6: the ASEM uncertainty analysis (1,000 replications, four choices)
 * with a warm JVM, and the synthetic scale case (2,500 units × 200 indicators × 10,000
 * replications), plus how the cost grows with units, indicators and replications.
 */
public final class IndexBenchmark {
    private IndexBenchmark() {
    }

    /** Runs the analysis {@code runs} times after {@code warmup} runs; returns the sorted wall times (s). */
    static double[] time(Coin coin, Recipe recipe, UncertaintySpec spec, int threads, int warmup, int runs,
                         UncertaintyResult[] last) {
        for (int i = 0; i < warmup; i++) {
            new UncertaintyAnalysis(coin, recipe, spec).run(threads);
        }
        double[] t = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            last[0] = new UncertaintyAnalysis(coin, recipe, spec).run(threads);
            t[i] = (System.nanoTime() - t0) / 1e9;
        }
        Arrays.sort(t);
        return t;
    }

    public static void asem(Coin coin, Recipe recipe, UncertaintySpec spec, int threads, PrintStream out) {
        UncertaintyResult[] last = new UncertaintyResult[1];
        double[] t = time(coin, recipe, spec, threads, 60, 21, last);
        UncertaintyResult r = last[0];
        out.printf("ASEM (COINr example, %d units x %d indicators), %d choices, %d replications, %d threads:%n",
                coin.units().size(), coin.framework().indicators().size(), spec.choices().size(), r.replications(), threads);
        out.printf("  wall time per analysis (warm JVM: 60 runs first, then 21 timed): median %.4f s, best %.4f s, worst %.4f s%n",
                t[t.length / 2], t[0], t[t.length - 1]);
        out.printf("  of which preparing %d upstream variants %.4f s, replications %.4f s (last run)%n",
                r.preparedVariants(), r.prepareSeconds(), r.replicationSeconds());
        out.printf("  failed replications: %d of %d %s%n", r.failed(), r.replications(), r.failureReasons());
        out.printf("  COINr 1.1.14 for the same work: ~200 ms per replication, i.e. ~200 s for 1,000 (issue 6)%n");
    }

    public static void scale(int units, int indicators, int replications, int threads, PrintStream out) {
        Coin coin = SyntheticIndex.coin(units, indicators, 42);
        Recipe recipe = SyntheticIndex.recipe();
        UncertaintySpec spec = SyntheticIndex.spec(replications, 7);
        UncertaintyResult[] last = new UncertaintyResult[1];
        double[] t = time(coin, recipe, spec, threads, 1, 1, last);
        UncertaintyResult r = last[0];
        out.printf("  SYNTHETIC %5d units x %3d indicators x %6d replications: %7.2f s (prepare %.2f s, replications %.2f s = %.3f ms each), %d failed%n",
                units, indicators, replications, t[0], r.prepareSeconds(), r.replicationSeconds(),
                1e3 * r.replicationSeconds() / replications, r.failed());
    }

    public static void scaling(int threads, PrintStream out) {
        out.println("Scale (synthetic data, labelled SYNTHETIC; same four choices):");
        scale(2500, 200, 10_000, threads, out);
        out.println("Growth with replications (2,500 x 200):");
        for (int reps : new int[]{1_000, 2_500, 5_000}) {
            scale(2500, 200, reps, threads, out);
        }
        out.println("Growth with units (200 indicators, 2,000 replications):");
        for (int n : new int[]{500, 1000, 2500}) {
            scale(n, 200, 2_000, threads, out);
        }
        out.println("Growth with indicators (2,500 units, 2,000 replications):");
        for (int p : new int[]{50, 100, 200}) {
            scale(2500, p, 2_000, threads, out);
        }
    }
}
