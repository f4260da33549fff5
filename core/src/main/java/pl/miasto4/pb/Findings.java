package pl.miasto4.pb;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects warnings of one file, one entry per kind: the first occurrence with its line, and a count. */
final class Findings {
    private final Map<String, Finding> byKind = new LinkedHashMap<>();

    void add(String kind, int line, String message) {
        Finding f = byKind.get(kind);
        byKind.put(kind, f == null ? new Finding(kind, line, message, 1)
                : new Finding(kind, f.line(), f.message(), f.occurrences() + 1));
    }

    List<Finding> list() {
        return new ArrayList<>(byKind.values());
    }
}
