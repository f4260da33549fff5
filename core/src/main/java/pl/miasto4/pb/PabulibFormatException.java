package pl.miasto4.pb;

/** A file that cannot be read as pabulib: says which line and why. */
public class PabulibFormatException extends Exception {
    private final String source;
    private final int line;
    private final String reason;

    public PabulibFormatException(String source, int line, String reason) {
        super(source + ":" + line + ": " + reason);
        this.source = source;
        this.line = line;
        this.reason = reason;
    }

    public String source() {
        return source;
    }

    public int line() {
        return line;
    }

    public String reason() {
        return reason;
    }
}
