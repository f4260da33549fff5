package pl.miasto4.app.index;

import org.junit.jupiter.api.Test;
import pl.miasto4.index.Coin;
import pl.miasto4.index.IndexBuilder;
import pl.miasto4.index.IndexInputException;
import pl.miasto4.index.Node;
import pl.miasto4.index.Recipe;
import pl.miasto4.index.io.CoinrCsv;
import pl.miasto4.index.io.RecipeYaml;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The editor's controls turn into the recipe they describe, on COINr's ASEM example (no database). */
class RecipeEditorTest {
    static final Path EX = Path.of("..", "examples", "index").toAbsolutePath().normalize();
    final Coin coin = CoinrCsv.read(EX.resolve("asem_iData.csv"), EX.resolve("asem_iMeta.csv"));
    final Recipe recipe = RecipeYaml.read(EX.resolve("asem-coinr.yaml"));
    final IndexRun base = new IndexRun(null, recipe, "", new StoreInput(coin.framework(), List.of(), Map.of(), List.of(), null),
            new IndexBuilder().build(coin, recipe), null, null, null, 0, 0);
    final RecipeEditor editor = new RecipeEditor();

    /** The form as the page submits it untouched: every control at the build's own value. */
    Map<String, String> untouched() {
        RecipeEditor.Controls c = editor.controls(base);
        Map<String, String> p = new HashMap<>();
        p.put("impute", c.impute());
        p.put("group", "GDP_group");
        p.put("treatShown", "1");
        p.put("treat", "on");
        p.put("normalise", c.normalise());
        p.put("aggregate", c.aggregate());
        p.put("shift", Double.toString(c.shift()));
        c.weights().forEach(w -> p.put("w." + w.code(), Double.toString(w.weight())));
        return p;
    }

    @Test
    void anUntouchedFormIsTheBuildsOwnRecipe() {
        Recipe same = editor.variant(base, untouched());
        assertThat(same.steps()).extracting(Recipe.Step::type).isEqualTo(recipe.steps().stream().map(Recipe.Step::type).toList());
        for (int i = 0; i < same.steps().size(); i++) {
            assertThat(same.steps().get(i).params()).isEqualTo(recipe.steps().get(i).params());
        }
    }

    @Test
    void newPillarWeightsGiveTheBuildOfAFrameworkWithThoseWeights() {
        Map<String, String> p = untouched();
        Node first = coin.framework().level(2).get(0);
        p.put("w." + first.code(), "2,5");
        Recipe variant = editor.variant(base, p);
        assertThat(variant.steps()).extracting(Recipe.Step::type).contains("weight");
        Coin edited = new IndexBuilder().build(coin, variant);
        Coin direct = new IndexBuilder().build(Coin.of(coin.framework().withWeights(Map.of(first.code(), 2.5)), coin.units(),
                coin.dataset(Coin.RAW)), recipe);
        for (String u : coin.units().codes()) {
            double a = edited.latest().value(u, "Index"), b = direct.latest().value(u, "Index");
            assertThat(a).as(u).isCloseTo(b, within(1e-12));
        }
        assertThat(edited.latest().column("Index")).isNotEqualTo(base.results().column("Index"));
    }

    @Test
    void treatmentCanBeSwitchedOffAndTheMethodsChanged() {
        Map<String, String> p = untouched();
        p.remove("treat");
        p.put("normalise", "zscore");
        p.put("aggregate", "geometric");
        p.put("shift", "1");
        Recipe v = editor.variant(base, p);
        assertThat(v.indexOf("treat")).isNegative();
        assertThat(v.steps().get(v.indexOf("normalise")).params()).containsEntry("method", "zscore").doesNotContainKey("range")
                .containsEntry("to", "Normalised");
        assertThat(v.steps().get(v.indexOf("aggregate")).params()).containsEntry("method", "geometric").containsEntry("shift", 1.0);
    }

    @Test
    void typedYamlReplacesTheControlsAndBadInputSaysWhy() {
        Map<String, String> p = untouched();
        p.put("yaml", "name: own\nsteps:\n  - step: normalise\n  - step: aggregate\n    method: median\n");
        assertThat(editor.variant(base, p).name()).isEqualTo("own");
        Map<String, String> bad = untouched();
        bad.put("w." + coin.framework().level(2).get(0).code(), "dużo");
        assertThatThrownBy(() -> editor.variant(base, bad)).isInstanceOf(IndexInputException.class).hasMessageContaining("'dużo' is not a number");
    }

    @Test
    void theFormShownAgainWithoutScriptKeepsWhatWasSubmitted() {
        Map<String, String> p = untouched();
        String pillar = coin.framework().level(2).get(0).code();
        p.put("w." + pillar, "2,5");
        p.put("normalise", "zscore");
        p.remove("treat");
        RecipeEditor.Controls c = editor.controls(base, p);
        assertThat(c.normalise()).isEqualTo("zscore");
        assertThat(c.treat()).isFalse();
        assertThat(c.weights()).filteredOn(w -> w.code().equals(pillar)).singleElement()
                .satisfies(w -> assertThat(w.weight()).isEqualTo(2.5));
    }
}
