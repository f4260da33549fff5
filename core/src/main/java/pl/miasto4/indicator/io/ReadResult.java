package pl.miasto4.indicator.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What reading a file found: how many rows, how many records were accepted, every problem (the
 * first {@value #MAX_LISTED} listed in full, all counted by reason) and the warnings.
 */
public final class ReadResult {
    public static final int MAX_LISTED = 500;

    private final String file;
    private String description = "";
    private long rowsRead;
    private long records;
    private long skippedNoData;
    private long problemCount;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final Map<String, Long> problemsByReason = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();

    public ReadResult(String file) {
        this.file = file;
    }

    public void problem(long line, String column, String value, String reason) {
        problem(line, column, value, reason, null, java.util.List.of());
    }

    /**
     * A problem with its reason also as a code and values, worded by the application from
     * {@code import.problem.CODE} with the value (as shown) as {0} and {@code args} after it.
     */
    public void problem(long line, String column, String value, String reason, String code, Object... args) {
        java.util.List<Object> all = new java.util.ArrayList<>();
        all.add(new ImportProblem(file, line, column, value, reason).value());
        if (args != null) {
            all.addAll(java.util.Arrays.asList(args));
        }
        problem(line, column, value, reason, "import.problem." + code, all);
    }

    /** A problem with the key and arguments of its translation (null: English only). */
    public void problem(long line, String column, String value, String reason, String messageKey, java.util.List<Object> args) {
        problemCount++;
        String key = reason.replaceAll("'[^']*'", "…");
        problemsByReason.merge(key, 1L, Long::sum);
        if (problems.size() < MAX_LISTED) {
            problems.add(new ImportProblem(file, line, column, value, reason, messageKey, args));
        }
    }

    public void fileProblem(String reason) {
        problem(0, null, null, reason);
    }

    public void warning(String text) {
        if (!warnings.contains(text)) {
            warnings.add(text);
        }
    }

    void countRow() {
        rowsRead++;
    }

    void countRecord() {
        records++;
    }

    void countNoData() {
        skippedNoData++;
    }

    public void description(String description) {
        this.description = description;
    }

    public String file() {
        return file;
    }

    public String description() {
        return description;
    }

    public long rowsRead() {
        return rowsRead;
    }

    public long records() {
        return records;
    }

    public long skippedNoData() {
        return skippedNoData;
    }

    public boolean rejected() {
        return problemCount > 0;
    }

    public long problemCount() {
        return problemCount;
    }

    public List<ImportProblem> problems() {
        return Collections.unmodifiableList(problems);
    }

    public Map<String, Long> problemsByReason() {
        return Collections.unmodifiableMap(problemsByReason);
    }

    public List<String> warnings() {
        return Collections.unmodifiableList(warnings);
    }
}
