package pl.miasto4.bench;

import pl.miasto4.app.cli.ExitCode;
import pl.miasto4.app.index.BuildRequest;
import pl.miasto4.app.index.IndexBuildRepository;
import pl.miasto4.app.index.IndexDemo;
import pl.miasto4.app.index.IndexRun;
import pl.miasto4.app.index.IndexService;
import pl.miasto4.app.index.StoreInput;
import pl.miasto4.app.index.StoreInputReader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import pl.miasto4.index.Coin;
import pl.miasto4.index.Recipe;
import pl.miasto4.index.io.CoinrCsv;
import pl.miasto4.index.io.RecipeYaml;
import pl.miasto4.index.io.UncertaintySpecYaml;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code miasto bench index}: the benchmark figures of the index engine (issue 6); with
 * {@code --store}, also the store path of the index pages and API.
 */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "ASEM uncertainty analysis (1,000 replications, warm JVM) and the synthetic scale case.")
public class IndexBenchCommand implements Callable<Integer> {
    @Option(names = "--examples", description = "folder with asem_iData.csv, asem_iMeta.csv, asem-coinr.yaml, "
            + "asem-uncertainty.yaml (default: ${DEFAULT-VALUE})", defaultValue = "examples/index")
    Path examples;
    @Option(names = "--threads", description = "worker threads (default: available processors)")
    Integer threads;
    @Option(names = "--quick", description = "ASEM only, skip the synthetic scale runs")
    boolean quick;
    @Option(names = "--store", description = "also time the store path on the demo index: reading the selection, building, "
            + "the default uncertainty analysis, saving (rolled back) and rebuilding a saved build")
    boolean store;

    @Override
    public Integer call() {
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        Coin coin = CoinrCsv.read(examples.resolve("asem_iData.csv"), examples.resolve("asem_iMeta.csv"));
        Recipe recipe = RecipeYaml.read(examples.resolve("asem-coinr.yaml"));
        var spec = UncertaintySpecYaml.read(examples.resolve("asem-uncertainty.yaml"), recipe,
                coin.framework().indicatorCodes());
        System.out.printf("machine: %d processors, max heap %d MiB, Java %s%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"));
        IndexBenchmark.asem(coin, recipe, spec, t, System.out);
        if (store) {
            storeFigures();
        }
        if (!quick) {
            IndexBenchmark.scaling(t, System.out);
        }
        return ExitCode.OK;
    }

    /** Median of {@code runs} timings (after one warm-up) in milliseconds. */
    static double median(int runs, Runnable r) {
        r.run();
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            r.run();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        java.util.Arrays.sort(ms);
        return ms[runs / 2];
    }

    private void storeFigures() {
        try (org.springframework.context.ConfigurableApplicationContext ctx = pl.miasto4.app.cli.AppContext.open()) {
            StoreInputReader reader = ctx.getBean(StoreInputReader.class);
            IndexService service = ctx.getBean(IndexService.class);
            IndexBuildRepository builds = ctx.getBean(IndexBuildRepository.class);
            org.springframework.transaction.support.TransactionTemplate tx =
                    ctx.getBean(org.springframework.transaction.support.TransactionTemplate.class);
            BuildRequest demo = IndexDemo.definition();
            StoreInput input = reader.read(demo.selection());
            System.out.printf("store: demo index, %d units x %d indicators (%d values, %d cells without data)%n",
                    input.units().size(), input.framework().indicatorCodes().size(), input.values().size(), input.coverage().missing());
            System.out.printf("  read the selection from the store   %8.1f ms (median of 9)%n", median(9, () -> reader.read(demo.selection())));
            IndexRun[] run = new IndexRun[1];
            System.out.printf("  read + build + analysis (2,000 runs)  %8.1f ms (median of 9)%n", median(9, () -> run[0] = service.run(demo)));
            System.out.printf("    of which build %.1f ms, analysis %.1f ms (last run)%n", run[0].buildMs(), run[0].uncertaintyMs());
            long[] id = new long[1];
            double save = median(9, () -> tx.executeWithoutResult(status -> {
                id[0] = service.save(run[0], "benchmark (rolled back)", null, "bench");
                status.setRollbackOnly();
            }));
            System.out.printf("  save (inputs, scores, rank stats)    %8.1f ms (rolled back)%n", save);
            tx.executeWithoutResult(status -> {
                long saved = service.save(run[0], "benchmark (rolled back)", null, "bench");
                double load = median(9, () -> {
                    var meta = builds.find(saved).orElseThrow();
                    StoreInput in = builds.input(saved, meta.asOf());
                    new pl.miasto4.index.IndexBuilder().build(in.coin(), pl.miasto4.index.io.RecipeYaml.parse(meta.recipe()));
                });
                System.out.printf("  open a saved build (read + rebuild)  %8.1f ms%n", load);
                status.setRollbackOnly();
            });
        }
    }
}
