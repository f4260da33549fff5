package pl.miasto4.maturity.assessment;

/** Evidence behind an answer: a statement, a link or a reference to a stored file. */
public record Evidence(Kind kind, String value) {
    public enum Kind { TEXT, LINK, FILE }
}
