package pl.miasto4.app.importing;

import org.springframework.jdbc.core.simple.JdbcClient;
import pl.miasto4.indicator.io.Catalogue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

    StoreCatalogue(JdbcClient jdbc) {
        Map<String, String> byName = new HashMap<>();
        Set<String> ambiguousNames = new HashSet<>();
        jdbc.sql("SELECT id, code, name, name_en, aliases FROM territorial_unit").query(rs -> {
            String code = rs.getString("code");
            units.put(code, code);
            unitIds.put(code, rs.getInt("id"));
            java.sql.Array aliases = rs.getArray("aliases");
            if (aliases != null) {
                for (String a : (String[]) aliases.getArray()) {
                    units.putIfAbsent(a, code);
                }
            }
            for (String n : new String[]{rs.getString("name"), rs.getString("name_en")}) {
                if (n != null && byName.putIfAbsent(n.toLowerCase(Locale.ROOT), code) != null
                        && !byName.get(n.toLowerCase(Locale.ROOT)).equals(code)) {
                    ambiguousNames.add(n.toLowerCase(Locale.ROOT));
                }
            }
        });
        ambiguousNames.forEach(byName::remove);
        byName.forEach(units::putIfAbsent);
        jdbc.sql("SELECT id, code, min_value, max_value FROM indicator").query(rs -> {
            indicatorIds.put(rs.getString("code"), rs.getInt("id"));
            indicators.put(rs.getString("code"), new IndicatorRule(rs.getString("code"),
                    rs.getBigDecimal("min_value"), rs.getBigDecimal("max_value")));
        });
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
