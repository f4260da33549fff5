package pl.miasto4.tabular;

/** The decimal separator of a file: Polish office files use a comma, most exports a dot. */
public enum DecimalMark {
    DOT('.', ','), COMMA(',', '.');

    private final char decimal;
    private final char grouping;

    DecimalMark(char decimal, char grouping) {
        this.decimal = decimal;
        this.grouping = grouping;
    }

    public char decimal() {
        return decimal;
    }

    /** The punctuation used to group thousands when this is the decimal mark. */
    public char grouping() {
        return grouping;
    }
}
