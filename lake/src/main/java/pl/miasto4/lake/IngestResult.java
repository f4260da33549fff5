package pl.miasto4.lake;

import java.util.List;

/** What a committed batch did: rows read, rows added, duplicates skipped (already in the lake or repeated in the batch). */
public record IngestResult(String table, String batch, long read, long added, long duplicates, List<String> partitions) {}
