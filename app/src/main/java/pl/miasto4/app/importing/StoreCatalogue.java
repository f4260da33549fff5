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

    StoreCatalogue(JdbcClient jdbc) {
        Map<String, String> byName = new HashMap<>();
        Set<String> ambiguousNames = new HashSet<>();
        jdbc.sql("SELECT code, name, name_en, aliases FROM territorial_unit").query(rs -> {
            String code = rs.getString("code");
            units.put(code, code);
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
        jdbc.sql("SELECT code, min_value, max_value FROM indicator").query(rs -> {
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

    void addIndicator(String code, BigDecimal min, BigDecimal max) {
        indicators.put(code, new IndicatorRule(code, min, max));
    }

    void addUnit(String code) {
        units.put(code, code);
    }
}
