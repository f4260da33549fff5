package pl.miasto4.app.index;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import pl.miasto4.index.Coin;
import pl.miasto4.index.Recipe;
import pl.miasto4.index.io.CoinrCsv;
import pl.miasto4.index.io.RecipeYaml;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every recipe of the COINr variants (every normalisation, treatment, imputation, screening, aggregation
 * and weighting the engine offers) reads as sentences in Polish and in English, with no message missing.
 */
class RecipeTextTest {
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void everyVariantRecipeIsWordedInBothLanguages() throws Exception {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        RecipeText text = new RecipeText(messages);
        Coin coin = CoinrCsv.read(ROOT.resolve("examples/index/asem_iData.csv"), ROOT.resolve("examples/index/asem_iMeta.csv"));
        IndexLabels.Names names = new IndexLabels.Names(Map.of(), Map.of(), Map.of());
        List<Path> recipes;
        try (Stream<Path> s = Files.list(ROOT.resolve("core/src/test/resources/pl/miasto4/index/coinr/variants"))) {
            recipes = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(recipes).hasSizeGreaterThan(50);
        for (Path p : recipes) {
            Recipe r = RecipeYaml.read(p);
            for (Locale l : List.of(Locale.forLanguageTag("pl"), Locale.ENGLISH)) {
                for (String sentence : text.describe(r, coin.framework(), names, l)) {
                    assertThat(sentence).as(p.getFileName() + " " + l).doesNotContain("index.").doesNotContain("{")
                            .doesNotContain("NaN");
                }
            }
        }
        Recipe boxCox = RecipeYaml.parse("steps: [{step: treat, first: box-cox, lambda: 0.5, second: log-ct-plus, combine: true}]");
        assertThat(text.describe(boxCox, coin.framework(), names, Locale.forLanguageTag("pl")).get(0))
                .isEqualTo("Wartości odstające: gdy |skośność| ≥ 2 i kurtoza ≥ 3,5, stosuje się przekształcenie Boxa–Coxa z λ = 0,5 "
                        + "(po przesunięciu do x − min + 1); jeśli to nie wystarczy, wskaźnik logarytmuje się w kierunku skośności: "
                        + "log(x − min + a) przy skośności dodatniej, −log(max + a − x) przy ujemnej, a = 0,01·(max − min) "
                        + "(do wartości po pierwszej korekcie).");
    }
}
