package pl.miasto4.app.unit;

import java.time.LocalDate;
import java.util.List;

/** A territorial unit: the country, a voivodeship, a city with county rights, a district, a metropolitan area. */
public record TerritorialUnit(String code, String name, String nameEn, String kind, String parentCode,
                              List<String> aliases, Double latitude, Double longitude,
                              LocalDate validFrom, LocalDate validTo) {

    public String name(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) && nameEn != null && !nameEn.isBlank() ? nameEn : name;
    }
}
