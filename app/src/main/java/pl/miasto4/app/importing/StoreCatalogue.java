package pl.miasto4.app.importing;

import pl.miasto4.indicator.io.Catalogue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A snapshot of the store's units and indicators for reading files: units are found by code, by
 * an alias code (e.g. the BDL code 1261000 or the powiat code 1261 of Kraków) or by their exact
 * name when that name is unique.
 */
final class StoreCatalogue implements Catalogue {
    private final Map<String, String> units = new HashMap<>();
    private final Map<String, IndicatorRule> indicators = new HashMap<>();
    /** Canonical unit and indicator codes → their ids (units and indicators a wide file adds have none yet). */
    private final Map<String, Integer> unitIds = new HashMap<>();
    private final Map<String, Integer> indicatorIds = new HashMap<>();

    /** A unit by its code and ids; its alias codes find it too, unless taken. */
    void unit(String code, int id, String[] aliases) {
        units.put(code, code);
        unitIds.put(code, id);
        for (String a : aliases) {
            units.putIfAbsent(a, code);
        }
    }

    /** A unit's name (lower case) when no other unit has it; added after every unit's codes. */
    void unitName(String lowerCaseName, String code) {
        units.putIfAbsent(lowerCaseName, code);
    }

    void indicator(String code, int id, BigDecimal min, BigDecimal max) {
        indicatorIds.put(code, id);
        indicators.put(code, new IndicatorRule(code, min, max));
    }

    @Override
    public Optional<String> resolveUnit(String codeOrName) {
        String found = units.get(codeOrName);
        if (found == null) {
            found = units.get(codeOrName.toLowerCase(Locale.ROOT));
        }
        return Optional.ofNullable(found);
    }

    @Override
    public Optional<IndicatorRule> indicator(String code) {
        return Optional.ofNullable(indicators.get(code));
    }

    /** The id of a unit by its canonical code, or null if the unit is not in the store yet. */
    Integer unitId(String code) {
        return unitIds.get(code);
    }

    /** The id of an indicator by its code, or null if it is not in the store yet. */
    Integer indicatorId(String code) {
        return indicatorIds.get(code);
    }

    /** The code of the unit with this id (for messages about it). */
    String unitCode(int id) {
        return codeOf(unitIds, id);
    }

    /** The code of the indicator with this id (for messages about it). */
    String indicatorCode(int id) {
        return codeOf(indicatorIds, id);
    }

    private static String codeOf(Map<String, Integer> ids, int id) {
        return ids.entrySet().stream().filter(e -> e.getValue() == id).map(Map.Entry::getKey).findFirst()
                .orElse("#" + id);
    }

    void addIndicator(String code, BigDecimal min, BigDecimal max) {
        indicators.put(code, new IndicatorRule(code, min, max));
    }

    void addUnit(String code) {
        units.put(code, code);
    }
}
