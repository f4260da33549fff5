package pl.miasto4.pb;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** Finds a project by its id given as a range of UTF-8 bytes, without making a String of it. */
final class ProjectIds {
    private final byte[][] keys;
    private final int[] values;
    private final int mask;

    ProjectIds(List<Project> projects) {
        int size = Integer.highestOneBit(Math.max(4, projects.size() * 4) - 1) << 1;
        keys = new byte[size][];
        values = new int[size];
        mask = size - 1;
        for (Project p : projects) {
            byte[] k = p.id().getBytes(StandardCharsets.UTF_8);
            int i = hash(k, 0, k.length) & mask;
            while (keys[i] != null) {
                i = (i + 1) & mask;
            }
            keys[i] = k;
            values[i] = p.index();
        }
    }

    private static int hash(byte[] b, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + b[i];
        }
        return h ^ (h >>> 16);
    }

    /** The project index, or -1. */
    int find(byte[] b, int from, int to) {
        int i = hash(b, from, to) & mask;
        while (keys[i] != null) {
            if (Arrays.equals(keys[i], 0, keys[i].length, b, from, to)) {
                return values[i];
            }
            i = (i + 1) & mask;
        }
        return -1;
    }
}
