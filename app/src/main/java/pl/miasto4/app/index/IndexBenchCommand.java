package pl.miasto4.app.index;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import pl.miasto4.app.cli.MiastoCommand;
import pl.miasto4.index.Coin;
import pl.miasto4.index.Recipe;
import pl.miasto4.index.bench.IndexBenchmark;
import pl.miasto4.index.io.CoinrCsv;
import pl.miasto4.index.io.RecipeYaml;
import pl.miasto4.index.io.UncertaintySpecYaml;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code miasto bench index}: the benchmark figures of the index engine (issue 6). */
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
        if (!quick) {
            IndexBenchmark.scaling(t, System.out);
        }
        return MiastoCommand.OK;
    }
}
