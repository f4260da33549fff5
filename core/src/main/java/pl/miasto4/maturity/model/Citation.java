package pl.miasto4.maturity.model;

/**
 * A reference to the lines of a source document that a piece of content rests on, with a short
 * quote (a few Polish words) that must occur in those lines — so that a test can check that the
 * citation points at what it claims. {@code declaredAt} is where the citation is written
 * ({@code file:line}), for messages.
 */
public record Citation(String source, int fromLine, int toLine, String quote, String declaredAt) {

    public String lines() {
        return fromLine == toLine ? Integer.toString(fromLine) : fromLine + "-" + toLine;
    }

    @Override
    public String toString() {
        return source + " lines " + lines() + " «" + quote + "»";
    }
}
