package pl.miasto4.app.index;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The recipes and uncertainty specifications shipped with Miasto: those for indices built from the
 * store ({@code index/recipes/*.yaml}) and the engine's examples ({@code examples/index/*.yaml},
 * copied to {@code index/examples/} by the build), offered by id (the file name without .yaml).
 */
@Component
public class RecipeLibrary {
    private final List<Shipped> recipes;
    private final List<Shipped> specs;

    /** A shipped recipe or uncertainty specification. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "A recipe (or uncertainty specification) shipped with Miasto")
    public record Shipped(String id, String name, String description, String yaml, boolean forStore) {
    }

    public RecipeLibrary() {
        List<Shipped> r = new ArrayList<>();
        List<Shipped> s = new ArrayList<>();
        load("classpath*:index/recipes/*.yaml", true, r, s);
        load("classpath*:index/examples/*.yaml", false, r, s);
        r.sort(Comparator.comparing((Shipped x) -> !x.forStore()).thenComparing(Shipped::id));
        this.recipes = List.copyOf(r);
        this.specs = List.copyOf(s);
    }

    private static void load(String pattern, boolean forStore, List<Shipped> recipes, List<Shipped> specs) {
        try {
            for (Resource res : new PathMatchingResourcePatternResolver().getResources(pattern)) {
                String yaml = res.getContentAsString(StandardCharsets.UTF_8);
                String id = res.getFilename().replaceFirst("\\.yaml$", "");
                Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
                Map<?, ?> m = root instanceof Map<?, ?> map ? map : Map.of();
                String name = m.get("name") == null ? id : m.get("name").toString();
                String description = m.get("description") == null ? null : m.get("description").toString().strip();
                (m.containsKey("choices") ? specs : recipes).add(new Shipped(id, name, description, yaml, forStore));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Shipped> recipes() {
        return recipes;
    }

    public List<Shipped> uncertaintySpecs() {
        return specs;
    }

    public Optional<Shipped> recipe(String id) {
        return recipes.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public Optional<Shipped> spec(String id) {
        return specs.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The recipe a new index from catalogue indicators starts with. */
    public Shipped defaultRecipe() {
        return recipe("city-jrc").orElse(recipes.get(0));
    }
}
