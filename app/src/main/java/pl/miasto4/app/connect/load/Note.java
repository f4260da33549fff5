package pl.miasto4.app.connect.load;

import java.util.List;

/**
 * A line of a connector's summary in the reader's language: a key of the message bundles
 * ({@code connect.*} in {@code messages*.properties}) and its arguments.
 */
public record Note(String key, List<Object> args) {
    public static Note of(String key, Object... args) {
        return new Note(key, List.of(args));
    }
}
