package pl.miasto4.app.index;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import pl.miasto4.app.cli.InputRejectedException;
import pl.miasto4.app.cli.MiastoCommand;
import pl.miasto4.index.Coin;
import pl.miasto4.index.IndexBuilder;
import pl.miasto4.index.IndexInputException;
import pl.miasto4.index.Recipe;
import pl.miasto4.index.io.CoinrCsv;
import pl.miasto4.index.io.OutputFolder;
import pl.miasto4.index.io.RecipeYaml;
import pl.miasto4.index.io.UncertaintySpecYaml;
import pl.miasto4.index.uncertainty.UncertaintyAnalysis;
import pl.miasto4.index.uncertainty.UncertaintyResult;
import pl.miasto4.index.uncertainty.UncertaintySpec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code miasto index}: build a composite index from COINr-style iData/iMeta CSV files and a
 * recipe, and run its uncertainty analysis. Needs no database (Spring is not started).
 */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Composite indices and rankings (OECD/JRC method, COINr-compatible).",
        subcommands = {IndexCommand.Build.class, IndexCommand.Uncertainty.class})
public class IndexCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing command: build or uncertainty");
    }

    static class Inputs {
        @Option(names = "--data", required = true, description = "iData CSV (COINr layout)")
        Path data;
        @Option(names = "--meta", required = true, description = "iMeta CSV (COINr layout)")
        Path meta;
        @Option(names = "--recipe", required = true, description = "recipe YAML (docs/index.md)")
        Path recipe;

        Coin coin() {
            return CoinrCsv.read(data, meta);
        }

        Recipe readRecipe() {
            return RecipeYaml.read(recipe);
        }
    }

    @Command(name = "build", mixinStandardHelpOptions = true,
            description = "Run a recipe; write every data set as DIR/<Dataset>.csv, results, ranks, step reports and the audit.")
    static class Build implements Callable<Integer> {
        @picocli.CommandLine.Mixin
        Inputs in;
        @Option(names = "--out", required = true, description = "output folder")
        Path out;
        @Option(names = "--compare", description = "a second recipe: also write RankShifts.csv (its ranks minus this recipe's)")
        Path compare;

        @Override
        public Integer call() throws IOException {
            try {
                Coin coin = in.coin();
                Coin built = new IndexBuilder().build(coin, in.readRecipe());
                var files = OutputFolder.writeBuild(built, out);
                if (compare != null) {
                    Coin other = new IndexBuilder().build(coin, RecipeYaml.read(compare));
                    files.add(OutputFolder.writeComparison(built, other, out));
                }
                System.out.println("index build: " + built.datasets().keySet() + " -> " + out + " (" + files.size() + " files)");
                return MiastoCommand.OK;
            } catch (IndexInputException e) {
                throw new InputRejectedException(e.getMessage());
            }
        }
    }

    @Command(name = "uncertainty", mixinStandardHelpOptions = true,
            description = "Monte Carlo uncertainty (and, with sensitivity: true, Sobol sensitivity) analysis of the ranks; "
                    + "writes RankStats.csv, Failures.csv and Sensitivity.csv to DIR.")
    static class Uncertainty implements Callable<Integer> {
        @picocli.CommandLine.Mixin
        Inputs in;
        @Option(names = "--spec", required = true, description = "uncertainty specification YAML (docs/index.md)")
        Path specFile;
        @Option(names = "--out", required = true, description = "output folder")
        Path out;
        @Option(names = "--replications", description = "override the specification's replications")
        Integer replications;
        @Option(names = "--seed", description = "override the specification's seed")
        Long seed;
        @Option(names = "--threads", description = "worker threads (default: available processors)")
        Integer threads;

        @Override
        public Integer call() throws IOException {
            try {
                Coin coin = in.coin();
                Recipe recipe = in.readRecipe();
                UncertaintySpec s = UncertaintySpecYaml.read(specFile, recipe, coin.framework().indicatorCodes());
                s = new UncertaintySpec(s.choices(), s.target(), replications == null ? s.replications() : replications,
                        seed == null ? s.seed() : seed, s.sensitivity(), s.shift());
                int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
                UncertaintyResult r = new UncertaintyAnalysis(coin, recipe, s).run(t);
                OutputFolder.writeUncertainty(r, out);
                System.out.printf("index uncertainty: %d replications (%d failed), %.3f s -> %s%n", r.replications(),
                        r.failed(), r.prepareSeconds() + r.replicationSeconds(), out);
                r.failureReasons().forEach((k, v) -> System.out.println("  failed: " + v + " x " + k));
                return MiastoCommand.OK;
            } catch (IndexInputException e) {
                throw new InputRejectedException(e.getMessage());
            }
        }
    }
}
