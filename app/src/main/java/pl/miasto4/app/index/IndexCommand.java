package pl.miasto4.app.index;

import pl.miasto4.app.cli.ExitCode;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import pl.miasto4.app.cli.AppContext;
import pl.miasto4.app.cli.InputRejectedException;
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
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code miasto index}: build a composite index from COINr-style iData/iMeta CSV files, or from a
 * selection in the store ({@code --from-store}), with a recipe, and run its uncertainty analysis.
 * With files it needs no database (Spring is not started); with the store it opens it only to read
 * the selection (and to save, with {@code --save}).
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

    /** Where the data come from: COINr files, or a selection from the store. */
    static class Inputs {
        @picocli.CommandLine.ArgGroup(exclusive = false, multiplicity = "0..1", heading = "%nFrom files (COINr layout):%n")
        Files files;
        @picocli.CommandLine.ArgGroup(exclusive = false, multiplicity = "0..1", heading = "%nFrom the store (instead of --data/--meta):%n")
        StoreOptions store;
        @Option(names = "--recipe", required = true,
                description = "recipe YAML (docs/index.md), or the id of a shipped recipe (city-jrc, asem-coinr, ...)")
        String recipe;
        /** The store input, when the data came from the store (for Inputs.csv). */
        StoreInput storeInput;

        Coin coin(picocli.CommandLine.Model.CommandSpec spec) {
            if ((files == null) == (store == null)) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "Give either --data and --meta, or --from-store with a selection");
            }
            if (files != null) {
                return CoinrCsv.read(files.data, files.meta);
            }
            StoreSelection s = store.selection();
            try (ConfigurableApplicationContext ctx = AppContext.open()) {
                storeInput = ctx.getBean(StoreInputReader.class).read(s);
            } catch (SelectionException e) {
                throw new InputRejectedException("selection refused:\n  " + String.join("\n  ",
                        e.problems().stream().map(SelectionException.Problem::toString).toList()));
            }
            System.err.println("index: read " + storeInput.values().size() + " values of " + storeInput.units().size()
                    + " units from the store as of " + storeInput.asOf() + " (" + storeInput.coverage().missing() + " cells without data)");
            return storeInput.coin();
        }

        Recipe readRecipe() {
            return RecipeYaml.parse(recipeText(), recipe);
        }

        String recipeText() {
            Path p = Path.of(recipe);
            if (java.nio.file.Files.isRegularFile(p)) {
                try {
                    return java.nio.file.Files.readString(p);
                } catch (IOException e) {
                    throw new InputRejectedException(recipe + ": cannot read: " + e.getMessage());
                }
            }
            return new RecipeLibrary().recipe(recipe).map(RecipeLibrary.Shipped::yaml).orElseThrow(() ->
                    new InputRejectedException(recipe + ": no such file, nor a shipped recipe (" + String.join(", ",
                            new RecipeLibrary().recipes().stream().map(RecipeLibrary.Shipped::id).toList()) + ")"));
        }
    }

    static class Files {
        @Option(names = "--data", required = true, description = "iData CSV (COINr layout)")
        Path data;
        @Option(names = "--meta", required = true, description = "iMeta CSV (COINr layout)")
        Path meta;
    }

    /** A selection from the store as options (docs/index.md, "From the store"). */
    static class StoreOptions {
        @Option(names = "--from-store", required = true, description = "read the data from the indicator store")
        boolean fromStore;
        @Option(names = "--selection", paramLabel = "FILE",
                description = "the selection as JSON (as GET /api/index/builds/{id} gives it: reproduces a saved build)")
        Path selectionFile;
        @Option(names = "--framework", description = "an imported framework (e.g. asem)")
        String framework;
        @Option(names = "--indicators", split = ",", paramLabel = "CODE[/DENOMINATOR]",
                description = "catalogue indicators, e.g. avg_gross_monthly_wage,students_higher_education/population_total")
        List<String> indicators;
        @Option(names = "--flat", description = "catalogue indicators straight into the index (default: grouped by the nine dimensions)")
        boolean flat;
        @Option(names = "--units", split = ",", description = "unit codes")
        List<String> units;
        @Option(names = "--unit-kind", description = "all units of a kind, e.g. city_county")
        String unitKind;
        @Option(names = "--period", description = "e.g. 2022")
        String period;
        @Option(names = "--exact-period", description = "only values of that period (default: the latest value up to it)")
        boolean exact;
        @Option(names = "--from", paramLabel = "PERIOD", description = "ignore values older than this period")
        String since;
        @Option(names = "--as-of", description = "read the store as it was at this moment (ISO date-time)")
        java.time.OffsetDateTime asOf;

        StoreSelection selection() {
            if (selectionFile != null) {
                try {
                    StoreSelection s = tools.jackson.databind.json.JsonMapper.builder().build()
                            .readValue(selectionFile.toFile(), StoreSelection.class);
                    return asOf == null ? s : s.withAsOf(asOf);
                } catch (RuntimeException e) {
                    throw new InputRejectedException(selectionFile + ": not a selection in JSON: " + e.getMessage());
                }
            }
            List<StoreSelection.IndicatorChoice> chosen = indicators == null ? null : indicators.stream().map(c -> {
                int slash = c.indexOf('/');
                return slash < 0 ? StoreSelection.IndicatorChoice.of(c.strip())
                        : new StoreSelection.IndicatorChoice(c.substring(0, slash).strip(), null, null, c.substring(slash + 1).strip());
            }).toList();
            return new StoreSelection(framework, chosen, flat ? "flat" : null, units, unitKind, period,
                    exact ? "exact" : null, since, asOf);
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
        @Option(names = "--save", paramLabel = "NAME", description = "with --from-store: also save the build in the store under NAME "
                + "(with the default uncertainty analysis), as POST /api/index/builds does")
        String save;
        @Option(names = "--user", description = "name recorded in the audit trail: only the operating-system account "
                + "running the command, which is the default")
        String user;
        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        private long saveBuild(Inputs in, Recipe recipe, Coin built, String auditName) {
            try (ConfigurableApplicationContext ctx = AppContext.open()) {
                IndexService service = ctx.getBean(IndexService.class);
                IndexRun run = service.run(in.storeInput == null ? null : in.store.selection().withAsOf(in.storeInput.asOf()),
                        recipe, in.recipeText(), in.storeInput, null, true);
                return service.save(run, save, null, auditName);
            }
        }

        @Override
        public Integer call() throws IOException {
            try {
                String auditName = pl.miasto4.app.cli.CliUser.auditName(spec, user);
                Coin coin = in.coin(spec);
                Recipe recipe = in.readRecipe();
                Coin built = new IndexBuilder().build(coin, recipe);
                var files = OutputFolder.writeBuild(built, out);
                if (in.storeInput != null) {
                    try (java.io.Writer w = java.nio.file.Files.newBufferedWriter(out.resolve("Inputs.csv"))) {
                        IndexCsv.inputs(in.storeInput, w);
                    }
                    files.add(out.resolve("Inputs.csv"));
                    if (save != null) {
                        long id = saveBuild(in, recipe, built, auditName);
                        System.out.println("index build: saved as build " + id + " (/index/builds/" + id + ")");
                    }
                } else if (save != null) {
                    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--save needs --from-store");
                }
                if (compare != null) {
                    Coin other = new IndexBuilder().build(coin, RecipeYaml.read(compare));
                    files.add(OutputFolder.writeComparison(built, other, out));
                }
                System.out.println("index build: " + built.datasets().keySet() + " -> " + out + " (" + files.size() + " files)");
                return ExitCode.OK;
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
        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            try {
                Coin coin = in.coin(spec);
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
                return ExitCode.OK;
            } catch (IndexInputException e) {
                throw new InputRejectedException(e.getMessage());
            }
        }
    }
}
