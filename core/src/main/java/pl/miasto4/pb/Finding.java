package pl.miasto4.pb;

/** An inconsistency found in a file that does not stop it being counted: a warning with its line. */
public record Finding(String kind, int line, String message, int occurrences) {

    @Override
    public String toString() {
        String where = line > 0 ? "line " + line + ": " : "";
        String more = occurrences > 1 ? " (" + occurrences + " occurrences, first shown)" : "";
        return where + message + more;
    }
}
