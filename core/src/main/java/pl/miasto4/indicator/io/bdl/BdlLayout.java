package pl.miasto4.indicator.io.bdl;

/** The shapes in which GUS publishes tables, as downloaded. */
public enum BdlLayout {
    /** BDL "CTAB": CSV, one header cell per variable and year such as {@code ogółem;2022;[%]}. */
    CTAB,
    /** BDL "XTAB": workbook with an {@code OPIS} sheet and a wide {@code TABLICA} sheet (years across). */
    XTAB,
    /** BDL "XPIV": workbook with an {@code OPIS} sheet and a long {@code DANE} sheet. */
    XPIV,
    /** GUS "Wykaz powierzchni" (area register): TERYT with spaces, name, area in ha and km². */
    AREA_REGISTER
}
