package pl.miasto4.app.importing;

import java.util.Locale;
import java.util.Map;

/**
 * What a connector's file may need besides {@link ImportOptions}.
 *
 * @param map           source variable → catalogue indicator, added to (and overriding) the connector's mapping
 * @param newIndicators source variable → code of a catalogue indicator to create from the file's own description
 * @param locale        the language of the report's notes
 */
public record SourceOptions(Map<String, String> map, Map<String, String> newIndicators, Locale locale) {

    public static SourceOptions none(Locale locale) {
        return new SourceOptions(Map.of(), Map.of(), locale);
    }
}
