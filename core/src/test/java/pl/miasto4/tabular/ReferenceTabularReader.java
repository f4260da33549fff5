package pl.miasto4.tabular;

import java.nio.file.Path;

/** Opens a CSV file the way {@link TabularReader#open(Path, String)} did before the fast scanner, for comparisons. */
public final class ReferenceTabularReader {
    private ReferenceTabularReader() {
    }

    public static RowSource open(Path file, String displayName) throws TabularException {
        if (TabularReader.detect(file, displayName, TabularReader.DEFAULT_MAX_BYTES) != TabularReader.Format.CSV) {
            throw new IllegalArgumentException("only CSV files are compared");
        }
        return ReferenceCsvRowSource.open(file, displayName);
    }
}
