package pl.miasto4.maturity.mapping;

import pl.miasto4.maturity.Resources;
import pl.miasto4.maturity.model.ModelLibrary;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The mappings shipped between the shipped models, listed in {@code maturity/mappings/index.txt}. */
public final class MappingLibrary {
    private static final String DIR = "maturity/mappings/";
    private final List<ModelMapping> mappings;

    private MappingLibrary(List<ModelMapping> mappings) {
        this.mappings = List.copyOf(mappings);
    }

    public static MappingLibrary builtIn(ModelLibrary models) {
        List<ModelMapping> out = new ArrayList<>();
        for (String file : Resources.index(DIR + "index.txt")) {
            out.add(ModelMapping.parse(Resources.read(DIR + file), DIR + file, models::model).orThrow());
        }
        return new MappingLibrary(out);
    }

    public List<ModelMapping> mappings() {
        return mappings;
    }

    /** A mapping between two models, in either direction as stored. */
    public Optional<ModelMapping> between(String a, String b) {
        return mappings.stream().filter(m -> (m.fromModel().equals(a) && m.toModel().equals(b))
                || (m.fromModel().equals(b) && m.toModel().equals(a))).findFirst();
    }
}
