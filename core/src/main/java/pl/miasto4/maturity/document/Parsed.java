package pl.miasto4.maturity.document;

import java.util.List;
import java.util.Optional;

/** The outcome of reading a document: the value when it is valid, and the problems found either way. */
public record Parsed<T>(Optional<T> value, List<Problem> problems) {

    public static <T> Parsed<T> of(T value, Problems problems) {
        return problems.isEmpty() ? new Parsed<>(Optional.of(value), List.of())
                : new Parsed<>(Optional.empty(), problems.list());
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
