package pl.miasto4.lake;

import java.util.List;

/**
 * The lake's list of committed Parquet files. Only files named here exist for readers: the manifest
 * file is replaced by one atomic rename, which is the commit point of a batch.
 */
public record Manifest(long version, List<Entry> files) {
    /** A committed file: table, path relative to the lake root, its partition, rows and batch. */
    public record Entry(String table, String path, String source, String day, long rows, String batch) {}

    public static Manifest empty() {
        return new Manifest(0, List.of());
    }

    public List<Entry> of(String table) {
        return files.stream().filter(e -> e.table().equals(table)).toList();
    }
}
