package pl.miasto4.indicator.io;

/**
 * One reason a file was refused, pointing at the place a person would look: file, line (or
 * spreadsheet row), column, the offending value and why it is wrong. The reason is English (command
 * line, logs); where the application has a translation, {@code key} names its message and {@code args}
 * fill it in (readers' row problems use {@code import.problem.CODE} with the value as the first argument).
 */
public record ImportProblem(String file, long line, String column, String value, String reason, String key,
                            java.util.List<Object> args) {

    /** A problem told in English only (no translation key). */
    public ImportProblem(String file, long line, String column, String value, String reason) {
        this(file, line, column, value, reason, null, java.util.List.of());
    }

    /** Values longer than this are shown by their start and their length (a 20-million-digit number is not echoed). */
    public static final int SHOWN_VALUE_CHARS = 200;

    public ImportProblem {
        args = args == null ? java.util.List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(args)); // may hold nulls
        if (value != null && value.length() > SHOWN_VALUE_CHARS) {
            value = value.substring(0, SHOWN_VALUE_CHARS - 40) + "… (" + value.length() + " characters)";
        }
    }

    /** The i-th argument of the translation, or null. */
    public Object arg(int i) {
        return i >= args.size() ? null : args.get(i);
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
