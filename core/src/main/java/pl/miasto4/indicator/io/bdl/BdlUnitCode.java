package pl.miasto4.indicator.io.bdl;

import java.util.Locale;

/**
 * Unit codes as GUS files write them, turned into the 7-digit TERYT-style code BDL uses in its
 * exports ({@code WWPPGGT}: voivodeship, powiat, gmina, gmina type; {@code WWPP000} a powiat,
 * {@code WW00000} a voivodeship, {@code 0000000} Poland).
 * <ul>
 *   <li>12-digit BDL unit ids ({@code 011212161011} Kraków): level (2), voivodeship (2), region (1),
 *       subregion (2), powiat (2), gmina (2), type (1) — the TERYT parts are kept, the NUTS parts dropped;</li>
 *   <li>the area register's spaced TERYT ({@code 12 61 01 1}, {@code 12 61}, {@code 12}) is padded to 7 digits.</li>
 * </ul>
 */
public final class BdlUnitCode {
    private BdlUnitCode() {
    }

    /** The 7-digit code, or null when the text is not a unit code GUS uses. */
    public static String normalise(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.replace(" ", "").replace("\u00A0", "").strip();
        if (!s.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return switch (s.length()) {
            case 12 -> s.substring(2, 4) + s.substring(7, 11) + s.substring(11);
            case 7 -> s;
            case 4 -> s + "000";
            case 2 -> s + "00000";
            default -> null;
        };
    }

    /** The kind of unit a 7-digit code names: country, voivodeship, county (city_county for "Powiat m. …") or gmina. */
    public static String kind(String code7, String name) {
        if (code7.equals("0000000")) {
            return "country";
        }
        if (code7.endsWith("00000")) {
            return "voivodeship";
        }
        if (code7.endsWith("000")) {
            return name != null && name.toLowerCase(Locale.ROOT).startsWith("powiat m.") ? "city_county" : "county";
        }
        return "gmina";
    }
}
