package pl.miasto4.maturity.document;

import java.util.List;
import java.util.Optional;

/** The outcome of reading a document: the value when it is valid, and the problems found either way. */
public record Parsed<T>(Optional<T> value, List<Problem> problems) {

    public static <T> Parsed<T> of(T value, Problems problems) {
        return problems.isEmpty() ? new Parsed<>(Optional.of(value), List.of())
                : new Parsed<>(Optional.empty(), problems.list());
    }

    /**
     * Parses a YAML document and hands its top-level mapping to {@code reader}, which reports what
     * it finds wrong to the mapping's problems; the value is kept only if there are none.
     */
    public static <T> Parsed<T> read(String text, String sourceName, java.util.function.Function<YamlMap, T> reader) {
        Problems problems = new Problems(sourceName);
        Optional<YamlMap> root = YamlMap.parse(text, problems);
        if (root.isEmpty()) {
            return rejected(problems);
        }
        T value = reader.apply(root.get());
        return of(value, problems);
    }

    public static <T> Parsed<T> rejected(Problems problems) {
        return new Parsed<>(Optional.empty(), problems.list());
    }

    public boolean isValid() {
        return value.isPresent();
    }

    /** The value, or a {@link DocumentRejectedException} listing the problems. */
    public T orThrow() {
        return value.orElseThrow(() -> new DocumentRejectedException(problems));
    }
}
