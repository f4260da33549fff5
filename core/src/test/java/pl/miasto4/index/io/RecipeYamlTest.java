package pl.miasto4.index.io;

import org.junit.jupiter.api.Test;
import pl.miasto4.index.IndexInputException;
import pl.miasto4.index.Recipe;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Recipes written back as YAML (saved builds, the recipe editor) read back to the same steps. */
class RecipeYamlTest {

    @Test
    void everyShippedRecipeSurvivesWriteAndParse() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("..", "examples", "index"))) {
            List<Path> recipes = files.filter(p -> p.toString().endsWith(".yaml") && !p.toString().contains("uncertainty")).toList();
            assertThat(recipes).isNotEmpty();
            for (Path p : recipes) {
                Recipe r = RecipeYaml.read(p);
                Recipe back = RecipeYaml.parse(RecipeYaml.write(r), "written");
                assertThat(back.name()).isEqualTo(r.name());
                assertThat(back.steps()).hasSameSizeAs(r.steps());
                for (int i = 0; i < r.steps().size(); i++) {
                    assertThat(back.steps().get(i).type()).isEqualTo(r.steps().get(i).type());
                    assertThat(back.steps().get(i).params()).as(p + " step " + i).isEqualTo(r.steps().get(i).params());
                }
            }
        }
    }

    @Test
    void aRecipeChangedInCodeIsWrittenReadably() {
        Recipe r = RecipeYaml.parse("""
                name: t
                steps:
                  - step: normalise
                    method: minmax
                    range: [0, 100]
                """).with(0, "method", "zscore").with(0, "range", null);
        String yaml = RecipeYaml.write(r);
        assertThat(yaml).contains("method: zscore").doesNotContain("range").doesNotContain(".0");
    }

    @Test
    void textRecipesNameTheirSourceInErrors() {
        assertThatThrownBy(() -> RecipeYaml.parse("name: x\nsteps:\n  - step: normalise\n    method: [", "recipe of build 7"))
                .isInstanceOf(IndexInputException.class).hasMessageStartingWith("recipe of build 7:");
    }
}
