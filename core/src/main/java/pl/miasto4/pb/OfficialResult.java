package pl.miasto4.pb;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The official outcome as the file's {@code selected} column records it: 1 = funded; Poznań also uses
 * 2 (funded from reserve by its 80% rule) and 3 (funded from extra funds given to the district later).
 * Kept apart from {@link Instance} so that no counting rule can read it.
 */
public record OfficialResult(Map<String, Integer> selectedById) {

    /** Ids of the projects marked 1, 2 or 3. */
    public Set<String> funded() {
        Set<String> ids = new TreeSet<>();
        selectedById.forEach((id, v) -> {
            if (v != null && v > 0) {
                ids.add(id);
            }
        });
        return ids;
    }

    /** Ids of the projects marked with one of the given values. */
    public Set<String> marked(Set<Integer> values) {
        Set<String> ids = new TreeSet<>();
        selectedById.forEach((id, v) -> {
            if (v != null && values.contains(v)) {
                ids.add(id);
            }
        });
        return ids;
    }

    public boolean anyMarked(int value) {
        return selectedById.containsValue(value);
    }
}
