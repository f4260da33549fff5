package pl.miasto4.index;

import org.junit.jupiter.api.Test;
import pl.miasto4.index.io.CoinrCsv;
import pl.miasto4.index.io.RecipeYaml;
import pl.miasto4.index.stats.Stats;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * End to end against a published composite indicator: COINr's example coin on the ASEM data
 * (public inputs: examples/index/asem_*.csv). Expected numbers: COINr 1.1.14's rendered
 * "Results" vignette, head(get_results(build_example_coin(), dset = "Aggregated",
 * tab_type = "Aggs")), printed to 2 decimals (bluefoxr.github.io/COINr/articles/results.html,
 * repository file docs/articles/results.html).
 */
class PublishedExampleCoinTest {
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final List<String> COLUMNS = List.of("Index", "Conn", "Sust", "Physical", "ConEcFin", "Political", "Instit",
            "P2P", "Environ", "Social", "SusEcFin");
    static final Map<String, double[]> PUBLISHED = Map.of(
            "CHE", new double[]{68.38, 62.79, 73.98, 63.41, 32.87, 74.78, 85.94, 56.93, 77.21, 87.85, 56.88},
            "NLD", new double[]{64.82, 61.94, 67.70, 64.87, 46.62, 84.55, 71.74, 41.92, 58.73, 86.58, 57.78},
            "DNK", new double[]{64.80, 57.10, 72.51, 50.52, 30.43, 78.13, 75.35, 51.04, 69.83, 86.40, 61.29},
            "NOR", new double[]{64.47, 57.44, 71.50, 58.18, 25.70, 80.03, 89.46, 33.80, 70.90, 87.00, 56.59},
            "BEL", new double[]{63.54, 63.99, 63.09, 71.97, 48.22, 80.84, 75.60, 43.32, 53.01, 86.17, 50.09},
            "SWE", new double[]{63.00, 53.87, 72.12, 51.51, 23.87, 80.98, 74.51, 38.50, 66.37, 87.74, 62.27});
    static final List<String> TOP6 = List.of("CHE", "NLD", "DNK", "NOR", "BEL", "SWE");

    @Test
    void theExampleCoinReproducesCoinrsPublishedResults() {
        Coin raw = CoinrCsv.read(ROOT.resolve("examples/index/asem_iData.csv"), ROOT.resolve("examples/index/asem_iMeta.csv"));
        Coin coin = new IndexBuilder().build(raw, RecipeYaml.read(ROOT.resolve("examples/index/asem-example-coin.yaml")));
        Dataset agg = coin.dataset("Aggregated");
        assertThat(agg.unitCount()).as("screening at 0.9 after imputation keeps every unit").isEqualTo(51);
        PUBLISHED.forEach((unit, expected) -> {
            for (int k = 0; k < COLUMNS.size(); k++) {
                double got = agg.value(unit, COLUMNS.get(k));
                assertThat(Math.round(got * 100) / 100.0).as(unit + " " + COLUMNS.get(k)).isEqualTo(expected[k]);
            }
        });
        double[] rank = Stats.rank(agg.column("Index"), true);
        for (int r = 0; r < TOP6.size(); r++) {
            assertThat(rank[agg.units().indexOf(TOP6.get(r))]).isEqualTo(r + 1);
        }
    }
}
