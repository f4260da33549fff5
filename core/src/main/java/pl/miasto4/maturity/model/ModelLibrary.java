package pl.miasto4.maturity.model;

import pl.miasto4.maturity.Resources;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The maturity models shipped with Miasto 4.0, listed in {@code maturity/models/index.txt}:
 * the default Miasto 4.0 model and ITU-T Y.4904. A city's own models come later from storage.
 */
public final class ModelLibrary {
    public static final String DEFAULT_MODEL = "miasto40";
    private static final String DIR = "maturity/models/";

    private final Map<String, MaturityModel> models = new LinkedHashMap<>();
    private final Map<String, String> paths = new LinkedHashMap<>();

    private ModelLibrary() {
    }

    /** Loads and validates every shipped model; a shipped model that does not validate is a bug. */
    public static ModelLibrary builtIn() {
        ModelLibrary library = new ModelLibrary();
        for (String file : pl.miasto4.maturity.Resources.index(DIR + "index.txt")) {
            String path = DIR + file;
            MaturityModel model = ModelParser.parse(Resources.read(path), path).orThrow();
            library.models.put(model.id(), model);
            library.paths.put(model.id(), path);
        }
        return library;
    }

    public List<MaturityModel> models() {
        return List.copyOf(models.values());
    }

    public Optional<MaturityModel> model(String id) {
        return Optional.ofNullable(models.get(id));
    }

    /** The document a model was read from, exactly as shipped (with its comments). */
    public Optional<String> documentText(String id) {
        return Optional.ofNullable(paths.get(id)).map(Resources::read);
    }

    public Optional<String> resourcePath(String id) {
        return Optional.ofNullable(paths.get(id));
    }
}
