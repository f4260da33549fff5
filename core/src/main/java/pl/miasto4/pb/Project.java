package pl.miasto4.pb;

import java.util.List;
import java.util.Map;

/**
 * A project put to the vote. {@code cost} is in the instance's money units (see {@link Instance#scale()}),
 * so every amount is an exact integer. {@code fields} keeps every column of the file's PROJECTS row
 * except {@code selected}, which is the official result and lives in {@link OfficialResult}.
 */
public record Project(int index, String id, long cost, List<String> categories, List<String> targets,
                      Map<String, String> fields) {

    public String name() {
        return fields.getOrDefault("name", "");
    }

    /** A column of the PROJECTS row, or null. */
    public String field(String column) {
        return fields.get(column);
    }
}
