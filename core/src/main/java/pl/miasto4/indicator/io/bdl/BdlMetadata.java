package pl.miasto4.indicator.io.bdl;

/**
 * What a BDL file says about itself: the subgroup id (from the file name, e.g. {@code P2392}) and
 * the {@code OPIS} sheet of XTAB/XPIV workbooks (category, group, subgroup with its note, last update,
 * dimensions). CTAB files have no OPIS; their fields are null.
 *
 * @param subgroupId   BDL "podgrupa" id such as {@code P2392}, or {@code WYKAZ_POWIERZCHNI} for the area register
 * @param subgroupNote the explanation GUS gives under the subgroup (the definition of the variable)
 */
public record BdlMetadata(String subgroupId, String category, String group, String subgroup, String subgroupNote,
                          String lastUpdate, String dimensions) {

    public static BdlMetadata of(String subgroupId) {
        return new BdlMetadata(subgroupId, null, null, null, null, null, null);
    }
}
