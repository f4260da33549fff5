package pl.miasto4.indicator.io.bdl;

import java.math.BigDecimal;

/**
 * One value of a BDL file, where a person would find it (line or spreadsheet row, column label).
 *
 * @param unitCode  the unit's code as a 7-digit TERYT-style BDL code (12-digit BDL ids and the area
 *                  register's spaced codes are converted, see {@link BdlUnitCode})
 * @param variable  the variable's labels below the subgroup, joined by {@code " | "} (e.g. {@code ogółem | ogółem})
 * @param measure   the unit of measure GUS gives ({@code %}, {@code osoba}, {@code zł}), or empty
 * @param value     the number, or null where GUS marks no data ({@code -}, empty)
 */
public record BdlValue(long line, String column, String unitCode, String unitName, String variable, String measure,
                       int year, BigDecimal value) {
}
