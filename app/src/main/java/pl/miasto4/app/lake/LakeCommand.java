package pl.miasto4.app.lake;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import pl.miasto4.app.cli.AppContext;
import pl.miasto4.app.cli.ExitCode;
import pl.miasto4.app.cli.InputRejectedException;
import pl.miasto4.lake.BatchRejectedException;
import pl.miasto4.lake.Batches;
import pl.miasto4.lake.IngestResult;
import pl.miasto4.lake.Lake;
import pl.miasto4.lake.LakeRow;
import pl.miasto4.lake.LakeTable;
import pl.miasto4.lake.Recipe;
import pl.miasto4.lake.RecipeOutput;
import pl.miasto4.lake.SyntheticCardEvents;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;

/** {@code miasto lake ingest|run}: event batches into the lake, recipes from the lake into the store. */
@Command(name = "lake", mixinStandardHelpOptions = true,
        description = "The event lake (Parquet + DuckDB, docs/lake.md): ingest event batches, run SQL recipes into the store.",
        subcommands = {LakeCommand.Ingest.class, LakeCommand.Run.class})
public class LakeCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: choose one of "
                + String.join(", ", spec.subcommands().keySet()));
    }

    static String message(String lang, String key, Object... args) {
        Locale locale = Locale.forLanguageTag(lang);
        ResourceBundle b = ResourceBundle.getBundle("messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(b.getString(key), locale).format(args);
    }

    @Command(name = "ingest", mixinStandardHelpOptions = true,
            description = {"Add event batches to the lake, each all or nothing; events already there are skipped (idempotent by id).",
                    "card_events: CSV or JSON with event_id, card_id, service, place, time, tariff (card id hashed at ingest).",
                    "open311: GeoReport v2 requests.json.", "Exit 1 when a batch is refused (row, field and reason given)."})
    static class Ingest implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", arity = "0..*", description = "Batch files (.csv or .json).")
        List<Path> files = List.of();

        @Option(names = "--table", defaultValue = "card_events", description = "card_events or open311 (default ${DEFAULT-VALUE}).")
        String table;

        @Option(names = "--source", description = "Source name, the partition folder source=NAME ([a-z0-9_-]).")
        String source;

        @Option(names = "--synthetic", description = "Instead of files: generate N SYNTHETIC card events (demo; never real data).")
        Long synthetic;

        @Option(names = "--lang", defaultValue = "pl", description = "Language of messages: pl or en (default: ${DEFAULT-VALUE}).")
        String lang;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext ctx = AppContext.open()) {
                LakeService service = ctx.getBean(LakeService.class);
                Lake lake = service.lake();
                if (synthetic != null) {
                    SyntheticCardEvents gen = new SyntheticCardEvents(synthetic, (int) Math.max(100, synthetic / 25), 2025, 1);
                    print(lake.ingest(LakeTable.CARD_EVENTS, SyntheticCardEvents.SOURCE, gen.rows(service.hasher())));
                    return ExitCode.OK;
                }
                if (files.isEmpty() || source == null) throw new InputRejectedException(message(lang, "lake.ingest.usage"));
                for (Path f : files) {
                    List<LakeRow> rows;
                    try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                        boolean json = f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
                        rows = switch (table) {
                            case "card_events" -> json ? Batches.cardEventsJson(r, service.hasher()) : Batches.cardEventsCsv(r, service.hasher());
                            case "open311" -> Batches.open311Json(r);
                            default -> throw new InputRejectedException(message(lang, "lake.ingest.table", table));
                        };
                    } catch (BatchRejectedException e) {
                        throw new InputRejectedException(message(lang, "lake.rejected", f.getFileName(), e.row(), e.field(),
                                message(lang, "lake.reason." + e.reason()), e.value() == null ? "" : e.value()));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    print(lake.ingest(table.equals("open311") ? LakeTable.OPEN311_REQUESTS : LakeTable.CARD_EVENTS, source, rows));
                }
                return ExitCode.OK;
            }
        }

        private void print(IngestResult r) {
            System.out.println(message(lang, "lake.ingested", r.table(), r.batch(), r.read(), r.added(), r.duplicates(), r.partitions().size()));
        }
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = {"Run recipes over the lake (all shipped ones, or RECIPE) and import their catalogue indicators "
                    + "into the store all or nothing; cells under 10 people are suppressed."})
    static class Run implements Callable<Integer> {
        @Parameters(paramLabel = "RECIPE", arity = "0..1", description = "city_card or resident_reports (default: all).")
        String recipe;

        @Option(names = "--unit", required = true, description = "Unit code the lake's events belong to, e.g. 1261011 (Kraków).")
        String unit;

        @Option(names = "--population", required = true, description = "Residents of the unit (for per-1,000 indicators).")
        long population;

        @Option(names = "--dry-run", description = "Check and compare, change nothing.")
        boolean dryRun;

        @Option(names = "--lang", defaultValue = "pl", description = "Language of messages: pl or en (default: ${DEFAULT-VALUE}).")
        String lang;

        @Override
        public Integer call() {
            if (population <= 0) throw new InputRejectedException(message(lang, "lake.run.population"));
            List<String> recipes = recipe == null ? Recipe.SHIPPED : List.of(recipe);
            if (!Recipe.SHIPPED.containsAll(recipes)) throw new InputRejectedException(message(lang, "lake.run.recipe", recipe, Recipe.SHIPPED));
            int exit = ExitCode.OK;
            try (ConfigurableApplicationContext ctx = AppContext.open()) {
                for (String name : recipes) {
                    LakeService.Result r = ctx.getBean(LakeService.class).run(name, unit, population, dryRun, pl.miasto4.app.cli.CliUser.osAccount());
                    System.out.println(message(lang, "lake.run.done", r.run().recipe().label(), r.run().outputs().size(),
                            r.run().suppressed(), r.run().millis()));
                    System.out.println("  " + LakeService.source(r.run().lineage()));
                    for (RecipeOutput o : r.run().outputs()) {
                        System.out.printf(Locale.ROOT, "  %s %s %s%s = %.3f%n", o.unit(), o.indicator(), o.period(),
                                o.breakdown() == null ? "" : " [" + o.breakdown() + "]", o.value());
                    }
                    if (r.report() != null) {
                        System.out.println(r.report().summary());
                        if (r.report().rejected()) exit = ExitCode.REJECTED;
                    }
                }
            }
            return exit;
        }
    }
}
