package pl.miasto4.tabular;

import java.io.IOException;
import java.util.List;

/** Rows of a CSV file or an XLSX sheet, read one at a time so that files of any size fit in memory. */
public interface RowSource extends AutoCloseable {

    /** The header row (the first row). */
    List<String> header();

    /** The next data row, or null at the end. Throws {@link TabularException} for damaged content. */
    Row next() throws TabularException;

    /** How the file was read, e.g. "CSV, Windows-1250, ';' separated". */
    String description();

    /** The decimal mark of the file (CSV), or null when each cell tells (XLSX, where numbers are typed). */
    DecimalMark decimalMark();

    /** Column label for messages: the header name and its position, e.g. "value (column 4)" or "value (column D)". */
    String columnLabel(int index);

    @Override
    void close() throws IOException;
}
