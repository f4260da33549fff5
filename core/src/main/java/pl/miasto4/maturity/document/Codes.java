package pl.miasto4.maturity.document;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Enum constants as documents write them: the constant's name in lower case
 * ({@code WEIGHTED_MEAN} ↔ {@code weighted_mean}).
 */
public final class Codes {
    private Codes() {
    }

    public static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> of(e).equals(code)).findFirst();
    }

    /** "a, b, c" — the codes a document may use, for messages. */
    public static <E extends Enum<E>> String list(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Codes::of).collect(Collectors.joining(", "));
    }

    /** Reads an enum value of a key, reporting an unknown code with the known ones. */
    public static <E extends Enum<E>> Optional<E> read(YamlMap map, String key, Class<E> type, String what) {
        return map.string(key).flatMap(code -> {
            Optional<E> found = parse(type, code);
            if (found.isEmpty()) {
                map.problems().at(map.nodeOf(key), "unknown " + what + " '" + code + "' (known: " + list(type) + ")");
            }
            return found;
        });
    }
}
