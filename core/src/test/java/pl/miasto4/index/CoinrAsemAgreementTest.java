package pl.miasto4.index;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import pl.miasto4.index.io.CoinrCsv;
import pl.miasto4.index.io.RecipeYaml;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A COINr user rebuilds the ASEM index with Miasto's engine and gets COINr's numbers. The
 * expected values are tools/reference/asem_coinr.py's outputs (an independent numpy
 * implementation of COINr 1.1.14, itself checked against COINr's published vignette output).
 */
class CoinrAsemAgreementTest {
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static Coin built;

    @BeforeAll
    static void build() {
        Coin raw = CoinrCsv.read(ROOT.resolve("examples/index/asem_iData.csv"), ROOT.resolve("examples/index/asem_iMeta.csv"));
        built = new IndexBuilder().build(raw, RecipeYaml.read(ROOT.resolve("examples/index/asem-coinr.yaml")));
    }

    static Path fixture(String name) throws URISyntaxException {
        return Path.of(CoinrAsemAgreementTest.class.getResource("/pl/miasto4/index/coinr/asem/" + name + ".csv").toURI());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Raw", "Denominated", "Imputed", "Treated", "Normalised", "Aggregated"})
    void everyDataSetAgreesWithCoinrTo1e9(String name) throws Exception {
        double diff = maxAbsDifference(built.dataset(name), fixture(name));
        System.out.printf("COINr agreement %-12s max |diff| = %.3e%n", name, diff);
        assertThat(diff).isLessThan(1e-9);
    }

    @Test
    void theSameIndicatorsAreWinsorisedAsInCoinr() throws Exception {
        List<List<String>> expected = CoinrCsv.rows(fixture("Treatment"));
        StepRecord treat = built.log().get(2);
        for (int r = 1; r < expected.size(); r++) {
            List<String> e = expected.get(r);
            List<String> got = treat.reportRows().get(r - 1);
            assertThat(got.get(0)).isEqualTo(e.get(0));
            assertThat(got.get(3)).as("winsorised points of " + e.get(0)).isEqualTo(e.get(3));
            assertThat(Boolean.parseBoolean(got.get(4))).isEqualTo(e.get(4).equals("TRUE"));
            assertThat(Double.parseDouble(got.get(1))).as("skew of " + e.get(0)).isCloseTo(Double.parseDouble(e.get(1)),
                    org.assertj.core.data.Offset.offset(1e-9));
            assertThat(Double.parseDouble(got.get(2))).as("kurtosis of " + e.get(0)).isCloseTo(Double.parseDouble(e.get(2)),
                    org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    /** Max |engine − reference| over all cells; a missing value must be missing in both. */
    static double maxAbsDifference(Dataset d, Path reference) {
        return CoinrVariantsTest.maxDifference(d, reference, false);
    }
}
