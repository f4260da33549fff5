package pl.miasto4.app.importing;

import java.nio.file.Path;

/**
 * How to import a file.
 *
 * @param dryRun      read, validate and compare, change nothing
 * @param username    who imports (recorded in the batch and the audit trail)
 * @param sheet       XLSX sheet with the data (default: the first, or "iData" for wide files)
 * @param metaFile    wide format: the file describing the indicators (iMeta); null if the workbook has an iMeta sheet
 * @param period      wide format: the period of all values when the data has no period column
 * @param createUnits wide format: create unknown units (with their uName) as this kind, e.g. "country"; null refuses them
 * @param unitScope   the units the importing user may import for (each and every unit below it), null for all
 *                    units; a file with a row for any other unit is refused whole
 */
public record ImportOptions(boolean dryRun, String username, String sheet, Path metaFile, String period,
                            String createUnits, java.util.Set<String> unitScope) {

    public ImportOptions(boolean dryRun, String username, String sheet, Path metaFile, String period, String createUnits) {
        this(dryRun, username, sheet, metaFile, period, createUnits, null);
    }

    public static ImportOptions of(String username) {
        return new ImportOptions(false, username, null, null, null, null);
    }

    public ImportOptions withDryRun(boolean dry) {
        return new ImportOptions(dry, username, sheet, metaFile, period, createUnits, unitScope);
    }
}
