package pl.miasto4.app.indicator;

import pl.miasto4.indicator.Dimension;
import pl.miasto4.indicator.Polarity;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** An indicator of the catalogue: what is measured, in which unit, which direction is better, and its standards. */
public record Indicator(String code, String namePl, String nameEn, String definitionPl, String definitionEn,
                        String unit, String polarity, int decimals, String frequency, String kind, String dimension,
                        String iso37120, String iso37122, String iso37123, String u4ssc, String sdg,
                        String source, BigDecimal minValue, BigDecimal maxValue) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : namePl;
    }

    public String definition(Locale locale) {
        String d = "en".equals(locale.getLanguage()) ? definitionEn : definitionPl;
        return d == null || d.isBlank() ? ("en".equals(locale.getLanguage()) ? definitionPl : definitionEn) : d;
    }

    /** The unit of measure in the reader's language. */
    public String unit(Locale locale) {
        return UnitLabels.label(unit, locale);
    }

    public Polarity polarityEnum() {
        return Polarity.fromCode(polarity).orElse(Polarity.NEUTRAL);
    }

    public Dimension dimensionEnum() {
        return dimension == null ? null : Dimension.fromCode(dimension).orElse(null);
    }

    /** The standards this indicator refers to, by name, e.g. {"ISO 37120": "5.1"}. */
    public Map<String, String> standards() {
        Map<String, String> m = new LinkedHashMap<>();
        put(m, "ISO 37120:2014", iso37120); // clause numbers of the 2014 edition (catalogue README)
        put(m, "ISO 37122", iso37122);
        put(m, "ISO 37123", iso37123);
        put(m, "U4SSC", u4ssc);
        put(m, "SDG", sdg);
        return m;
    }

    private static void put(Map<String, String> m, String k, String v) {
        if (v != null && !v.isBlank()) {
            m.put(k, v);
        }
    }
}
