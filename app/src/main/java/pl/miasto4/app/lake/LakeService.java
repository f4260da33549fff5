package pl.miasto4.app.lake;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import pl.miasto4.app.db.DatabaseConfig;
import pl.miasto4.app.importing.ImportOptions;
import pl.miasto4.app.importing.ImportReport;
import pl.miasto4.app.importing.ImportService;
import pl.miasto4.lake.CardHasher;
import pl.miasto4.lake.DuckDbEngine;
import pl.miasto4.lake.Lake;
import pl.miasto4.lake.Recipe;
import pl.miasto4.lake.RecipeOutput;
import pl.miasto4.lake.RecipeRun;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Opens the lake in {@code MIASTO_HOME/lake} (card-id key in {@code MIASTO_HOME/lake.key}, 0600) and runs
 * recipes into the store: a recipe's published totals for catalogue indicators are written as a long-format
 * file (unit, indicator, period, value, source) and imported all or nothing like a user's file; the source
 * names the recipe, its version and its input partitions, and says SYNTHETIC when the inputs are.
 */
@Service
public class LakeService {
    /** Recipe outputs that are catalogue indicators (totals per unit; breakdowns stay in the lake's output). */
    public static final Set<String> CATALOGUE_CODES = Set.of("city_card_holders_per_1000", "city_card_uses_per_holder",
            "resident_reports_per_1000", "resident_report_resolution_days");

    private final Path home;
    private final ImportService imports;

    public LakeService(@Value("${miasto.home:}") String home, ImportService imports) {
        this.home = DatabaseConfig.MiastoHome.resolve(home);
        this.imports = imports;
    }

    public Lake lake() {
        return Lake.open(home.resolve("lake"));
    }

    public CardHasher hasher() {
        return CardHasher.withKeyFile(home.resolve("lake.key"));
    }

    public record Result(RecipeRun run, ImportReport report) {}

    public Result run(String recipe, String unit, long population, boolean dryRun, String username) {
        RecipeRun run = new DuckDbEngine(lake()).run(Recipe.shipped(recipe), unit, population);
        List<RecipeOutput> toStore = run.outputs().stream()
                .filter(o -> o.breakdown() == null && CATALOGUE_CODES.contains(o.indicator())).toList();
        if (toStore.isEmpty()) return new Result(run, null);
        Path file = null;
        try {
            file = Files.createTempFile("miasto-lake-" + recipe + "-", ".csv");
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                 CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
                p.printRecord("unit", "indicator", "period", "value", "source");
                for (RecipeOutput o : toStore) {
                    p.printRecord(o.unit(), o.indicator(), o.period(),
                            BigDecimal.valueOf(o.value()).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString(),
                            source(o.source()));
                }
            }
            return new Result(run, imports.importFile(file, "lake-" + recipe + ".csv", ImportOptions.of(username).withDryRun(dryRun)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file left behind is harmless
                }
            }
        }
    }

    /** "Miasto lake: recipe … ; inputs …" with SYNTHETIC up front when any input partition is synthetic. */
    static String source(String lineage) {
        return (lineage.contains("source=synthetic") ? "SYNTHETIC (generated demo events, not real data) - " : "")
                + "Miasto lake: " + lineage;
    }
}
