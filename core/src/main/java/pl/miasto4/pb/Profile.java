package pl.miasto4.pb;

import java.util.Collections;
import java.util.Map;

/**
 * The ballots of one vote, stored column-wise in flat arrays so that a city's 50 000 ballots take a few
 * megabytes. Ballot {@code b} lists {@link #length(int)} projects (by index into the instance) in the
 * order the voter gave them; for cumulative and cardinal ballots each entry has its points.
 */
public final class Profile {
    private final int[] start;
    private final int[] entries;
    private final int[] points;
    private final String[] voterIds;
    private final int[] lines;
    private final Map<String, String[]> attributes;

    public Profile(int[] start, int[] entries, int[] points, String[] voterIds, int[] lines,
                   Map<String, String[]> attributes) {
        this.start = start;
        this.entries = entries;
        this.points = points;
        this.voterIds = voterIds;
        this.lines = lines;
        this.attributes = Collections.unmodifiableMap(attributes);
    }

    /** Number of ballots. */
    public int size() {
        return voterIds.length;
    }

    public int length(int ballot) {
        return start[ballot + 1] - start[ballot];
    }

    /** The project index at position {@code k} (0-based) of the ballot. */
    public int project(int ballot, int k) {
        return entries[start[ballot] + k];
    }

    /** Points given at position {@code k}; 1 for ballots without points. */
    public int points(int ballot, int k) {
        return points == null ? 1 : points[start[ballot] + k];
    }

    public boolean hasPoints() {
        return points != null;
    }

    public String voterId(int ballot) {
        return voterIds[ballot];
    }

    /** The file line the ballot was read from (1-based), or 0 when built in memory. */
    public int line(int ballot) {
        return lines == null ? 0 : lines[ballot];
    }

    /** Other VOTES columns (age, sex, voting_method, district…): column → value per ballot (null if missing). */
    public Map<String, String[]> attributes() {
        return attributes;
    }

    /** Total number of (ballot, project) entries. */
    public int entryCount() {
        return entries.length;
    }
}
