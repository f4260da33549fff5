package pl.miasto4.index;

/**
 * Input to the index engine was refused: a data file, a framework or a recipe. Says where
 * (file, line, column; 0 when not known) and why, so the CLI can print it and exit 1.
 */
public class IndexInputException extends RuntimeException {
    private final String file;
    private final int line;
    private final int column;
    private final String reason;

    public IndexInputException(String file, int line, int column, String reason) {
        super(file + ":" + line + ":" + column + ": " + reason);
        this.file = file;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    /** A problem that belongs to no file position (e.g. a recipe built in code). */
    public static IndexInputException of(String reason) {
        return new IndexInputException("recipe", 0, 0, reason);
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String reason() {
        return reason;
    }
}
