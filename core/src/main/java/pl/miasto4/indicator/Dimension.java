package pl.miasto4.indicator;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The nine dimensions of the Miasto 4.0 model, which are the dimensions of the IESE Cities in
 * Motion index (report 002, lines 1–30; IESE Business School, Cities in Motion Index).
 */
public enum Dimension {
    HUMAN_CAPITAL("Kapitał ludzki", "Human capital"),
    SOCIAL_COHESION("Spójność społeczna", "Social cohesion"),
    ECONOMY("Gospodarka", "Economy"),
    GOVERNANCE("Zarządzanie", "Governance"),
    ENVIRONMENT("Środowisko", "Environment"),
    MOBILITY("Mobilność i transport", "Mobility and transportation"),
    URBAN_PLANNING("Planowanie przestrzenne", "Urban planning"),
    INTERNATIONAL_OUTREACH("Otwartość międzynarodowa", "International outreach"),
    TECHNOLOGY("Technologia", "Technology");

    private final String namePl;
    private final String nameEn;

    Dimension(String namePl, String nameEn) {
        this.namePl = namePl;
        this.nameEn = nameEn;
    }

    /** The code stored in the database and used in files: {@code human_capital}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String namePl() {
        return namePl;
    }

    public String nameEn() {
        return nameEn;
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : namePl;
    }

    public static Optional<Dimension> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.trim().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        return Arrays.stream(values()).filter(d -> d.code().equals(c)).findFirst();
    }
}
