package pl.miasto4.indicator.io;

/**
 * One reason a file was refused, pointing at the place a person would look: file, line (or
 * spreadsheet row), column, the offending value and why it is wrong: {@code reason} in English (command
 * line, logs) and, where the reader has one, {@code code} with {@code args} for an application to word
 * in its reader's language ({@code import.problem.CODE}); null for reasons not yet coded.
 */
public record ImportProblem(String file, long line, String column, String value, String reason, String code,
                            java.util.List<Object> args) {

    public ImportProblem(String file, long line, String column, String value, String reason) {
        this(file, line, column, value, reason, null, java.util.List.of());
    }

    /** The i-th argument of the code, or null. */
    public Object arg(int i) {
        return args == null || i >= args.size() ? null : args.get(i);
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
