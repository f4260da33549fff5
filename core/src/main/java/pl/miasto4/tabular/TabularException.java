package pl.miasto4.tabular;

import java.util.List;

/**
 * A file cannot be read as a table at all (empty, binary, damaged, unsupported, beyond a limit); the
 * message says why, in English. Where a translation exists, {@link #key()} names it in the
 * application's messages and {@link #args()} fills it in.
 */
public class TabularException extends Exception {
    private final String key;
    private final List<Object> args;

    public TabularException(String message) {
        this(message, (Throwable) null);
    }

    public TabularException(String message, Throwable cause) {
        super(message, cause);
        this.key = null;
        this.args = List.of();
    }

    public TabularException(String message, String key, Object... args) {
        this(message, null, key, args);
    }

    public TabularException(String message, Throwable cause, String key, Object... args) {
        super(message, cause);
        this.key = key;
        this.args = List.of(args);
    }

    /** The message key of the application's translations, or null. */
    public String key() {
        return key;
    }

    public List<Object> args() {
        return args;
    }
}
