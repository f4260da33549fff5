package pl.miasto4.maturity.document;

/**
 * One thing wrong with a document, where it is (1-based line and column) and why.
 * Printed as {@code file:line:column: message}, the form editors and CI logs link to.
 */
public record Problem(String source, int line, int column, String message) implements Comparable<Problem> {

    @Override
    public int compareTo(Problem other) {
        int byLine = Integer.compare(line, other.line);
        return byLine != 0 ? byLine : Integer.compare(column, other.column);
    }

    @Override
    public String toString() {
        return source + ":" + line + ":" + column + ": " + message;
    }
}
