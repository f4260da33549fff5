package pl.miasto4.app.web;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Polish alphabetical order ({@link Collator} for {@code pl}): Ł after L, Ś after S, Ź and Ż after Z,
 * so Łódź comes after Lublin and Żory after Zielona Góra, as in any Polish index. PostgreSQL's
 * default collation of the embedded server (C) sorts them after every ASCII letter.
 */
public final class PolishOrder {
    private static final Locale POLISH = Locale.forLanguageTag("pl");

    private PolishOrder() {
    }

    /** A new comparator of strings (a Collator is not thread-safe, so each caller gets its own). */
    public static Comparator<String> comparator() {
        Collator c = Collator.getInstance(POLISH);
        c.setStrength(Collator.SECONDARY);
        return (a, b) -> {
            synchronized (c) {
                return c.compare(a, b);
            }
        };
    }

    /** The items sorted by the Polish order of their names. */
    public static <T> List<T> sort(List<T> items, Function<T, String> name) {
        Comparator<String> pl = comparator();
        return items.stream().sorted(Comparator.comparing(name, pl)).toList();
    }
}
