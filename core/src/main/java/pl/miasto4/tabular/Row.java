package pl.miasto4.tabular;

import java.util.List;

/**
 * One row of a table with the line (CSV) or row number (XLSX) a person would look for in the file.
 */
public record Row(long line, List<String> cells) {
    public String cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : "";
    }
}
