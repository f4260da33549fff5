package pl.miasto4.tabular;

/** A file cannot be read as a table at all (empty, binary, damaged, unsupported); the message says why. */
public class TabularException extends Exception {
    public TabularException(String message) {
        super(message);
    }

    public TabularException(String message, Throwable cause) {
        super(message, cause);
    }
}
