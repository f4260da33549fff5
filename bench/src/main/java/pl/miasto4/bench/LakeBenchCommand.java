package pl.miasto4.bench;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import pl.miasto4.lake.CardHasher;
import pl.miasto4.lake.DuckDbEngine;
import pl.miasto4.lake.IngestResult;
import pl.miasto4.lake.Lake;
import pl.miasto4.lake.LakeTable;
import pl.miasto4.lake.Recipe;
import pl.miasto4.lake.RecipeOutput;
import pl.miasto4.lake.RecipeRun;
import pl.miasto4.lake.SyntheticCardEvents;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * N SYNTHETIC city-card events (one year, time order) ingested into a fresh lake in a temporary folder in
 * daily-export-like batches (HMAC of every card id, dedup against the lake, Parquet written and committed),
 * then the city_card recipe run on DuckDB; prints events/s for ingest and for the recipe.
 */
@Command(name = "lake", mixinStandardHelpOptions = true,
        description = {"Lake ingest and recipes on DuckDB over N SYNTHETIC city-card events; prints events/s.",
                "Goals (issue 17): ingest >= 1 M events/s; recipes over 100 M events < 30 s."})
public class LakeBenchCommand implements Callable<Integer> {
    @Option(names = "--events", defaultValue = "1000000", description = "Events (default: ${DEFAULT-VALUE}).")
    long events;

    @Option(names = "--batch", defaultValue = "1000000", description = "Events per ingested batch (default: ${DEFAULT-VALUE}).")
    long batch;

    @Option(names = "--holders", defaultValue = "200000", description = "Distinct cards (default: ${DEFAULT-VALUE}).")
    int holders;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = Files.createTempDirectory("miasto-bench-lake-");
        try {
            Lake lake = Lake.open(dir.resolve("lake"));
            CardHasher hasher = CardHasher.withKeyFile(dir.resolve("lake.key"));
            SyntheticCardEvents gen = new SyntheticCardEvents(events, holders, 2025, 42);
            out.printf(Locale.ROOT, "SYNTHETIC city-card events: %,d (holders up to %,d), batches of %,d; %d cores%n",
                    events, holders, batch, Runtime.getRuntime().availableProcessors());
            long t0 = System.nanoTime();
            long added = 0;
            for (long from = 0; from < events; from += batch) {
                IngestResult r = lake.ingest(LakeTable.CARD_EVENTS, SyntheticCardEvents.SOURCE,
                        gen.slice(from, Math.min(events, from + batch)).rows(hasher));
                added += r.added();
            }
            double ingestS = (System.nanoTime() - t0) / 1e9;
            long bytes;
            try (Stream<Path> s = Files.walk(lake.root())) {
                bytes = s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
            }
            out.printf(Locale.ROOT, "ingest: %,d events in %.2f s = %,.0f events/s; lake %,d files, %.1f MB%n", added, ingestS,
                    added / ingestS, lake.manifest().files().size(), bytes / 1e6);
            // the same events again: all duplicates, nothing added (idempotent)
            long t1 = System.nanoTime();
            IngestResult again = lake.ingest(LakeTable.CARD_EVENTS, SyntheticCardEvents.SOURCE,
                    gen.slice(0, Math.min(events, batch)).rows(hasher));
            out.printf(Locale.ROOT, "re-ingest of the first batch: %,d duplicates, %,d added, %.2f s%n", again.duplicates(),
                    again.added(), (System.nanoTime() - t1) / 1e9);
            DuckDbEngine engine = new DuckDbEngine(lake);
            for (Recipe recipe : Recipe.all()) {
                if (!recipe.inputs().contains("card_events")) continue;
                engine.run(recipe, "1261011", 800_000); // warm-up
                RecipeRun run = engine.run(recipe, "1261011", 800_000);
                out.printf(Locale.ROOT, "recipe %s on DuckDB: %d ms = %,.0f events/s; %d values, %d suppressed%n",
                        recipe.label(), run.millis(), added / (run.millis() / 1000.0), run.outputs().size(), run.suppressed());
                for (RecipeOutput o : run.outputs()) {
                    out.printf(Locale.ROOT, "  %s %s%s = %.3f%n", o.indicator(), o.period(),
                            o.breakdown() == null ? "" : " [" + o.breakdown() + "]", o.value());
                }
            }
            return 0;
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }
}
