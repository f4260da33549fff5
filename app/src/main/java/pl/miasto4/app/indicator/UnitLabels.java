package pl.miasto4.app.indicator;

import java.util.Locale;
import java.util.Map;

/** Units of measure in the reader's language. The catalogue stores them in English; Polish labels come from here. */
public final class UnitLabels {
    private static final Map<String, String> POLISH = Map.ofEntries(
            Map.entry("count", "szt."), Map.entry("persons", "osoby"), Map.entry("thousand persons", "tys. osób"),
            Map.entry("per 1000 population", "na 1000 mieszkańców"), Map.entry("per 10 000 population", "na 10 tys. mieszkańców"),
            Map.entry("per 100 000 population", "na 100 tys. mieszkańców"), Map.entry("PLN", "zł"), Map.entry("PLN/m²", "zł/m²"),
            Map.entry("ratio", "wskaźnik"), Map.entry("days", "dni"), Map.entry("years", "lata"), Map.entry("minutes", "minuty"),
            Map.entry("km per 100 000 population", "km na 100 tys. mieszkańców"), Map.entry("t CO2e per capita", "t CO2e na mieszkańca"),
            Map.entry("kg per capita", "kg na mieszkańca"), Map.entry("ha per 100 000 population", "ha na 100 tys. mieszkańców"),
            Map.entry("litres per capita per day", "litry na mieszkańca dziennie"), Map.entry("kWh per capita", "kWh na mieszkańca"),
            Map.entry("0/1", "0/1 (nie/tak)"), Map.entry("per km²", "na km²"), Map.entry("trips per day", "podróże dziennie"),
            Map.entry("vehicle-km per capita", "wozokm na mieszkańca"), Map.entry("trips per capita", "podróże na mieszkańca"),
            Map.entry("persons/km²", "osoby/km²"), Map.entry("m² per capita", "m² na mieszkańca"));

    private UnitLabels() {
    }

    public static String label(String unit, Locale locale) {
        if (unit == null || "en".equals(locale.getLanguage())) {
            return unit;
        }
        return POLISH.getOrDefault(unit, unit);
    }
}
