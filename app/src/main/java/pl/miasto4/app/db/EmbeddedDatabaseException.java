package pl.miasto4.app.db;

/** The embedded database cannot be used; the message tells the user what to do about it. */
public class EmbeddedDatabaseException extends RuntimeException {
    public EmbeddedDatabaseException(String message) {
        super(message);
    }

    public EmbeddedDatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
