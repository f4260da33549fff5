package pl.miasto4.indicator.io;

/**
 * One reason a file was refused, pointing at the place a person would look: file, line (or
 * spreadsheet row), column, the offending value and why it is wrong.
 */
public record ImportProblem(String file, long line, String column, String value, String reason) {

    /** Values longer than this are shown by their start and their length (a 20-million-digit number is not echoed). */
    public static final int SHOWN_VALUE_CHARS = 200;

    public ImportProblem {
        if (value != null && value.length() > SHOWN_VALUE_CHARS) {
            value = value.substring(0, SHOWN_VALUE_CHARS - 40) + "… (" + value.length() + " characters)";
        }
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(": line ").append(line);
        }
        if (column != null && !column.isEmpty()) {
            sb.append(", ").append(column);
        }
        if (value != null) {
            sb.append(", value '").append(value.length() > 60 ? value.substring(0, 57) + "..." : value).append('\'');
        }
        return sb.append(": ").append(reason).toString();
    }
}
